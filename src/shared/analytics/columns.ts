import { toEpochDay, type IsoDate } from '../dates'
import { STATUS_CODE, type OrderColumns, type OrderRecord } from './model'
import type { StoredOrderColumns } from './narrow'

/**
 * Building, merging and sorting the columnar order layout (OrderColumns): typed arrays,
 * dictionary-encoded customers / channels / SKUs, and order lines in CSR form (`lineStart`).
 * Pure TypeScript: runs in Node, the browser and Web Workers.
 */

/**
 * True when a customer ID identifies one customer. Empty IDs, placeholders with no letter or digit
 * (`****`, `-`, `N/A` is kept) and platform-masked nicknames holding a run of two or more `*`
 * (`t**1`, `小***`) are not usable: many different customers share them (bad-inputs #38), so they
 * are stored as "no customer ID" and never merged into one customer.
 */
export function isUsableCustomerId(id: string | null | undefined): id is string {
  if (id == null) return false
  // Printable ASCII (most IDs, e-mails, tb_ names): the same answer without the regexes below.
  let ascii = true
  let alnum = false
  let stars = false
  for (let i = 0, prev = 0; i < id.length && ascii; i++) {
    const c = id.charCodeAt(i)
    if (c < 0x20 || c > 0x7e) ascii = false
    else if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) alnum = true
    else if (c === 0x2a && prev === 0x2a) stars = true
    prev = c
  }
  if (ascii) return alnum && !stars
  const s = id.trim()
  if (s === '') return false
  if (!/[\p{L}\p{N}]/u.test(s)) return false
  if (/[*＊]{2,}/.test(s)) return false
  return true
}

/** Columns with no order. */
export function emptyOrderColumns(): OrderColumns {
  return {
    length: 0,
    orderId: [],
    day: new Int32Array(0),
    amountPaid: new Float64Array(0),
    refund: new Float64Array(0),
    status: new Uint8Array(0),
    customer: new Int32Array(0),
    channel: new Int32Array(0),
    customers: [],
    channels: [],
    lineStart: new Int32Array(1),
    lineSku: new Int32Array(0),
    lineQty: new Float64Array(0),
    lineUnitPrice: new Float64Array(0),
    skus: [],
  }
}

/** A string dictionary: value → id, plus the id → value list. */
class Dict {
  readonly values: string[] = []
  private readonly ids = new Map<string, number>()
  id(value: string): number {
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.values.push(value)
      this.ids.set(value, id)
    }
    return id
  }
}

type TypedArray = Int32Array | Float64Array | Uint8Array
type TypedArrayCtor<T extends TypedArray> = { new (n: number): T }

/** A copy of `a` with room for at least `need` elements (capacity doubles: amortised O(1) appends). */
function grow<T extends TypedArray>(a: T, need: number, Ctor: TypedArrayCtor<T>): T {
  if (need <= a.length) return a
  let cap = Math.max(16, a.length)
  while (cap < need) cap *= 2
  const b = new Ctor(cap)
  b.set(a as never)
  return b
}

const STATUS_BY_NAME = STATUS_CODE as Record<string, number | undefined>

/**
 * Appends OrderRecords one by one into growing typed arrays (capacity doubles, so appending is
 * amortised O(1)), then `finish()` returns exact-length OrderColumns. Customer IDs that are not
 * usable (see isUsableCustomerId) and empty channels are stored as -1 ("none").
 */
export class ColumnsBuilder {
  private n = 0
  private nLines = 0
  private readonly orderId: string[] = []
  private day: Int32Array
  private amountPaid: Float64Array
  private refund: Float64Array
  private status: Uint8Array
  private customer: Int32Array
  private channel: Int32Array
  private lineStart: Int32Array
  private lineSku: Int32Array
  private lineQty: Float64Array
  private lineUnitPrice: Float64Array
  private readonly customers = new Dict()
  private readonly channels = new Dict()
  private readonly skus = new Dict()
  private readonly dayCache = new Map<string, number>()

  constructor(capacity = 1024, lineCapacity = capacity * 2) {
    const c = Math.max(1, Math.floor(capacity))
    const lc = Math.max(1, Math.floor(lineCapacity))
    this.day = new Int32Array(c)
    this.amountPaid = new Float64Array(c)
    this.refund = new Float64Array(c)
    this.status = new Uint8Array(c)
    this.customer = new Int32Array(c)
    this.channel = new Int32Array(c)
    this.lineStart = new Int32Array(c + 1)
    this.lineSku = new Int32Array(lc)
    this.lineQty = new Float64Array(lc)
    this.lineUnitPrice = new Float64Array(lc)
  }

  /** Number of orders appended so far. */
  get length(): number {
    return this.n
  }

  private epochDay(date: IsoDate): number {
    let d = this.dayCache.get(date)
    if (d === undefined) {
      d = toEpochDay(date)
      this.dayCache.set(date, d)
    }
    return d
  }

  /** Appends one order and its lines. Throws on an unknown status. */
  append(r: OrderRecord): void {
    const status = STATUS_BY_NAME[r.status]
    if (status === undefined) throw new RangeError(`unknown order status: ${String(r.status)}`)
    const i = this.n
    const need = i + 1
    if (need > this.day.length) {
      this.day = grow(this.day, need, Int32Array)
      this.amountPaid = grow(this.amountPaid, need, Float64Array)
      this.refund = grow(this.refund, need, Float64Array)
      this.status = grow(this.status, need, Uint8Array)
      this.customer = grow(this.customer, need, Int32Array)
      this.channel = grow(this.channel, need, Int32Array)
    }
    if (need + 1 > this.lineStart.length)
      this.lineStart = grow(this.lineStart, need + 1, Int32Array)
    this.orderId.push(r.orderId)
    this.day[i] = this.epochDay(r.date)
    this.amountPaid[i] = r.amountPaid
    this.refund[i] = r.refund
    this.status[i] = status
    this.customer[i] = isUsableCustomerId(r.customerId)
      ? this.customers.id(r.customerId.trim())
      : -1
    const ch = r.channel == null ? '' : r.channel.trim()
    this.channel[i] = ch === '' ? -1 : this.channels.id(ch)

    const lines = r.lines
    const needLines = this.nLines + lines.length
    if (needLines > this.lineSku.length) {
      this.lineSku = grow(this.lineSku, needLines, Int32Array)
      this.lineQty = grow(this.lineQty, needLines, Float64Array)
      this.lineUnitPrice = grow(this.lineUnitPrice, needLines, Float64Array)
    }
    let l = this.nLines
    for (const line of lines) {
      this.lineSku[l] = this.skus.id(line.sku)
      this.lineQty[l] = line.quantity
      this.lineUnitPrice[l] = line.unitPrice == null ? Number.NaN : line.unitPrice
      l++
    }
    this.nLines = l
    this.n = need
    this.lineStart[need] = l
  }

  /** Exact-length columns of everything appended so far (copies: the builder stays usable). */
  finish(): OrderColumns {
    const n = this.n
    const nl = this.nLines
    return {
      length: n,
      orderId: this.orderId.slice(),
      day: this.day.slice(0, n),
      amountPaid: this.amountPaid.slice(0, n),
      refund: this.refund.slice(0, n),
      status: this.status.slice(0, n),
      customer: this.customer.slice(0, n),
      channel: this.channel.slice(0, n),
      customers: this.customers.values.slice(),
      channels: this.channels.values.slice(),
      lineStart: this.lineStart.slice(0, n + 1),
      lineSku: this.lineSku.slice(0, nl),
      lineQty: this.lineQty.slice(0, nl),
      lineUnitPrice: this.lineUnitPrice.slice(0, nl),
      skus: this.skus.values.slice(),
    }
  }
}

/** Columns of a sequence of OrderRecords, in the order given. */
export function buildOrderColumns(records: Iterable<OrderRecord>): OrderColumns {
  const b = new ColumnsBuilder(Array.isArray(records) ? Math.max(1, records.length) : 1024)
  for (const r of records) b.append(r)
  return b.finish()
}

/**
 * One OrderColumns holding the orders of every part, part after part, with the dictionaries of
 * all parts merged (ids re-mapped; the first part's ids are kept). Not re-sorted: call sortByDay.
 */
export function concatOrderColumns(parts: readonly StoredOrderColumns[]): OrderColumns {
  if (parts.length === 0) return emptyOrderColumns()
  const customers = new Dict()
  const channels = new Dict()
  const skus = new Dict()
  let n = 0
  let nl = 0
  for (const p of parts) {
    n += p.length
    nl += p.lineStart[p.length] ?? 0
  }
  const out: OrderColumns = {
    length: n,
    orderId: new Array<string>(n),
    day: new Int32Array(n),
    amountPaid: new Float64Array(n),
    refund: new Float64Array(n),
    status: new Uint8Array(n),
    customer: new Int32Array(n),
    channel: new Int32Array(n),
    customers: customers.values,
    channels: channels.values,
    lineStart: new Int32Array(n + 1),
    lineSku: new Int32Array(nl),
    lineQty: new Float64Array(nl),
    lineUnitPrice: new Float64Array(nl),
    skus: skus.values,
  }
  let o = 0
  let lo = 0
  for (const p of parts) {
    const custMap = Int32Array.from(p.customers, (c) => customers.id(c))
    const chanMap = Int32Array.from(p.channels, (c) => channels.id(c))
    const skuMap = Int32Array.from(p.skus, (s) => skus.id(s))
    out.day.set(p.day.subarray(0, p.length), o)
    out.amountPaid.set(p.amountPaid.subarray(0, p.length), o)
    out.refund.set(p.refund.subarray(0, p.length), o)
    out.status.set(p.status.subarray(0, p.length), o)
    for (let i = 0; i < p.length; i++) {
      out.orderId[o + i] = p.orderId[i] as string
      const c = p.customer[i] as number
      out.customer[o + i] = c < 0 ? -1 : (custMap[c] as number)
      const ch = p.channel[i] as number
      out.channel[o + i] = ch < 0 ? -1 : (chanMap[ch] as number)
    }
    const base = p.lineStart[0] as number
    const pl = (p.lineStart[p.length] as number) - base
    for (let i = 1; i <= p.length; i++)
      out.lineStart[o + i] = lo + (p.lineStart[i] as number) - base
    for (let l = 0; l < pl; l++)
      out.lineSku[lo + l] = skuMap[p.lineSku[base + l] as number] as number
    out.lineQty.set(p.lineQty.subarray(base, base + pl), lo)
    out.lineUnitPrice.set(p.lineUnitPrice.subarray(base, base + pl), lo)
    o += p.length
    lo += pl
  }
  return out
}

/** True when the day column never decreases. */
export function isSortedByDay(cols: OrderColumns): boolean {
  const d = cols.day
  for (let i = 1; i < cols.length; i++) if ((d[i] as number) < (d[i - 1] as number)) return false
  return true
}

/** Order indexes sorted by day, stable (orders of one day keep their relative order). */
function stableDayOrder(cols: OrderColumns): Int32Array {
  const n = cols.length
  const day = cols.day
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < n; i++) {
    const d = day[i] as number
    if (d < min) min = d
    if (d > max) max = d
  }
  const order = new Int32Array(n)
  const range = max - min + 1
  if (range <= 4 * n + 65_536) {
    // Counting sort: O(n + range), stable by construction.
    const start = new Int32Array(range + 1)
    for (let i = 0; i < n; i++) {
      const k = (day[i] as number) - min + 1
      start[k] = (start[k] as number) + 1
    }
    for (let k = 1; k <= range; k++) start[k] = (start[k] as number) + (start[k - 1] as number)
    for (let i = 0; i < n; i++) {
      const k = (day[i] as number) - min
      const pos = start[k] as number
      order[pos] = i
      start[k] = pos + 1
    }
    return order
  }
  for (let i = 0; i < n; i++) order[i] = i
  // Comparison sort with the index as tie-breaker keeps it stable.
  order.sort((a, b) => (day[a] as number) - (day[b] as number) || a - b)
  return order
}

/**
 * The orders at `indices` (in that order), each with its lines, as a new block; dictionaries are
 * shared with the input (ids are unchanged). The one gather loop behind sorting and selecting.
 * Columns without order IDs (`orderId` empty: orders handed to the dashboard, which never reads
 * them) give columns without order IDs.
 */
export function gatherOrders(cols: StoredOrderColumns, indices: Int32Array): OrderColumns {
  const n = indices.length
  const withIds = cols.orderId.length > 0 || cols.length === 0
  let nl = 0
  for (let k = 0; k < n; k++) {
    const i = indices[k] as number
    nl += (cols.lineStart[i + 1] as number) - (cols.lineStart[i] as number)
  }
  const out: OrderColumns = {
    length: n,
    orderId: withIds ? new Array<string>(n) : [],
    day: new Int32Array(n),
    amountPaid: new Float64Array(n),
    refund: new Float64Array(n),
    status: new Uint8Array(n),
    customer: new Int32Array(n),
    channel: new Int32Array(n),
    customers: cols.customers,
    channels: cols.channels,
    lineStart: new Int32Array(n + 1),
    lineSku: new Int32Array(nl),
    lineQty: new Float64Array(nl),
    lineUnitPrice: new Float64Array(nl),
    skus: cols.skus,
  }
  let l = 0
  for (let k = 0; k < n; k++) {
    const i = indices[k] as number
    if (withIds) out.orderId[k] = cols.orderId[i] as string
    out.day[k] = cols.day[i] as number
    out.amountPaid[k] = cols.amountPaid[i] as number
    out.refund[k] = cols.refund[i] as number
    out.status[k] = cols.status[i] as number
    out.customer[k] = cols.customer[i] as number
    out.channel[k] = cols.channel[i] as number
    const a = cols.lineStart[i] as number
    const b = cols.lineStart[i + 1] as number
    for (let j = a; j < b; j++, l++) {
      out.lineSku[l] = cols.lineSku[j] as number
      out.lineQty[l] = cols.lineQty[j] as number
      out.lineUnitPrice[l] = cols.lineUnitPrice[j] as number
    }
    out.lineStart[k + 1] = l
  }
  return out
}

/**
 * The columns sorted by day, stable: orders of the same day keep their input order, and each
 * order keeps its lines. Returns `cols` itself when it is already sorted (no copy).
 * Dictionaries are shared with the input (ids are unchanged).
 */
export function sortByDay(cols: OrderColumns): OrderColumns {
  if (isSortedByDay(cols)) return cols
  return gatherOrders(cols, stableDayOrder(cols))
}

/** First index whose day is ≥ `day` in a day-sorted Int32Array (binary search). */
export function lowerBoundDay(days: Int32Array, day: number, length = days.length): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((days[mid] as number) < day) lo = mid + 1
    else hi = mid
  }
  return lo
}
