import type { Brand } from './brand'

/** A calendar date as `YYYY-MM-DD`, with no time and no zone. */
export type IsoDate = Brand<string, 'IsoDate'>
/** An instant as an ISO-8601 UTC timestamp (`2026-11-25T08:00:00.000Z`). */
export type IsoInstant = Brand<string, 'IsoInstant'>

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `s` is a real calendar date in `YYYY-MM-DD` form (checks month lengths and leap years). */
export function isIsoDate(s: string): s is IsoDate {
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

/** Parses `YYYY-MM-DD` or throws: for trusted literals and tests. */
export function isoDate(s: string): IsoDate {
  if (!isIsoDate(s)) throw new RangeError(`not a calendar date: ${s}`)
  return s
}

/** Leap year in the proleptic Gregorian calendar. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0
}

/** Builds an IsoDate from parts without any Date object. */
export function dateFromParts(y: number, m: number, d: number): IsoDate {
  return isoDate(
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  )
}

/** UTC midnight of a date in ms; unlike Date.UTC, years 0–99 are not taken as 1900–1999. */
function utcMidnight(y: number, m: number, d: number): number {
  const dt = new Date(0)
  dt.setUTCFullYear(y, m - 1, d)
  return dt.getTime()
}

/** Days since 1970-01-01 for a calendar date (pure integer arithmetic, zone-free). */
export function toEpochDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7))
  const d = Number(date.slice(8, 10))
  return Math.floor(utcMidnight(y, m, d) / 86_400_000)
}

/** Calendar date of an epoch day. */
export function fromEpochDay(day: number): IsoDate {
  const dt = new Date(day * 86_400_000)
  return dateFromParts(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())
}

/** Adds (or subtracts) whole days to a calendar date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days)
}

/** The calendar date of an instant in a given IANA time zone. */
export function dateInZone(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant)
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value)
  return dateFromParts(get('year'), get('month'), get('day'))
}

/** The current instant as an IsoInstant. */
export function nowInstant(now: Date = new Date()): IsoInstant {
  return now.toISOString() as IsoInstant
}

/** True when `tz` is an IANA zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** Formats a calendar date for a locale, without shifting it through any zone. */
export function formatDate(
  date: IsoDate,
  locale: string,
  style: 'short' | 'long' = 'long',
): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    dateStyle: style === 'long' ? 'long' : 'medium',
  }).format(new Date(utcMidnight(y, m, d)))
}

/** Formats an instant for a locale in a time zone. */
export function formatInstant(instant: IsoInstant, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(instant))
}
