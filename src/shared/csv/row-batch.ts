import type { IsoDate } from '../dates'
import type { OrderRow } from './convert'

/**
 * Converted order rows in batches of plain data (typed arrays and a few strings), so one worker can
 * read, parse and convert a file while another groups its rows (pipeline.ts, `onRows`). Every
 * field of OrderRow travels; strings that repeat (dates, status words, channels, currencies,
 * SKUs, names) as ids into the batch's own value lists, order and customer IDs as one joined
 * string each.
 */

/** Nullable numbers of OrderRow, in the order of their bits in `has`. */
const NUMBERS = [
  'amountPaid',
  'orderTotal',
  'refund',
  'quantity',
  'unitPrice',
  'lineTotal',
  'shipping',
  'discount',
] as const
/** Repeating strings of OrderRow (null allowed; status words use '' for none). */
const REPEATED = ['date', 'statusRaw', 'channel', 'currency', 'sku', 'name'] as const
/** Strings of OrderRow that rarely repeat (null allowed except for orderId). */
const JOINED = ['orderId', 'lineId', 'customerId'] as const

const RETURN = 1
const CANCELLED = 2
const PAID_KNOWN = 4
const PAID = 8
const SHIPPED_KNOWN = 16
const SHIPPED = 32

/** A batch of converted rows. */
export interface RowBatch {
  n: number
  line: Int32Array
  stamp: Float64Array
  /** n × NUMBERS.length values (0 where null). */
  numbers: Float64Array
  /** Bit k set: NUMBERS[k] is not null. */
  has: Uint8Array
  flags: Uint8Array
  /** Per REPEATED field: ids into `values` (-1 = null). */
  repeated: { ids: Int32Array; values: string[] }[]
  /** Per JOINED field: the values joined, where each ends, and which are null. */
  joined: { text: string; ends: Int32Array; isNull: Uint8Array }[]
}

/** The typed arrays of a batch, to transfer with postMessage. */
export function rowBatchTransfer(b: RowBatch): ArrayBuffer[] {
  return [
    b.line,
    b.stamp,
    b.numbers,
    b.has,
    b.flags,
    ...b.repeated.map((r) => r.ids),
    ...b.joined.flatMap((j) => [j.ends, j.isNull]),
  ].map((a) => a.buffer as ArrayBuffer)
}

/** Collects rows into a batch of at most `capacity` rows. */
export class RowBatchWriter {
  private n = 0
  private line: Int32Array
  private stamp: Float64Array
  private numbers: Float64Array
  private has: Uint8Array
  private flags: Uint8Array
  private readonly repeated: { ids: Int32Array; values: string[]; index: Map<string, number> }[]
  private readonly joined: {
    parts: string[]
    ends: Int32Array
    isNull: Uint8Array
    length: number
  }[]

  constructor(readonly capacity: number) {
    this.line = new Int32Array(capacity)
    this.stamp = new Float64Array(capacity)
    this.numbers = new Float64Array(capacity * NUMBERS.length)
    this.has = new Uint8Array(capacity)
    this.flags = new Uint8Array(capacity)
    this.repeated = REPEATED.map(() => ({
      ids: new Int32Array(capacity),
      values: [],
      index: new Map(),
    }))
    this.joined = JOINED.map(() => ({
      parts: [],
      ends: new Int32Array(capacity),
      isNull: new Uint8Array(capacity),
      length: 0,
    }))
  }

  /** Rows in the batch. */
  get size(): number {
    return this.n
  }

  /** Copies one row into the batch (it must not be full). */
  add(row: OrderRow): void {
    const k = this.n++
    this.line[k] = row.line
    this.stamp[k] = row.stamp
    let has = 0
    for (let f = 0; f < NUMBERS.length; f++) {
      const v = row[NUMBERS[f] as (typeof NUMBERS)[number]]
      if (v !== null) {
        has |= 1 << f
        this.numbers[k * NUMBERS.length + f] = v
      }
    }
    this.has[k] = has
    let flags = 0
    if (row.returnFlag) flags |= RETURN
    if (row.cancelled) flags |= CANCELLED
    if (row.paid !== null) flags |= row.paid ? PAID_KNOWN | PAID : PAID_KNOWN
    if (row.shipped !== null) flags |= row.shipped ? SHIPPED_KNOWN | SHIPPED : SHIPPED_KNOWN
    this.flags[k] = flags
    for (let f = 0; f < REPEATED.length; f++) {
      const col = this.repeated[f] as RowBatchWriter['repeated'][number]
      const v = row[REPEATED[f] as (typeof REPEATED)[number]]
      if (v === null) {
        col.ids[k] = -1
        continue
      }
      let id = col.index.get(v)
      if (id === undefined) {
        id = col.values.length
        col.values.push(v)
        col.index.set(v, id)
      }
      col.ids[k] = id
    }
    for (let f = 0; f < JOINED.length; f++) {
      const col = this.joined[f] as RowBatchWriter['joined'][number]
      const v = row[JOINED[f] as (typeof JOINED)[number]]
      if (v === null) col.isNull[k] = 1
      else {
        col.parts.push(v)
        col.length += v.length
      }
      col.ends[k] = col.length
    }
  }

  /** The batch so far (the writer starts a new one). */
  take(): RowBatch {
    const n = this.n
    const batch: RowBatch = {
      n,
      line: this.line.slice(0, n),
      stamp: this.stamp.slice(0, n),
      numbers: this.numbers.slice(0, n * NUMBERS.length),
      has: this.has.slice(0, n),
      flags: this.flags.slice(0, n),
      repeated: this.repeated.map((r) => ({ ids: r.ids.slice(0, n), values: r.values })),
      joined: this.joined.map((j) => ({
        text: j.parts.join(''),
        ends: j.ends.slice(0, n),
        isNull: j.isNull.slice(0, n),
      })),
    }
    this.n = 0
    for (const r of this.repeated) {
      r.values = []
      r.index = new Map()
    }
    for (const j of this.joined) {
      j.parts = []
      j.length = 0
      j.isNull.fill(0)
    }
    return batch
  }
}

/** Fills `out` with row `k` of a batch. */
export function readRow(b: RowBatch, k: number, out: OrderRow): void {
  out.line = b.line[k] as number
  out.stamp = b.stamp[k] as number
  const has = b.has[k] as number
  for (let f = 0; f < NUMBERS.length; f++)
    out[NUMBERS[f] as (typeof NUMBERS)[number]] =
      has & (1 << f) ? (b.numbers[k * NUMBERS.length + f] as number) : null
  const flags = b.flags[k] as number
  out.returnFlag = (flags & RETURN) !== 0
  out.cancelled = (flags & CANCELLED) !== 0
  out.paid = flags & PAID_KNOWN ? (flags & PAID) !== 0 : null
  out.shipped = flags & SHIPPED_KNOWN ? (flags & SHIPPED) !== 0 : null
  const rep = (f: number): string | null => {
    const col = b.repeated[f] as RowBatch['repeated'][number]
    const id = col.ids[k] as number
    return id < 0 ? null : (col.values[id] as string)
  }
  out.date = rep(0) as IsoDate | null
  out.statusRaw = rep(1) ?? ''
  out.channel = rep(2)
  out.currency = rep(3)
  out.sku = rep(4)
  out.name = rep(5)
  const joined = (f: number): string | null => {
    const col = b.joined[f] as RowBatch['joined'][number]
    if (col.isNull[k] === 1) return null
    return col.text.slice(k === 0 ? 0 : (col.ends[k - 1] as number), col.ends[k])
  }
  out.orderId = joined(0) as string
  out.lineId = joined(1)
  out.customerId = joined(2)
}
