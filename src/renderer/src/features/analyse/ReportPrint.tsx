import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PRODUCT_NAME } from '@shared/app-meta'
import { isIsoDate, type IsoDate } from '@shared/dates'
import { GRANULARITIES, KPI_METRICS, type Granularity } from '@shared/kpi'
import { defaultProfile } from '@shared/profile'
import { PrintLayout } from '../../components/PrintLayout'
import { useSetting } from '../../db/settings'
import { Charts } from './Charts'
import { formatChange, formatKpi } from './format'
import { useAnalyticsData, useDashboardModel } from './use-analytics'

/** The KPI report as a printable page: period, cards as a table, charts, definitions. */
export function ReportPrint() {
  const { t, i18n } = useTranslation()
  const [search] = useSearchParams()
  const stored = useSetting('profile')
  const profile = stored ?? defaultProfile(Intl.DateTimeFormat().resolvedOptions().timeZone)
  const analytics = useAnalyticsData()
  const from = search.get('from') ?? ''
  const to = search.get('to') ?? ''
  const g = search.get('granularity')
  const granularity: Granularity = (GRANULARITIES as readonly string[]).includes(g ?? '')
    ? (g as Granularity)
    : 'day'
  const channel = search.get('channel')
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to
  const model = useDashboardModel(
    analytics,
    valid ? { from: from as IsoDate, to: to as IsoDate } : null,
    granularity,
    channel,
  )
  const locale = i18n.language
  const shop = profile.name || PRODUCT_NAME
  return (
    <PrintLayout
      page="analyse-report"
      headerText={`${shop} · ${t('analyse.report.title')}`}
      suggestedName={`${shop} - ${t('analyse.report.title')} ${from}-${to}`}
      ready={model !== null && stored !== undefined}
    >
      <article className="print-doc" data-testid="report-doc">
        <h1>{t('analyse.report.title')}</h1>
        <p>
          {t('analyse.report.period', { from, to })}
          {channel ? ` · ${t('analyse.report.channel', { channel })}` : ''}
        </p>
        {analytics.meta?.hasSample && <p className="muted">{t('analyse.report.sampleNote')}</p>}
        {model && (
          <>
            <table className="print-table">
              <thead>
                <tr>
                  <th>{t('analyse.report.metric')}</th>
                  <th>{t('analyse.report.value')}</th>
                  <th>{t('analyse.card.vsPrevious')}</th>
                  <th>{t('analyse.card.vsLastYear')}</th>
                </tr>
              </thead>
              <tbody>
                {KPI_METRICS.map((f) => {
                  const v = model.vsPrevious.current.kpis[f]
                  const cp = model.vsPrevious.changes[f]
                  const cy = model.vsLastYear.changes[f]
                  const missing = model.vsPrevious.current.missing[f]
                  return (
                    <tr key={f}>
                      <th>{t(`kpi.metrics.${f}.name`)}</th>
                      <td>
                        {v === null
                          ? `${t('analyse.card.noData')}${missing ? ` — ${t(`kpi.missing.${missing}`)}` : ''}`
                          : formatKpi(f, v, locale, profile.currency)}
                      </td>
                      <td>
                        {cp ? formatChange(cp, locale) + (cp.kind === 'points' ? ' pp' : '') : '—'}
                      </td>
                      <td>
                        {cy ? formatChange(cy, locale) + (cy.kind === 'points' ? ' pp' : '') : '—'}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <div className="print-charts">
              <Charts model={model} currency={profile.currency} animate={false} />
            </div>
            <h2>{t('analyse.report.definitions')}</h2>
            <dl className="definitions">
              {KPI_METRICS.map((f) => (
                <div key={f} className="definition">
                  <dt>{t(`kpi.metrics.${f}.name`)}</dt>
                  <dd>{t(`kpi.metrics.${f}.help`)}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </article>
    </PrintLayout>
  )
}
