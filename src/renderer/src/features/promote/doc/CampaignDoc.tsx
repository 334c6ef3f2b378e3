import { useTranslation } from 'react-i18next'
import { overlaps } from '@shared/calendar/festivals'
import {
  calendarItems,
  daysBetween,
  eventsBetween,
  itemsBetween,
  overlapWarnings,
} from '@shared/calendar/plan'
import {
  economicsOfPlan,
  resolveBaseline,
  restorePlan,
  type ImportedBaseline,
} from '@shared/campaign/planner'
import type { CampaignRow } from '@shared/campaign/stored'
import type { IsoDate } from '@shared/dates'
import type { Locale } from '@shared/locale'
import { toSpans } from '../calendar/use-calendar'
import { EconomicsTable } from './EconomicsTable'
import { DocWarnings } from './DocWarnings'
import { ItemsTable } from './ItemsTable'
import { PlanTerms } from './PlanTerms'
import './doc.css'

/** One campaign's plan: dates, economics (when entered), warnings, the calendar around it. */
export function CampaignDoc({
  row,
  all,
  locale,
  currency,
  imported = null,
}: {
  row: CampaignRow
  all: readonly CampaignRow[]
  locale: Locale
  currency: string
  /** Imported baseline figures when the campaign's baseline reads imported data. */
  imported?: ImportedBaseline | null
}) {
  const { t } = useTranslation()
  // The planner's own functions: the figures are the ones the planner shows.
  const plan = restorePlan(row)
  const e = plan ? economicsOfPlan(plan, imported) : null
  const resolved = plan ? resolveBaseline(plan.baseline, imported) : null
  const start = row.start as IsoDate
  const end = row.end as IsoDate
  const spans = toSpans(all)
  const warnings = overlapWarnings(spans, locale).filter((w) => w.campaignId === row.id)
  // What happens during the campaign, plus the preparation deadlines of the events it runs into
  // (they fall before it starts).
  const events = eventsBetween(start, end)
  const during = itemsBetween(
    start,
    end,
    calendarItems(
      events,
      spans.filter((s) => s.id !== row.id),
    ),
  )
  const prep = calendarItems(overlaps(events, { from: start, to: end }), []).filter(
    (i) => i.type === 'prep' && i.start < start,
  )
  const items = [...prep.sort((a, b) => (a.start < b.start ? -1 : 1)), ...during]
  const uplift = plan?.expectedUplift ?? null
  return (
    <article className="print-doc" data-testid="campaign-doc">
      <h1>{row.name}</h1>
      <p>
        {t('calendarUi.doc.campaignTitle')} · {t('calendarUi.doc.period', { from: start, to: end })}
        {' · '}
        {t('calendarUi.doc.days')} {daysBetween(start, end) + 1}
      </p>
      {plan && (
        <PlanTerms plan={plan} resolved={resolved} imported={imported} currency={currency} />
      )}
      <h2>{t('calendarUi.doc.economics')}</h2>
      {e ? (
        <>
          <EconomicsTable e={e} expectedUplift={uplift} currency={currency} />
          {e.warnings.length > 0 && (
            <ul className="doc-warnings">
              {e.warnings.map((w, i) => (
                <li key={i}>{t(w.key, w.values)}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{t('calendarUi.doc.noEconomics')}</p>
      )}
      <DocWarnings warnings={warnings} />
      <h2>{t('calendarUi.doc.overview')}</h2>
      <p className="muted">{t('calendarUi.doc.typical')}</p>
      <ItemsTable items={items} locale={locale} />
    </article>
  )
}
