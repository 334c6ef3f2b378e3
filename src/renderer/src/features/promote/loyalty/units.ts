import { minorDigits } from '@shared/money'

/** Minor units → major units for an input field (display only; stored values stay integers). */
export function toMajor(amount: number, currency: string): number {
  return amount / 10 ** minorDigits(currency)
}

/** An input's major-unit amount → integer minor units. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency))
}

/** A fraction as a percentage for an input (rounded to 4 decimals against float noise). */
export function toPercent(x: number): number {
  return Math.round(x * 100 * 10_000) / 10_000
}

/** An input's percentage → a fraction. */
export function fromPercent(p: number): number {
  return Math.round(p * 10_000) / 1_000_000
}

/** A fraction as a percentage for display ("4.27%"). */
export function formatPct(x: number, locale: string, digits = 2): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x)
}
