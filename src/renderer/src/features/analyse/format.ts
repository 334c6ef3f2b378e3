import type { Change, KpiField } from '@shared/kpi'
import { kpiKind } from '@shared/kpi'
import { formatMoney, minor, minorDigits } from '@shared/money'

// Creating an Intl.NumberFormat costs far more than using one; a dashboard update formats ~60
// values, so the formatters are kept per locale and options.
const formatters = new Map<string, Intl.NumberFormat>()
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, options)
    formatters.set(key, f)
  }
  return f
}

/** Formats a KPI value for its kind; null is left to the caller ("not enough data"). */
export function formatKpi(
  field: KpiField,
  value: number,
  locale: string,
  currency: string,
): string {
  switch (kpiKind(field)) {
    case 'money':
      return formatMoney(minor(Math.round(value)), currency, locale)
    case 'rate':
      return nf(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value)
    case 'count':
      return nf(locale, { maximumFractionDigits: 0 }).format(value)
    case 'days':
      return nf(locale, {
        style: 'unit',
        unit: 'day',
        maximumFractionDigits: 1,
      }).format(value)
    default:
      return `${nf(locale, { maximumFractionDigits: 2 }).format(value)}×`
  }
}

/** A change as "+12.3%" (relative) or "+1.2" percentage points. */
export function formatChange(c: Change, locale: string): string {
  // signDisplay 'exceptZero': a change that rounds to 0 shows as "0", never "-0" or "+0".
  if (c.kind === 'relative')
    return nf(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(c.value)
  return nf(locale, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(c.value * 100)
}

/** The direction a change shows as once rounded for display: 1 up, -1 down, 0 flat. */
export function shownDirection(c: Change): -1 | 0 | 1 {
  // Both kinds are fractions shown with one decimal of a percent (point): a resolution of 0.001.
  const rounded = Math.round(c.value * 1000)
  return rounded > 0 ? 1 : rounded < 0 ? -1 : 0
}

/** Minor units to a plain major-unit number, for chart axes only (never for stored money). */
export function toMajorNumber(amount: number, currency: string): number {
  return amount / 10 ** minorDigits(currency)
}
