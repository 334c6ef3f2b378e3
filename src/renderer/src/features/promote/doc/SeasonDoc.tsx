import { useTranslation } from 'react-i18next'
import {
  calendarItems,
  daysBetween,
  eventsBetween,
  itemsBetween,
  monthRange,
  monthsBetween,
  overlapWarnings,
} from '@shared/calendar/plan'
import { economicsOfPlan, restorePlan, type ImportedBaseline } from '@shared/campaign/planner'
import type { CampaignRow } from '@shared/campaign/stored'
import type { IsoDate } from '@shared/dates'
import type { Locale } from '@shared/locale'
import { toSpans } from '../calendar/use-calendar'
import { DocWarnings } from './DocWarnings'
import { ItemsTable } from './ItemsTable'
import { money } from './format'
import './doc.css'

/** A season's plan: its campaigns with their economics, warnings, then every month's dates. */
export function SeasonDoc({
  from,
  to,
  rows,
  locale,
  currency,
  imported = new Map(),
}: {
  from: IsoDate
  to: IsoDate
  rows: readonly CampaignRow[]
  locale: Locale
  currency: string
  /** Imported baseline figures of campaigns that read their baseline from imported data. */
  imported?: ReadonlyMap<string, ImportedBaseline | null>
}) {
  const { t } = useTranslation()
  const inWindow = rows.filter((r) => r.start <= to && r.end >= from)
  const spans = toSpans(inWindow)
  const items = calendarItems(eventsBetween(from, to), spans)
  const warnings = overlapWarnings(spans, locale)
  const monthName = (y: number, m: number): string =>
    new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, 1)),
    )
  return (
    <article className="print-doc" data-testid="season-doc">
      <h1>{t('calendarUi.doc.seasonTitle')}</h1>
      <p>{t('calendarUi.doc.period', { from, to })}</p>
      <h2>{t('calendarUi.doc.campaigns')}</h2>
      {inWindow.length === 0 ? (
        <p>{t('calendarUi.doc.noCampaigns')}</p>
      ) : (
        <table className="print-table season-campaigns">
          <thead>
            <tr>
              <th>{t('calendarUi.doc.name')}</th>
              <th>{t('calendarUi.doc.dates')}</th>
              <th>{t('calendarUi.doc.days')}</th>
              <th>{t('calendarUi.doc.revenue')}</th>
              <th>{t('calendarUi.doc.cost')}</th>
              <th>{t('calendarUi.doc.profit')}</th>
            </tr>
          </thead>
          <tbody>
            {inWindow.map((r) => {
              const plan = restorePlan(r)
              const e = plan ? economicsOfPlan(plan, imported.get(r.id) ?? null) : null
              return (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{`${r.start} – ${r.end}`}</td>
                  <td>
                    {r.end >= r.start ? daysBetween(r.start as IsoDate, r.end as IsoDate) + 1 : '—'}
                  </td>
                  {e ? (
                    <>
                      <td>{money(e.revenue, currency, locale)}</td>
                      <td>{money(e.campaignCost, currency, locale)}</td>
                      <td>{money(e.incrementalProfit, currency, locale)}</td>
                    </>
                  ) : (
                    <td colSpan={3} className="muted">
                      {t('calendarUi.doc.noEconomics')}
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <DocWarnings warnings={warnings} />
      <h2>{t('calendarUi.doc.overview')}</h2>
      <p className="muted">{t('calendarUi.doc.typical')}</p>
      {monthsBetween(from, to).map(({ year, month }) => {
        const range = monthRange(year, month)
        const lo = range.from < from ? from : range.from
        const hi = range.to > to ? to : range.to
        return (
          <section key={`${year}-${month}`}>
            <h2>{monthName(year, month)}</h2>
            <ItemsTable items={itemsBetween(lo, hi, items)} locale={locale} />
          </section>
        )
      })}
    </article>
  )
}
