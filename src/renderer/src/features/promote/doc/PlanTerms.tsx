import { useTranslation } from 'react-i18next'
import type { Promotion } from '@shared/campaign/economics'
import type { CampaignPlan, ImportedBaseline, ResolvedBaseline } from '@shared/campaign/planner'
import { minorDigits } from '@shared/money'
import { pct } from './format'

/** Money without trailing zero decimals ("¥200", "¥9.90"): how promotions are written. */
function shortMoney(amount: number, currency: string, locale: string): string {
  const digits = minorDigits(currency)
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: Math.max(digits, 4),
  }).format(amount / 10 ** digits)
}

/** What a promotion offers, in words: "满¥200减¥30". */
export function promotionTerms(
  p: Promotion,
  t: (key: string, values?: Record<string, unknown>) => string,
  currency: string,
  locale: string,
): string {
  const m = (amount: number) => shortMoney(amount, currency, locale)
  const k = `calendarUi.doc.terms.${p.type}`
  switch (p.type) {
    case 'threshold':
      return p.tiers.map((x) => t(k, { threshold: m(x.threshold), off: m(x.off) })).join(' / ')
    case 'percent-off':
    case 'member-price':
      return t(k, { rate: pct(p.rate, locale) })
    case 'amount-off':
      return t(k, { amount: m(p.amount) })
    case 'flash-sale':
      return t(k, { rate: pct(p.rate, locale), stock: p.stock })
    case 'buy-x-get-y':
      return t(k, { buy: p.buy, get: p.get, discount: pct(p.getDiscount, locale) })
    case 'bundle':
      return t(k, { price: m(p.bundlePrice), list: m(p.listPrice) })
    case 'coupon':
      return t(p.threshold > 0 ? k : `${k}Any`, {
        value: m(p.value),
        threshold: m(p.threshold),
        quantity: p.quantity,
        limit: p.perPersonLimit,
        days: p.validDays,
      })
    case 'gift':
      return t(k, { threshold: m(p.threshold), cost: m(p.giftCost) })
    case 'points':
      return t(k, { unit: m(p.unit), points: p.pointsPerUnit, value: m(p.redemptionValue) })
  }
}

/** The plan's promotions (kind, terms, share of orders) and the baseline its figures rest on. */
export function PlanTerms({
  plan,
  resolved,
  imported,
  currency,
}: {
  plan: CampaignPlan
  resolved: ResolvedBaseline | null
  imported: ImportedBaseline | null
  currency: string
}) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const b = resolved?.baseline
  return (
    <>
      <h2>{t('calendarUi.doc.promotions')}</h2>
      {plan.promotions.length === 0 ? (
        <p className="muted">{t('calendarUi.doc.noPromotions')}</p>
      ) : (
        <table className="print-table" data-testid="campaign-promotions">
          <thead>
            <tr>
              <th>{t('calendarUi.doc.promotion')}</th>
              <th>{t('calendarUi.doc.terms.title')}</th>
              <th>{t('calendarUi.doc.share')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.promotions.map((p, i) => (
              <tr key={i}>
                <td>{t(`promoteUi.types.${p.type}`)}</td>
                <td>{promotionTerms(p, t, currency, locale)}</td>
                <td>{p.share === undefined ? '—' : pct(p.share, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.products.trim() !== '' && (
        <p>
          {t('calendarUi.doc.products')} {plan.products}
        </p>
      )}
      {b && (
        <p data-testid="campaign-baseline">
          {t(
            resolved.source === 'imported' && imported
              ? 'calendarUi.doc.baselineImported'
              : 'calendarUi.doc.baselineTyped',
            {
              from: imported?.period.from,
              to: imported?.period.to,
              figures: t('calendarUi.doc.baselineFigures', {
                sales: shortMoney(b.dailySales, currency, locale),
                orders: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
                  b.dailyOrders,
                ),
                margin: pct(b.grossMargin, locale),
              }),
            },
          )}
        </p>
      )}
    </>
  )
}
