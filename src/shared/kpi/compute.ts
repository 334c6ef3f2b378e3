import { fromEpochDay } from '../dates'
import { STATUS_CODE } from '../analytics/model'
import { lowerBoundDay } from '../analytics/columns'
import {
  countInRange,
  normChannel,
  prepare,
  COVER_CHANNEL,
  type DailyRows,
  type PreparedKpiInput,
} from './prepare'
import {
  KPI_FIELDS,
  periodDays,
  roundMinor,
  type KpiField,
  type KpiInput,
  type KpiOptions,
  type KpiResult,
  type KpiWarning,
  type MissingSource,
  type Period,
} from './types'

/**
 * computeKpis: the metrics of the KPI definitions for one period (and optionally one channel),
 * in one pass over the orders of the period (binary search on the sorted day column), with
 * distinct counts on typed-array marks indexed by customer id.
 *
 * Decisions where the definitions are silent (also in the `kpi.help.*` texts):
 * - Channel filter: orders, traffic rows and spend rows of that channel only; all-channel traffic
 *   or spend rows (empty channel) cannot be split and are left out. `newBuyers` then uses that
 *   channel's orders as "all imported data" (new to the channel).
 * - `visitors` is null (missing 'traffic') when no traffic row of the channel falls in the period:
 *   the file does not cover it. `marketingSpend` is null (missing 'spend') when the spend file has
 *   no row at all for the channel; days without a row count as no spend.
 * - Money ratios (`aov`, `revenuePerBuyer`, `cac`, `averageInventoryValue`) are rounded to whole
 *   minor units, half away from zero; `inventoryTurnover` divides by the rounded value.
 * - Negative on-hand counts as 0 in the inventory value (warning); turnover and days of inventory
 *   are null whenever the average inventory value is 0 or below.
 * - An inventory row without a unit cost takes the SKU's cost by the COGS rule; when none is
 *   known the row is left out (warning).
 */

const PAID = STATUS_CODE.paid
const RETURNED = STATUS_CODE.returned

/** The raw sums of one scan over the orders of a period (shared with the series functions). */
export interface OrderScan {
  orders: number
  grossSales: number
  refunds: number
  returnedOrders: number
  anonymousOrders: number
  identifiedBuyers: number
  repeatBuyers: number
  /** Valid orders in channel-days the traffic file covers. */
  coveredOrders: number
  cogs: number
  linesWithoutCost: number
  /** Valid, not-returned orders without any line. */
  ordersWithoutLines: number
}

/** Resolved channel filter: null (all), or the order-dictionary id (-2: no order has it) and name. */
export interface ChannelFilter {
  name: string
  id: number
}

/** The channel filter of some options, resolved against the prepared orders. */
export function resolveChannel(p: PreparedKpiInput, opts?: KpiOptions): ChannelFilter | null {
  const name = normChannel(opts?.channel)
  if (name === null) return null
  return { name, id: p.channelIds.get(name) ?? -2 }
}

interface ScanEntry {
  lo: number
  hi: number
  channel: number
  pred: unknown
  buyers: boolean
  costs: boolean
  scan: OrderScan
}
/** The last few scans of each prepared input: the dashboard asks for the same period several times. */
const scanCache = new WeakMap<PreparedKpiInput, ScanEntry[]>()
const SCAN_CACHE_SIZE = 6

/** One pass over the orders with index in [lo, hi) (memoised for the last few calls). */
export function scanOrders(
  p: PreparedKpiInput,
  lo: number,
  hi: number,
  channel: ChannelFilter | null,
  opts?: KpiOptions,
  parts: { buyers: boolean; costs: boolean } = { buyers: true, costs: true },
): OrderScan {
  const chId = channel ? channel.id : -1
  const pred = parts.costs ? (opts?.isNonProductSku ?? p.defaultNonProduct) : null
  let entries = scanCache.get(p)
  if (!entries) {
    entries = []
    scanCache.set(p, entries)
  }
  // A scan with more parts serves a request for fewer.
  const hit = entries.find(
    (e) =>
      e.lo === lo &&
      e.hi === hi &&
      e.channel === chId &&
      (e.buyers || !parts.buyers) &&
      (!parts.costs || (e.costs && e.pred === pred)),
  )
  if (hit) return hit.scan
  const scan = scanOrdersUncached(p, lo, hi, channel, opts, parts)
  entries.unshift({ lo, hi, channel: chId, pred, buyers: parts.buyers, costs: parts.costs, scan })
  if (entries.length > SCAN_CACHE_SIZE) entries.pop()
  return scan
}

function scanOrdersUncached(
  p: PreparedKpiInput,
  lo: number,
  hi: number,
  channel: ChannelFilter | null,
  opts?: KpiOptions,
  parts: { buyers: boolean; costs: boolean } = { buyers: true, costs: true },
): OrderScan {
  const o = p.orders
  const withBuyers = parts.buyers
  const costs =
    parts.costs && p.hasCostSource
      ? p.orderCosts(opts?.isNonProductSku ?? p.defaultNonProduct)
      : null
  const cov = p.coverage
  const s: OrderScan = {
    orders: 0,
    grossSales: 0,
    refunds: 0,
    returnedOrders: 0,
    anonymousOrders: 0,
    identifiedBuyers: 0,
    repeatBuyers: 0,
    coveredOrders: 0,
    cogs: 0,
    linesWithoutCost: 0,
    ordersWithoutLines: 0,
  }
  if (channel && channel.id < 0) return s
  const chId = channel ? channel.id : -1
  const filtered = channel !== null
  const stamp = withBuyers ? p.nextStamp() : 0
  const marks = p.markStamp
  const counts = p.markCount
  const { status, amountPaid, refund, customer, lineStart } = o
  const chan = o.channel
  let orders = 0
  let gross = 0
  let refunds = 0
  let returned = 0
  let anonymous = 0
  let identified = 0
  let repeat = 0
  let covered = 0
  let cogs = 0
  let noCost = 0
  let noLines = 0
  for (let i = lo; i < hi; i++) {
    if (filtered && chan[i] !== chId) continue
    const st = status[i]
    if (st !== PAID && st !== RETURNED) continue
    orders++
    const amt = amountPaid[i] as number
    gross += amt
    const r = refund[i] as number
    if (st === RETURNED) {
      returned++
      // A returned order with no refund amount counts its full amount paid.
      refunds += r === 0 ? amt : r
    } else {
      refunds += r
      if (costs) {
        cogs += costs.cogs[i] as number
        noCost += costs.linesWithoutCost[i] as number
      }
      if (lineStart[i] === lineStart[i + 1]) noLines++
    }
    if (cov) {
      const f = cov[i] as number
      if (filtered ? (f & COVER_CHANNEL) !== 0 : f !== 0) covered++
    }
    if (withBuyers) {
      const c = customer[i] as number
      if (c < 0) anonymous++
      else if (marks[c] !== stamp) {
        marks[c] = stamp
        counts[c] = 1
        identified++
      } else if (counts[c] === 1) {
        counts[c] = 2
        repeat++
      }
    }
  }
  s.orders = orders
  s.grossSales = gross
  s.refunds = refunds
  s.returnedOrders = returned
  s.anonymousOrders = anonymous
  s.identifiedBuyers = identified
  s.repeatBuyers = repeat
  s.coveredOrders = covered
  s.cogs = cogs
  s.linesWithoutCost = noCost
  s.ordersWithoutLines = noLines
  return s
}

/** Sum and row count of daily rows in fromDay..toDay, of one channel or (null) all rows. */
export function sumDaily(
  rows: DailyRows,
  fromDay: number,
  toDay: number,
  channel: string | null,
): { sum: number; rows: number; mixedDays: number } {
  const a = lowerBoundDay(rows.day, fromDay)
  const b = lowerBoundDay(rows.day, toDay + 1)
  let sum = 0
  let n = 0
  let mixedDays = 0
  let curDay = Number.NaN
  let curAll = false
  let curChan = false
  const flush = (): void => {
    if (curAll && curChan) mixedDays++
  }
  for (let k = a; k < b; k++) {
    const ch = rows.channel[k] as string | null
    if (channel !== null && ch !== channel) continue
    sum += rows.value[k] as number
    n++
    const d = rows.day[k] as number
    if (d !== curDay) {
      flush()
      curDay = d
      curAll = false
      curChan = false
    }
    if (ch === null) curAll = true
    else curChan = true
  }
  flush()
  return { sum, rows: n, mixedDays }
}

/** a / b, or null when b is 0 (or either side is null / not finite). */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null
  const r = a / b
  return Number.isFinite(r) ? r : null
}

function emptyKpis(): Record<KpiField, number | null> {
  return Object.fromEntries(KPI_FIELDS.map((f) => [f, null])) as Record<KpiField, number | null>
}

/**
 * The KPIs of a period, per the KPI definitions. `input` is a KpiInput (prepared on first use and
 * cached per object) or the result of prepare().
 */
export function computeKpis(
  input: KpiInput | PreparedKpiInput,
  period: Period,
  opts: KpiOptions = {},
): KpiResult {
  const p = prepare(input)
  const { fromDay, toDay, days } = periodDays(period)
  const channel = resolveChannel(p, opts)
  const chName = channel ? channel.name : null
  const [lo, hi] = p.orderRange(fromDay, toDay)
  const s = scanOrders(p, lo, hi, channel, opts)

  const k = emptyKpis()
  const missing: Partial<Record<KpiField, MissingSource>> = {}
  const warnings: KpiWarning[] = []
  const fedBy: Partial<Record<KpiField, string[]>> = {}
  const oc = channel ? ['orders.channel'] : []
  const base = ['orders.date', 'orders.status', ...oc]
  const money = [...base, 'orders.amountPaid']
  const cust = [...base, 'orders.customerId']

  // Orders.
  k.orders = s.orders
  k.grossSales = s.grossSales
  k.refunds = s.refunds
  k.netSales = s.grossSales - s.refunds
  const aov = ratio(s.grossSales, s.orders)
  k.aov = aov === null ? null : roundMinor(aov)
  k.buyers = s.identifiedBuyers + s.anonymousOrders
  const rpb = ratio(s.grossSales, k.buyers)
  k.revenuePerBuyer = rpb === null ? null : roundMinor(rpb)
  k.identifiedBuyers = s.identifiedBuyers
  k.repeatPurchaseRate = ratio(s.repeatBuyers, s.identifiedBuyers)
  const firstDays = channel
    ? channel.id >= 0
      ? p.firstDaysForChannel(channel.id)
      : new Int32Array(0)
    : p.firstDaysSorted
  k.newBuyers = countInRange(firstDays, fromDay, toDay)
  k.returnRate = ratio(s.returnedOrders, s.orders)
  fedBy.orders = base
  fedBy.grossSales = money
  fedBy.refunds = [...money, 'orders.refund']
  fedBy.netSales = [...money, 'orders.refund']
  fedBy.aov = money
  fedBy.buyers = cust
  fedBy.revenuePerBuyer = [...money, 'orders.customerId']
  fedBy.identifiedBuyers = cust
  fedBy.repeatPurchaseRate = cust
  fedBy.newBuyers = cust
  fedBy.returnRate = base

  // Traffic.
  const traffic = p.traffic ? sumDaily(p.traffic, fromDay, toDay, chName) : null
  if (!traffic || traffic.rows === 0) {
    missing.visitors = 'traffic'
    missing.conversionRate = 'traffic'
  } else {
    k.visitors = traffic.sum
    k.conversionRate = ratio(s.coveredOrders, traffic.sum)
    const tc = channel ? ['traffic.channel'] : []
    fedBy.visitors = ['traffic.date', 'traffic.visitors', ...tc]
    fedBy.conversionRate = [
      ...base,
      'orders.channel',
      'traffic.date',
      'traffic.channel',
      'traffic.visitors',
    ].filter((c, i, a) => a.indexOf(c) === i)
    const uncovered = s.orders - s.coveredOrders
    if (uncovered > 0)
      warnings.push({ key: 'kpi.warnings.ordersOutsideTraffic', values: { count: uncovered } })
    if (traffic.mixedDays > 0)
      warnings.push({
        key: 'kpi.warnings.trafficMixedChannels',
        values: { count: traffic.mixedDays },
      })
  }

  // Spend.
  const spendCovers = p.spend !== null && (chName === null || p.spend.channels.has(chName))
  if (!p.spend || !spendCovers) {
    missing.marketingSpend = 'spend'
    missing.cac = 'spend'
    missing.roas = 'spend'
  } else {
    const spend = sumDaily(p.spend, fromDay, toDay, chName).sum
    k.marketingSpend = spend
    const cac = ratio(spend, k.newBuyers)
    k.cac = cac === null ? null : roundMinor(cac)
    k.roas = ratio(s.grossSales, spend)
    const sc = ['spend.date', 'spend.spend', ...(channel ? ['spend.channel'] : [])]
    fedBy.marketingSpend = sc
    fedBy.cac = [...sc, ...cust]
    fedBy.roas = [...sc, ...money]
  }

  // COGS.
  const costCols = [
    ...(p.hasInventoryCosts ? ['inventory.date', 'inventory.sku', 'inventory.unitCost'] : []),
    ...(p.hasProducts ? ['products.sku', 'products.unitCost'] : []),
  ]
  let cogsMissing: MissingSource | null = null
  if (!p.hasLines) cogsMissing = 'orders'
  else if (!p.hasCostSource) cogsMissing = 'products-or-inventory'
  if (cogsMissing) {
    missing.cogs = cogsMissing
    missing.linesWithoutCost = cogsMissing
  } else {
    k.cogs = s.cogs
    k.linesWithoutCost = s.linesWithoutCost
    const cols = [...base, 'orders.lines.sku', 'orders.lines.quantity', ...costCols]
    fedBy.cogs = cols
    fedBy.linesWithoutCost = cols
    if (s.linesWithoutCost > 0)
      warnings.push({ key: 'kpi.warnings.linesWithoutCost', values: { count: s.linesWithoutCost } })
    if (s.ordersWithoutLines > 0)
      warnings.push({
        key: 'kpi.warnings.ordersWithoutLines',
        values: { count: s.ordersWithoutLines },
      })
  }

  // Inventory value.
  const inv = p.inventory
  let avgMissing: MissingSource | null = null
  if (!inv) avgMissing = 'inventory'
  else if (!p.hasCostSource) avgMissing = 'products-or-inventory'
  else {
    let a = lowerBoundDay(inv.day, fromDay)
    let b = lowerBoundDay(inv.day, toDay + 1)
    if (a === b) {
      // No snapshot inside the period: the latest one before it.
      if (a === 0) avgMissing = 'inventory'
      else {
        a -= 1
        b = a + 1
        warnings.push({
          key: 'kpi.warnings.inventoryBeforePeriod',
          values: { date: fromEpochDay(inv.day[a] as number) },
        })
      }
    }
    if (!avgMissing) {
      let sum = 0
      let neg = 0
      let noCost = 0
      for (let j = a; j < b; j++) {
        sum += inv.value[j] as number
        neg += inv.negativeRows[j] as number
        noCost += inv.rowsWithoutCost[j] as number
      }
      k.averageInventoryValue = roundMinor(sum / (b - a))
      fedBy.averageInventoryValue = [
        'inventory.date',
        'inventory.sku',
        'inventory.onHand',
        'inventory.unitCost',
        ...(p.hasProducts ? ['products.sku', 'products.unitCost'] : []),
      ]
      if (neg > 0) warnings.push({ key: 'kpi.warnings.negativeStock', values: { count: neg } })
      if (noCost > 0)
        warnings.push({ key: 'kpi.warnings.inventoryRowsWithoutCost', values: { count: noCost } })
    }
  }
  if (avgMissing) missing.averageInventoryValue = avgMissing

  // Turnover and days of inventory.
  const turnMissing = cogsMissing ?? avgMissing
  if (turnMissing) {
    missing.inventoryTurnover = turnMissing
    missing.daysOfInventory = turnMissing
  } else {
    const avg = k.averageInventoryValue as number
    if (avg <= 0) warnings.push({ key: 'kpi.warnings.inventoryValueNotPositive' })
    k.inventoryTurnover = avg > 0 ? ratio(k.cogs, avg) : null
    k.daysOfInventory = ratio(days, k.inventoryTurnover)
    const cols = [...(fedBy.cogs ?? []), ...(fedBy.averageInventoryValue ?? [])].filter(
      (c, i, arr) => arr.indexOf(c) === i,
    )
    fedBy.inventoryTurnover = cols
    fedBy.daysOfInventory = cols
  }

  return {
    period: { from: period.from, to: period.to },
    days,
    channel: chName,
    kpis: k,
    missing,
    warnings,
    fedBy,
  }
}

export { prepare, PreparedKpiInput, type PrepareOptions } from './prepare'
export type {
  KpiField,
  KpiInput,
  KpiMetric,
  KpiOptions,
  KpiResult,
  KpiWarning,
  MissingSource,
  Period,
} from './types'
