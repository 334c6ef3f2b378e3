import { Result } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PRODUCT_NAME } from '@shared/app-meta'
import { restorePlan, type CampaignPlan } from '@shared/campaign/planner'
import { isIsoDate, type IsoDate } from '@shared/dates'
import { PrintLayout } from '../../components/PrintLayout'
import { useCampaigns } from '../../db/campaigns'
import { useCalendarLocale, useProfile } from './calendar/use-calendar'
import { CampaignDoc } from './doc/CampaignDoc'
import { SeasonDoc } from './doc/SeasonDoc'
import { useImportedBaselines } from './data/use-campaign-data'

/**
 * `#/print/campaign?id=<campaignId>`: one campaign's plan; `?from=YYYY-MM-DD&to=YYYY-MM-DD`: a
 * season's plan (its campaigns and the retail calendar month by month).
 */
export function CampaignPrint() {
  const { t } = useTranslation()
  const [search] = useSearchParams()
  const locale = useCalendarLocale()
  const profile = useProfile()
  const rows = useCampaigns()
  const id = search.get('id')
  const from = search.get('from') ?? ''
  const to = search.get('to') ?? ''
  const season = !id && isIsoDate(from) && isIsoDate(to) && from <= to
  const row = id ? rows?.find((r) => r.id === id) : undefined
  const shop = profile?.name || PRODUCT_NAME
  const title = season
    ? `${t('calendarUi.doc.seasonTitle')} ${from}–${to}`
    : row
      ? `${t('calendarUi.doc.campaignTitle')} ${row.name}`
      : t('calendarUi.doc.campaignTitle')
  // The imported baselines read exactly as the planner reads them (same hook, same functions).
  const plans = useMemo(
    () => rows?.map(restorePlan).filter((p): p is CampaignPlan => p !== null),
    [rows],
  )
  const baselines = useImportedBaselines(plans)
  const loaded = rows !== undefined && profile !== undefined && baselines.ready
  return (
    <PrintLayout
      page="campaign"
      headerText={`${shop} · ${title}`}
      suggestedName={`${shop} - ${title}`}
      ready={loaded}
    >
      {!loaded ? null : season ? (
        <SeasonDoc
          from={from as IsoDate}
          to={to as IsoDate}
          rows={rows}
          locale={locale}
          currency={profile.currency}
          imported={baselines.byId}
        />
      ) : row ? (
        <CampaignDoc
          row={row}
          all={rows}
          locale={locale}
          currency={profile.currency}
          imported={baselines.byId.get(row.id) ?? null}
        />
      ) : (
        <Result
          status="warning"
          title={id ? t('calendarUi.doc.notFound') : t('calendarUi.doc.badQuery')}
        />
      )}
    </PrintLayout>
  )
}
