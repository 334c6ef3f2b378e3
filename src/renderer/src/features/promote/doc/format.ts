import { formatMoney, type Minor } from '@shared/money'

/** A fraction as a percentage with one decimal ("12.5 %"), or "—". */
export function pct(x: number | null, locale: string): string {
  if (x === null || !Number.isFinite(x)) return '—'
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(x)
}

/** Money for the documents. */
export function money(amount: Minor, currency: string, locale: string): string {
  return formatMoney(amount, currency, locale)
}
