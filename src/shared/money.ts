import type { Brand } from './brand'

/** Money in integer minor units (fen, cents): never a float. */
export type Minor = Brand<number, 'Minor'>

/** ISO 4217 currencies the shop profile offers, with their number of minor digits. */
export const CURRENCIES = {
  CNY: 2,
  HKD: 2,
  TWD: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  KRW: 0,
  SGD: 2,
  MYR: 2,
  THB: 2,
  VND: 0,
  INR: 2,
  PKR: 2,
  AUD: 2,
  CAD: 2,
} as const satisfies Record<string, number>

/** A currency code the app knows. */
export type CurrencyCode = keyof typeof CURRENCIES

/** The list of known currency codes, for pickers and schemas. */
export const CURRENCY_CODES = Object.keys(CURRENCIES) as [CurrencyCode, ...CurrencyCode[]]

/** Number of minor digits of a currency (2 for CNY, 0 for JPY). */
export function minorDigits(currency: string): number {
  return (CURRENCIES as Record<string, number>)[currency] ?? 2
}

/** Wraps an integer as minor units; throws on a non-integer so float money never enters the domain. */
export function minor(n: number): Minor {
  if (!Number.isSafeInteger(n)) throw new RangeError(`minor units must be a safe integer, got ${n}`)
  return n as Minor
}

/** Adds minor-unit amounts exactly. */
export function addMinor(...xs: Minor[]): Minor {
  let s = 0
  for (const x of xs) s += x
  return minor(s)
}

/** Converts minor units to a decimal string in major units ("1234.50"), exact, without floats. */
export function toMajorString(amount: Minor, currency: string): string {
  const digits = minorDigits(currency)
  const neg = amount < 0
  const abs = String(Math.abs(amount))
  if (digits === 0) return (neg ? '-' : '') + abs
  const padded = abs.padStart(digits + 1, '0')
  const int = padded.slice(0, -digits)
  const frac = padded.slice(-digits)
  return `${neg ? '-' : ''}${int}.${frac}`
}

/** Formatters by locale and currency: constructing one costs far more than using it. */
const MONEY_FORMATS = new Map<string, Intl.NumberFormat>()

/** Formats minor units for display in a locale ("¥1,234.50", "CN¥1,234.50"). */
export function formatMoney(amount: Minor, currency: string, locale: string): string {
  const key = `${locale}|${currency}`
  let nf = MONEY_FORMATS.get(key)
  if (!nf) {
    const digits = minorDigits(currency)
    nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    MONEY_FORMATS.set(key, nf)
  }
  // Intl accepts a decimal string exactly (no float rounding) since ES2023's Intl.NumberFormat v3.
  return nf.format(toMajorString(amount, currency) as unknown as number)
}
