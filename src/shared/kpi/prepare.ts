import { toEpochDay, type IsoDate } from '../dates'
import { lowerBoundDay, sortByDay } from '../analytics/columns'
import { STATUS_CODE, type OrderColumns } from '../analytics/model'
import type { KpiInput, SkuPredicate } from './types'

/**
 * The per-dataset precomputation of the KPI engine: everything that does not depend on the
 * period, done once so that computeKpis is a single pass over the orders of the period.
 * - orders sorted by day (sorted here when they are not);
 * - each identified customer's first valid-order day in ALL imported data, and those days sorted
 *   (new buyers of a period = two binary searches);
 * - each order's COGS (Σ quantity × unit cost) and count of lines without a known cost: the unit
 *   cost of a line depends only on its SKU and its order's date, never on the period;
 * - per order, whether the traffic file covers its (day, channel) and its day (all channels);
 * - traffic and spend rows sorted by day; inventory value of each snapshot date.
 */

const PAID = STATUS_CODE.paid
const RETURNED = STATUS_CODE.returned
const CANCELLED = STATUS_CODE.cancelled
const NO_DAY = 0x7fffffff

/** Coverage bit: the traffic file has a row for this order's day and channel. */
export const COVER_CHANNEL = 1
/** Coverage bit: the traffic file has an all-channel row (channel empty) for this order's day. */
export const COVER_ALL = 2

/** Options of prepare. */
export interface PrepareOptions {
  /** Default non-product predicate for COGS and top products (see KpiOptions). */
  isNonProductSku?: SkuPredicate | null
}

/** Per-order COGS figures for one non-product predicate. */
export interface OrderCosts {
  /** Σ quantity × unit cost over the order's goods lines with a known cost (minor units). */
  cogs: Float64Array
  /** Goods lines of the order whose SKU has no known unit cost. */
  linesWithoutCost: Int32Array
  /** Per SKU id of the orders dictionary: 1 when the SKU is not a product. */
  nonProduct: Uint8Array
}

/** A trimmed, non-empty channel name, or null. */
export function normChannel(ch: string | null | undefined): string | null {
  if (ch == null) return null
  const s = ch.trim()
  return s === '' ? null : s
}

/** Day-sorted rows of a per-day, optionally per-channel file (traffic or spend). */
export interface DailyRows {
  day: Int32Array
  channel: (string | null)[]
  value: Float64Array
  /** Normalised channel names present (null: the all-channel rows). */
  channels: Set<string | null>
}

function dailyRows<T extends { date: IsoDate; channel: string | null }>(
  rows: readonly T[],
  value: (r: T) => number,
): DailyRows {
  const days = rows.map((r) => toEpochDay(r.date))
  const idx = Array.from(rows.keys()).sort(
    (a, b) => (days[a] as number) - (days[b] as number) || a - b,
  )
  const out: DailyRows = {
    day: new Int32Array(rows.length),
    channel: new Array<string | null>(rows.length),
    value: new Float64Array(rows.length),
    channels: new Set(),
  }
  idx.forEach((i, k) => {
    const r = rows[i] as T
    out.day[k] = days[i] as number
    const ch = normChannel(r.channel)
    out.channel[k] = ch
    out.value[k] = value(r)
    out.channels.add(ch)
  })
  return out
}

/** Snapshot dates of the inventory file and the stock value on each (see averageInventoryValue). */
export interface InventorySnapshots {
  /** Distinct snapshot dates, ascending (epoch days). */
  day: Int32Array
  /** Σ max(on-hand, 0) × unit cost over the rows of that date whose cost is known. */
  value: Float64Array
  /** Rows of that date with a negative on-hand (counted as 0). */
  negativeRows: Int32Array
  /** Rows of that date whose unit cost is unknown (left out). */
  rowsWithoutCost: Int32Array
}

/** The prepared, period-independent form of a KpiInput. Build it with prepare(); treat it as read-only. */
export class PreparedKpiInput {
  readonly input: KpiInput
  /** The orders, sorted by day. */
  readonly orders: OrderColumns
  /** Order channel name → id in `orders.channels`. */
  readonly channelIds: Map<string, number>
  /** Per customer id: epoch day of the first valid order in all data (0x7fffffff: none). */
  readonly firstDay: Int32Array
  /** `firstDay` of every customer who has a valid order, ascending. */
  readonly firstDaysSorted: Int32Array
  readonly traffic: DailyRows | null
  /** Per order: COVER_CHANNEL | COVER_ALL bits; null without traffic rows. */
  readonly coverage: Uint8Array | null
  readonly spend: DailyRows | null
  readonly inventory: InventorySnapshots | null
  /** True when some unit cost is known (an inventory row with a cost, or a products file). */
  readonly hasCostSource: boolean
  readonly hasInventoryCosts: boolean
  readonly hasProducts: boolean
  /** True when the orders have SKU lines at all. */
  readonly hasLines: boolean
  /** Product names from the products file, by SKU. */
  readonly productNames: Map<string, string | null>
  readonly defaultNonProduct: SkuPredicate | null

  /** All SKUs seen in orders, inventory and products: ids 0..orders.skus.length-1 are the orders'. */
  private readonly skuIds: Map<string, number>
  private readonly costStart: Int32Array
  private readonly costDay: Int32Array
  private readonly costValue: Float64Array
  private readonly productCost: Float64Array
  private readonly firstDaysByChannel = new Map<number, Int32Array>()
  private readonly costsByPredicate = new Map<SkuPredicate | null, OrderCosts>()
  /** Scratch marks for distinct counts, indexed by customer id (stamp avoids clearing). */
  readonly markStamp: Int32Array
  readonly markCount: Uint8Array
  private stamp = 0

  constructor(input: KpiInput, opts: PrepareOptions = {}) {
    this.input = input
    this.defaultNonProduct = opts.isNonProductSku ?? null
    const orders = sortByDay(input.orders)
    this.orders = orders
    const n = orders.length
    this.channelIds = new Map(orders.channels.map((c, i) => [c, i]))
    this.hasLines = (orders.lineStart[n] as number) > (orders.lineStart[0] as number)

    // First valid-order day per customer (orders are sorted: the first seen is the earliest).
    const nc = orders.customers.length
    const first = new Int32Array(nc).fill(NO_DAY)
    let withFirst = 0
    for (let i = 0; i < n; i++) {
      const c = orders.customer[i] as number
      if (c < 0 || orders.status[i] === CANCELLED) continue
      if (first[c] === NO_DAY) {
        first[c] = orders.day[i] as number
        withFirst++
      }
    }
    this.firstDay = first
    this.firstDaysSorted = sortedFirstDays(first, withFirst)
    this.markStamp = new Int32Array(nc)
    this.markCount = new Uint8Array(nc)

    // Traffic and spend.
    this.traffic =
      input.traffic && input.traffic.length > 0 ? dailyRows(input.traffic, (r) => r.visitors) : null
    this.coverage = this.traffic ? this.buildCoverage(this.traffic) : null
    this.spend =
      input.spend && input.spend.length > 0 ? dailyRows(input.spend, (r) => r.spend) : null

    // SKU dictionary over orders, inventory and products.
    const skuIds = new Map<string, number>(orders.skus.map((s, i) => [s, i]))
    const skuId = (s: string): number => {
      let id = skuIds.get(s)
      if (id === undefined) {
        id = skuIds.size
        skuIds.set(s, id)
      }
      return id
    }
    const inv = input.inventory && input.inventory.length > 0 ? input.inventory : null
    const products = input.products && input.products.length > 0 ? input.products : null
    const invSku = inv ? Int32Array.from(inv, (r) => skuId(r.sku)) : new Int32Array(0)
    const invDay = inv ? Int32Array.from(inv, (r) => toEpochDay(r.date)) : new Int32Array(0)
    const prodSku = products ? Int32Array.from(products, (p) => skuId(p.sku)) : new Int32Array(0)
    this.skuIds = skuIds
    const nSku = skuIds.size

    // Products: the last row of a SKU wins.
    this.productCost = new Float64Array(nSku).fill(Number.NaN)
    this.productNames = new Map()
    this.hasProducts = products !== null
    if (products) {
      products.forEach((p, k) => {
        this.productCost[prodSku[k] as number] = p.unitCost
        this.productNames.set(p.sku, p.name)
      })
    }

    // Inventory costs per SKU, CSR by SKU, ascending day; on one day the last row (file order) wins.
    const withCost: number[] = []
    if (inv)
      inv.forEach((r, k) => r.unitCost != null && Number.isFinite(r.unitCost) && withCost.push(k))
    this.hasInventoryCosts = withCost.length > 0
    this.hasCostSource = this.hasInventoryCosts || this.hasProducts
    withCost.sort(
      (a, b) =>
        (invSku[a] as number) - (invSku[b] as number) ||
        (invDay[a] as number) - (invDay[b] as number) ||
        a - b,
    )
    const costStart = new Int32Array(nSku + 1)
    const costDay: number[] = []
    const costValue: number[] = []
    for (let k = 0; k < withCost.length; k++) {
      const r = withCost[k] as number
      const next = withCost[k + 1]
      // Keep only the last row of each (SKU, day).
      if (next !== undefined && invSku[next] === invSku[r] && invDay[next] === invDay[r]) continue
      costDay.push(invDay[r] as number)
      costValue.push((inv as NonNullable<typeof inv>)[r]?.unitCost as number)
      const slot = (invSku[r] as number) + 1
      costStart[slot] = (costStart[slot] as number) + 1
    }
    for (let s = 1; s <= nSku; s++)
      costStart[s] = (costStart[s] as number) + (costStart[s - 1] as number)
    this.costStart = costStart
    this.costDay = Int32Array.from(costDay)
    this.costValue = Float64Array.from(costValue)

    this.inventory = inv ? this.buildSnapshots(inv, invSku, invDay) : null
    if (this.hasCostSource) this.orderCosts(this.defaultNonProduct)
  }

  /**
   * Unit cost of a SKU (id of the full SKU dictionary) on an epoch day: the latest inventory
   * snapshot with a cost dated on or before the day, else the earliest such snapshot, else the
   * products file; NaN when unknown.
   */
  costAt(sku: number, day: number): number {
    const a = this.costStart[sku] as number
    const b = this.costStart[sku + 1] as number
    if (a === b) return this.productCost[sku] as number
    // Last index in [a, b) with costDay ≤ day; a when none (the earliest snapshot).
    let lo = a
    let hi = b
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.costDay[mid] as number) <= day) lo = mid + 1
      else hi = mid
    }
    return this.costValue[lo > a ? lo - 1 : a] as number
  }

  /** Id of a SKU in the full dictionary, or -1. */
  skuId(sku: string): number {
    return this.skuIds.get(sku) ?? -1
  }

  /** Sorted first valid-order days of identified customers, counting only orders of one channel. */
  firstDaysForChannel(channelId: number): Int32Array {
    let cached = this.firstDaysByChannel.get(channelId)
    if (!cached) {
      const o = this.orders
      const first = new Int32Array(o.customers.length).fill(NO_DAY)
      let count = 0
      for (let i = 0; i < o.length; i++) {
        const c = o.customer[i] as number
        if (c < 0 || o.channel[i] !== channelId || o.status[i] === CANCELLED) continue
        if (first[c] === NO_DAY) {
          first[c] = o.day[i] as number
          count++
        }
      }
      cached = sortedFirstDays(first, count)
      this.firstDaysByChannel.set(channelId, cached)
    }
    return cached
  }

  /** Per-order COGS and lines without cost, for a non-product predicate (cached per function). */
  orderCosts(pred: SkuPredicate | null): OrderCosts {
    let cached = this.costsByPredicate.get(pred)
    if (!cached) {
      cached = this.buildOrderCosts(pred)
      // Keep the default and a few others: a caller passing a new inline function on every call
      // gets correct results (recomputed), not a growing cache.
      if (this.costsByPredicate.size >= 4) {
        for (const key of this.costsByPredicate.keys()) {
          if (key !== this.defaultNonProduct) {
            this.costsByPredicate.delete(key)
            break
          }
        }
      }
      this.costsByPredicate.set(pred, cached)
    }
    return cached
  }

  /** A fresh stamp for the distinct-count marks (markStamp[c] === stamp: seen in this pass). */
  nextStamp(): number {
    if (this.stamp >= 0x7ffffffe) {
      this.markStamp.fill(0)
      this.stamp = 0
    }
    this.stamp++
    return this.stamp
  }

  /** Index range [lo, hi) of the orders whose day is in fromDay..toDay. */
  orderRange(fromDay: number, toDay: number): [number, number] {
    const o = this.orders
    return [lowerBoundDay(o.day, fromDay, o.length), lowerBoundDay(o.day, toDay + 1, o.length)]
  }

  private buildCoverage(t: DailyRows): Uint8Array {
    const o = this.orders
    const n = o.length
    const cov = new Uint8Array(n)
    const tChan = Int32Array.from(t.channel, (c) =>
      c === null ? -1 : (this.channelIds.get(c) ?? -2),
    )
    const seen = new Int32Array(o.channels.length).fill(-0x80000000)
    let tp = 0
    let i = 0
    while (i < n) {
      const d = o.day[i] as number
      while (tp < t.day.length && (t.day[tp] as number) < d) tp++
      let all = false
      while (tp < t.day.length && t.day[tp] === d) {
        const c = tChan[tp] as number
        if (c === -1) all = true
        else if (c >= 0) seen[c] = d
        tp++
      }
      for (; i < n && o.day[i] === d; i++) {
        const c = o.channel[i] as number
        cov[i] = (c >= 0 && seen[c] === d ? COVER_CHANNEL : 0) | (all ? COVER_ALL : 0)
      }
    }
    return cov
  }

  private buildSnapshots(
    inv: NonNullable<KpiInput['inventory']>,
    invSku: Int32Array,
    invDay: Int32Array,
  ): InventorySnapshots {
    const dates = [...new Set(invDay)].sort((a, b) => a - b)
    const pos = new Map(dates.map((d, k) => [d, k]))
    const snap: InventorySnapshots = {
      day: Int32Array.from(dates),
      value: new Float64Array(dates.length),
      negativeRows: new Int32Array(dates.length),
      rowsWithoutCost: new Int32Array(dates.length),
    }
    inv.forEach((r, k) => {
      const d = invDay[k] as number
      const p = pos.get(d) as number
      const cost =
        r.unitCost != null && Number.isFinite(r.unitCost)
          ? r.unitCost
          : this.costAt(invSku[k] as number, d)
      if (r.onHand < 0) snap.negativeRows[p] = (snap.negativeRows[p] as number) + 1
      if (Number.isNaN(cost)) {
        snap.rowsWithoutCost[p] = (snap.rowsWithoutCost[p] as number) + 1
        return
      }
      // Negative on-hand (overselling, bad-inputs #25) is no stock: it counts as 0.
      const q = r.onHand > 0 ? r.onHand : 0
      snap.value[p] = (snap.value[p] as number) + q * cost
    })
    return snap
  }

  private buildOrderCosts(pred: SkuPredicate | null): OrderCosts {
    const o = this.orders
    const n = o.length
    const nonProduct = new Uint8Array(o.skus.length)
    if (pred) o.skus.forEach((s, k) => (nonProduct[k] = pred(s) ? 1 : 0))
    const cogs = new Float64Array(n)
    const noCost = new Int32Array(n)
    // Orders are sorted by day, so each SKU's snapshot pointer only moves forward:
    // O(lines + snapshots) instead of a binary search per line.
    const ptr = this.costStart.slice(0, o.skus.length)
    for (let i = 0; i < n; i++) {
      const st = o.status[i]
      if (st !== PAID && st !== RETURNED) continue
      const d = o.day[i] as number
      let sum = 0
      let missing = 0
      const end = o.lineStart[i + 1] as number
      for (let l = o.lineStart[i] as number; l < end; l++) {
        const s = o.lineSku[l] as number
        if (nonProduct[s] === 1) continue
        const b = this.costStart[s + 1] as number
        let cost: number
        let p = ptr[s] as number
        if (p < b) {
          while (p + 1 < b && (this.costDay[p + 1] as number) <= d) p++
          ptr[s] = p
          cost = this.costValue[p] as number
        } else {
          cost = this.productCost[s] as number
        }
        if (Number.isNaN(cost)) missing++
        else sum += (o.lineQty[l] as number) * cost
      }
      cogs[i] = sum
      noCost[i] = missing
    }
    return { cogs, linesWithoutCost: noCost, nonProduct }
  }
}

function sortedFirstDays(first: Int32Array, count: number): Int32Array {
  const out = new Int32Array(count)
  let k = 0
  for (let c = 0; c < first.length; c++) if (first[c] !== NO_DAY) out[k++] = first[c] as number
  return out.sort()
}

/** Count of values in a sorted Int32Array within lo..hi (inclusive). */
export function countInRange(sorted: Int32Array, lo: number, hi: number): number {
  return lowerBoundDay(sorted, hi + 1) - lowerBoundDay(sorted, lo)
}

const cache = new WeakMap<KpiInput, PreparedKpiInput>()

/**
 * Prepares a KpiInput once per dataset (cached per input object and predicate): computeKpis,
 * the series and the comparisons then reuse it for every period and channel.
 */
export function prepare(
  input: KpiInput | PreparedKpiInput,
  opts: PrepareOptions = {},
): PreparedKpiInput {
  if (input instanceof PreparedKpiInput) return input
  const pred = opts.isNonProductSku ?? null
  const hit = cache.get(input)
  if (hit && hit.defaultNonProduct === pred) return hit
  const p = new PreparedKpiInput(input, opts)
  cache.set(input, p)
  return p
}
