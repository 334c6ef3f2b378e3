import type { OrderColumns } from './model'

/**
 * Orders as stored in a chunk: the same columns as OrderColumns, but a column whose values all fit
 * a narrower array is stored in one — money and quantities that are whole numbers within ±2³¹ as
 * Int32Array (not Float64Array), channel numbers as Int8Array, SKU numbers as Int16Array: a chunk's
 * typed arrays take about 40 % fewer bytes, on disk and in backups. (The import's write did not get
 * measurably faster on the benchmark VM: docs/performance.md, "2026-12-07 (2)".) Chunks written
 * before 2026-12 hold only the wide arrays; both are read the same (concatOrderColumns and
 * gatherOrders read either; resolveImports widens a lone chunk).
 */
export type StoredOrderColumns = Omit<
  OrderColumns,
  'amountPaid' | 'refund' | 'lineQty' | 'lineUnitPrice' | 'channel' | 'lineSku'
> & {
  amountPaid: Float64Array | Int32Array
  refund: Float64Array | Int32Array
  lineQty: Float64Array | Int32Array
  lineUnitPrice: Float64Array | Int32Array
  channel: Int32Array | Int8Array
  lineSku: Int32Array | Int16Array
}

/** Every value a whole number an Int32Array holds exactly (not NaN, not −0). */
function fitsInt32(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) {
    const v = a[i] as number
    if ((v | 0) !== v || (v === 0 && 1 / v < 0)) return false
  }
  return true
}

/** Every value within [lo, hi]. */
function within(a: Int32Array, lo: number, hi: number): boolean {
  for (let i = 0; i < a.length; i++) {
    const v = a[i] as number
    if (v < lo || v > hi) return false
  }
  return true
}

/** Whole numbers (money in minor units, quantities) as Int32Array when every value fits exactly. */
const whole = (a: Float64Array): Float64Array | Int32Array =>
  fitsInt32(a) ? Int32Array.from(a) : a

/** The columns to store: each in the narrowest array that holds its values exactly. */
export function narrowOrders(c: OrderColumns): StoredOrderColumns {
  return {
    ...c,
    amountPaid: whole(c.amountPaid),
    refund: whole(c.refund),
    lineQty: whole(c.lineQty),
    lineUnitPrice: whole(c.lineUnitPrice),
    channel: within(c.channel, -128, 127) ? Int8Array.from(c.channel) : c.channel,
    lineSku: within(c.lineSku, -32768, 32767) ? Int16Array.from(c.lineSku) : c.lineSku,
  }
}

const wide64 = (a: Float64Array | Int32Array): Float64Array =>
  a instanceof Float64Array ? a : Float64Array.from(a)
const wide32 = (a: Int32Array | Int8Array | Int16Array): Int32Array =>
  a instanceof Int32Array ? a : Int32Array.from(a)

/** Stored columns as the app computes with them (narrowOrders undone; wide columns kept as they are). */
export function widenOrders(c: StoredOrderColumns): OrderColumns {
  return {
    ...c,
    amountPaid: wide64(c.amountPaid),
    refund: wide64(c.refund),
    lineQty: wide64(c.lineQty),
    lineUnitPrice: wide64(c.lineUnitPrice),
    channel: wide32(c.channel),
    lineSku: wide32(c.lineSku),
  }
}
