import { daysInMonth, fromEpochDay, type IsoDate } from '../dates'
import { minorDigits, type Minor } from '../money'
import { fail, ok, type Result } from '../result'

/**
 * Cell parsers for imported exports (bad-inputs #17–#31). They run once per cell on files with
 * millions of rows: regexes are compiled once at module load, hot paths are char-code loops, and
 * none of them throws — every failure is a `parse.errors.*` key with the offending value.
 */

/** The character that separates whole units from fractions in a column. */
export type DecimalSeparator = '.' | ','

const CH_0 = 0x30
const CH_9 = 0x39
const DOT = 0x2e
const COMMA = 0x2c
const APOS = 0x27
const QUOTE = 0x22
const MINUS = 0x2d
const PLUS = 0x2b
const LPAREN = 0x28
const RPAREN = 0x29
const PERCENT = 0x25

/** The longest raw value echoed back in an error message. */
const MAX_ECHO = 40
const echo = (raw: string): string => {
  const s = raw.trim()
  return s.length > MAX_ECHO ? `${s.slice(0, MAX_ECHO - 1)}…` : s
}

/** Whitespace and invisible characters around or inside exported values (tab, NBSP, U+202F, U+3000, BOM…). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0x2007 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x200b ||
    c === 0x200e ||
    c === 0x200f ||
    c === 0x061c
  )
}

/** Full-width ASCII forms (Ｕ+FF01–FF5E: digits, '．', '，', '－', '（'…) → ASCII code. */
const halfwidth = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c)
const isDigit = (c: number): boolean => c >= CH_0 && c <= CH_9

/** Bounds of `raw` without surrounding whitespace, a leading apostrophe (Excel guard) or `="…"`. */
function trimBounds(raw: string): [number, number] {
  let a = 0
  let b = raw.length
  while (a < b && isSpace(raw.charCodeAt(a))) a++
  while (b > a && isSpace(raw.charCodeAt(b - 1))) b--
  if (a < b && raw.charCodeAt(a) === APOS) {
    a++
    while (a < b && isSpace(raw.charCodeAt(a))) a++
  } else if (
    b - a >= 3 &&
    raw.charCodeAt(a) === 0x3d &&
    raw.charCodeAt(a + 1) === QUOTE &&
    raw.charCodeAt(b - 1) === QUOTE
  ) {
    a += 2
    b--
    while (a < b && isSpace(raw.charCodeAt(a))) a++
    while (b > a && isSpace(raw.charCodeAt(b - 1))) b--
  }
  return [a, b]
}

/** Placeholders that mean "no value" in exports. */
const NULL_WORDS = new Set([
  '-',
  '--',
  '—',
  '–',
  '/',
  'n/a',
  'na',
  '#n/a',
  'null',
  'nan',
  'nat',
  'none',
  '无',
])

// Currency tokens allowed before or after an amount (spaces removed, upper-cased).
const CURRENCY_CODES = new Set(
  (
    'CNY RMB USD EUR GBP JPY HKD TWD NTD KRW SGD MYR THB VND INR PKR AUD CAD CHF NZD MOP PHP IDR ' +
    'RS RS. RM RP VNĐ US HK NT S A C CA CN JP NZ AU UK GB SG'
  ).split(' '),
)
const CURRENCY_SYMBOLS = new Set('$ ¥ ￥ € £ ￡ ₹ ₩ ￦ ₫ Đ ฿ ₱ ₨ 元 圆 円 块'.split(' '))
const CURRENCY_WORDS = new Set('人民币 人民币元 美元 港币 港元 欧元 英镑 日元'.split(' '))
/** Country prefixes that are currency markers only next to a symbol ('US$', 'CN¥', '$CA', 'AU$'). */
const CURRENCY_SINGLE_LETTERS = new Set('US HK NT S A C CA CN JP NZ AU UK GB SG'.split(' '))

/** True for a currency marker such as '¥', 'CNY', 'Rs.', 'US$', 'CN¥', '元', '人民币'. */
function isCurrencyToken(token: string): boolean {
  if (token === '') return true
  const t = token.toUpperCase()
  if (CURRENCY_SYMBOLS.has(t) || CURRENCY_WORDS.has(t)) return true
  if (CURRENCY_CODES.has(t)) return !CURRENCY_SINGLE_LETTERS.has(t)
  // A code and a symbol together: 'US$', 'CN¥', 'RMB¥', '¥CNY', 'HK$'.
  const first = t.slice(0, 1)
  const last = t.slice(-1)
  if (CURRENCY_SYMBOLS.has(last) && CURRENCY_CODES.has(t.slice(0, -1))) return true
  if (CURRENCY_SYMBOLS.has(first) && CURRENCY_CODES.has(t.slice(1))) return true
  return CURRENCY_WORDS.has(t.slice(0, -1)) && CURRENCY_SYMBOLS.has(last)
}

/** A number as written: sign, integer digits and fraction digits, never converted through a float. */
interface NumberParts {
  neg: boolean
  int: string
  frac: string
  percent: boolean
}
type ScanResult = NumberParts | null | 'number' | 'scientific'

const ENDS_WITH_LETTER = /\p{L}$/u

/** True when the next non-space character after `i` is a digit. */
function digitFollows(raw: string, i: number, end: number): boolean {
  return i + 1 < end && isDigit(halfwidth(raw.charCodeAt(i + 1)))
}

/**
 * Reads a number out of a cell: trims spaces/tabs/NBSP and Excel guards, maps full-width forms,
 * accepts currency markers before or after, thousands separators (`'` space NBSP U+202F and the
 * non-decimal one of `.` `,`, with groups of 3 — or Indian 2), a leading or trailing minus and
 * accounting parentheses. null for an empty cell or a placeholder such as '-' or 'N/A'.
 */
function scanNumber(raw: string, decimal: DecimalSeparator): ScanResult {
  const decimalCode = decimal === '.' ? DOT : COMMA
  const plain = scanPlain(raw, decimalCode)
  if (plain) return plain
  const [a, b] = trimBounds(raw)
  if (a === b) return null
  const thousandsCode = decimal === '.' ? COMMA : DOT
  let state = 0 // 0 before the digits, 1 in the digits, 2 after them
  let neg = false
  let open = 0
  let close = 0
  let percent = false
  let int = ''
  let frac = ''
  let sawDecimal = false
  let grouped = false
  let group = 0 // digits since the last thousands separator
  let prefix = ''
  let suffix = ''
  for (let i = a; i < b; i++) {
    const c = halfwidth(raw.charCodeAt(i))
    if (isDigit(c)) {
      if (state === 2) return 'number'
      state = 1
      if (sawDecimal) frac += String.fromCharCode(c)
      else {
        int += String.fromCharCode(c)
        group++
      }
      continue
    }
    if (state === 1) {
      if (c === decimalCode) {
        if (sawDecimal || (grouped && group !== 3)) return 'number'
        sawDecimal = true
        continue
      }
      const spaceLike = isSpace(c)
      if (c === thousandsCode || c === APOS || c === 0x2019 || spaceLike) {
        if (!digitFollows(raw, i, b)) {
          if (spaceLike) {
            state = 2
            continue
          }
          return 'number'
        }
        if (sawDecimal) return 'number'
        if (grouped ? group !== 3 && group !== 2 : group > 3) return 'number'
        grouped = true
        group = 0
        continue
      }
      if ((c === 0x65 || c === 0x45) && isExponent(raw, i + 1, b)) return 'scientific'
      state = 2
    }
    // Before or after the digits: signs, parentheses, %, spaces and currency markers.
    if (c === MINUS || c === 0x2212) neg = true
    else if (c === PLUS && state === 0) continue
    else if (c === LPAREN && state === 0) open++
    else if (c === RPAREN && state === 2) close++
    else if (c === PERCENT && state === 2) percent = true
    else if (isSpace(c)) continue
    else if (state === 0 && c === decimalCode && !ENDS_WITH_LETTER.test(prefix)) {
      // '.5' — but 'Rs.5' keeps its dot in the prefix.
      state = 1
      sawDecimal = true
    } else if (state === 0) prefix += String.fromCharCode(c)
    else suffix += String.fromCharCode(c)
  }
  if (state === 0) {
    return NULL_WORDS.has(raw.slice(a, b).toLowerCase()) ? null : 'number'
  }
  if (int === '' && frac === '') return 'number'
  if (grouped && !sawDecimal && group !== 3) return 'number'
  if (open !== close || open > 1) return 'number'
  if (!isCurrencyToken(prefix) || !isCurrencyToken(suffix)) return 'number'
  return { neg: neg || open === 1, int, frac, percent }
}

/** Fast path for the common case: ASCII digits, an optional leading '-', at most one decimal separator. */
function scanPlain(raw: string, decimalCode: number): NumberParts | null {
  const n = raw.length
  let i = n > 0 && raw.charCodeAt(0) === MINUS ? 1 : 0
  const start = i
  let point = -1
  for (; i < n; i++) {
    const c = raw.charCodeAt(i)
    if (isDigit(c)) continue
    if (c === decimalCode && point === -1) {
      point = i
      continue
    }
    return null
  }
  if (n - start === 0 || n - start === (point === -1 ? 0 : 1)) return null
  return point === -1
    ? { neg: start === 1, int: raw.slice(start), frac: '', percent: false }
    : { neg: start === 1, int: raw.slice(start, point), frac: raw.slice(point + 1), percent: false }
}

/** True when `raw[i..end)` starts an exponent: an optional sign, then a digit. */
function isExponent(raw: string, i: number, end: number): boolean {
  let j = i
  const c = raw.charCodeAt(j)
  if (c === PLUS || c === MINUS) j++
  return j < end && isDigit(raw.charCodeAt(j))
}

/** Infers a column's decimal separator from its values ('1.234,50', '15,00€' → ','); '.' when unsure. */
export function inferDecimalSeparator(samples: readonly string[]): DecimalSeparator {
  let commaVotes = 0
  let dotVotes = 0
  for (const s of samples) {
    let dots = 0
    let commas = 0
    let lastDot = -1
    let lastComma = -1
    let exponent = false
    for (let i = 0; i < s.length; i++) {
      const c = halfwidth(s.charCodeAt(i))
      if (c === DOT) {
        dots++
        lastDot = i
      } else if (c === COMMA) {
        commas++
        lastComma = i
      } else if ((c === 0x65 || c === 0x45) && isExponent(s, i + 1, s.length) && i > 0) {
        exponent = isDigit(halfwidth(s.charCodeAt(i - 1)))
      }
    }
    if (exponent || (dots === 0 && commas === 0)) continue
    if (dots > 0 && commas > 0) {
      if (lastDot > lastComma) dotVotes++
      else commaVotes++
      continue
    }
    const sep = dots > 0 ? DOT : COMMA
    const count = dots > 0 ? dots : commas
    const last = dots > 0 ? lastDot : lastComma
    if (count > 1) {
      // Repeated: a thousands separator, so the other one is the decimal.
      if (sep === DOT) commaVotes++
      else dotVotes++
      continue
    }
    const after = digitsAfter(s, last)
    const zeroInt = digitsBefore(s, last) === '0'
    if (after === 0) continue
    if (after !== 3 || zeroInt) {
      if (sep === DOT) dotVotes++
      else commaVotes++
    }
    // Exactly three digits after a single separator ('3.000', '1,234'): ambiguous, no vote.
  }
  return commaVotes > dotVotes ? ',' : '.'
}

/** Number of digits right after position `i`. */
function digitsAfter(s: string, i: number): number {
  let n = 0
  for (let j = i + 1; j < s.length && isDigit(halfwidth(s.charCodeAt(j))); j++) n++
  return n
}

/** The digits right before position `i`. */
function digitsBefore(s: string, i: number): string {
  let j = i
  while (j > 0 && isDigit(halfwidth(s.charCodeAt(j - 1)))) j--
  return s.slice(j, i)
}

/** Rounds a written number to `digits` fraction digits (half away from zero) as an integer; null if unsafe. */
function toScaledInteger(parts: NumberParts, digits: number): number | null {
  const { int, frac } = parts
  const head = frac.length >= digits ? frac.slice(0, digits) : frac.padEnd(digits, '0')
  let v = Number((int === '' ? '0' : int) + head)
  if (frac.length > digits && frac.charCodeAt(digits) >= 0x35) v += 1
  if (!Number.isSafeInteger(v)) return null
  return parts.neg && v !== 0 ? -v : v
}

/** Parses an amount ('¥1,234.50', '15,00€', '($30.00)', 'CNY 12') to minor units of `currency`; '' → null. */
export function parseMoney(
  raw: string,
  currency: string,
  decimal: DecimalSeparator,
): Result<Minor | null> {
  const parts = scanNumber(raw, decimal)
  if (parts === null) return ok(null)
  if (parts === 'scientific') return fail('parse.errors.scientific', { value: echo(raw) })
  if (parts === 'number' || parts.percent) return fail('parse.errors.number', { value: echo(raw) })
  const v = toScaledInteger(parts, minorDigits(currency))
  if (v === null) return fail('parse.errors.tooLarge', { value: echo(raw) })
  return ok(v as Minor)
}

/** Parses a quantity, visitor count or rate ('19000000\t', '1.234,5', '5.2%' → 0.052); '' → null. */
export function parseDecimal(raw: string, decimal: DecimalSeparator): Result<number | null> {
  const parts = scanNumber(raw, decimal)
  if (parts === null) return ok(null)
  if (parts === 'scientific') return fail('parse.errors.scientific', { value: echo(raw) })
  if (parts === 'number') return fail('parse.errors.number', { value: echo(raw) })
  const text = `${parts.neg ? '-' : ''}${parts.int || '0'}.${parts.frac || '0'}${parts.percent ? 'e-2' : ''}`
  const v = Number(text)
  if (!Number.isFinite(v)) return fail('parse.errors.tooLarge', { value: echo(raw) })
  return ok(v === 0 ? 0 : v)
}

/** 10^0 … 10^15 (exact doubles). */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

/**
 * The digits of a plain cell (what `scanPlain` accepts: an optional leading '-', ASCII digits, at
 * most one `decimalCode`) scaled to `digits` fraction digits as one integer, rounded half away
 * from zero like `toScaledInteger`, sign applied; NaN when the cell is not plain or has more than
 * 15 digits before the cut (the exact-integer range of a double). `digits` < 0 keeps every
 * fraction digit and returns the value unscaled (N / 10^fraction digits, as `Number` would
 * round the decimal text: both are the correctly rounded value of the same exact quotient).
 */
function plainNumber(raw: string, decimalCode: number, digits: number): number {
  const n = raw.length
  let i = n > 0 && raw.charCodeAt(0) === MINUS ? 1 : 0
  const neg = i === 1
  let v = 0
  let count = 0 // digits taken into v
  let frac = -1 // fraction digits seen, -1 before the separator
  let roundUp = false
  for (; i < n; i++) {
    const c = raw.charCodeAt(i)
    if (c >= CH_0 && c <= CH_9) {
      if (frac >= 0) {
        if (digits >= 0 && frac >= digits) {
          if (frac === digits) roundUp = c >= 0x35
          frac++
          continue
        }
        frac++
      }
      v = v * 10 + (c - CH_0)
      count++
      continue
    }
    if (c === decimalCode && frac === -1) {
      frac = 0
      continue
    }
    return NaN
  }
  const start = neg ? 1 : 0
  if (n - start === 0 || n - start === (frac === -1 ? 0 : 1)) return NaN
  if (frac < 0) frac = 0
  if (digits >= 0) {
    // Missing fraction digits are zeros.
    const pad = digits - Math.min(frac, digits)
    if (count + pad > 15) return NaN
    v = v * (POW10[pad] as number) + (roundUp ? 1 : 0)
  } else {
    if (count > 15) return NaN
    if (frac > 0) v /= POW10[frac] as number
  }
  return v === 0 ? 0 : neg ? -v : v
}

/**
 * `plainNumber` of the bytes `b[s..e)` of an ASCII-compatible encoding (UTF-8, GB18030): the same
 * value for the same ASCII cell, NaN for anything else (any byte outside '-', digits and
 * `decimalCode`). The byte path of the importer (byte-rows.ts) reads number cells with it without
 * decoding them; a property test checks it against `plainNumber` on every cell shape.
 */
export function plainNumberBytes(
  b: Uint8Array,
  s: number,
  e: number,
  decimalCode: number,
  digits: number,
): number {
  let i = e > s && b[s] === MINUS ? s + 1 : s
  const neg = i > s
  let v = 0
  let count = 0
  let frac = -1
  let roundUp = false
  for (; i < e; i++) {
    const c = b[i] as number
    if (c >= CH_0 && c <= CH_9) {
      if (frac >= 0) {
        if (digits >= 0 && frac >= digits) {
          if (frac === digits) roundUp = c >= 0x35
          frac++
          continue
        }
        frac++
      }
      v = v * 10 + (c - CH_0)
      count++
      continue
    }
    if (c === decimalCode && frac === -1) {
      frac = 0
      continue
    }
    return NaN
  }
  const len = e - s - (neg ? 1 : 0)
  if (len === 0 || len === (frac === -1 ? 0 : 1)) return NaN
  if (frac < 0) frac = 0
  if (digits >= 0) {
    const pad = digits - Math.min(frac, digits)
    if (count + pad > 15) return NaN
    v = v * (POW10[pad] as number) + (roundUp ? 1 : 0)
  } else {
    if (count > 15) return NaN
    if (frac > 0) v /= POW10[frac] as number
  }
  return v === 0 ? 0 : neg ? -v : v
}

/** The character code of a decimal separator (for `plainNumberBytes`). */
export function decimalCode(decimal: DecimalSeparator): number {
  return decimal === '.' ? DOT : COMMA
}

/**
 * `parseMoney` of a plain cell ('1295.70', '-3', '0.5'), without allocating: the same minor
 * units, or NaN when the cell needs the general parser (which then gives the answer or the
 * error). `digits` is `minorDigits(currency)`.
 */
export function plainMoney(raw: string, digits: number, decimal: DecimalSeparator): number {
  return plainNumber(raw, decimalCode(decimal), digits)
}

/** `parseDecimal` of a plain cell ('3', '-2.5'), or NaN when the cell needs the general parser. */
export function plainDecimal(raw: string, decimal: DecimalSeparator): number {
  return plainNumber(raw, decimalCode(decimal), -1)
}

const SCIENTIFIC_ID = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/

/** Cleans an order/customer ID: trims tabs and Excel guards, masked → null, flags Excel's '6.61808E+12'. */
export function cleanId(raw: string): { id: string | null; mangled: boolean } {
  const [a, b] = trimBounds(raw)
  if (a === b) return { id: null, mangled: false }
  let id = a === 0 && b === raw.length ? raw : raw.slice(a, b)
  let masked = true
  let exponent = false
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i)
    if (c !== 0x2a && c !== 0xff0a) masked = false
    if (c === 0x65 || c === 0x45) exponent = true
  }
  if (masked) return { id: null, mangled: false }
  if (exponent && SCIENTIFIC_ID.test(id)) return { id, mangled: true }
  // pandas float IDs: '17850.0' → '17850'.
  const n = id.length
  if (n >= 3 && id.charCodeAt(n - 1) === CH_0 && id.charCodeAt(n - 2) === DOT) {
    let allDigits = true
    for (let i = id.charCodeAt(0) === MINUS ? 1 : 0; i < n - 2; i++) {
      if (!isDigit(id.charCodeAt(i))) {
        allDigits = false
        break
      }
    }
    if (allDigits) id = id.slice(0, n - 2)
  }
  return { id, mangled: false }
}

// What each ASCII character makes of a plain ID (plainId): bits of these, ID_BAD for the rest.
const ID_WORD = 1 // a letter or digit
const ID_EXPONENT = 2 // 'e' or 'E'
const ID_OTHER = 4 // a letter other than e/E, '_' or an ideograph: not scientific notation
const ID_BAD = 8
const ID_CHAR = new Uint8Array(128).fill(ID_BAD)
for (let c = CH_0; c <= CH_9; c++) ID_CHAR[c] = ID_WORD
for (let c = 0x41; c <= 0x5a; c++) {
  ID_CHAR[c] = ID_WORD | ID_OTHER
  ID_CHAR[c + 0x20] = ID_WORD | ID_OTHER
}
ID_CHAR[0x45] = ID_WORD | ID_EXPONENT
ID_CHAR[0x65] = ID_WORD | ID_EXPONENT
ID_CHAR[0x5f] = ID_OTHER
ID_CHAR[MINUS] = 0

/**
 * `cleanId` of a plain ID, without allocating: the cell itself when it is made only of ASCII
 * letters and digits, '_', '-' and common CJK ideographs (U+4E00–U+9FA5), holds at least one
 * letter or digit, and cannot be Excel's scientific notation (an 'e' or 'E' with no other letter,
 * '_' or ideograph). undefined when it needs `cleanId` (spaces, guards, masks, '.0', other
 * characters). Such an ID is never masked either (`isMaskedId`: it has a letter or digit and no
 * '*').
 */
export function plainId(raw: string): string | undefined {
  const n = raw.length
  let flags = 0
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i)
    flags |=
      c < 0x80 ? (ID_CHAR[c] as number) : c >= 0x4e00 && c <= 0x9fa5 ? ID_WORD | ID_OTHER : ID_BAD
  }
  // A letter or digit, nothing else, and not digits and 'e' alone (scientific notation).
  return (flags & (ID_WORD | ID_BAD)) === ID_WORD &&
    (flags & (ID_EXPONENT | ID_OTHER)) !== ID_EXPONENT
    ? raw
    : undefined
}

/**
 * `plainId` of the bytes `b[s..e)` of an ASCII-compatible encoding, for ASCII cells only: true
 * when the cell is a plain ID (`plainId` of its text returns it). False for every cell that has a
 * byte of 0x80 or more (ideographs included: those IDs take the text path) or that `plainId`
 * rejects.
 */
export function plainIdBytes(b: Uint8Array, s: number, e: number): boolean {
  let flags = 0
  for (let i = s; i < e; i++) {
    const c = b[i] as number
    flags |= c < 0x80 ? (ID_CHAR[c] as number) : ID_BAD
  }
  return (
    (flags & (ID_WORD | ID_BAD)) === ID_WORD && (flags & (ID_EXPONENT | ID_OTHER)) !== ID_EXPONENT
  )
}

// ---------------------------------------------------------------------------------------------
// Dates and times
// ---------------------------------------------------------------------------------------------

/** Order of day, month and year in numeric dates. */
export type DateOrder = 'YMD' | 'DMY' | 'MDY'

/** A parsed timestamp: calendar date as written, wall-clock time 'HH:MM:SS' and the zone offset if any. */
export interface ParsedDateTime {
  date: IsoDate
  time: string | null
  offsetMinutes: number | null
}

// Numeric dates: 2024-11-11, 2024/11/11, 11/12/2024, 04-30-22, 16.01.23; the rest is time and zone.
const NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?:(?:[Tt]|\s+|,\s*)(.*))?$/
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/
const SERIAL_DATE = /^(\d{5})(?:\.(\d+))?$/
const CHINESE_DATE = /^(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(.*)$/
// '1. Dez. 2025, 12:32 Uhr CET(UTC+1)', '01 SEP 26', '1er décembre 2025', '01-Sep-2026'.
const DAY_MONTH_YEAR =
  /^(\d{1,2})(?:\.|st|nd|rd|th|er)?[\s\-/]*(\p{L}+)\.?[\s\-/,]*(\d{4}|\d{2})(?!\d)(?:(?:,\s*|\s+|[Tt])(.*))?$/u
// 'Dec 1, 2025 10:00 AM', 'December 01 2025', 'Sept. 3, 2024'.
const MONTH_DAY_YEAR =
  /^(\p{L}+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:(?:,\s*|\s+|[Tt])(.*))?$/u
const WEEKDAY_PREFIX = /^\p{L}+\.?,?\s+/u
const WEEKDAY_PUNCT = /[.,\s]/g
// '10:00', '10:00:00.123', '8:26 PM', '10时00分', '10点30分15秒', '下午3:05'.
const TIME =
  /^(上午|下午|凌晨|中午|晚上)?\s*(\d{1,2})[:：时点hH](\d{1,2})(?:[:：分mM](\d{1,2})(?:[.,]\d+)?)?\s*[分秒]?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:uhr\b)?\s*(.*)$/i
const OFFSET = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i
const BRACKET_OFFSET =
  /^\p{L}*\s*[([]\s*(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\s*[)\]]$/iu

/** Zone abbreviations with one meaning; 'CST' is left out on purpose (China or US Central). */
const ZONE_ABBREVIATIONS: Record<string, number> = {
  z: 0,
  utc: 0,
  gmt: 0,
  ut: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  mez: 60,
  cest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  pkt: 300,
  ict: 420,
  wib: 420,
  hkt: 480,
  sgt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  est: -300,
  edt: -240,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
}
/** Labels that name China time without an offset (kept as wall-clock, like no zone). */
const WALL_CLOCK_ZONES = new Set(['cst', '北京时间', 'beijing time'])

/** Month names and abbreviations in English, German, French and Spanish (lower case, no dot). */
const MONTHS = new Map<string, number>()
{
  const names: string[][] = [
    ['jan', 'january', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene'],
    ['feb', 'february', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febrero'],
    ['mar', 'march', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo'],
    ['apr', 'april', 'avril', 'avr', 'abril', 'abr'],
    ['may', 'mai', 'mayo'],
    ['jun', 'june', 'juni', 'juin', 'junio'],
    ['jul', 'july', 'juli', 'juillet', 'juil', 'julio'],
    ['aug', 'august', 'août', 'aout', 'agosto', 'ago'],
    ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'set'],
    ['oct', 'october', 'oktober', 'okt', 'octobre', 'octubre'],
    ['nov', 'november', 'novembre', 'noviembre'],
    ['dec', 'december', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic'],
  ]
  names.forEach((list, i) => list.forEach((name) => MONTHS.set(name, i + 1)))
}

/** Month number of a name ('Dez', 'SEP', 'März', 'Sept'); 0 when unknown. */
function monthOf(name: string): number {
  return MONTHS.get(name.toLowerCase()) ?? 0
}

/** Four-digit year from a written year: two digits 00–69 → 20xx, 70–99 → 19xx; NaN for other lengths. */
function fullYear(y: string): number {
  const n = Number(y)
  if (y.length === 4) return n
  if (y.length === 2) return n < 70 ? 2000 + n : 1900 + n
  return NaN
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** True for a real calendar date in the range the app accepts (1900–2199). */
function validDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

const isoOf = (y: number, m: number, d: number): IsoDate => `${y}-${pad2(m)}-${pad2(d)}` as IsoDate

/** Reads the time and zone that follow a date; null when they cannot be read. */
function parseTimeAndZone(rest: string): { time: string | null; offset: number | null } | null {
  const s = rest.trim()
  if (s === '') return { time: null, offset: null }
  const t = TIME.exec(s)
  if (!t) {
    const offset = parseZone(s)
    return offset === undefined ? null : { time: null, offset }
  }
  let h = Number(t[2])
  const mi = Number(t[3])
  const sec = t[4] === undefined ? 0 : Number(t[4])
  const meridiem = (t[5] ?? '').toLowerCase()
  const cn = t[1]
  if (meridiem) {
    if (h < 1 || h > 12) return null
    if (meridiem.startsWith('a')) h = h === 12 ? 0 : h
    else h = h === 12 ? 12 : h + 12
  } else if (cn === '下午' || cn === '晚上' || (cn === '中午' && h < 11)) {
    if (h < 12) h += 12
  } else if (cn === '凌晨' || cn === '上午') {
    if (h === 12) h = 0
  }
  if (h > 23 || mi > 59 || sec > 59) return null
  const offset = parseZone(t[6] ?? '')
  if (offset === undefined) return null
  return { time: `${pad2(h)}:${pad2(mi)}:${pad2(sec)}`, offset }
}

/** Offset in minutes of a zone label ('Z', '+05:00', '-0700', 'UTC+8', 'GMT+0800', 'CET(UTC+1)', 'CEST'); null = none; undefined = unreadable. */
function parseZone(raw: string): number | null | undefined {
  const s = raw.trim()
  if (s === '') return null
  const lower = s.toLowerCase()
  if (WALL_CLOCK_ZONES.has(lower)) return null
  const named = ZONE_ABBREVIATIONS[lower]
  if (named !== undefined) return named
  const m = OFFSET.exec(s) ?? BRACKET_OFFSET.exec(s)
  if (!m) return undefined
  const h = Number(m[2])
  const mi = m[3] === undefined ? 0 : Number(m[3])
  if (h > 14 || mi > 59) return undefined
  const total = h * 60 + mi
  return m[1] === '+' ? total : -total
}

/** Builds the result for a date plus an optional time/zone tail. */
function withTime(
  y: number,
  m: number,
  d: number,
  rest: string | undefined,
): Result<ParsedDateTime | null> | null {
  if (y === 0 && m === 0 && d === 0) return ok(null) // '0000-00-00': an unpaid order's payment time
  if (!validDate(y, m, d)) return null
  const tz = parseTimeAndZone(rest ?? '')
  if (!tz) return null
  return ok({ date: isoOf(y, m, d), time: tz.time, offsetMinutes: tz.offset })
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (serials above 60 already include the fictitious 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25569

/** An Excel serial day number (20000–80000, optional fraction for the time) as a date and time. */
function fromSerial(whole: string, fraction: string | undefined): ParsedDateTime | null {
  let day = Number(whole)
  if (day < 20000 || day > 80000) return null
  let time: string | null = null
  if (fraction !== undefined) {
    let secs = Math.round(Number(`0.${fraction}`) * 86400)
    if (secs >= 86400) {
      day++
      secs = 0
    }
    time = `${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`
  }
  return { date: fromEpochDay(day - EXCEL_EPOCH_OFFSET), time, offsetMinutes: null }
}

/** Normalises full-width digits and punctuation ('２０２４／１１／１１') to ASCII. */
function toHalfwidth(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : s[i]
  }
  return out
}

/** Day, month, year of a numeric date in the given order; null when the parts do not fit it. */
function numericParts(
  p1: string,
  p2: string,
  p3: string,
  order: DateOrder,
): [number, number, number] | null {
  const a = Number(p1)
  const b = Number(p2)
  if (p1.length >= 3) return p1.length === 4 && p3.length <= 2 ? [a, b, Number(p3)] : null
  if (p3.length !== 2 && p3.length !== 4) return null
  let effective = order
  if (order === 'YMD') {
    if (p3.length === 2 && p1.length === 2 && a > 31) return [fullYear(p1), b, Number(p3)]
    // A day-month-year value in a column declared year-first: only when it is unambiguous.
    if (a > 12 && b <= 12) effective = 'DMY'
    else if (b > 12 && a <= 12) effective = 'MDY'
    else return null
  }
  const y = fullYear(p3)
  return effective === 'DMY' ? [y, b, a] : [y, a, b]
}

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - CH_0
  const b = s.charCodeAt(i + 1) - CH_0
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/**
 * Fast path for fixed-width ISO forms, most of every big export: 'YYYY-MM-DD', optionally with
 * ' HH:MM[:SS]' or 'THH:MM[:SS]', then optionally 'Z', '±HH:MM' or ' ±HHMM'. undefined = not this shape.
 */
function parseIsoFast(s: string): ParsedDateTime | null | undefined {
  const n = s.length
  if (n < 10) return undefined
  const sep = s.charCodeAt(4)
  if ((sep !== MINUS && sep !== 0x2f) || s.charCodeAt(7) !== sep) return undefined
  const hi = two(s, 0)
  const lo = two(s, 2)
  const m = two(s, 5)
  const d = two(s, 8)
  if (hi < 0 || lo < 0 || m < 0 || d < 0) return undefined
  const y = hi * 100 + lo
  let time: string | null = null
  let offset: number | null = null
  let i = 10
  if (i < n) {
    const c = s.charCodeAt(i)
    if ((c !== 0x20 && c !== 0x54) || n < 16 || s.charCodeAt(13) !== 0x3a) return undefined
    const h = two(s, 11)
    const mi = two(s, 14)
    let sec = 0
    i = 16
    if (s.charCodeAt(16) === 0x3a) {
      sec = two(s, 17)
      i = 19
    }
    if (h < 0 || mi < 0 || sec < 0 || h > 23 || mi > 59 || sec > 59) return undefined
    time = i === 19 ? s.slice(11, 19) : `${s.slice(11, 16)}:00`
    if (i < n && s.charCodeAt(i) === 0x20) i++
    if (i < n) {
      const z = s.charCodeAt(i)
      if (z === 0x5a && i + 1 === n) offset = 0
      else if (
        (z === PLUS || z === MINUS) &&
        (n - i === 5 || (n - i === 6 && s.charCodeAt(i + 3) === 0x3a))
      ) {
        const oh = two(s, i + 1)
        const om = two(s, n - 2)
        if (oh < 0 || om < 0 || oh > 14 || om > 59) return undefined
        offset = (z === PLUS ? 1 : -1) * (oh * 60 + om)
      } else return undefined
    }
  }
  if (y === 0 && m === 0 && d === 0) return null
  if (!validDate(y, m, d)) return undefined
  return { date: isoOf(y, m, d), time, offsetMinutes: offset === 0 ? 0 : offset }
}

/** Parses a date or timestamp in any supported form (ISO, slashes, 年月日, Excel serial, month names); '' → null. */
export function parseDateTime(raw: string, order: DateOrder): Result<ParsedDateTime | null> {
  const fast = parseIsoFast(raw)
  if (fast !== undefined) return ok(fast)
  let s = raw.trim()
  if (s === '') return ok(null)
  if (!isDigit(s.charCodeAt(0)) && NULL_WORDS.has(s.toLowerCase())) return ok(null) // '-', 'N/A', pandas 'NaT'
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x3000) {
      s = toHalfwidth(s)
      break
    }
  }
  const bad = (): Result<never> => fail('parse.errors.date', { value: echo(raw) })
  const c0 = s.charCodeAt(0)
  if (isDigit(c0)) {
    let m = NUMERIC_DATE.exec(s)
    if (m) {
      const parts = numericParts(m[1] as string, m[3] as string, m[4] as string, order)
      if (parts && parts[0] === 0 && parts[1] === 0 && parts[2] === 0) return ok(null)
      if (!parts) return bad()
      return withTime(parts[0], parts[1], parts[2], m[5]) ?? bad()
    }
    m = SERIAL_DATE.exec(s)
    if (m) {
      const p = fromSerial(m[1] as string, m[2])
      return p ? ok(p) : bad()
    }
    m = COMPACT_DATE.exec(s)
    if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3]), undefined) ?? bad()
    m = CHINESE_DATE.exec(s)
    if (m) return withTime(fullYear(m[1] as string), Number(m[2]), Number(m[3]), m[4]) ?? bad()
    m = DAY_MONTH_YEAR.exec(s)
    if (m) {
      const month = monthOf(m[2] as string)
      if (month === 0) return bad()
      return withTime(fullYear(m[3] as string), month, Number(m[1]), m[4]) ?? bad()
    }
    return bad()
  }
  let text = s
  for (let attempt = 0; attempt < 2; attempt++) {
    const m = MONTH_DAY_YEAR.exec(text)
    if (m) {
      const month = monthOf(m[1] as string)
      if (month !== 0) return withTime(Number(m[3]), month, Number(m[2]), m[4]) ?? bad()
    }
    // 'Mon, 1 Dec 2025 10:00:00 +0000': drop a weekday and retry.
    const w = WEEKDAY_PREFIX.exec(text)
    if (!w || monthOf(w[0].replace(WEEKDAY_PUNCT, '')) !== 0) break
    text = text.slice(w[0].length)
    const d = DAY_MONTH_YEAR.exec(text)
    if (d) {
      const month = monthOf(d[2] as string)
      if (month === 0) return bad()
      return withTime(fullYear(d[3] as string), month, Number(d[1]), d[4]) ?? bad()
    }
  }
  return bad()
}

// Numeric date heads for order inference: first, second part and separator.
const DATE_HEAD = /^\s*(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?!\d)/

/** Decides day/month order from a whole column ('31/01/2024' → DMY, '04-30-22' → MDY); 'ambiguous' if unknowable. */
export function inferDateOrder(samples: readonly string[]): DateOrder | 'ambiguous' {
  let dmy = 0
  let mdy = 0
  let undecided = 0
  let undecidedDotted = 0
  for (const s of samples) {
    const m = DATE_HEAD.exec(s)
    if (!m) continue
    const p1 = m[1] as string
    if (p1.length >= 3) continue // year first
    const a = Number(p1)
    const b = Number(m[3])
    if (a > 31 && (m[4] as string).length <= 2) continue // '22/04/30': two-digit year first
    if (a > 12 && b <= 12) dmy++
    else if (b > 12 && a <= 12) mdy++
    else if (a <= 12 && b <= 12) {
      undecided++
      if (m[2] === '.') undecidedDotted++
    }
  }
  if (dmy > 0 && mdy > 0) return 'ambiguous'
  if (dmy > 0) return 'DMY'
  if (mdy > 0) return 'MDY'
  if (undecided > 0) return undecided === undecidedDotted ? 'DMY' : 'ambiguous' // '16.01.23' is day-first wherever dots are used
  return 'YMD'
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>()
const zoneDays = new Map<string, Map<number, IsoDate>>()
const QUARTER_HOUR = 900_000

/** Calendar date in `timeZone` of the quarter-hour bucket `bucket` (zone offsets are multiples of 15 min). */
function dateOfBucket(bucket: number, timeZone: string): IsoDate {
  let cache = zoneDays.get(timeZone)
  if (!cache) {
    cache = new Map()
    zoneDays.set(timeZone, cache)
  }
  const hit = cache.get(bucket)
  if (hit) return hit
  let fmt = zoneFormatters.get(timeZone)
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    zoneFormatters.set(timeZone, fmt)
  }
  let y = 0
  let m = 0
  let d = 0
  for (const part of fmt.formatToParts(new Date(bucket * QUARTER_HOUR))) {
    if (part.type === 'year') y = Number(part.value)
    else if (part.type === 'month') m = Number(part.value)
    else if (part.type === 'day') d = Number(part.value)
  }
  const date = isoOf(y, m, d)
  if (cache.size > 200_000) cache.clear()
  cache.set(bucket, date)
  return date
}

/** The shop-calendar date of a timestamp: as written without a zone, else converted to `shopTimeZone`. */
export function toShopDate(p: ParsedDateTime, shopTimeZone: string): IsoDate {
  if (p.offsetMinutes === null) return p.date
  const y = Number(p.date.slice(0, 4))
  const m = Number(p.date.slice(5, 7))
  const d = Number(p.date.slice(8, 10))
  const t = p.time
  const h = t ? Number(t.slice(0, 2)) : 0
  const mi = t ? Number(t.slice(3, 5)) : 0
  const s = t ? Number(t.slice(6, 8)) : 0
  const instant = Date.UTC(y, m - 1, d, h, mi, s) - p.offsetMinutes * 60_000
  return dateOfBucket(Math.floor(instant / QUARTER_HOUR), shopTimeZone)
}

const BOOLEANS = new Map<string, boolean>([
  ['true', true],
  ['yes', true],
  ['y', true],
  ['t', true],
  ['1', true],
  ['是', true],
  ['ja', true],
  ['false', false],
  ['no', false],
  ['n', false],
  ['f', false],
  ['0', false],
  ['否', false],
  ['nein', false],
])

/** Reads a yes/no cell (true/TRUE/yes/是/1, false/FALSE/no/否/0); null for anything else. */
export function parseBoolean(raw: string): boolean | null {
  const [a, b] = trimBounds(raw)
  if (a === b) return null
  return BOOLEANS.get(raw.slice(a, b).toLowerCase()) ?? null
}
