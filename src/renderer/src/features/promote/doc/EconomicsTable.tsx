import { useTranslation } from 'react-i18next'
import type { CampaignEconomics } from '@shared/campaign/economics'
import { money, pct } from './format'

/** One campaign's economics as a two-column table. */
export function EconomicsTable({
  e,
  expectedUplift,
  currency,
}: {
  e: CampaignEconomics
  expectedUplift: number | null
  currency: string
}) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const rows: [string, string][] = [
    [t('calendarUi.doc.revenue'), money(e.revenue, currency, locale)],
    [t('calendarUi.doc.effectiveDiscount'), pct(e.effectiveDiscount, locale)],
    [t('calendarUi.doc.effectiveMargin'), pct(e.effectiveMargin, locale)],
    [t('calendarUi.doc.adSpend'), money(e.adSpend, currency, locale)],
    [t('calendarUi.doc.cost'), money(e.campaignCost, currency, locale)],
    [t('calendarUi.doc.expectedUplift'), pct(expectedUplift, locale)],
    [t('calendarUi.doc.breakEven'), pct(e.breakEvenUplift, locale)],
    [t('calendarUi.doc.profit'), money(e.incrementalProfit, currency, locale)],
    [t('calendarUi.doc.roi'), pct(e.roi, locale)],
  ]
  return (
    <table className="print-table" data-testid="campaign-economics">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th>{k}</th>
            <td>{v}</td>
          </tr>
        ))}
        <tr>
          <th>{t('calendarUi.doc.verdict')}</th>
          <td>{t(e.verdict)}</td>
        </tr>
      </tbody>
    </table>
  )
}
