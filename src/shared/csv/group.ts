import { buildOrderColumns, isUsableCustomerId } from '../analytics/columns'
import {
  STATUS_CODE,
  type OrderColumns,
  type OrderLine,
  type OrderRecord,
  type OrderStatus,
} from '../analytics/model'
import { toEpochDay, type IsoDate } from '../dates'
import type { Minor } from '../money'
import type { OrderRow } from './convert'
import type { RowError, WarningLog } from './issues'
import { emptyStatusInput, mapStatus, type StatusInput } from './status'
import { StringIndex, hashString } from './string-index'

/**
 * Grouping of converted order rows into orders (bad-inputs #32–#34, #37).
 *
 * - Rows are grouped by order ID wherever they are in the file. Line-item exports (Shopify) carry
 *   the order fields on an order's first row only; continuation rows add lines. The same SKU twice
 *   in one order is two lines, never merged.
 * - Amount paid: with an amount column, the amounts of all an order's rows are added (Amazon: one
 *   row per item, each with its own amount; Shopify's continuation cells are empty, so adding
 *   changes nothing); `amountRows: 'first'` takes one per order for files that repeat the order
 *   total on every row. Rows cancelled on their own inside a live order do not add their amount.
 *   Without an amount column, amount = Σ line totals (or quantity × unit price) + shipping − discount.
 * - Refunds: a refund column is added up the same way; `refundDeducted` files (Tmall) get it added
 *   back to the amount. Status comes from `status.ts`; a refund above 0 makes an order returned.
 * - Returns as rows (Online Retail `C…` invoices, any line with a negative quantity): each returned
 *   line is matched to the same customer's most recent order created at or before it that still has
 *   unreturned units of that SKU (then the next most recent…): that order becomes `returned` and
 *   gets quantity × unit price added to its refund. What cannot be matched (no customer, no earlier
 *   purchase in the file) stays as a `returned` record of its own with amount paid 0 and the
 *   returned value as its refund — so the money is never lost, at the cost of one extra order in
 *   the counts. A return with nothing left and no value (stock adjustments: negative quantity at
 *   price 0) is dropped with a warning.
 * - Non-product lines (postage, fees, discounts, tips: `isNonProductSku`) stay in the money but are
 *   left out of `lines`, so they count in neither units nor COGS.
 */

const NON_PRODUCT_SKUS = new Set([
  'POST',
  'POSTAGE',
  'DOT',
  'M',
  'MANUAL',
  'AMAZONFEE',
  'D',
  'DISCOUNT',
  'BANK CHARGES',
  'C2',
  'CARRIAGE',
  'S',
  'SAMPLES',
  'CRUK',
  'ADJUST',
  'ADJUST2',
  'TIP',
  'SHIPPING',
])
const NON_PRODUCT_NAMES = new Set([
  'tip',
  'tips',
  'postage',
  'carriage',
  'manual',
  'discount',
  'bank charges',
  'amazon fee',
  'dotcom postage',
  'shipping',
  'shipping fee',
  '邮费',
  '运费',
  '小费',
  '补差价',
  '补运费',
])

/**
 * True for lines that are not goods: Online Retail's POST, M, DOT, AMAZONFEE, D, BANK CHARGES,
 * C2, S (and CRUK, ADJUST of Online Retail II), a Shopify `Tip` line, 邮费/运费/补差价. A missing SKU with
 * such a name counts too.
 */
export function isNonProductSku(sku: string | null, name: string | null = null): boolean {
  if (sku !== null) {
    if (sku.length <= 14 && NON_PRODUCT_SKUS.has(sku.trim().toUpperCase())) return true
    if (sku !== name) return false
  }
  return name !== null && name.length <= 16 && NON_PRODUCT_NAMES.has(name.trim().toLowerCase())
}

// Bits of the per-order flags column.
const RETURN_FLAG = 1
const PAID_KNOWN = 2
const PAID = 4
const SHIPPED_KNOWN = 8
const SHIPPED = 16
const CANCELLED = 32
const MISSING_LINE_MONEY = 64
const HAS_RETURN_LINES = 128

// Numeric per-order accumulators (off the GC'd heap: a file with a million orders must not make a
// million accumulator objects); see Accumulators.
// Money-like columns (Float64: sums of minor units, NaN for "none yet", and the time stamp).
const AMOUNT_SUM = 0
const FIRST_AMOUNT = 1 // NaN = none yet
const CANCELLED_ROW_AMOUNT = 2 // amount of rows whose own status word cancels them (Amazon)
const REFUND_SUM = 3
const FIRST_REFUND = 4 // NaN = none yet
const LINE_MONEY = 5 // Σ money of lines bought, non-product lines included
const UNMATCHABLE_RETURN = 6 // returned money of non-product lines (a returned discount)
const SHIPPING = 7
const DISCOUNT = 8
const STAMP = 9 // creation time, seconds since 1970 (for return matching)
const NUMERIC_COLUMNS = 10
// Count columns (Int32: a third less memory per order than Float64 for a million orders).
const FIRST_LINE = 0
const ROWS = 1
const AMOUNT_ROWS = 2
const CANCELLED_ROWS = 3
const REFUND_ROWS = 4
const PRICED_LINES = 5
const BOUGHT_LINES = 6 // lines with quantity > 0, non-product ones included
const FLAGS = 7
const INT_COLUMNS = 8
/** Count columns that are sums over an order's rows. */
const COUNTED = [
  ROWS,
  AMOUNT_ROWS,
  CANCELLED_ROWS,
  REFUND_ROWS,
  PRICED_LINES,
  BOUGHT_LINES,
] as const
/** Money columns that are sums over an order's rows (added up when parts are merged). */
const SUMMED = [
  AMOUNT_SUM,
  CANCELLED_ROW_AMOUNT,
  REFUND_SUM,
  LINE_MONEY,
  UNMATCHABLE_RETURN,
  SHIPPING,
  DISCOUNT,
] as const

/** Options of a grouper. */
export interface GroupOptions {
  /** True when the file has an amount-paid column (else amounts come from the lines). */
  hasAmountColumn: boolean
  amountRows: 'sum' | 'first'
  refundDeducted: boolean
  warnings: WarningLog
}

/** What grouping produced. */
export interface GroupResult {
  records: OrderRecord[]
  errors: RowError[]
}

/** What grouping produced, as columns (the layout Analyse stores), without record objects. */
export interface GroupColumnsResult {
  columns: OrderColumns
  errors: RowError[]
}

/** A column of strings (or nulls) as distinct values and one id per item (-1 = null). */
export interface PackedStrings {
  values: string[]
  ids: Int32Array
}

/**
 * Everything a grouper gathered before `finish`, as plain data (typed arrays and string lists) that
 * can be posted to another worker: a later part of a file, grouped in parallel, merged into the
 * grouper of the first part with `absorb` (see OrderGrouper.exportPart).
 */
export interface GrouperPart {
  count: number
  nLines: number
  nonProductLines: number
  /** The order IDs, joined: ID `j` ends at `orderIdEnds[j]` (one string posts far cheaper than many). */
  orderIds: string
  orderIdEnds: Int32Array
  hashes: Int32Array
  pages: Float64Array[]
  intPages: Int32Array[]
  dates: PackedStrings
  statuses: PackedStrings
  channels: PackedStrings
  currencies: PackedStrings
  /** Customer of each order: an index in `customerValues`, -1 for none. */
  customers: Int32Array
  customerValues: string[]
  lineSku: Int32Array
  skuValues: string[]
  lineQty: Float64Array
  linePrice: Float64Array
  lineNext: Int32Array
  lineNames: PackedStrings
  firstLine: Int32Array
}

/** Order ID `j` of a part (a slice of the joined IDs). */
function partKey(part: Pick<GrouperPart, 'orderIds' | 'orderIdEnds'>, j: number): string {
  return part.orderIds.slice(j === 0 ? 0 : (part.orderIdEnds[j - 1] as number), part.orderIdEnds[j])
}

/** The typed arrays of a part, to transfer (not copy) with postMessage. */
export function grouperPartTransfer(part: GrouperPart): ArrayBuffer[] {
  const list = [
    part.hashes,
    part.orderIdEnds,
    ...part.pages,
    ...part.intPages,
    part.dates.ids,
    part.statuses.ids,
    part.channels.ids,
    part.currencies.ids,
    part.customers,
    part.lineSku,
    part.lineQty,
    part.linePrice,
    part.lineNext,
    part.lineNames.ids,
    part.firstLine,
  ]
  return [...new Set(list.map((a) => a.buffer as ArrayBuffer))]
}

/** An order's settled figures (see OrderGrouper.settle). */
interface Settled {
  amount: number
  refund: number
  status: OrderStatus
}

/** The status word of a row alone is a cancellation (cached per word). */
function wordCancels(word: string, cache: Map<string, boolean>): boolean {
  let v = cache.get(word)
  if (v === undefined) {
    v =
      word !== '' &&
      mapStatus({
        raw: word,
        refund: null,
        amountPaid: null,
        paid: null,
        shipped: null,
        cancelledAt: false,
      }).status === 'cancelled'
    cache.set(word, v)
  }
  return v
}

/** Minor units from an exact or rounded number. */
const asMinor = (n: number): Minor => Math.round(n) as Minor
/** Adds `by` to slot `at` of a page. */
function inc(page: Float64Array, at: number, by: number): void {
  page[at] = (page[at] as number) + by
}

/** "Not computed yet" in a cache of epoch days (no date is this far from 1970). */
const NO_DAY = -0x7fffffff

/** The shared, frozen `lines` of orders without product lines (one array less per order). */
const NO_LINES: readonly OrderLine[] = Object.freeze([])

const PAGE_BITS = 16
const PAGE_ORDERS = 1 << PAGE_BITS
const PAGE_MASK = PAGE_ORDERS - 1

/** A growable Int32 / Float64 column (capacity doubles). */
class Growable<T extends Int32Array | Float64Array> {
  constructor(
    public data: T,
    private readonly Ctor: new (n: number) => T,
  ) {}
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const grown = new this.Ctor(Math.max(16, this.data.length * 2, i + 1))
      grown.set(this.data as never)
      this.data = grown
    }
    this.data[i] = v
  }
  /** Writes `values` from index `at` on, each through `table` when given (-1 stays -1). */
  setAll(at: number, values: ArrayLike<number>, table?: Int32Array, offset = 0): void {
    const end = at + values.length
    if (end > this.data.length) {
      const grown = new this.Ctor(Math.max(16, this.data.length * 2, end))
      grown.set(this.data as never)
      this.data = grown
    }
    const data = this.data
    for (let k = 0; k < values.length; k++) {
      const v = values[k] as number
      data[at + k] = table ? (v < 0 ? -1 : (table[v] as number)) : v < 0 ? v : v + offset
    }
  }
}

/**
 * A string column of orders (or lines) whose values repeat — dates, status words, channels,
 * currencies, product names: an id per item (-1 = none) into the distinct values, so a million
 * orders cost a typed array, not a million-element array for the garbage collector to trace.
 */
class ValueColumn {
  readonly ids = new Growable(new Int32Array(1024), Int32Array)
  readonly values: string[] = []
  private readonly index = new Map<string, number>()
  private last: string | null = null
  private lastId = -1

  /** The id of `v`, numbering it when new. */
  idOf(v: string): number {
    if (v === this.last) return this.lastId
    let id = this.index.get(v)
    if (id === undefined) {
      id = this.values.length
      this.values.push(v)
      this.index.set(v, id)
    }
    this.last = v
    this.lastId = id
    return id
  }

  /** Item `i` has no value. */
  isNone(i: number): boolean {
    return (this.ids.data[i] as number) < 0
  }

  /** The value of item `i` (null for none). */
  get(i: number): string | null {
    const id = this.ids.data[i] as number
    return id < 0 ? null : (this.values[id] as string)
  }

  /** Sets item `i` (null = none). */
  set(i: number, v: string | null): void {
    this.ids.set(i, v === null ? -1 : this.idOf(v))
  }

  /** The first `n` items, packed for GrouperPart. */
  pack(n: number): PackedStrings {
    return { values: this.values, ids: this.ids.data.slice(0, n) }
  }

  /** Ids in this column of another column's `values` (numbering the new ones). */
  remap(values: readonly string[]): Int32Array {
    const table = new Int32Array(values.length)
    for (let k = 0; k < values.length; k++) table[k] = this.idOf(values[k] as string)
    return table
  }
}

/** The warning that `count` non-product lines (postage, fees…) were left out of the lines. */
export function warnNonProductLines(warnings: WarningLog, count: number): void {
  if (count > 0) warnings.add('importer.warnings.nonProductLines', 0, { count }, '', count)
}

/** The warning that an order's status word (first seen at `line`) is not one the app knows. */
export function warnUnknownStatus(warnings: WarningLog, line: number, status: string): void {
  warnings.add('importer.warnings.unknownStatus', line, { status, count: 1 }, status)
}

/** `isNonProductSku`, remembered per SKU (the converters share one string per SKU value). */
export class NonProductSkus {
  private readonly known = new Map<string, boolean>()
  is(sku: string | null, name: string | null): boolean {
    if (sku === null || sku === name) return isNonProductSku(sku, name)
    let v = this.known.get(sku)
    if (v === undefined) {
      v = isNonProductSku(sku, null)
      this.known.set(sku, v)
    }
    return v
  }
}

/**
 * Strings numbered in first-seen order, kept as flat copies: a cell that PapaParse cut out of a
 * 1 MiB slice of text must not keep that whole slice alive (see flatCopy).
 */
export class Dictionary {
  private readonly index = new StringIndex(1024)
  /** Low-variety columns (SKUs: the converter shares one string per value) look up faster in a Map. */
  private readonly small: Map<string, number> | null
  private last = ''
  private lastId = -1
  /** The values by id. */
  get values(): string[] {
    return this.index.keyList()
  }
  constructor(lowVariety = false) {
    this.small = lowVariety ? new Map() : null
  }
  /**
   * Ids here of another dictionary's `values` (flat strings from a part), numbered on first use:
   * `of(i)` for one, `table()` for all of them.
   */
  mapper(values: readonly string[]): { of: (i: number) => number; table: () => Int32Array } {
    const ids = new Int32Array(values.length).fill(-1)
    const of = (i: number): number => {
      let mapped = ids[i] as number
      if (mapped < 0) {
        mapped = this.id(values[i] as string, false)
        ids[i] = mapped
      }
      return mapped
    }
    return {
      of,
      table: () => {
        for (let i = 0; i < ids.length; i++) of(i)
        return ids
      },
    }
  }

  /** The id of `value`, numbering it when new (`copy: false`: `value` is known to be flat). */
  id(value: string, copy = true): number {
    if (value === this.last && this.lastId >= 0) return this.lastId
    let id: number
    if (this.small) {
      const hit = this.small.get(value)
      if (hit !== undefined) id = hit
      else {
        id = this.index.getOrAddHashed(value, hashString(value), copy)
        this.small.set(value, id)
      }
    } else id = this.index.getOrAddHashed(value, hashString(value), copy)
    this.last = value
    this.lastId = id
    return id
  }
}

/**
 * Numeric accumulators of all orders: pages of 65,536 orders, each order's NUMERIC_COLUMNS
 * values side by side (one cache line or two per order), so growing never copies more than the
 * first, small page and the garbage collector sees a handful of typed arrays.
 */
class Accumulators {
  private readonly pages: Float64Array[] = [new Float64Array(1024 * NUMERIC_COLUMNS)]
  private readonly intPages: Int32Array[] = [new Int32Array(1024 * INT_COLUMNS)]

  /** Makes room for order `i`, which is at most one past the last one (fresh slots are 0). */
  ensure(i: number): void {
    const p = i >>> PAGE_BITS
    if (p === 0) {
      const first = this.pages[0] as Float64Array
      if (i * NUMERIC_COLUMNS < first.length) return
      this.growFirstPage(Math.min(PAGE_ORDERS, (first.length / NUMERIC_COLUMNS) * 2))
    } else if (p >= this.pages.length) {
      this.pages.push(new Float64Array(PAGE_ORDERS * NUMERIC_COLUMNS))
      this.intPages.push(new Int32Array(PAGE_ORDERS * INT_COLUMNS))
    }
  }

  /** Grows the first (small, growing) page to hold `orders` orders. */
  private growFirstPage(orders: number): void {
    const grown = new Float64Array(orders * NUMERIC_COLUMNS)
    grown.set(this.pages[0] as Float64Array)
    this.pages[0] = grown
    const grownInts = new Int32Array(orders * INT_COLUMNS)
    grownInts.set(this.intPages[0] as Int32Array)
    this.intPages[0] = grownInts
  }

  /**
   * Appends the pages of another grouper's orders as orders `base`… (`base` a multiple of the
   * page size, at or after this one's last order; the slots between are never read).
   */
  adopt(base: number, pages: Float64Array[], intPages: Int32Array[]): void {
    const first = base >>> PAGE_BITS
    if (first > 0) {
      // Pad the first page to full size: the skipped slots before `base` are then addressable.
      if ((this.pages[0] as Float64Array).length < PAGE_ORDERS * NUMERIC_COLUMNS)
        this.growFirstPage(PAGE_ORDERS)
    }
    this.pages.length = first
    this.intPages.length = first
    this.pages.push(...pages)
    this.intPages.push(...intPages)
  }

  /** The money pages (for GrouperPart). */
  pageList(): Float64Array[] {
    return this.pages
  }

  /** The count pages (for GrouperPart). */
  intPageList(): Int32Array[] {
    return this.intPages
  }

  /** The money page holding order `i`. */
  page(i: number): Float64Array {
    return this.pages[i >>> PAGE_BITS] as Float64Array
  }

  /** The count page holding order `i`. */
  ints(i: number): Int32Array {
    return this.intPages[i >>> PAGE_BITS] as Int32Array
  }

  /** Offset of order `i` in its money page. */
  static base(i: number): number {
    return (i & PAGE_MASK) * NUMERIC_COLUMNS
  }

  /** Offset of order `i` in its count page. */
  static intBase(i: number): number {
    return (i & PAGE_MASK) * INT_COLUMNS
  }

  /** Money value `c` of order `i`. */
  get(i: number, c: number): number {
    return (this.pages[i >>> PAGE_BITS] as Float64Array)[
      (i & PAGE_MASK) * NUMERIC_COLUMNS + c
    ] as number
  }

  /** Count `c` of order `i`. */
  getInt(i: number, c: number): number {
    return (this.intPages[i >>> PAGE_BITS] as Int32Array)[
      (i & PAGE_MASK) * INT_COLUMNS + c
    ] as number
  }
}

/**
 * Streams order rows into orders. `add` copies what it needs from the (reused) row object into
 * per-order accumulators; `finish` builds the records, links returns, maps statuses and validates.
 */
export class OrderGrouper {
  private readonly index = new StringIndex(1024)
  private readonly dates = new ValueColumn()
  /** The order's status word (none = no word yet). */
  private readonly statuses = new ValueColumn()
  /** Customer of each order: an id in `customerDict`, -1 for none. */
  private readonly customers = new Growable(new Int32Array(1024), Int32Array)
  private readonly customerDict = new Dictionary()
  private readonly channels = new ValueColumn()
  private readonly currencies = new ValueColumn()
  /** Product lines in typed arrays, chained per order (`lineNext`, -1 ends an order's chain). */
  private readonly lineSku = new Growable(new Int32Array(1024), Int32Array)
  private readonly lineQty = new Growable(new Float64Array(1024), Float64Array)
  private readonly linePrice = new Growable(new Float64Array(1024), Float64Array)
  private readonly lineNext = new Growable(new Int32Array(1024), Int32Array)
  private readonly lineNames = new ValueColumn()
  private readonly skuDict = new Dictionary(true)
  private readonly firstLine = new Growable(new Int32Array(1024), Int32Array)
  private readonly lastLine = new Growable(new Int32Array(1024), Int32Array)
  private nLines = 0
  private readonly num = new Accumulators()
  private count = 0
  private lastId = ''
  private lastIndex = -1
  private nonProductLines = 0
  private readonly cancelWords = new Map<string, boolean>()
  private readonly nonProductSkus = new NonProductSkus()
  /** After `absorb`: order IDs of the adopted part (orders from `partBase` on), skipped slots. */
  private partKeys: Pick<GrouperPart, 'orderIds' | 'orderIdEnds'> | null = null
  private partBase = Number.MAX_SAFE_INTEGER
  private skipped: Uint8Array | null = null

  constructor(private readonly opts: GroupOptions) {}

  /** Number of distinct orders so far. */
  get size(): number {
    if (!this.skipped) return this.count
    let n = 0
    for (let i = 0; i < this.count; i++) if (this.skipped[i] === 0) n++
    return n
  }

  /** Index of an order, creating it (with the row's line as its first line) when new. */
  private orderIndex(row: OrderRow): number {
    if (row.orderId === this.lastId && this.lastIndex >= 0) return this.lastIndex
    const i = row.orderIdFlat
      ? this.index.getOrAddHashed(row.orderId, row.orderIdHash, false)
      : this.index.getOrAdd(row.orderId)
    if (i === this.count) this.newOrder(i, row.line)
    this.lastId = row.orderId
    this.lastIndex = i
    return i
  }

  /** Sets up order `i` (the next one), first seen at `line`. */
  private newOrder(i: number, line: number): void {
    this.count++
    this.num.ensure(i)
    this.dates.set(i, null)
    this.statuses.set(i, null)
    this.customers.set(i, -1)
    this.channels.set(i, null)
    this.currencies.set(i, null)
    this.firstLine.set(i, -1)
    this.lastLine.set(i, -1)
    const page = this.num.page(i)
    const b = Accumulators.base(i)
    this.num.ints(i)[Accumulators.intBase(i) + FIRST_LINE] = line
    page[b + FIRST_AMOUNT] = NaN
    page[b + FIRST_REFUND] = NaN
  }

  /** Appends a product line to order `i`. */
  private addLine(i: number, skuId: number, qty: number, price: number, name: string | null): void {
    const l = this.nLines++
    this.lineSku.set(l, skuId)
    this.lineQty.set(l, qty)
    this.linePrice.set(l, price)
    this.lineNext.set(l, -1)
    this.lineNames.set(l, name)
    const last = this.lastLine.data[i] as number
    if (last < 0) this.firstLine.data[i] = l
    else this.lineNext.data[last] = l
    this.lastLine.data[i] = l
  }

  /**
   * Everything gathered so far as plain data, for `absorb` in another worker (the typed arrays can
   * be transferred: this grouper must not be used afterwards).
   */
  exportPart(): GrouperPart {
    const n = this.count
    const nl = this.nLines
    const hashes = new Int32Array(n)
    const keys = this.index.keyList()
    const ends = new Int32Array(n)
    for (let i = 0, end = 0; i < n; i++) {
      hashes[i] = this.index.hashOf(i)
      end += (keys[i] as string).length
      ends[i] = end
    }
    return {
      count: n,
      nLines: nl,
      nonProductLines: this.nonProductLines,
      orderIds: keys.join(''),
      orderIdEnds: ends,
      hashes,
      pages: this.num.pageList(),
      intPages: this.num.intPageList(),
      dates: this.dates.pack(n),
      statuses: this.statuses.pack(n),
      channels: this.channels.pack(n),
      currencies: this.currencies.pack(n),
      customers: this.customers.data.slice(0, n),
      customerValues: this.customerDict.values,
      lineSku: this.lineSku.data.slice(0, nl),
      skuValues: this.skuDict.values,
      lineQty: this.lineQty.data.slice(0, nl),
      linePrice: this.linePrice.data.slice(0, nl),
      lineNext: this.lineNext.data.slice(0, nl),
      lineNames: this.lineNames.pack(nl),
      firstLine: this.firstLine.data.slice(0, n),
    }
  }

  /**
   * Adds the rows of a LATER part of the same file (grouped by another grouper with the same
   * options, exported with `exportPart`), as if they had been added here one by one after this
   * grouper's own rows; call it once, after the last `add`. `lineShift` is added to the part's
   * line numbers (a part numbered from a provisional first line). The part's orders that are new here
   * (nearly all) are adopted as they are — its accumulator pages become pages of this grouper,
   * after padding this grouper's orders to a page boundary with skipped slots, so a million-order
   * merge copies no accumulators and hashes no order ID. An order that is in both parts gets the
   * part's rows combined into its own (sums added, first values kept, the status word chosen by
   * the rule of `add`, lines appended in order) and its slot in the part is skipped. `finish` /
   * `finishColumns` then give what one grouper over the whole file gives
   * (test/unit/csv/group-parts.test.ts).
   */
  absorb(part: GrouperPart, lineShift = 0): void {
    const mine = this.count
    const base = Math.ceil(mine / PAGE_ORDERS) * PAGE_ORDERS
    // Ids here of the part's customers and SKUs (numbered on first use; the columns renumber them).
    const customers = this.customerDict.mapper(part.customerValues)
    const skus = this.skuDict.mapper(part.skuValues)
    const customerOf = customers.of
    const skuOf = skus.of
    const skipped = new Uint8Array(base + part.count)
    skipped.fill(1, mine, base) // the padding
    // Orders of the part that are also here: combine, and skip their slot.
    for (let j = 0; j < part.count; j++) {
      const i = this.index.getHashed(partKey(part, j), part.hashes[j] as number)
      if (i < 0) continue
      skipped[base + j] = 1
      this.combine(i, part, j, customerOf, skuOf)
    }
    // The rest: adopt the pages, append the per-order values and the lines.
    this.num.adopt(base, part.pages, part.intPages)
    const lineBase = this.nLines
    if (lineShift !== 0)
      for (let j = 0; j < part.count; j++) {
        const ints = part.intPages[j >>> PAGE_BITS] as Int32Array
        const at = (j & PAGE_MASK) * INT_COLUMNS + FIRST_LINE
        ints[at] = (ints[at] as number) + lineShift
      }
    this.dates.ids.setAll(base, part.dates.ids, this.dates.remap(part.dates.values))
    this.statuses.ids.setAll(base, part.statuses.ids, this.statuses.remap(part.statuses.values))
    this.channels.ids.setAll(base, part.channels.ids, this.channels.remap(part.channels.values))
    this.currencies.ids.setAll(
      base,
      part.currencies.ids,
      this.currencies.remap(part.currencies.values),
    )
    this.customers.setAll(base, part.customers, customers.table())
    this.firstLine.setAll(base, part.firstLine, undefined, lineBase)
    this.lastLine.setAll(base, new Int32Array(part.count).fill(-1)) // no more lines for these
    this.lineSku.setAll(lineBase, part.lineSku, skus.table())
    this.lineQty.setAll(lineBase, part.lineQty)
    this.linePrice.setAll(lineBase, part.linePrice)
    this.lineNext.setAll(lineBase, part.lineNext, undefined, lineBase)
    this.lineNames.ids.setAll(
      lineBase,
      part.lineNames.ids,
      this.lineNames.remap(part.lineNames.values),
    )
    this.nLines = lineBase + part.nLines
    this.nonProductLines += part.nonProductLines
    this.partKeys = { orderIds: part.orderIds, orderIdEnds: part.orderIdEnds }
    this.partBase = base
    this.skipped = skipped
    this.count = base + part.count
    this.lastId = ''
    this.lastIndex = -1
  }

  /** Combines order `j` of a later part into this grouper's order `i` (see `absorb`). */
  private combine(
    i: number,
    part: GrouperPart,
    j: number,
    customerOf: (c: number) => number,
    skuOf: (sid: number) => number,
  ): void {
    const src = part.pages[j >>> PAGE_BITS] as Float64Array
    const sb = (j & PAGE_MASK) * NUMERIC_COLUMNS
    const srcInts = part.intPages[j >>> PAGE_BITS] as Int32Array
    const sbi = (j & PAGE_MASK) * INT_COLUMNS
    const page = this.num.page(i)
    const b = Accumulators.base(i)
    const ints = this.num.ints(i)
    const bi = Accumulators.intBase(i)
    for (const c of COUNTED) ints[bi + c] = (ints[bi + c] as number) + (srcInts[sbi + c] as number)
    ints[bi + FLAGS] = (ints[bi + FLAGS] as number) | (srcInts[sbi + FLAGS] as number)
    for (const c of SUMMED)
      if ((src[sb + c] as number) !== 0) inc(page, b + c, src[sb + c] as number)
    if (Number.isNaN(page[b + FIRST_AMOUNT]))
      page[b + FIRST_AMOUNT] = src[sb + FIRST_AMOUNT] as number
    if (Number.isNaN(page[b + FIRST_REFUND]))
      page[b + FIRST_REFUND] = src[sb + FIRST_REFUND] as number
    const date = part.dates.ids[j] as number
    if (date >= 0 && this.dates.isNone(i)) {
      this.dates.set(i, part.dates.values[date] as string)
      page[b + STAMP] = src[sb + STAMP] as number
    }
    const statusId = part.statuses.ids[j] as number
    const status = statusId < 0 ? '' : (part.statuses.values[statusId] as string)
    if (status !== '') {
      // The part's word is its first one that does not cancel, else its first: the same rule.
      const current = this.statuses.get(i)
      if (
        current === null ||
        (!wordCancels(status, this.cancelWords) && wordCancels(current, this.cancelWords))
      )
        this.statuses.set(i, status)
    }
    const cust = part.customers[j] as number
    if (cust >= 0 && this.customers.data[i] === -1) this.customers.data[i] = customerOf(cust)
    const channel = part.channels.ids[j] as number
    if (channel >= 0 && this.channels.isNone(i))
      this.channels.set(i, part.channels.values[channel] as string)
    const currency = part.currencies.ids[j] as number
    if (currency >= 0 && this.currencies.isNone(i))
      this.currencies.set(i, part.currencies.values[currency] as string)
    for (let l = part.firstLine[j] as number; l >= 0; l = part.lineNext[l] as number) {
      const name = part.lineNames.ids[l] as number
      this.addLine(
        i,
        skuOf(part.lineSku[l] as number),
        part.lineQty[l] as number,
        part.linePrice[l] as number,
        name < 0 ? null : (part.lineNames.values[name] as string),
      )
    }
  }

  /** The order ID of order `i`. */
  private keyOf(i: number): string {
    return i < this.partBase
      ? this.index.key(i)
      : partKey(this.partKeys as GrouperPart, i - this.partBase)
  }

  /** Order `i` is a slot skipped by `absorb` (padding, or merged into an earlier order). */
  private isSkipped(i: number): boolean {
    return this.skipped !== null && this.skipped[i] === 1
  }

  /** What `touch` read (kept so that the reads are not optimised away). */
  private touched = 0

  /** Reads ahead the order index's slot for an order ID of hash `h` (see StringIndex.touch). */
  touch(h: number): void {
    this.touched ^= this.index.touch(h)
  }

  /** Reads ahead the dictionary entry of a byte-path customer slot (see customerOfSlot). */
  touchCustomer(slot: number): void {
    const data = this.slotCustomers.data
    if (slot < data.length) this.touched ^= data[slot] as number
  }

  /** Dictionary id + 1 of each byte-path customer slot (0: not looked up yet). */
  private readonly slotCustomers = new Growable(new Int32Array(1024), Int32Array)

  /** The dictionary id of a byte-path row's customer, numbered when first needed. */
  private customerOfSlot(row: OrderRow): number {
    const slot = row.customerSlot
    const known =
      slot < this.slotCustomers.data.length ? (this.slotCustomers.data[slot] as number) : 0
    if (known > 0) return known - 1
    const id = this.customerDict.id(row.customerId as string)
    this.slotCustomers.set(slot, id + 1)
    return id
  }

  /** Adds one converted row. */
  add(row: OrderRow): void {
    const i = this.orderIndex(row)
    const page = this.num.page(i)
    const b = Accumulators.base(i)
    const ints = this.num.ints(i)
    const bi = Accumulators.intBase(i)
    ints[bi + ROWS] = (ints[bi + ROWS] as number) + 1
    if (row.date !== null && this.dates.isNone(i)) {
      this.dates.set(i, row.date)
      page[b + STAMP] = row.stamp
    }
    const rowCancels = row.statusRaw !== '' && wordCancels(row.statusRaw, this.cancelWords)
    if (row.amountPaid !== null) {
      if (Number.isNaN(page[b + FIRST_AMOUNT])) page[b + FIRST_AMOUNT] = row.amountPaid
      inc(page, b + AMOUNT_SUM, row.amountPaid)
      ints[bi + AMOUNT_ROWS] = (ints[bi + AMOUNT_ROWS] as number) + 1
      if (rowCancels) {
        inc(page, b + CANCELLED_ROW_AMOUNT, row.amountPaid)
        ints[bi + CANCELLED_ROWS] = (ints[bi + CANCELLED_ROWS] as number) + 1
      }
    }
    if (row.refund !== null) {
      if (Number.isNaN(page[b + FIRST_REFUND])) page[b + FIRST_REFUND] = row.refund
      inc(page, b + REFUND_SUM, row.refund)
      ints[bi + REFUND_ROWS] = (ints[bi + REFUND_ROWS] as number) + 1
    }
    // The order's status word: the first one, unless it cancels only its own row of a live order.
    if (row.statusRaw !== '') {
      const current = this.statuses.get(i)
      if (current === null || (!rowCancels && wordCancels(current, this.cancelWords)))
        this.statuses.set(i, row.statusRaw)
    }
    let flags = ints[bi + FLAGS] as number
    if (row.returnFlag) flags |= RETURN_FLAG
    if (row.paid !== null) flags |= row.paid ? PAID_KNOWN | PAID : PAID_KNOWN
    if (row.shipped !== null) flags |= row.shipped ? SHIPPED_KNOWN | SHIPPED : SHIPPED_KNOWN
    if (row.cancelled) flags |= CANCELLED
    if (row.customerId !== null && this.customers.data[i] === -1)
      this.customers.data[i] =
        row.customerSlot < 0 ? this.customerDict.id(row.customerId) : this.customerOfSlot(row)
    if (row.channel !== null && this.channels.isNone(i)) this.channels.set(i, row.channel)
    if (row.currency !== null && this.currencies.isNone(i)) this.currencies.set(i, row.currency)
    if (row.shipping !== null) inc(page, b + SHIPPING, row.shipping)
    if (row.discount !== null) inc(page, b + DISCOUNT, Math.abs(row.discount))

    const qty = row.quantity
    if (qty !== null && qty !== 0 && (row.sku !== null || row.name !== null)) {
      const value =
        row.lineTotal !== null ? row.lineTotal : row.unitPrice !== null ? qty * row.unitPrice : null
      const unitPrice = (row.unitPrice ??
        (row.lineTotal !== null ? asMinor(row.lineTotal / qty) : null)) as Minor | null
      const nonProduct = this.nonProductSkus.is(row.sku, row.name)
      if (qty > 0) {
        ints[bi + BOUGHT_LINES] = (ints[bi + BOUGHT_LINES] as number) + 1
        if (value === null) flags |= MISSING_LINE_MONEY
        else {
          inc(page, b + LINE_MONEY, value)
          ints[bi + PRICED_LINES] = (ints[bi + PRICED_LINES] as number) + 1
        }
      } else {
        flags |= HAS_RETURN_LINES
        if (nonProduct && value !== null) inc(page, b + UNMATCHABLE_RETURN, Math.abs(value))
      }
      if (nonProduct) this.nonProductLines++
      else
        this.addLine(
          i,
          this.skuDict.id(row.sku ?? (row.name as string)),
          qty,
          unitPrice === null ? NaN : unitPrice,
          row.name,
        )
    }
    ints[bi + FLAGS] = flags
  }

  /**
   * Settles order `i`: its amount, refund and status; or null when it is rejected (the reason is
   * added to `errors`). Orders in `rejected` (one of their rows had an error) are skipped whole,
   * with one error naming the order; orders without a date, and valid orders without any amount,
   * are rejected. The answer is one reused object: read it before the next call.
   */
  private settle(i: number, rejected: ReadonlySet<string>, errors: RowError[]): Settled | null {
    const { warnings, hasAmountColumn, amountRows, refundDeducted } = this.opts
    const page = this.num.page(i)
    const b = Accumulators.base(i)
    const ints = this.num.ints(i)
    const bi = Accumulators.intBase(i)
    const line = ints[bi + FIRST_LINE] as number
    if (rejected.size > 0 && rejected.has(this.keyOf(i))) {
      errors.push({
        line,
        field: 'orderId',
        key: 'importer.errors.orderSkipped',
        values: { line, orderId: this.keyOf(i), rows: ints[bi + ROWS] as number },
      })
      return null
    }
    if (this.dates.isNone(i)) {
      errors.push({
        line,
        field: 'createdAt',
        key: 'importer.errors.orderWithoutDate',
        values: { line, orderId: this.keyOf(i) },
      })
      return null
    }
    const flags = ints[bi + FLAGS] as number
    let amount: number | null
    if (hasAmountColumn) {
      const withAmount = ints[bi + AMOUNT_ROWS] as number
      const cancelled = ints[bi + CANCELLED_ROWS] as number
      if (withAmount === 0) amount = null
      else if (amountRows === 'first') amount = page[b + FIRST_AMOUNT] as number
      else if (cancelled > 0 && cancelled < withAmount)
        amount = (page[b + AMOUNT_SUM] as number) - (page[b + CANCELLED_ROW_AMOUNT] as number)
      else amount = page[b + AMOUNT_SUM] as number
    } else if (flags & MISSING_LINE_MONEY) amount = null
    else if ((ints[bi + PRICED_LINES] as number) > 0 || (page[b + SHIPPING] as number) !== 0)
      amount =
        (page[b + LINE_MONEY] as number) +
        (page[b + SHIPPING] as number) -
        (page[b + DISCOUNT] as number)
    else amount = flags & HAS_RETURN_LINES && (ints[bi + BOUGHT_LINES] as number) === 0 ? 0 : null
    const hasRefund = (ints[bi + REFUND_ROWS] as number) > 0
    const refund = !hasRefund
      ? 0
      : amountRows === 'first'
        ? (page[b + FIRST_REFUND] as number)
        : (page[b + REFUND_SUM] as number)
    if (refundDeducted && amount !== null) amount += refund

    const statusRaw = this.statuses.get(i) ?? ''
    const input = this.statusInput
    input.raw = statusRaw
    // null = no refund figure for this order (status.ts then reads 交易关闭 with money as a refund).
    input.refund = hasRefund ? asMinor(refund) : null
    input.amountPaid = amount === null ? null : asMinor(amount)
    input.paid = flags & PAID_KNOWN ? (flags & PAID) !== 0 : null
    input.shipped = flags & SHIPPED_KNOWN ? (flags & SHIPPED) !== 0 : null
    input.cancelledAt = (flags & CANCELLED) !== 0
    const mapped = mapStatus(input)
    let status: OrderStatus = mapped.status
    if (!mapped.known) warnUnknownStatus(warnings, line, statusRaw)
    if (flags & RETURN_FLAG && status === 'paid') status = 'returned'
    if (amount === null) {
      if (status !== 'cancelled') {
        errors.push({
          line,
          field: 'amountPaid',
          key: 'importer.errors.missingAmount',
          values: { line, orderId: this.keyOf(i) },
        })
        return null
      }
      amount = 0
    }
    const out = this.settled
    out.amount = amount
    out.refund = refund
    out.status = status
    return out
  }

  /** `settle`'s question to `mapStatus`, reused like its answer. */
  private readonly statusInput: StatusInput = emptyStatusInput()

  /** `settle`'s answer, reused (a million orders would otherwise make a million objects). */
  private readonly settled: Settled = { amount: 0, refund: 0, status: 'paid' }

  /** The product lines of order `i` as objects (the record path). */
  private linesOf(i: number): OrderLine[] {
    let l = this.firstLine.data[i] as number
    if (l < 0) return NO_LINES as OrderLine[]
    const out: OrderLine[] = []
    const skus = this.skuDict.values
    for (; l >= 0; l = this.lineNext.data[l] as number) {
      const price = this.linePrice.data[l] as number
      out.push({
        sku: skus[this.lineSku.data[l] as number] as string,
        name: this.lineNames.get(l),
        quantity: this.lineQty.data[l] as number,
        unitPrice: Number.isNaN(price) ? null : (price as Minor),
      })
    }
    return out
  }

  /** True when some order has returned lines to link to earlier purchases. */
  private hasReturnLines(): boolean {
    for (let i = 0; i < this.count; i++)
      if (!this.isSkipped(i) && this.num.getInt(i, FLAGS) & HAS_RETURN_LINES) return true
    return false
  }

  private warnNonProductLines(): void {
    warnNonProductLines(this.opts.warnings, this.nonProductLines)
  }

  /** Builds the orders as records: returns linked, statuses mapped, invalid orders rejected. */
  finish(rejected: ReadonlySet<string> = new Set()): GroupResult {
    const errors: RowError[] = []
    const records: OrderRecord[] = []
    const recordOrder: number[] = []
    let withReturns = false

    for (let i = 0; i < this.count; i++) {
      if (this.isSkipped(i)) continue
      const settled = this.settle(i, rejected, errors)
      if (!settled) continue
      const cid = this.customers.data[i] as number
      if (this.num.getInt(i, FLAGS) & HAS_RETURN_LINES) withReturns = true
      records.push({
        orderId: this.keyOf(i),
        date: this.dates.get(i) as IsoDate,
        amountPaid: asMinor(settled.amount),
        refund: asMinor(settled.refund),
        status: settled.status,
        statusRaw: this.statuses.get(i) ?? '',
        customerId: cid < 0 ? null : (this.customerDict.values[cid] as string),
        channel: this.channels.get(i),
        currency: this.currencies.get(i),
        lines: this.linesOf(i),
      })
      recordOrder.push(i)
    }
    this.warnNonProductLines()

    const num = this.num
    const out = withReturns
      ? linkReturns(records, recordOrder, {
          num: (i, c) => num.get(i, c),
          int: (i, c) => num.getInt(i, c),
          warnings: this.opts.warnings,
        })
      : records
    return { records: out, errors }
  }

  /**
   * The same orders as `finish`, straight into columns (no record object per order: a million
   * orders then cost typed arrays, not a million objects). Files with returned lines to link to
   * earlier purchases take the record path and are converted after linking.
   */
  finishColumns(rejected: ReadonlySet<string> = new Set()): GroupColumnsResult {
    if (this.hasReturnLines()) {
      const grouped = this.finish(rejected)
      return { columns: buildOrderColumns(grouped.records), errors: grouped.errors }
    }
    const errors: RowError[] = []
    const n = this.count
    const day = new Int32Array(n)
    const amountPaid = new Float64Array(n)
    const refund = new Float64Array(n)
    const status = new Uint8Array(n)
    const customer = new Int32Array(n)
    const channel = new Int32Array(n)
    const lineStart = new Int32Array(n + 1)
    const orderId: string[] = []
    // Dictionaries of the columns hold only usable, trimmed values, numbered in order of use.
    const customers = new Dictionary()
    const customerMap = new Int32Array(this.customerDict.values.length).fill(-2)
    const channels = new Dictionary()
    const skus = new Dictionary()
    const skuMap = new Int32Array(this.skuDict.values.length).fill(-1)
    const dayOfDate = new Int32Array(this.dates.values.length).fill(NO_DAY)
    const channelMap = new Int32Array(this.channels.values.length).fill(-2)
    let lineSku = new Int32Array(this.nLines)
    let lineQty = new Float64Array(this.nLines)
    let linePrice = new Float64Array(this.nLines)
    let k = 0
    let nl = 0
    for (let i = 0; i < n; i++) {
      if (this.isSkipped(i)) continue
      const settled = this.settle(i, rejected, errors)
      if (!settled) continue
      orderId.push(this.keyOf(i))
      const dateId = this.dates.ids.data[i] as number
      let d = dayOfDate[dateId] as number
      if (d === NO_DAY) {
        d = toEpochDay(this.dates.values[dateId] as IsoDate)
        dayOfDate[dateId] = d
      }
      day[k] = d
      amountPaid[k] = asMinor(settled.amount)
      refund[k] = asMinor(settled.refund)
      status[k] = STATUS_CODE[settled.status]
      const cid = this.customers.data[i] as number
      if (cid < 0) customer[k] = -1
      else {
        let mapped = customerMap[cid] as number
        if (mapped === -2) {
          const raw = this.customerDict.values[cid] as string
          mapped = isUsableCustomerId(raw) ? customers.id(raw.trim()) : -1
          customerMap[cid] = mapped
        }
        customer[k] = mapped
      }
      const chId = this.channels.ids.data[i] as number
      let ch = chId < 0 ? -1 : (channelMap[chId] as number)
      if (ch === -2) {
        const trimmed = (this.channels.values[chId] as string).trim()
        ch = trimmed === '' ? -1 : channels.id(trimmed)
        channelMap[chId] = ch
      }
      channel[k] = ch
      for (let l = this.firstLine.data[i] as number; l >= 0; l = this.lineNext.data[l] as number) {
        const sid = this.lineSku.data[l] as number
        let mapped = skuMap[sid] as number
        if (mapped < 0) {
          mapped = skus.id(this.skuDict.values[sid] as string)
          skuMap[sid] = mapped
        }
        lineSku[nl] = mapped
        lineQty[nl] = this.lineQty.data[l] as number
        linePrice[nl] = this.linePrice.data[l] as number
        nl++
      }
      k++
      lineStart[k] = nl
    }
    this.warnNonProductLines()
    if (nl < lineSku.length) {
      lineSku = lineSku.slice(0, nl)
      lineQty = lineQty.slice(0, nl)
      linePrice = linePrice.slice(0, nl)
    }
    const exact = k === n
    return {
      columns: {
        length: k,
        orderId,
        day: exact ? day : day.slice(0, k),
        amountPaid: exact ? amountPaid : amountPaid.slice(0, k),
        refund: exact ? refund : refund.slice(0, k),
        status: exact ? status : status.slice(0, k),
        customer: exact ? customer : customer.slice(0, k),
        channel: exact ? channel : channel.slice(0, k),
        customers: customers.values,
        channels: channels.values,
        lineStart: exact ? lineStart : lineStart.slice(0, k + 1),
        lineSku,
        lineQty,
        lineUnitPrice: linePrice,
        skus: skus.values,
      },
      errors,
    }
  }
}

/** What return matching reads of each order (by order index). */
interface ReturnColumns {
  /** Money accumulator `c` of order `i`. */
  num: (i: number, c: number) => number
  /** Count accumulator `c` of order `i`. */
  int: (i: number, c: number) => number
  warnings: WarningLog
}

/**
 * Links returned lines (negative quantities) to the customer's earlier purchases; see the module
 * comment. `order[k]` is the order index of `records[k]`. Returns the final records in file order.
 */
function linkReturns(
  records: OrderRecord[],
  order: readonly number[],
  cols: ReturnColumns,
): OrderRecord[] {
  const stampOf = (k: number): number => cols.num(order[k] as number, STAMP)
  const byStamp = (x: number, y: number): number => {
    return stampOf(x) - stampOf(y)
  }
  // Purchases per customer (record positions), oldest first; and the returns.
  const byCustomer = new Map<string, number[]>()
  const returns: number[] = []
  records.forEach((r, k) => {
    const i = order[k] as number
    if (cols.int(i, FLAGS) & HAS_RETURN_LINES) returns.push(k)
    if (r.customerId === null || r.status === 'cancelled' || cols.int(i, BOUGHT_LINES) === 0) return
    const list = byCustomer.get(r.customerId)
    if (list) list.push(k)
    else byCustomer.set(r.customerId, [k])
  })
  for (const list of byCustomer.values()) list.sort(byStamp)

  const remaining = new Map<number, Map<string, number>>()
  const dropped = new Set<number>()
  let linkedLines = 0
  let zeroReturns = 0
  for (const k of returns.sort(byStamp)) {
    const ret = records[k] as OrderRecord
    const retStamp = stampOf(k)
    const candidates = ret.customerId === null ? [] : (byCustomer.get(ret.customerId) ?? [])
    let unlinkedValue = cols.num(order[k] as number, UNMATCHABLE_RETURN)
    const kept: OrderLine[] = []
    for (const l of ret.lines) {
      if (l.quantity >= 0) continue
      let need = -l.quantity
      const price = l.unitPrice ?? 0
      for (let c = candidates.length - 1; c >= 0 && need > 0; c--) {
        const t = candidates[c] as number
        if (t === k || stampOf(t) > retStamp) continue
        const target = records[t] as OrderRecord
        let left = remaining.get(t)
        if (!left) {
          left = new Map()
          for (const tl of target.lines)
            if (tl.quantity > 0) left.set(tl.sku, (left.get(tl.sku) ?? 0) + tl.quantity)
          remaining.set(t, left)
        }
        const units = left.get(l.sku) ?? 0
        if (units <= 0) continue
        const take = Math.min(units, need)
        left.set(l.sku, units - take)
        need -= take
        target.refund = asMinor(target.refund + take * price)
        if (target.status === 'paid') target.status = 'returned'
      }
      if (need < -l.quantity) linkedLines++
      if (need > 0) {
        unlinkedValue += need * price
        kept.push(need === -l.quantity ? l : { ...l, quantity: -need })
      }
    }
    if (cols.int(order[k] as number, BOUGHT_LINES) > 0) {
      // A mixed order: what it returned and could not be matched is refunded on itself.
      if (Math.round(unlinkedValue) > 0) {
        ret.refund = asMinor(ret.refund + unlinkedValue)
        if (ret.status === 'paid') ret.status = 'returned'
      }
      ret.lines = ret.lines.filter((l) => l.quantity > 0).concat(kept)
    } else if (kept.length === 0 && Math.round(unlinkedValue) === 0) {
      dropped.add(k) // everything was matched to earlier orders
    } else if (Math.round(unlinkedValue) === 0) {
      zeroReturns++ // units back at no value and no earlier purchase: a stock adjustment
      dropped.add(k)
    } else {
      ret.amountPaid = asMinor(0)
      ret.refund = asMinor(ret.refund + unlinkedValue)
      ret.status = 'returned'
      ret.lines = kept
    }
  }
  const { warnings } = cols
  if (linkedLines > 0)
    warnings.add('importer.warnings.returnsLinked', 0, { count: linkedLines }, '', linkedLines)
  if (zeroReturns > 0)
    warnings.add('importer.warnings.zeroValueReturns', 0, { count: zeroReturns }, '', zeroReturns)
  return dropped.size === 0 ? records : records.filter((_, k) => !dropped.has(k))
}

/** Groups a list of rows at once (tests and small files): the rows are copied as they are added. */
export function groupOrderRows(
  rows: readonly OrderRow[],
  opts: GroupOptions,
  rejected?: ReadonlySet<string>,
): GroupResult {
  const grouper = new OrderGrouper(opts)
  for (const row of rows) grouper.add(row)
  return grouper.finish(rejected)
}
