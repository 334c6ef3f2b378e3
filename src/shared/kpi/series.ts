import { dateFromParts, fromEpochDay, toEpochDay, type IsoDate } from '../dates'
import { STATUS_CODE } from '../analytics/model'
import { ratio, resolveChannel, scanOrders, sumDaily, type ChannelFilter } from './compute'
import { prepare, type PreparedKpiInput } from './prepare'
import {
  periodDays,
  roundMinor,
  type KpiInput,
  type KpiOptions,
  type MissingSource,
  type Period,
  type SkuPredicate,
} from './types'

/**
 * Chart data of the dashboard: time series, top products, channel shares and the visitors → orders
 * funnel. Each is a pure function of the prepared data, a period and options, and uses the same
 * rules as computeKpis (a bucket's figures equal computeKpis over the bucket's dates).
 */

const PAID = STATUS_CODE.paid
const RETURNED = STATUS_CODE.returned
const NO_PARTS = { buyers: false, costs: false }

/** Bucket sizes of a time series (i18n: `kpi.granularity.<g>`). */
export const GRANULARITIES = ['day', 'week', 'month'] as const
/** A bucket size. */
export type Granularity = (typeof GRANULARITIES)[number]

/** One bucket of a time series. */
export interface TimeBucket {
  /** `2025-01-31` (day), `2025-W05` (ISO week), `2025-01` (month). */
  label: string
  /** First day of the whole bucket (a Monday for weeks, the 1st for months). */
  start: IsoDate
  /** The bucket's dates inside the period (the first and last bucket may be partial). */
  from: IsoDate
  to: IsoDate
  days: number
  orders: number
  grossSales: number
  refunds: number
  returnedOrders: number
  aov: number | null
  /** null without a traffic row (of the channel) in the bucket. */
  visitors: number | null
  conversionRate: number | null
}

/** Day of the week of an epoch day, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7
}

/** ISO-8601 week of a date: the week-year (of the week's Thursday) and the week number. */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const day = toEpochDay(date)
  const thursday = day - weekdayOf(day) + 3
  const year = Number(fromEpochDay(thursday).slice(0, 4))
  const jan1 = toEpochDay(dateFromParts(year, 1, 1))
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 }
}

/** Natural start (epoch day) and label of the bucket holding `day`. */
function bucketOf(day: number, g: Granularity): { start: number; next: number; label: string } {
  if (g === 'day') return { start: day, next: day + 1, label: fromEpochDay(day) }
  if (g === 'week') {
    const start = day - weekdayOf(day)
    const { year, week } = isoWeek(fromEpochDay(start))
    return { start, next: start + 7, label: `${year}-W${String(week).padStart(2, '0')}` }
  }
  const iso = fromEpochDay(day)
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  return {
    start: toEpochDay(dateFromParts(y, m, 1)),
    next: toEpochDay(m === 12 ? dateFromParts(y + 1, 1, 1) : dateFromParts(y, m + 1, 1)),
    label: iso.slice(0, 7),
  }
}

/** Orders, sales, refunds, returns, AOV, visitors and conversion per day, ISO week or calendar month. */
export function timeSeries(
  input: KpiInput | PreparedKpiInput,
  period: Period,
  granularity: Granularity,
  opts: KpiOptions = {},
): TimeBucket[] {
  const p = prepare(input)
  const { fromDay, toDay } = periodDays(period)
  const channel = resolveChannel(p, opts)
  const out: TimeBucket[] = []
  for (let d = fromDay; d <= toDay;) {
    const b = bucketOf(d, granularity)
    const last = Math.min(b.next - 1, toDay)
    const [lo, hi] = p.orderRange(d, last)
    const s = scanOrders(p, lo, hi, channel, opts, NO_PARTS)
    const t = p.traffic ? sumDaily(p.traffic, d, last, channel ? channel.name : null) : null
    const visitors = t && t.rows > 0 ? t.sum : null
    const aov = ratio(s.grossSales, s.orders)
    out.push({
      label: b.label,
      start: fromEpochDay(b.start),
      from: fromEpochDay(d),
      to: fromEpochDay(last),
      days: last - d + 1,
      orders: s.orders,
      grossSales: s.grossSales,
      refunds: s.refunds,
      returnedOrders: s.returnedOrders,
      aov: aov === null ? null : roundMinor(aov),
      visitors,
      conversionRate: visitors === null ? null : ratio(s.coveredOrders, visitors),
    })
    d = last + 1
  }
  return out
}

/** A product's figures in a period. */
export interface ProductRow {
  sku: string
  /** From the products file, when it has one. */
  name: string | null
  /** Net units over valid orders (return lines subtract). */
  quantity: number
  /** Σ quantity × unit price over lines with a price (list prices, before order discounts). */
  sales: number
  /** Valid orders with the SKU. */
  orders: number
  /** Units of returned orders plus units of return (negative) lines. */
  returnedQuantity: number
  /** Orders counted in returnedQuantity. */
  returnedOrders: number
  /** returnedOrders ÷ orders. */
  returnRate: number | null
}

interface ProductTotals {
  qty: Float64Array
  sales: Float64Array
  orders: Int32Array
  retQty: Float64Array
  retOrders: Int32Array
}

/** The last per-SKU totals of each prepared input (the dashboard asks for both rankings in a row). */
const totalsCache = new WeakMap<
  PreparedKpiInput,
  { key: string; pred: SkuPredicate | null; totals: ProductTotals }
>()

/** Per-SKU totals of whole calendar months, per prepared input, SKU predicate and channel. */
const monthCache = new WeakMap<PreparedKpiInput, WeakMap<object, Map<string, ProductTotals>>>()
const NO_PREDICATE = {}
/** With more SKUs than this, month blocks would cost more memory than they save time. */
const MONTH_BLOCK_MAX_SKUS = 5_000

function emptyTotals(ns: number): ProductTotals {
  return {
    qty: new Float64Array(ns),
    sales: new Float64Array(ns),
    orders: new Int32Array(ns),
    retQty: new Float64Array(ns),
    retOrders: new Int32Array(ns),
  }
}

function addTotals(into: ProductTotals, t: ProductTotals): void {
  for (let s = 0; s < into.qty.length; s++) {
    into.qty[s] = (into.qty[s] as number) + (t.qty[s] as number)
    into.sales[s] = (into.sales[s] as number) + (t.sales[s] as number)
    into.orders[s] = (into.orders[s] as number) + (t.orders[s] as number)
    into.retQty[s] = (into.retQty[s] as number) + (t.retQty[s] as number)
    into.retOrders[s] = (into.retOrders[s] as number) + (t.retOrders[s] as number)
  }
}

/** First day (epoch) of the month after the one holding `day`. */
function nextMonthStart(day: number): number {
  const d = fromEpochDay(day)
  const y = Number(d.slice(0, 4))
  const m = Number(d.slice(5, 7))
  return toEpochDay(m === 12 ? dateFromParts(y + 1, 1, 1) : dateFromParts(y, m + 1, 1))
}

/**
 * Per-SKU totals over the valid orders of fromDay..toDay. Every figure adds up over disjoint
 * date ranges (an order has one date), so whole calendar months come from a cache filled once per
 * month, and only the partial months at the edges are scanned: changing the dashboard's period to
 * "this year" then reads ten cached months instead of every line of the year.
 */
function productTotals(
  p: PreparedKpiInput,
  fromDay: number,
  toDay: number,
  channel: ChannelFilter | null,
  pred: SkuPredicate | null,
): ProductTotals {
  const key = `${fromDay}:${toDay}:${channel ? channel.id : ''}`
  const hit = totalsCache.get(p)
  if (hit && hit.key === key && hit.pred === pred) return hit.totals
  const ns = p.orders.skus.length
  let totals: ProductTotals
  if (ns > MONTH_BLOCK_MAX_SKUS) totals = scanProductTotals(p, fromDay, toDay, channel, pred)
  else {
    let byPred = monthCache.get(p)
    if (!byPred) monthCache.set(p, (byPred = new WeakMap()))
    let blocks = byPred.get(pred ?? NO_PREDICATE)
    if (!blocks) byPred.set(pred ?? NO_PREDICATE, (blocks = new Map()))
    totals = emptyTotals(ns)
    let day = fromDay
    while (day <= toDay) {
      const next = nextMonthStart(day)
      const monthStart = fromEpochDay(day).endsWith('-01')
      if (monthStart && next - 1 <= toDay) {
        const k = `${day}:${channel ? channel.id : ''}`
        let block = blocks.get(k)
        if (!block) blocks.set(k, (block = scanProductTotals(p, day, next - 1, channel, pred)))
        addTotals(totals, block)
      } else addTotals(totals, scanProductTotals(p, day, Math.min(toDay, next - 1), channel, pred))
      day = next
    }
  }
  totalsCache.set(p, { key, pred, totals })
  return totals
}

/** Per-SKU totals over the valid orders of fromDay..toDay (one pass over their lines). */
function scanProductTotals(
  p: PreparedKpiInput,
  fromDay: number,
  toDay: number,
  channel: ChannelFilter | null,
  pred: SkuPredicate | null,
): ProductTotals {
  const o = p.orders
  const nonProduct = p.orderCosts(pred).nonProduct
  const ns = o.skus.length
  const qty = new Float64Array(ns)
  const sales = new Float64Array(ns)
  const orders = new Int32Array(ns)
  const retQty = new Float64Array(ns)
  const retOrders = new Int32Array(ns)
  const lastOrder = new Int32Array(ns).fill(-1)
  const lastRet = new Int32Array(ns).fill(-1)
  const [lo, hi] = p.orderRange(fromDay, toDay)
  // Locals, not property reads: this loop visits every line of the period (a million orders).
  const { channel: chan, status, lineStart, lineSku, lineQty, lineUnitPrice } = o
  const chId = channel ? channel.id : -1
  for (let i = lo; i < hi; i++) {
    if (chId >= 0 && chan[i] !== chId) continue
    const st = status[i]
    if (st !== PAID && st !== RETURNED) continue
    const end = lineStart[i + 1] as number
    for (let l = lineStart[i] as number; l < end; l++) {
      const s = lineSku[l] as number
      if (nonProduct[s] === 1) continue
      const q = lineQty[l] as number
      const price = lineUnitPrice[l] as number
      qty[s] = (qty[s] as number) + q
      if (!Number.isNaN(price)) sales[s] = (sales[s] as number) + q * price
      if (lastOrder[s] !== i) {
        lastOrder[s] = i
        orders[s] = (orders[s] as number) + 1
      }
      if (st === RETURNED || q < 0) {
        retQty[s] = (retQty[s] as number) + Math.abs(q)
        if (lastRet[s] !== i) {
          lastRet[s] = i
          retOrders[s] = (retOrders[s] as number) + 1
        }
      }
    }
  }
  return { qty, sales, orders, retQty, retOrders }
}

/**
 * The top `limit` SKUs by sales (then units) or by returned units (then returned orders), over
 * valid orders of the period; non-product SKUs are left out. A returned order counts all its
 * lines as returned: the files do not say which line of a partly refunded order came back.
 */
export function topProducts(
  input: KpiInput | PreparedKpiInput,
  period: Period,
  by: 'sales' | 'returns',
  limit: number,
  opts: KpiOptions = {},
): ProductRow[] {
  const p = prepare(input)
  const o = p.orders
  const { fromDay, toDay } = periodDays(period)
  const channel = resolveChannel(p, opts)
  if (channel && channel.id < 0) return []
  const pred = opts.isNonProductSku ?? p.defaultNonProduct
  const { qty, sales, orders, retQty, retOrders } = productTotals(p, fromDay, toDay, channel, pred)
  const ns = o.skus.length
  const ids: number[] = []
  for (let s = 0; s < ns; s++) {
    if (by === 'sales' ? orders[s] !== 0 : retQty[s] !== 0) ids.push(s)
  }
  const sku = (s: number): string => o.skus[s] as string
  const bySku = (a: number, b: number): number => (sku(a) < sku(b) ? -1 : sku(a) > sku(b) ? 1 : 0)
  ids.sort((a, b) =>
    by === 'sales'
      ? (sales[b] as number) - (sales[a] as number) ||
        (qty[b] as number) - (qty[a] as number) ||
        bySku(a, b)
      : (retQty[b] as number) - (retQty[a] as number) ||
        (retOrders[b] as number) - (retOrders[a] as number) ||
        bySku(a, b),
  )
  return ids.slice(0, Math.max(0, limit)).map((s) => ({
    sku: sku(s),
    name: p.productNames.get(sku(s)) ?? null,
    quantity: qty[s] as number,
    sales: sales[s] as number,
    orders: orders[s] as number,
    returnedQuantity: retQty[s] as number,
    returnedOrders: retOrders[s] as number,
    returnRate: ratio(retOrders[s] as number, orders[s] as number),
  }))
}

/** One channel's share of a period's valid orders and sales. */
export interface ChannelShareRow {
  /** null: orders without a channel. */
  channel: string | null
  orders: number
  grossSales: number
  /** orders ÷ all valid orders of the period. */
  orderShare: number | null
  /** grossSales ÷ all gross sales of the period. */
  salesShare: number | null
}

/** Valid orders and gross sales per channel, largest sales first (no channel filter applies). */
export function channelShare(
  input: KpiInput | PreparedKpiInput,
  period: Period,
): ChannelShareRow[] {
  const p = prepare(input)
  const o = p.orders
  const { fromDay, toDay } = periodDays(period)
  const nc = o.channels.length
  const orders = new Float64Array(nc + 1)
  const gross = new Float64Array(nc + 1)
  const [lo, hi] = p.orderRange(fromDay, toDay)
  let totalOrders = 0
  let totalGross = 0
  for (let i = lo; i < hi; i++) {
    const st = o.status[i]
    if (st !== PAID && st !== RETURNED) continue
    const c = (o.channel[i] as number) + 1
    const amt = o.amountPaid[i] as number
    orders[c] = (orders[c] as number) + 1
    gross[c] = (gross[c] as number) + amt
    totalOrders++
    totalGross += amt
  }
  const rows: ChannelShareRow[] = []
  for (let c = 0; c <= nc; c++) {
    if (orders[c] === 0) continue
    rows.push({
      channel: c === 0 ? null : (o.channels[c - 1] as string),
      orders: orders[c] as number,
      grossSales: gross[c] as number,
      orderShare: ratio(orders[c] as number, totalOrders),
      salesShare: ratio(gross[c] as number, totalGross),
    })
  }
  const name = (r: ChannelShareRow): string => (r.channel === null ? '\uffff' : r.channel)
  return rows.sort(
    (a, b) =>
      b.grossSales - a.grossSales ||
      b.orders - a.orders ||
      (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  )
}

/** The visitors → orders funnel of a period. */
export interface Funnel {
  steps: [{ key: 'visitors'; value: number | null }, { key: 'orders'; value: number }]
  /** Orders ÷ visitors (the same as computeKpis' conversionRate). */
  conversionRate: number | null
  /** Valid orders of the period in channels or days the traffic file does not cover. */
  uncoveredOrders: number
  /** Set when visitors is null because of a missing traffic file (or one that covers nothing here). */
  missing: MissingSource | null
}

/**
 * Visitors and the valid orders they can be compared with (orders in channels and days that the
 * traffic file covers, as in conversionRate).
 */
export function funnel(
  input: KpiInput | PreparedKpiInput,
  period: Period,
  opts: KpiOptions = {},
): Funnel {
  const p = prepare(input)
  const { fromDay, toDay } = periodDays(period)
  const channel = resolveChannel(p, opts)
  const [lo, hi] = p.orderRange(fromDay, toDay)
  const s = scanOrders(p, lo, hi, channel, opts, NO_PARTS)
  const t = p.traffic ? sumDaily(p.traffic, fromDay, toDay, channel ? channel.name : null) : null
  const visitors = t && t.rows > 0 ? t.sum : null
  const orders = visitors === null ? 0 : s.coveredOrders
  return {
    steps: [
      { key: 'visitors', value: visitors },
      { key: 'orders', value: orders },
    ],
    conversionRate: visitors === null ? null : ratio(orders, visitors),
    uncoveredOrders: s.orders - orders,
    missing: visitors === null ? 'traffic' : null,
  }
}
