import { isUsableCustomerId } from '../analytics/columns'
import { STATUS_CODE, type OrderColumns, type OrderStatus } from '../analytics/model'
import { toEpochDay, type IsoDate } from '../dates'
import type { Minor } from '../money'
import type { OrderRow } from './convert'
import {
  Dictionary,
  NonProductSkus,
  warnNonProductLines,
  warnUnknownStatus,
  type GroupColumnsResult,
  type GroupOptions,
} from './group'
import { shiftError, type RowError } from './issues'
import { emptyStatusInput, mapStatus, type StatusInput } from './status'
import { StringIndex } from './string-index'

/**
 * What the lane of a LATER part of a file gathered (`exportPart`), plain and postable: the order
 * IDs it took (kept or rejected, joined, with their ends and hashes), which of them were kept, the
 * kept orders as columns without their IDs, and what `finishColumns` would report.
 */
export interface SingleRowPart {
  ids: string
  idEnds: Int32Array
  hashes: Int32Array
  /** The number among `ids` of each kept order, in order. */
  kept: Int32Array
  columns: OrderColumns
  errors: RowError[]
  unknown: { line: number; status: string }[]
  nonProductLines: number
}

/** The typed arrays of a SingleRowPart, to transfer with postMessage. */
export function singleRowPartTransfer(part: SingleRowPart): ArrayBuffer[] {
  const c = part.columns
  const list = [part.idEnds, part.hashes, part.kept, c.day, c.amountPaid, c.refund, c.status]
  list.push(c.customer, c.channel, c.lineStart, c.lineSku, c.lineQty, c.lineUnitPrice)
  return [...new Set(list.map((a) => a.buffer as ArrayBuffer))]
}

/**
 * The orders of a file in which every order has ONE row (most platforms' order exports: Taobao,
 * Pinduoduo, Douyin, JD…), settled into columns as each row arrives — what `OrderGrouper` then
 * `finishColumns` give for such a file, without the grouper's per-order accumulators, its second
 * pass over a million orders, or its lookups of each row's text values (docs/performance.md).
 *
 * Only while that holds: `add` answers false — and this object is then of no further use — for a
 * row whose order ID was seen before (a line-item file, a repeated order), a returned line
 * (negative quantity: returns are linked to earlier purchases by the grouper), or an order ID that
 * a rejected row also has (`reject`). The importer then reads the file again with the grouper
 * (pipeline.ts, `restartNeeded`). Files without an amount column (amounts from the lines) are
 * never read here. test/unit/csv/single-row.test.ts checks that the results are the grouper's.
 */
export class SingleRowOrders {
  private readonly index = new StringIndex(1024)
  private n = 0
  private nl = 0
  private readonly orderId: string[] = []
  private day = new Int32Array(1024)
  private amountPaid = new Float64Array(1024)
  private refund = new Float64Array(1024)
  private status = new Uint8Array(1024)
  /** The number in `index` of each kept order. */
  private keyOf = new Int32Array(1024)
  private customer = new Int32Array(1024)
  private channel = new Int32Array(1024)
  private lineStart = new Int32Array(1025)
  private lineSku = new Int32Array(1024)
  private lineQty = new Float64Array(1024)
  private linePrice = new Float64Array(1024)
  /** The columns' dictionaries: usable, trimmed values numbered in order of use by kept orders. */
  private readonly customers = new Dictionary()
  private readonly channels = new Dictionary()
  private readonly skus = new Dictionary(true)
  /** Column id of each raw customer (text path) / channel text (−1: none). */
  private readonly customerOfText = new Map<string, number>()
  private readonly channelOfText = new Map<string, number>()
  /** Byte path: column id + 2 of each customer cache slot (0: not looked up yet; 1: unusable). */
  private customerOfSlot = new Int32Array(1024)
  private lastChannel: string | null = null
  private lastChannelId = -1
  private lastDate = ''
  private lastDay = 0
  private readonly days = new Map<string, number>()
  private readonly nonProduct = new NonProductSkus()
  private nonProductLines = 0
  private readonly errors: RowError[] = []
  /** Unknown status words met, in order (the grouper warns of them as it settles). */
  private readonly unknown: { line: number; status: string }[] = []
  private readonly input: StatusInput = emptyStatusInput()
  /** What `touch` read (kept so that the reads are not optimised away). */
  private touched = 0

  constructor(private readonly opts: GroupOptions) {
    if (!opts.hasAmountColumn) throw new Error('SingleRowOrders: only files with an amount column')
  }

  /** An order with this ID was added (kept, or rejected for a missing date or amount). */
  has(orderId: string): boolean {
    return this.index.get(orderId) >= 0
  }

  /** Reads ahead the index slot for an order ID of hash `h` (see StringIndex.touch). */
  touch(h: number): void {
    this.touched ^= this.index.touch(h)
  }

  /** Reads ahead what a byte-path customer slot's look-up will read. */
  touchCustomer(slot: number): void {
    if (slot < this.customerOfSlot.length) this.touched ^= this.customerOfSlot[slot] as number
  }

  /**
   * Adds one converted row as an order of its own; false when the file is not one row per order
   * (see the class comment). `rejected`: order IDs of the rows rejected so far.
   */
  add(row: OrderRow, rejected: ReadonlySet<string>): boolean {
    const qty = row.quantity
    const hasLine = qty !== null && qty !== 0 && (row.sku !== null || row.name !== null)
    if (hasLine && (qty as number) < 0) return false
    const before = this.index.size
    const i = row.orderIdFlat
      ? this.index.getOrAddHashed(row.orderId, row.orderIdHash, false)
      : this.index.getOrAdd(row.orderId)
    if (i < before) return false
    if (rejected.size > 0 && rejected.has(row.orderId)) return false
    // Counted for every row the grouper is given, kept or not (its warning counts them so).
    const nonProduct = hasLine && this.nonProduct.is(row.sku, row.name)
    if (nonProduct) this.nonProductLines++
    const { line } = row
    const orderId = this.index.key(i)
    if (row.date === null) {
      this.errors.push({
        line,
        field: 'createdAt',
        key: 'importer.errors.orderWithoutDate',
        values: { line, orderId },
      })
      return true
    }
    // The grouper's settle for an order of one row (group.ts): sums of one value are the value.
    let amount = row.amountPaid
    const hasRefund = row.refund !== null
    const refund = hasRefund ? (row.refund as number) : 0
    if (this.opts.refundDeducted && amount !== null) amount += refund
    const input = this.input
    input.raw = row.statusRaw
    input.refund = hasRefund ? (Math.round(refund) as Minor) : null
    input.amountPaid = amount === null ? null : (Math.round(amount) as Minor)
    input.paid = row.paid
    input.shipped = row.shipped
    input.cancelledAt = row.cancelled
    const mapped = mapStatus(input)
    let status: OrderStatus = mapped.status
    if (!mapped.known) this.unknown.push({ line, status: row.statusRaw })
    if (row.returnFlag && status === 'paid') status = 'returned'
    if (amount === null) {
      if (status !== 'cancelled') {
        this.errors.push({
          line,
          field: 'amountPaid',
          key: 'importer.errors.missingAmount',
          values: { line, orderId },
        })
        return true
      }
      amount = 0
    }

    const k = this.n++
    if (k >= this.day.length) this.grow()
    this.orderId.push(orderId)
    this.keyOf[k] = i
    this.day[k] = this.dayOf(row.date)
    this.amountPaid[k] = Math.round(amount)
    this.refund[k] = Math.round(refund)
    this.status[k] = STATUS_CODE[status]
    this.customer[k] = row.customerId === null ? -1 : this.customerId(row)
    this.channel[k] = row.channel === null ? -1 : this.channelId(row.channel)
    if (hasLine && !nonProduct) {
      const q = qty as number
      const unitPrice =
        row.unitPrice ?? (row.lineTotal !== null ? Math.round(row.lineTotal / q) : null)
      const l = this.nl++
      if (l >= this.lineSku.length) this.growLines()
      this.lineSku[l] = this.skus.id(row.sku ?? (row.name as string))
      this.lineQty[l] = q
      this.linePrice[l] = unitPrice === null ? NaN : unitPrice
    }
    this.lineStart[k + 1] = this.nl
    return true
  }

  /**
   * Everything gathered, for `absorb` by the lane of the file's first part (in another worker;
   * this object must not be used afterwards).
   */
  exportPart(): SingleRowPart {
    const keys = this.index.keyList()
    const n = keys.length
    const idEnds = new Int32Array(n)
    const hashes = new Int32Array(n)
    for (let j = 0, end = 0; j < n; j++) {
      end += (keys[j] as string).length
      idEnds[j] = end
      hashes[j] = this.index.hashOf(j)
    }
    return {
      ids: keys.join(''),
      idEnds,
      hashes,
      kept: this.keyOf.slice(0, this.n),
      columns: { ...this.columns(), orderId: [] },
      errors: this.errors,
      unknown: this.unknown,
      nonProductLines: this.nonProductLines,
    }
  }

  /**
   * Adds the orders of the file's later part (`exportPart` of a lane with the same options), as if
   * its rows had been added here after this lane's own; `shift` is added to its line numbers.
   * False — the file is not one row per order — when an order ID is in both parts, or a rejected
   * row of one part (`rejected` here, `partRejected` there) has the ID of an order of the other.
   */
  absorb(
    part: SingleRowPart,
    shift: number,
    rejected: ReadonlySet<string>,
    partRejected: readonly string[],
  ): boolean {
    const before = this.index.size
    const count = part.idEnds.length
    const at = new Int32Array(count)
    for (let j = 0, start = 0; j < count; j++) {
      const end = part.idEnds[j] as number
      const id = part.ids.slice(start, end)
      start = end
      if (rejected.size > 0 && rejected.has(id)) return false
      const i = this.index.getOrAddHashed(id, part.hashes[j] as number, false)
      if (i < before) return false
      at[j] = i
    }
    for (const id of partRejected) {
      const i = this.index.get(id)
      if (i >= 0 && i < before) return false
    }
    const c = part.columns
    // Room for exactly both parts' orders and lines (no doubling, and `columns` need not copy).
    this.grow(this.n + c.length)
    this.growLines(this.nl + c.lineSku.length)
    const customers = c.customers.map((v) => this.customers.id(v, false))
    const channels = c.channels.map((v) => this.channels.id(v, false))
    const skus = c.skus.map((v) => this.skus.id(v, false))
    const lineBase = this.nl
    for (let k = 0; k < c.length; k++) {
      const o = this.n++
      const i = at[part.kept[k] as number] as number
      this.orderId.push(this.index.key(i))
      this.keyOf[o] = i
      this.day[o] = c.day[k] as number
      this.amountPaid[o] = c.amountPaid[k] as number
      this.refund[o] = c.refund[k] as number
      this.status[o] = c.status[k] as number
      const cust = c.customer[k] as number
      this.customer[o] = cust < 0 ? -1 : (customers[cust] as number)
      const ch = c.channel[k] as number
      this.channel[o] = ch < 0 ? -1 : (channels[ch] as number)
      this.lineStart[o + 1] = lineBase + (c.lineStart[k + 1] as number)
    }
    for (let l = 0; l < c.lineSku.length; l++) {
      const m = this.nl++
      this.lineSku[m] = skus[c.lineSku[l] as number] as number
      this.lineQty[m] = c.lineQty[l] as number
      this.linePrice[m] = c.lineUnitPrice[l] as number
    }
    for (const e of part.errors) this.errors.push(shift === 0 ? e : shiftError(e, shift))
    for (const u of part.unknown) this.unknown.push({ line: u.line + shift, status: u.status })
    this.nonProductLines += part.nonProductLines
    return true
  }

  /** The orders as columns, the errors of the orders rejected, the grouper's warnings. */
  finishColumns(): GroupColumnsResult {
    const { warnings } = this.opts
    for (const u of this.unknown) warnUnknownStatus(warnings, u.line, u.status)
    warnNonProductLines(warnings, this.nonProductLines)
    return { columns: this.columns(), errors: this.errors }
  }

  /**
   * Room for `orders` orders (and as many lines) in all, reserved at once: the import worker
   * estimates a big file's orders after its first slice. Growing by doubling copied every column
   * eleven times on the way to a million orders, and the exact-length copy at the end once more.
   */
  reserve(orders: number): void {
    this.grow(orders)
    this.growLines(orders)
    this.index.reserve(orders)
  }

  /**
   * The orders so far as columns: the arrays themselves when they are exactly full (after
   * `absorb`); views when they are nearly full (a reserved estimate: the view carries, and posts,
   * its whole buffer, at most 1/16 more); else exact-length copies.
   */
  private columns(): OrderColumns {
    const n = this.n
    const nl = this.nl
    const cut = <T extends Int32Array | Float64Array | Uint8Array>(a: T, length: number): T =>
      a.length === length
        ? a
        : a.length - length <= a.length / 16
          ? (a.subarray(0, length) as T)
          : (a.slice(0, length) as T)
    return {
      length: n,
      orderId: this.orderId,
      day: cut(this.day, n),
      amountPaid: cut(this.amountPaid, n),
      refund: cut(this.refund, n),
      status: cut(this.status, n),
      customer: cut(this.customer, n),
      channel: cut(this.channel, n),
      customers: this.customers.values,
      channels: this.channels.values,
      lineStart: cut(this.lineStart, n + 1),
      lineSku: cut(this.lineSku, nl),
      lineQty: cut(this.lineQty, nl),
      lineUnitPrice: cut(this.linePrice, nl),
      skus: this.skus.values,
    }
  }

  private dayOf(date: IsoDate): number {
    if (date === this.lastDate) return this.lastDay
    let d = this.days.get(date)
    if (d === undefined) {
      d = toEpochDay(date)
      this.days.set(date, d)
    }
    this.lastDate = date
    this.lastDay = d
    return d
  }

  private customerId(row: OrderRow): number {
    const slot = row.customerSlot
    if (slot >= 0 && slot < this.customerOfSlot.length) {
      const known = this.customerOfSlot[slot] as number
      if (known > 0) return known - 2
    }
    const raw = row.customerId as string
    // A cache slot stands for one raw text: the text-path map is only for rows without one.
    const known = slot < 0 ? this.customerOfText.get(raw) : undefined
    const id = known ?? (isUsableCustomerId(raw) ? this.customers.id(raw.trim()) : -1)
    if (slot < 0) {
      if (known === undefined) this.customerOfText.set(raw, id)
    } else {
      if (slot >= this.customerOfSlot.length)
        this.customerOfSlot = grown(
          this.customerOfSlot,
          Math.max(slot + 1, this.customerOfSlot.length * 2),
        )
      this.customerOfSlot[slot] = id + 2
    }
    return id
  }

  private channelId(raw: string): number {
    if (raw === this.lastChannel) return this.lastChannelId
    let id = this.channelOfText.get(raw)
    if (id === undefined) {
      const trimmed = raw.trim()
      id = trimmed === '' ? -1 : this.channels.id(trimmed)
      this.channelOfText.set(raw, id)
    }
    this.lastChannel = raw
    this.lastChannelId = id
    return id
  }

  /** Room for `size` orders (default: twice the room there is). */
  private grow(size = this.day.length * 2): void {
    if (size <= this.day.length) return
    this.day = grown(this.day, size)
    this.amountPaid = grown(this.amountPaid, size)
    this.refund = grown(this.refund, size)
    this.status = grown(this.status, size)
    this.keyOf = grown(this.keyOf, size)
    this.customer = grown(this.customer, size)
    this.channel = grown(this.channel, size)
    this.lineStart = grown(this.lineStart, size + 1)
  }

  /** Room for `size` lines (default: twice the room there is). */
  private growLines(size = this.lineSku.length * 2): void {
    if (size <= this.lineSku.length) return
    this.lineSku = grown(this.lineSku, size)
    this.lineQty = grown(this.lineQty, size)
    this.linePrice = grown(this.linePrice, size)
  }
}

/** A copy of `a` with room for `size` values (the rest 0). */
function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size)
  out.set(a as never)
  return out
}
