import { flatCopy } from './string-index'
import type {
  DatasetKind,
  InventoryRecord,
  ProductRecord,
  SpendRecord,
  TrafficRecord,
} from '../analytics/model'
import type { IsoDate } from '../dates'
import { minorDigits, type Minor } from '../money'
import type { Result } from '../result'
import type { RowError, WarningLog } from './issues'
import type { Field, Mapping } from './mapping'
import {
  cleanId,
  inferDateOrder,
  inferDecimalSeparator,
  parseBoolean,
  parseDateTime,
  parseDecimal,
  parseMoney,
  plainDecimal,
  plainId,
  plainMoney,
  toShopDate,
  type DateOrder,
  type DecimalSeparator,
} from './values'

/**
 * Row conversion: one parsed CSV row (string cells) → a canonical record, or a RowError that
 * says which line, which field and why. Column indices are resolved once per file; formats
 * (decimal separator, date order) are inferred per column from a sample first
 * (`inferColumnFormats`), never guessed per cell.
 */

/** Formats inferred from sample rows of a file. */
export interface ColumnFormats {
  decimal: DecimalSeparator
  /** 'ambiguous' when every sample date fits both D/M and M/D: the caller asks the user. */
  dateOrder: DateOrder | 'ambiguous'
  /** The file's currency, from its currency column or a currency sign in its amounts; null if unknown. */
  currency: string | null
  /** The amount column already has refunds taken off (see Mapping.refundDeducted). */
  refundDeducted: boolean
  /** How rows of one order carry the amount (see Mapping.amountRows). */
  amountRows: 'sum' | 'first'
}

/** What the converters need besides the mapping. */
export interface ConvertOptions {
  mapping: Mapping
  /** Header names as shown (for messages). */
  headers: readonly string[]
  /** The shop's currency: rows in another currency are rejected. */
  currency: string
  shopTimeZone: string
  decimal: DecimalSeparator
  dateOrder: DateOrder
  warnings: WarningLog
}

/**
 * One converted row of an orders file (an order, or one line of it). Converters fill a reused
 * object of this shape; `group.ts` copies what it keeps. Money is in minor units.
 */
export interface OrderRow {
  line: number
  orderId: string
  /**
   * Set by the byte path (byte-rows.ts): `orderId` is a flat string and `orderIdHash` its
   * `hashString`, so the grouper neither hashes nor copies it again. False from the text path.
   */
  orderIdFlat: boolean
  orderIdHash: number
  lineId: string | null
  date: IsoDate | null
  /** Creation time as seconds since 1970 (shop date + wall clock), for "most recent earlier order". */
  stamp: number
  amountPaid: number | null
  orderTotal: number | null
  refund: number | null
  statusRaw: string
  /** The after-sales / refund-status column says the order was refunded or returned. */
  returnFlag: boolean
  paid: boolean | null
  shipped: boolean | null
  cancelled: boolean
  customerId: string | null
  /**
   * Byte path: the number of this customer cell among the distinct ones (-1: none, or the text
   * path), so the grouper finds the customer's dictionary id by that number instead of hashing
   * the ID again.
   */
  customerSlot: number
  channel: string | null
  currency: string | null
  sku: string | null
  name: string | null
  quantity: number | null
  unitPrice: number | null
  lineTotal: number | null
  shipping: number | null
  discount: number | null
}

/** A blank OrderRow (for the reused scratch object and for tests). */
export function emptyOrderRow(): OrderRow {
  return {
    line: 0,
    orderId: '',
    orderIdFlat: false,
    orderIdHash: 0,
    lineId: null,
    date: null,
    stamp: 0,
    amountPaid: null,
    orderTotal: null,
    refund: null,
    statusRaw: '',
    returnFlag: false,
    paid: null,
    shipped: null,
    cancelled: false,
    customerId: null,
    customerSlot: -1,
    channel: null,
    currency: null,
    sku: null,
    name: null,
    quantity: null,
    unitPrice: null,
    lineTotal: null,
    shipping: null,
    discount: null,
  }
}

/** Converts one orders row into `out`; returns the error instead when the row is unusable. */
export type OrderRowConverter = (
  cells: readonly string[],
  line: number,
  out: OrderRow,
) => RowError | null
/** Record types of the kinds that convert one row to one record. */
export type FlatRecord = TrafficRecord | SpendRecord | InventoryRecord | ProductRecord
/** Converts one row of a traffic, spend, inventory or products file; null when the row became `out`. */
export type RecordConverter = (cells: readonly string[], line: number) => FlatRecord | RowError

// ---------------------------------------------------------------------------------------------
// Cell helpers
// ---------------------------------------------------------------------------------------------

const NULL_WORDS = new Set(['null', 'none', 'nan', 'n/a', '#n/a', '\\n', '-', '--', 'undefined'])
const ZERO_DATE = /^0{4}[-/.]0{1,2}[-/.]0{1,2}/

/** Trimmed text, or null for empty cells and placeholders such as `null`, `N/A`, `-`. */
export function cleanText(raw: string): string | null {
  const n = raw.length
  if (n === 0) return null
  // trim() only when an end is whitespace-like (most cells are clean).
  const t =
    raw.charCodeAt(0) <= 0x20 ||
    raw.charCodeAt(n - 1) <= 0x20 ||
    raw.charCodeAt(0) >= 0x2000 ||
    raw.charCodeAt(n - 1) >= 0x2000
      ? raw.trim()
      : raw
  if (t === '' || (t.length <= 9 && NULL_WORDS.has(t.toLowerCase()))) return null
  return t
}

/** True when a date-ish cell is filled (not empty, not a placeholder, not the `0000-00-00` zero date). */
export function isFilledDate(raw: string): boolean {
  // A timestamp such as '2026-11-01 00:02:02': long, starts with 1–9, no space at either end.
  const n = raw.length
  if (n >= 10) {
    const first = raw.charCodeAt(0)
    const last = raw.charCodeAt(n - 1)
    if (first >= 0x31 && first <= 0x39 && last > 0x20 && last < 0x2000) return true
  }
  const t = cleanText(raw)
  return t !== null && !ZERO_DATE.test(t)
}

/**
 * True when a customer ID cannot identify one customer: no letter or digit (`****`, `-`), or a
 * platform mask with a run of two or more `*` (`t**1`, `小***`; bad-inputs #38).
 */
export function isMaskedId(id: string): boolean {
  return !/[\p{L}\p{N}]/u.test(id) || /[*＊]{2,}/.test(id)
}

const SHIPPED_WORDS = new Map<string, boolean>([
  ['fulfilled', true],
  ['shipped', true],
  ['partial', true],
  ['partially fulfilled', true],
  ['partially shipped', true],
  ['delivered', true],
  ['in transit', true],
  ['已发货', true],
  ['部分发货', true],
  ['已签收', true],
  ['已收货', true],
  ['versandt', true],
  ['zugestellt', true],
  ['unfulfilled', false],
  ['unshipped', false],
  ['not shipped', false],
  ['未发货', false],
  ['待发货', false],
  ['nicht versandt', false],
  ['restocked', false],
  ['cancelled', false],
  ['canceled', false],
])

/** Reads a fulfilment / shipping-status cell: true shipped, false not shipped, null unknown or empty. */
export function readShipped(raw: string): boolean | null {
  const t = cleanText(raw)
  if (t === null) return null
  const word = SHIPPED_WORDS.get(t.toLowerCase())
  if (word !== undefined) return word
  return parseBoolean(t)
}

const RETURN_DONE =
  /退款成功|退货成功|退货退款成功|售后完成|售后成功|已退款|退款完成|已退货|refunded|returned|erstattet|zurückerstattet/i
const RETURN_NOT = /无售后|关闭|取消|拒绝|失败|撤销|not |no refund|kein/i

/** True when an after-sales / refund-status cell says the money or goods went back (`退款成功`, `Refunded`). */
export function isReturnDone(raw: string): boolean {
  const t = raw.trim()
  return t !== '' && RETURN_DONE.test(t) && !RETURN_NOT.test(t)
}

const CURRENCY_ALIASES = new Map<string, string>([
  ['RMB', 'CNY'],
  ['人民币', 'CNY'],
  ['元', 'CNY'],
  ['US$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
])

/** A currency cell as an ISO code (`rmb` → CNY); null when empty or not a recognisable code. */
export function readCurrency(raw: string): string | null {
  const t = raw.trim().toUpperCase()
  if (t === '') return null
  const alias = CURRENCY_ALIASES.get(t)
  if (alias) return alias
  return /^[A-Z]{3}$/.test(t) ? t : null
}

/** What a customer cell gives an order: its customer ID (null: none) and the warning it raises. */
export interface CustomerCell {
  id: string | null
  warning: 'importer.warnings.maskedCustomerId' | 'importer.warnings.mangledCustomerId' | null
}

const NO_CUSTOMER: CustomerCell = { id: null, warning: null }
const MASKED_CUSTOMER: CustomerCell = { id: null, warning: 'importer.warnings.maskedCustomerId' }

/**
 * Reads a customer cell: a plain ID as it is; else cleaned (`cleanId`), e-mail addresses in lower
 * case; masked IDs (`****`, `t**1`) and Excel-mangled ones give no customer and a warning.
 */
export function readCustomer(raw: string): CustomerCell {
  // A plain ID is clean, not masked and has no '@' (see plainId).
  const plain = plainId(raw)
  if (plain !== undefined) return { id: plain, warning: null }
  const c = cleanId(raw)
  if (c.id === null) return raw.includes('*') ? MASKED_CUSTOMER : NO_CUSTOMER
  if (c.mangled) return { id: null, warning: 'importer.warnings.mangledCustomerId' }
  if (isMaskedId(c.id)) return MASKED_CUSTOMER
  return { id: c.id.includes('@') ? c.id.toLowerCase() : c.id, warning: null }
}

/** The cell at a resolved column index ('' when unmapped or past the end of a short row). */
function cellAt(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '')
}

/**
 * Shares one string per distinct value of low-variety columns (status, channel, currency, SKU,
 * product name): a million rows then keep a few hundred strings alive, not a million copies.
 * Stops adding after 50,000 distinct values.
 */
export class Interner {
  private readonly map = new Map<string, string>()
  private last = ''

  /** The shared copy of `s` (the previous value is checked first: columns repeat row after row). */
  get(s: string): string {
    if (s === this.last) return this.last
    let hit = this.map.get(s)
    if (hit === undefined) {
      // A flat copy: the cell may be a slice of a whole 1 MiB text slice (see flatCopy).
      hit = flatCopy(s)
      if (this.map.size < 50_000) this.map.set(hit, hit)
    }
    this.last = hit
    return hit
  }
}

/**
 * Cleans each distinct cell text once (SKU, product name, status, channel columns repeat a few
 * hundred values over a million rows) and shares the result. Stops remembering new texts after
 * 50,000 distinct ones.
 */
export class CellCache {
  private readonly map = new Map<string, string | null>()
  private lastRaw: string | null = null
  private last: string | null = null

  constructor(private readonly clean: (raw: string) => string | null) {}

  /**
   * Short cells seen lately, by a cheap hash of their length and three characters (one entry
   * per slot, the latest): most cells are found here without hashing the whole text for the Map.
   * Only short cells: V8 copies those out of the text, so keeping them keeps no text alive.
   */
  private readonly recentRaw: string[] = new Array<string>(256).fill('')
  private readonly recentValue: (string | null)[] = new Array<string | null>(256).fill(null)

  /** The cleaned value of a cell. */
  get(raw: string): string | null {
    if (raw === this.lastRaw) return this.last
    const n = raw.length
    let v: string | null
    if (n > 0 && n < 13) {
      const slot =
        (n +
          raw.charCodeAt(0) * 7 +
          raw.charCodeAt(n - 2 < 0 ? 0 : n - 2) * 31 +
          raw.charCodeAt(n - 1) * 131) &
        255
      if (this.recentRaw[slot] === raw) v = this.recentValue[slot] as string | null
      else {
        v = this.lookup(raw)
        this.recentRaw[slot] = raw
        this.recentValue[slot] = v
      }
    } else v = this.lookup(raw)
    this.lastRaw = raw
    this.last = v
    return v
  }

  /** The cleaned value of a cell, through the Map. */
  private lookup(raw: string): string | null {
    let v = this.map.get(raw)
    if (v === undefined) {
      v = this.clean(raw)
      if (this.map.size < 50_000) this.map.set(raw, v)
    }
    return v
  }
}

export interface ParsedStamp {
  date: IsoDate
  /** Seconds since 1970-01-01 of the shop date and wall-clock time (for ordering only). */
  stamp: number
}

/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48
  const b = s.charCodeAt(i + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/** Two ASCII digits at `b[i]` as a number, or -1. */
function twoDigitBytes(b: Uint8Array, i: number): number {
  const x = (b[i] as number) - 48
  const y = (b[i + 1] as number) - 48
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1
}

/** Days since 1970-01-01 of a proleptic Gregorian date (integer arithmetic, no Date object). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * Parses date cells; repeats are common (continuation rows, one-day reports), so the last value
 * and a small bounded table of recent ones are remembered. Date strings are shared.
 */
export class DateCache {
  private readonly map = new Map<string, ParsedStamp | RowError>()
  private readonly dates = new Interner()
  private lastRaw = ''
  private last: ParsedStamp | RowError | null = null
  private lookups = 0
  private hits = 0
  /** Off once a full table has served few repeats (every timestamp unique, as in Tmall reports). */
  private caching = true
  constructor(
    private readonly order: DateOrder,
    private readonly timeZone: string,
  ) {}

  /** Date part (`YYYY-MM-DD`) → its date and epoch day, or null when it is not a real date. */
  private readonly days = new Map<string, { date: IsoDate; day: number } | null>()
  /** Returned by the fast path; callers copy its fields at once. */
  private readonly scratch: ParsedStamp = { date: '' as IsoDate, stamp: 0 }
  /** The last date part the fast path read (`YYYY-MM-DD`, ASCII digits; '' none), and its entry. */
  private lastHead = ''
  private lastDay: { date: IsoDate; day: number } | null = null

  /** The shop date and sort stamp of a cell, or a RowError template (line filled by the caller). */
  get(raw: string): ParsedStamp | RowError | null {
    if (raw === this.lastRaw) return this.last
    const fast = this.fast(raw)
    if (fast) return fast
    this.lookups++
    let value: ParsedStamp | RowError | null | undefined = this.caching
      ? this.map.get(raw)
      : undefined
    if (value !== undefined) this.hits++
    else {
      value = this.parse(raw)
      if (value !== null && this.caching) {
        if (this.map.size >= 4096) {
          this.map.clear()
          if (this.hits * 5 < this.lookups) this.caching = false
        }
        if (this.caching) this.map.set(raw, value)
      }
    }
    this.lastRaw = raw
    this.last = value
    return value
  }

  /**
   * `YYYY-MM-DD HH:MM:SS` / `YYYY-MM-DD HH:MM` (or with `T`) without a zone, the commonest
   * timestamp of all: the time is read from char codes and the date part is parsed once per day.
   * Same result as the full parse (no zone: the date as written); null sends every other shape,
   * and anything out of range, to the full parse.
   */
  private fast(raw: string): ParsedStamp | null {
    const n = raw.length
    if (n !== 19 && n !== 16) return null
    const sep = raw.charCodeAt(10)
    if (raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45 || (sep !== 32 && sep !== 84))
      return null
    if (raw.charCodeAt(13) !== 58 || (n === 19 && raw.charCodeAt(16) !== 58)) return null
    const h = twoDigits(raw, 11)
    const mi = twoDigits(raw, 14)
    const sec = n === 19 ? twoDigits(raw, 17) : 0
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return null
    // Rows of one day come together: a cell that starts with the last day's date part has its
    // entry (one builtin compare instead of reading eight digits).
    let d: { date: IsoDate; day: number } | null
    if (this.lastHead !== '' && raw.startsWith(this.lastHead)) d = this.lastDay
    else {
      // Other characters there (full-width digits…) go to the full parse, which reads them.
      if (
        twoDigits(raw, 0) < 0 ||
        twoDigits(raw, 2) < 0 ||
        twoDigits(raw, 5) < 0 ||
        twoDigits(raw, 8) < 0
      )
        return null
      d = this.day(raw)
      // Ten characters: V8 copies them (no slice keeping the text alive).
      this.lastHead = raw.slice(0, 10)
      this.lastDay = d
    }
    if (d === null) return null
    this.scratch.date = d.date
    this.scratch.stamp = d.day * 86400 + h * 3600 + mi * 60 + sec
    return this.scratch
  }

  /** `fastBytes`' last date part, as one number (YYYYMMDD; -1 none), and its entry. */
  private lastKey = -1
  private lastKeyDay: { date: IsoDate; day: number } | null = null

  /**
   * `fast` of the bytes `b[s..e)` of an ASCII-compatible encoding (the importer's byte path):
   * the same result as `fast` of the cell's text, without decoding it; null for every other
   * shape (any byte of 0x80 or more fails the digit and separator checks), which the caller
   * sends to the text path.
   */
  fastBytes(b: Uint8Array, s: number, e: number): ParsedStamp | null {
    const n = e - s
    if (n !== 19 && n !== 16) return null
    const sep = b[s + 10]
    if (b[s + 4] !== 45 || b[s + 7] !== 45 || (sep !== 32 && sep !== 84)) return null
    if (b[s + 13] !== 58 || (n === 19 && b[s + 16] !== 58)) return null
    const h = twoDigitBytes(b, s + 11)
    const mi = twoDigitBytes(b, s + 14)
    const sec = n === 19 ? twoDigitBytes(b, s + 17) : 0
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return null
    const y1 = twoDigitBytes(b, s)
    const y2 = twoDigitBytes(b, s + 2)
    const mo = twoDigitBytes(b, s + 5)
    const dd = twoDigitBytes(b, s + 8)
    if (y1 < 0 || y2 < 0 || mo < 0 || dd < 0) return null
    const key = ((y1 * 100 + y2) * 100 + mo) * 100 + dd
    let d: { date: IsoDate; day: number } | null
    if (key === this.lastKey) d = this.lastKeyDay
    else {
      let head = ''
      for (let k = 0; k < 10; k++) head += String.fromCharCode(b[s + k] as number)
      d = this.day(head)
      this.lastKey = key
      this.lastKeyDay = d
    }
    if (d === null) return null
    this.scratch.date = d.date
    this.scratch.stamp = d.day * 86400 + h * 3600 + mi * 60 + sec
    return this.scratch
  }

  /** The date and epoch day of a cell's `YYYY-MM-DD` part (remembered per part), or null. */
  private day(raw: string): { date: IsoDate; day: number } | null {
    const head = raw.slice(0, 10)
    let d = this.days.get(head)
    if (d === undefined) {
      const r = parseDateTime(head, this.order)
      d = null
      if (r.ok && r.value !== null && r.value.time === null && r.value.offsetMinutes === null) {
        const date = this.dates.get(r.value.date) as IsoDate
        d = {
          date,
          day: daysFromCivil(
            Number(head.slice(0, 4)),
            Number(head.slice(5, 7)),
            Number(head.slice(8, 10)),
          ),
        }
      }
      if (this.days.size >= 20_000) this.days.clear()
      this.days.set(head, d)
    }
    return d
  }

  private parse(raw: string): ParsedStamp | RowError | null {
    const r = parseDateTime(raw, this.order)
    if (!r.ok)
      return {
        line: 0,
        field: null,
        key: r.error.key,
        values: { ...r.error.values, value: raw.trim() },
      }
    if (r.value === null) return null
    const date = this.dates.get(toShopDate(r.value, this.timeZone)) as IsoDate
    const t = r.value.time
    const secs = t
      ? Number(t.slice(0, 2)) * 3600 + Number(t.slice(3, 5)) * 60 + Number(t.slice(6, 8))
      : 0
    const day = daysFromCivil(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)),
      Number(date.slice(8, 10)),
    )
    return { date, stamp: day * 86400 + secs }
  }
}

/** Resolves a mapping's column index for a field (-1 when unmapped). */
function colOf(mapping: Mapping, field: Field): number {
  return mapping.fields[field] ?? -1
}

/** Shared pieces of both converters: money, decimals, dates, with errors that name line and column. */
class CellReader {
  err: RowError | null = null
  private readonly dates: DateCache

  // The cell parsers, bound once per file (these run for every cell of a column).
  private readonly parseMoneyCell: (raw: string) => Result<number | null>
  private readonly parseDecimalCell: (raw: string) => Result<number | null>
  private readonly minorDigits: number

  constructor(private readonly opts: ConvertOptions) {
    this.dates = new DateCache(opts.dateOrder, opts.shopTimeZone)
    this.minorDigits = minorDigits(opts.currency)
    this.parseMoneyCell = (raw) => parseMoney(raw, opts.currency, opts.decimal)
    this.parseDecimalCell = (raw) => parseDecimal(raw, opts.decimal)
  }

  /** The error the last failed read recorded. */
  failed(): RowError {
    return this.err as RowError
  }

  /** Builds a RowError for a cell. */
  error(
    line: number,
    field: Field | null,
    index: number,
    key: string,
    values?: Record<string, string | number>,
  ): RowError {
    return {
      line,
      field,
      key,
      values: { ...values, line, column: index >= 0 ? (this.opts.headers[index] ?? '') : '' },
    }
  }

  /** Money in minor units; null when empty; undefined (and `err` set) when unreadable. */
  money(
    cells: readonly string[],
    index: number,
    field: Field,
    line: number,
  ): number | null | undefined {
    if (index < 0) return null
    const raw = cells[index] ?? ''
    if (raw === '') return null
    // Plain cells ('1295.70') without the general parser's allocations; NaN: not plain.
    const v = plainMoney(raw, this.minorDigits, this.opts.decimal)
    if (v === v) return v
    return this.number(cells, index, field, line, this.parseMoneyCell)
  }

  /** A plain number; null when empty; undefined (and `err` set) when unreadable. */
  decimal(
    cells: readonly string[],
    index: number,
    field: Field,
    line: number,
  ): number | null | undefined {
    if (index < 0) return null
    const raw = cells[index] ?? ''
    if (raw === '') return null
    const v = plainDecimal(raw, this.opts.decimal)
    if (v === v) return v
    return this.number(cells, index, field, line, this.parseDecimalCell)
  }

  /** Reads a numeric cell with `parse`; null when empty; undefined (and `err` set) when unreadable. */
  private number(
    cells: readonly string[],
    index: number,
    field: Field,
    line: number,
    parse: (raw: string) => Result<number | null>,
  ): number | null | undefined {
    if (index < 0) return null
    const raw = cells[index] ?? ''
    if (raw === '') return null
    const r = parse(raw)
    if (!r.ok) {
      this.err = this.error(line, field, index, r.error.key, {
        ...r.error.values,
        value: raw.trim(),
      })
      return undefined
    }
    return r.value
  }

  /** A date cell; null when empty; undefined (and `err` set) when unreadable. */
  date(
    cells: readonly string[],
    index: number,
    field: Field,
    line: number,
  ): ParsedStamp | null | undefined {
    if (index < 0) return null
    const raw = cells[index] ?? ''
    if (raw === '') return null
    const d = this.dates.get(raw)
    if (d === null) return null
    if ('key' in d) {
      this.err = this.error(line, field, index, d.key, d.values)
      return undefined
    }
    return d
  }
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

/**
 * Builds the converter for one orders file. Per row it reads the order ID (required: a row
 * without one cannot be placed), the creation date, money, status signals, customer, channel and
 * the line (SKU, name, quantity, unit price, line total). Empty cells become null: continuation
 * rows of line-item exports leave order fields empty, and `group.ts` decides per order.
 * Warnings: mangled (scientific-notation) IDs, masked customer IDs, rows in another currency.
 */
export function createOrderRowConverter(opts: ConvertOptions): OrderRowConverter {
  const { mapping, warnings, currency: shopCurrency, headers } = opts
  const read = new CellReader(opts)
  const iOrder = colOf(mapping, 'orderId')
  const iLine = colOf(mapping, 'lineId')
  const iCreated = colOf(mapping, 'createdAt')
  const iAmount = colOf(mapping, 'amountPaid')
  const iTotal = colOf(mapping, 'orderTotal')
  const iRefund = colOf(mapping, 'refund')
  const iStatus = colOf(mapping, 'status')
  const iReturn = colOf(mapping, 'returnStatus')
  const iPaid = colOf(mapping, 'paidAt')
  const iFulfilled = colOf(mapping, 'fulfilledAt')
  const iShipped = colOf(mapping, 'shipped')
  const iCancelled = colOf(mapping, 'cancelledAt')
  const iCustomer = colOf(mapping, 'customerId')
  const iChannel = colOf(mapping, 'channel')
  const iCurrency = colOf(mapping, 'currency')
  const iSku = colOf(mapping, 'sku')
  const iName = colOf(mapping, 'productName')
  const iQty = colOf(mapping, 'quantity')
  const iPrice = colOf(mapping, 'unitPrice')
  const iLineTotal = colOf(mapping, 'lineTotal')
  const iShipping = colOf(mapping, 'shipping')
  const iDiscount = colOf(mapping, 'discount')
  const column = (i: number): string => headers[i] ?? ''
  // Without a quantity column, a row that names a product is one unit of it.
  const defaultQty = iQty < 0 ? 1 : null
  const skus = new CellCache((raw) => {
    const id = cleanId(raw).id
    return id === null ? null : cleanText(id)
  })
  const names = new CellCache(cleanText)
  const statuses = new CellCache((raw) => raw.trim())
  const channels = new CellCache(cleanText)
  const currencies = new Interner()
  let lastCurrencyCell = ''
  let lastCurrency: string | null = null
  const fileCurrency = mapping.currency ?? shopCurrency

  return (cells, line, out) => {
    read.err = null
    const idRaw = cellAt(cells, iOrder)
    // Plain IDs ('2144557251001000000') skip cleanId and its allocations.
    let orderId = plainId(idRaw)
    if (orderId === undefined) {
      const id = cleanId(idRaw)
      if (id.id === null)
        return read.error(line, 'orderId', iOrder, 'importer.errors.missingOrderId')
      if (id.mangled)
        warnings.add(
          'importer.warnings.mangledId',
          line,
          { column: column(iOrder), count: 1 },
          'orderId',
        )
      orderId = id.id
    }

    // An empty currency cell (Amazon's cancelled rows) means the file's currency.
    let currency = fileCurrency
    if (iCurrency >= 0) {
      const cell = cellAt(cells, iCurrency)
      if (cell !== lastCurrencyCell) {
        lastCurrencyCell = cell
        lastCurrency = readCurrency(cell)
        if (lastCurrency !== null) lastCurrency = currencies.get(lastCurrency)
      }
      currency = lastCurrency ?? fileCurrency
    }
    if (currency !== shopCurrency) {
      warnings.add(
        'importer.warnings.otherCurrency',
        line,
        { currency, shopCurrency, count: 1 },
        currency,
      )
      return read.error(line, 'currency', iCurrency, 'importer.errors.otherCurrency', {
        currency,
        shopCurrency,
        value: currency,
      })
    }

    const created = read.date(cells, iCreated, 'createdAt', line)
    if (created === undefined) return read.failed()
    const amountPaid = read.money(cells, iAmount, 'amountPaid', line)
    if (amountPaid === undefined) return read.failed()
    const orderTotal = read.money(cells, iTotal, 'orderTotal', line)
    if (orderTotal === undefined) return read.failed()
    const refund = read.money(cells, iRefund, 'refund', line)
    if (refund === undefined) return read.failed()
    const unitPrice = read.money(cells, iPrice, 'unitPrice', line)
    if (unitPrice === undefined) return read.failed()
    const lineTotal = read.money(cells, iLineTotal, 'lineTotal', line)
    if (lineTotal === undefined) return read.failed()
    const shipping = read.money(cells, iShipping, 'shipping', line)
    if (shipping === undefined) return read.failed()
    const discount = read.money(cells, iDiscount, 'discount', line)
    if (discount === undefined) return read.failed()
    const quantity = read.decimal(cells, iQty, 'quantity', line)
    if (quantity === undefined) return read.failed()

    let customerId: string | null = null
    if (iCustomer >= 0) {
      const c = readCustomer(cellAt(cells, iCustomer))
      customerId = c.id
      if (c.warning !== null)
        warnings.add(
          c.warning,
          line,
          { column: column(iCustomer), count: 1 },
          c.warning === 'importer.warnings.mangledCustomerId' ? 'customerId' : '',
        )
    }

    const sku = iSku >= 0 ? skus.get(cellAt(cells, iSku)) : null
    const name = iName >= 0 ? names.get(cellAt(cells, iName)) : null

    out.line = line
    out.orderId = orderId
    out.orderIdFlat = false
    out.lineId = iLine >= 0 ? cleanId(cellAt(cells, iLine)).id : null
    out.date = created ? created.date : null
    out.stamp = created ? created.stamp : 0
    out.amountPaid = amountPaid
    out.orderTotal = orderTotal
    out.refund = refund === null ? null : Math.abs(refund)
    out.statusRaw = iStatus >= 0 ? (statuses.get(cellAt(cells, iStatus)) ?? '') : ''
    out.returnFlag = iReturn >= 0 && isReturnDone(cellAt(cells, iReturn))
    out.paid = iPaid >= 0 ? isFilledDate(cellAt(cells, iPaid)) : null
    let shipped: boolean | null = null
    if (iFulfilled >= 0) shipped = isFilledDate(cellAt(cells, iFulfilled)) ? true : null
    if (shipped === null && iShipped >= 0) shipped = readShipped(cellAt(cells, iShipped))
    out.shipped = shipped
    out.cancelled = iCancelled >= 0 && isFilledDate(cellAt(cells, iCancelled))
    out.customerId = customerId
    out.customerSlot = -1
    out.channel = iChannel >= 0 ? channels.get(cellAt(cells, iChannel)) : null
    out.currency = currency
    out.sku = sku
    out.name = name
    out.quantity = quantity ?? (sku !== null || name !== null ? defaultQty : null)
    out.unitPrice = unitPrice
    out.lineTotal = lineTotal
    out.shipping = shipping
    out.discount = discount
    return null
  }
}

// ---------------------------------------------------------------------------------------------
// Traffic, spend, inventory, products
// ---------------------------------------------------------------------------------------------

/**
 * Builds the converter for a traffic, spend, inventory or products file: one row, one record.
 * Inventory rows whose quantity is Shopify's `not stocked` are rejected with their own reason;
 * negative stock is kept with a warning (bad-inputs #25).
 */
export function createRecordConverter(
  kind: Exclude<DatasetKind, 'orders'>,
  opts: ConvertOptions,
): RecordConverter {
  const { mapping, warnings } = opts
  const read = new CellReader(opts)
  const iDate = colOf(mapping, 'date')
  const iChannel = colOf(mapping, 'channel')
  const iVisitors = colOf(mapping, 'visitors')
  const iSpend = colOf(mapping, 'spend')
  const iSku = colOf(mapping, 'sku')
  const iOnHand = colOf(mapping, 'onHand')
  const iCost = colOf(mapping, 'unitCost')
  const iName = colOf(mapping, 'name')
  const snapshot = mapping.snapshotDate ?? null

  /** The row's date (or the snapshot date); a RowError when missing or unreadable. */
  const dateOf = (cells: readonly string[], line: number): IsoDate | RowError => {
    if (iDate < 0 && snapshot) return snapshot
    const d = read.date(cells, iDate, 'date', line)
    if (d === undefined) return read.failed()
    if (d === null) {
      if (snapshot) return snapshot
      return read.error(line, 'date', iDate, 'importer.errors.missingDate')
    }
    return d.date
  }
  const skuOf = (cells: readonly string[], line: number): string | RowError => {
    const s = cleanId(cellAt(cells, iSku)).id
    const sku = s === null ? null : cleanText(s)
    return sku ?? read.error(line, 'sku', iSku, 'importer.errors.missingSku')
  }
  const isError = (v: unknown): v is RowError => typeof v === 'object' && v !== null && 'key' in v

  switch (kind) {
    case 'traffic':
      return (cells, line) => {
        read.err = null
        const date = dateOf(cells, line)
        if (isError(date)) return date
        const visitors = read.decimal(cells, iVisitors, 'visitors', line)
        if (visitors === undefined) return read.failed()
        if (visitors === null)
          return read.error(line, 'visitors', iVisitors, 'importer.errors.missingVisitors')
        if (visitors < 0)
          return read.error(line, 'visitors', iVisitors, 'importer.errors.negativeValue', {
            value: cellAt(cells, iVisitors).trim(),
          })
        return {
          date,
          channel: iChannel >= 0 ? cleanText(cellAt(cells, iChannel)) : null,
          visitors: Math.round(visitors),
        }
      }
    case 'spend':
      return (cells, line) => {
        read.err = null
        const date = dateOf(cells, line)
        if (isError(date)) return date
        const spend = read.money(cells, iSpend, 'spend', line)
        if (spend === undefined) return read.failed()
        if (spend === null) return read.error(line, 'spend', iSpend, 'importer.errors.missingSpend')
        if (spend < 0)
          return read.error(line, 'spend', iSpend, 'importer.errors.negativeValue', {
            value: cellAt(cells, iSpend).trim(),
          })
        return {
          date,
          channel: iChannel >= 0 ? cleanText(cellAt(cells, iChannel)) : null,
          spend: spend as Minor,
        }
      }
    case 'inventory':
      return (cells, line) => {
        read.err = null
        const sku = skuOf(cells, line)
        if (isError(sku)) return sku
        const date = dateOf(cells, line)
        if (isError(date)) return date
        const rawQty = cellAt(cells, iOnHand).trim()
        if (/^not stocked$/i.test(rawQty) || rawQty === '未上架' || rawQty === '未入库')
          return read.error(line, 'onHand', iOnHand, 'importer.errors.notStocked', {
            sku,
            value: rawQty,
          })
        const onHand = read.decimal(cells, iOnHand, 'onHand', line)
        if (onHand === undefined) return read.failed()
        if (onHand === null)
          return read.error(line, 'onHand', iOnHand, 'importer.errors.missingOnHand', { sku })
        const unitCost = read.money(cells, iCost, 'unitCost', line)
        if (unitCost === undefined) return read.failed()
        if (unitCost !== null && unitCost < 0)
          return read.error(line, 'unitCost', iCost, 'importer.errors.negativeValue', {
            value: cellAt(cells, iCost).trim(),
          })
        if (onHand < 0) warnings.add('importer.warnings.negativeStock', line, { sku, count: 1 })
        return { date, sku, onHand, unitCost: unitCost as Minor | null }
      }
    case 'products':
      return (cells, line) => {
        read.err = null
        const sku = skuOf(cells, line)
        if (isError(sku)) return sku
        const unitCost = read.money(cells, iCost, 'unitCost', line)
        if (unitCost === undefined) return read.failed()
        if (unitCost === null)
          return read.error(line, 'unitCost', iCost, 'importer.errors.missingCost', { sku })
        if (unitCost < 0)
          return read.error(line, 'unitCost', iCost, 'importer.errors.negativeValue', {
            value: cellAt(cells, iCost).trim(),
          })
        return {
          sku,
          name: iName >= 0 ? cleanText(cellAt(cells, iName)) : null,
          unitCost: unitCost as Minor,
        }
      }
  }
}

// ---------------------------------------------------------------------------------------------
// Column-level inference
// ---------------------------------------------------------------------------------------------

const MONEY_FIELDS: readonly Field[] = [
  'amountPaid',
  'orderTotal',
  'refund',
  'unitPrice',
  'lineTotal',
  'shipping',
  'discount',
  'spend',
  'unitCost',
]
const NUMBER_FIELDS: readonly Field[] = ['quantity', 'visitors', 'onHand']
const DATE_FIELDS: readonly Field[] = ['createdAt', 'paidAt', 'fulfilledAt', 'cancelledAt', 'date']
const SIGN_CURRENCY: readonly [string, string][] = [
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
]
const MAX_SAMPLES = 2000

/** Non-empty cells of a column in the sample rows (at most MAX_SAMPLES). */
function samplesOf(rows: readonly (readonly string[])[], index: number | undefined): string[] {
  if (index === undefined) return []
  const out: string[] = []
  for (const row of rows) {
    const v = (row[index] ?? '').trim()
    if (v !== '') out.push(v)
    if (out.length >= MAX_SAMPLES) break
  }
  return out
}

/**
 * Infers the formats of a file's columns from sample data rows (no header): the decimal
 * separator of its numbers, the day/month order of its dates ('ambiguous' when the sample cannot
 * tell), its currency, whether the amount column has refunds taken off already (checked against
 * an order-total column: total = amount + refund on refunded rows), and whether multi-row orders
 * carry one amount per row to add up, or repeat the order's total.
 */
export function inferColumnFormats(
  rows: readonly (readonly string[])[],
  mapping: Mapping,
): ColumnFormats {
  const f = mapping.fields
  const numeric: string[] = []
  for (const field of [...MONEY_FIELDS, ...NUMBER_FIELDS])
    numeric.push(...samplesOf(rows, f[field]))
  const decimal = mapping.decimal ?? inferDecimalSeparator(numeric)

  const dates: string[] = []
  for (const field of DATE_FIELDS) dates.push(...samplesOf(rows, f[field]))
  const dateOrder = mapping.dateOrder ?? (dates.length ? inferDateOrder(dates) : 'YMD')

  let currency: string | null = mapping.currency ?? null
  if (currency === null && f.currency !== undefined) {
    const counts = new Map<string, number>()
    for (const v of samplesOf(rows, f.currency)) {
      const c = readCurrency(v)
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1)
    }
    let best = 0
    for (const [c, n] of counts) if (n > best) [currency, best] = [c, n]
  }
  if (currency === null) {
    for (const [sign, code] of SIGN_CURRENCY)
      if (numeric.some((v) => v.includes(sign))) currency = code
  }

  return {
    decimal,
    dateOrder,
    currency,
    refundDeducted: mapping.refundDeducted ?? inferRefundDeducted(rows, mapping, decimal),
    amountRows: mapping.amountRows ?? inferAmountRows(rows, mapping, decimal),
  }
}

/** Money of a sample cell, or null (empty or unreadable). */
function sampleMoney(
  row: readonly string[],
  index: number | undefined,
  decimal: DecimalSeparator,
): number | null {
  if (index === undefined) return null
  const r = parseMoney(row[index] ?? '', 'CNY', decimal)
  return r.ok ? r.value : null
}

/** Tmall-style amounts: on refunded rows, order total = amount + refund (not = amount). */
function inferRefundDeducted(
  rows: readonly (readonly string[])[],
  mapping: Mapping,
  decimal: DecimalSeparator,
): boolean {
  const { amountPaid, orderTotal, refund } = mapping.fields
  if (amountPaid === undefined || orderTotal === undefined || refund === undefined) return false
  let refunded = 0
  let deducted = 0
  for (const row of rows) {
    const r = sampleMoney(row, refund, decimal)
    if (r === null || r === 0) continue
    const a = sampleMoney(row, amountPaid, decimal)
    const t = sampleMoney(row, orderTotal, decimal)
    if (a === null || t === null) continue
    refunded++
    if (t === a + Math.abs(r) && t !== a) deducted++
  }
  return refunded > 0 && deducted >= refunded * 0.9
}

/** 'first' when every multi-row order in the sample repeats one amount on all its rows. */
function inferAmountRows(
  rows: readonly (readonly string[])[],
  mapping: Mapping,
  decimal: DecimalSeparator,
): 'sum' | 'first' {
  const { orderId, amountPaid } = mapping.fields
  if (orderId === undefined || amountPaid === undefined) return 'sum'
  const byOrder = new Map<string, (number | null)[]>()
  for (const row of rows) {
    const id = (row[orderId] ?? '').trim()
    if (id === '') continue
    const list = byOrder.get(id) ?? []
    list.push(sampleMoney(row, amountPaid, decimal))
    byOrder.set(id, list)
  }
  let multi = 0
  for (const amounts of byOrder.values()) {
    const filled = amounts.filter((a) => a !== null)
    if (filled.length < 2) continue
    multi++
    if (filled.some((a) => a !== filled[0])) return 'sum'
  }
  return multi >= 2 ? 'first' : 'sum'
}
