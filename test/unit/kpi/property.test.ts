import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { computeKpis } from '../../../src/shared/kpi/compute'
import { prepare } from '../../../src/shared/kpi/prepare'
import { timeSeries } from '../../../src/shared/kpi/series'
import {
  KPI_FIELDS,
  type KpiField,
  type KpiInput,
  type MissingSource,
  type Period,
} from '../../../src/shared/kpi/types'
import { buildOrderColumns } from '../../../src/shared/analytics/columns'
import type {
  Dataset,
  InventoryRecord,
  OrderRecord,
  OrderStatus,
  ProductRecord,
  SpendRecord,
  TrafficRecord,
} from '../../../src/shared/analytics/model'
import { addDays, type IsoDate } from '../../../src/shared/dates'
import { d, m } from './fixtures'

/**
 * A straightforward reference implementation of the KPI definitions, written from the text with
 * objects, arrays and Sets (no typed arrays, no precomputation), plus the engine's documented
 * decisions where the definitions are silent. computeKpis must agree with it on random datasets.
 */

type Kpis = Record<KpiField, number | null>

const round = (x: number): number => Math.sign(x) * Math.round(Math.abs(x))
const div = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : a / b
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000
/** The generator's unusable IDs: empty and masked. */
const customerOf = (o: OrderRecord): string | null =>
  o.customerId === null || o.customerId === '' || o.customerId.includes('**') ? null : o.customerId

function reference(
  ds: Dataset,
  period: Period,
  channel: string | null,
  nonProduct: ((s: string) => boolean) | null,
): { kpis: Kpis; missing: Partial<Record<KpiField, MissingSource>> } {
  const k = Object.fromEntries(KPI_FIELDS.map((f) => [f, null])) as Kpis
  const missing: Partial<Record<KpiField, MissingSource>> = {}
  const inPeriod = (date: string): boolean => date >= period.from && date <= period.to
  const days = daysBetween(period.from, period.to) + 1
  const valid = (o: OrderRecord): boolean => o.status === 'paid' || o.status === 'returned'

  // Channel filter on orders, then the definitions on what is left.
  const allOrders = ds.orders.filter((o) => channel === null || o.channel === channel)
  const orders = allOrders.filter((o) => valid(o) && inPeriod(o.date))

  k.orders = orders.length
  k.grossSales = orders.reduce((s, o) => s + o.amountPaid, 0)
  k.refunds = orders.reduce(
    (s, o) => s + (o.status === 'returned' && o.refund === 0 ? o.amountPaid : o.refund),
    0,
  )
  k.netSales = k.grossSales - k.refunds
  const aov = div(k.grossSales, k.orders)
  k.aov = aov === null ? null : round(aov)
  const ids = orders.map(customerOf)
  const identified = new Set(ids.filter((c): c is string => c !== null))
  k.identifiedBuyers = identified.size
  k.buyers = identified.size + ids.filter((c) => c === null).length
  const rpb = div(k.grossSales, k.buyers)
  k.revenuePerBuyer = rpb === null ? null : round(rpb)
  const repeaters = [...identified].filter((c) => ids.filter((x) => x === c).length >= 2)
  k.repeatPurchaseRate = div(repeaters.length, identified.size)
  const firstDate = new Map<string, string>()
  for (const o of allOrders) {
    const c = customerOf(o)
    if (c === null || !valid(o)) continue
    const prev = firstDate.get(c)
    if (prev === undefined || o.date < prev) firstDate.set(c, o.date)
  }
  k.newBuyers = [...firstDate.values()].filter(inPeriod).length
  k.returnRate = div(orders.filter((o) => o.status === 'returned').length, k.orders)

  // Traffic.
  const tRows = (ds.traffic ?? []).filter((t) => channel === null || t.channel === channel)
  const tIn = tRows.filter((t) => inPeriod(t.date))
  if (tIn.length === 0) {
    missing.visitors = 'traffic'
    missing.conversionRate = 'traffic'
  } else {
    k.visitors = tIn.reduce((s, t) => s + t.visitors, 0)
    const covered = orders.filter((o) =>
      tRows.some(
        (t) =>
          t.date === o.date &&
          (channel !== null
            ? t.channel === channel
            : t.channel === null || t.channel === o.channel),
      ),
    )
    k.conversionRate = div(covered.length, k.visitors)
  }

  // Spend.
  const sRows = (ds.spend ?? []).filter((s) => channel === null || s.channel === channel)
  if (sRows.length === 0) {
    missing.marketingSpend = missing.cac = missing.roas = 'spend'
  } else {
    k.marketingSpend = sRows.filter((s) => inPeriod(s.date)).reduce((a, s) => a + s.spend, 0)
    const cac = div(k.marketingSpend, k.newBuyers)
    k.cac = cac === null ? null : round(cac)
    k.roas = div(k.grossSales, k.marketingSpend)
  }

  // Unit cost: latest snapshot with a cost on or before the date (last row of a date wins), else
  // the earliest one, else the products file (last row wins).
  const inv = ds.inventory ?? []
  const products = ds.products ?? []
  const costAt = (sku: string, date: string): number | null => {
    const rows = inv.filter((r) => r.sku === sku && r.unitCost !== null)
    if (rows.length > 0) {
      const before = rows.filter((r) => r.date <= date)
      const pick = (
        list: InventoryRecord[],
        better: (a: string, b: string) => boolean,
      ): InventoryRecord =>
        list.reduce((best, r) => (better(r.date, best.date) || r.date === best.date ? r : best))
      const r = before.length > 0 ? pick(before, (a, b) => a > b) : pick(rows, (a, b) => a < b)
      return r.unitCost
    }
    const p = products.filter((x) => x.sku === sku).at(-1)
    return p ? p.unitCost : null
  }
  const hasCost = inv.some((r) => r.unitCost !== null) || products.length > 0
  const hasLines = ds.orders.some((o) => o.lines.length > 0)
  let cogsMissing: MissingSource | null = null
  if (!hasLines) cogsMissing = 'orders'
  else if (!hasCost) cogsMissing = 'products-or-inventory'
  if (cogsMissing) missing.cogs = missing.linesWithoutCost = cogsMissing
  else {
    let cogs = 0
    let without = 0
    for (const o of orders) {
      if (o.status === 'returned') continue
      for (const l of o.lines) {
        if (nonProduct?.(l.sku)) continue
        const c = costAt(l.sku, o.date)
        if (c === null) without++
        else cogs += l.quantity * c
      }
    }
    k.cogs = cogs
    k.linesWithoutCost = without
  }

  // Average inventory value.
  let avgMissing: MissingSource | null = null
  if (inv.length === 0) avgMissing = 'inventory'
  else if (!hasCost) avgMissing = 'products-or-inventory'
  else {
    const dates = [...new Set(inv.map((r) => r.date))].sort()
    let use = dates.filter(inPeriod)
    if (use.length === 0) use = dates.filter((x) => x < period.from).slice(-1)
    if (use.length === 0) avgMissing = 'inventory'
    else {
      const values = use.map((date) =>
        inv
          .filter((r) => r.date === date)
          .reduce((s, r) => {
            const c = r.unitCost ?? costAt(r.sku, r.date)
            return c === null ? s : s + Math.max(r.onHand, 0) * c
          }, 0),
      )
      k.averageInventoryValue = round(values.reduce((a, b) => a + b, 0) / values.length)
    }
  }
  if (avgMissing) missing.averageInventoryValue = avgMissing
  const turnMissing = cogsMissing ?? avgMissing
  if (turnMissing) missing.inventoryTurnover = missing.daysOfInventory = turnMissing
  else {
    const avg = k.averageInventoryValue as number
    k.inventoryTurnover = avg > 0 ? div(k.cogs, avg) : null
    k.daysOfInventory = div(days, k.inventoryTurnover)
  }
  return { kpis: k, missing }
}

// ---------------------------------------------------------------------------------------------
// Random small datasets over a 40-day window that crosses 29 Feb 2024.
// ---------------------------------------------------------------------------------------------

const START = d('2024-02-10')
const WINDOW = 40
const dateArb = fc.integer({ min: 0, max: WINDOW - 1 }).map((i) => addDays(START, i))
const SKUS = ['S1', 'S2', 'S3', 'S4', 'FEE']

const orderArb = fc
  .record({
    date: dateArb,
    status: fc.constantFrom<OrderStatus>('paid', 'paid', 'returned', 'cancelled'),
    amount: fc.integer({ min: 0, max: 10000 }),
    refundShare: fc.constantFrom(0, 0, 0.3, 1),
    customer: fc.constantFrom<string | null>(
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      null,
      '',
      '****',
      'x**y',
    ),
    channel: fc.constantFrom<string | null>('a', 'b', 'c', null),
    lines: fc.array(
      fc.record({
        sku: fc.constantFrom(...SKUS),
        quantity: fc.integer({ min: -1, max: 3 }),
        price: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
      }),
      { maxLength: 3 },
    ),
  })
  .map((r): Omit<OrderRecord, 'orderId'> => ({
    date: r.date,
    amountPaid: m(r.amount),
    refund: m(r.status === 'returned' ? Math.round(r.amount * r.refundShare) : 0),
    status: r.status,
    statusRaw: r.status,
    customerId: r.customer,
    channel: r.channel,
    currency: 'CNY',
    lines: r.lines.map((l) => ({
      sku: l.sku,
      name: null,
      quantity: l.quantity,
      unitPrice: l.price === null ? null : m(l.price),
    })),
  }))

const trafficArb = fc.record({
  date: dateArb,
  channel: fc.constantFrom<string | null>('a', 'b', null),
  visitors: fc.integer({ min: 0, max: 60 }),
}) as fc.Arbitrary<TrafficRecord>
const spendArb = fc
  .record({
    date: dateArb,
    channel: fc.constantFrom<string | null>('a', 'b', 'c', null),
    spend: fc.integer({ min: 0, max: 3000 }),
  })
  .map((s): SpendRecord => ({ ...s, spend: m(s.spend) }))
const inventoryArb = fc
  .record({
    date: dateArb,
    sku: fc.constantFrom('S1', 'S2', 'S3', 'S4'),
    onHand: fc.integer({ min: -3, max: 20 }),
    unitCost: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null, freq: 4 }),
  })
  .map((r): InventoryRecord => ({ ...r, unitCost: r.unitCost === null ? null : m(r.unitCost) }))
const productArb = fc
  .record({
    sku: fc.constantFrom('S1', 'S2', 'S3', 'S4', 'FEE'),
    unitCost: fc.integer({ min: 1, max: 2000 }),
  })
  .map((p): ProductRecord => ({ sku: p.sku, name: null, unitCost: m(p.unitCost) }))

const datasetArb = fc
  .record({
    orders: fc.array(orderArb, { maxLength: 30 }),
    traffic: fc.option(fc.array(trafficArb, { maxLength: 25 }), { nil: null }),
    spend: fc.option(fc.array(spendArb, { maxLength: 10 }), { nil: null }),
    inventory: fc.option(fc.array(inventoryArb, { maxLength: 15 }), { nil: null }),
    products: fc.option(fc.array(productArb, { maxLength: 5 }), { nil: null }),
  })
  .map((x): Dataset => ({ ...x, orders: x.orders.map((o, i) => ({ ...o, orderId: `o${i}` })) }))

const periodArb = fc
  .tuple(fc.integer({ min: -3, max: WINDOW + 2 }), fc.integer({ min: 0, max: WINDOW }))
  .map(([a, len]): Period => ({ from: addDays(START, a), to: addDays(START, a + len) }))

const channelArb = fc.constantFrom<string | null>(null, null, 'a', 'b', 'c', 'zzz')
const nonProductArb = fc.constantFrom<((s: string) => boolean) | null>(
  null,
  (s: string) => s === 'FEE',
)

const toInput = (ds: Dataset): KpiInput => ({ ...ds, orders: buildOrderColumns(ds.orders) })

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

describe('property: computeKpis equals the reference implementation', () => {
  it('on random small datasets, periods, channels and non-product predicates', () => {
    fc.assert(
      fc.property(
        datasetArb,
        periodArb,
        channelArb,
        nonProductArb,
        (ds, period, channel, nonProduct) => {
          const got = computeKpis(toInput(ds), period, { channel, isNonProductSku: nonProduct })
          const want = reference(ds, period, channel, nonProduct)
          for (const f of KPI_FIELDS) {
            if (!close(got.kpis[f], want.kpis[f])) {
              throw new Error(`${f}: got ${got.kpis[f]}, want ${want.kpis[f]}`)
            }
          }
          expect(got.missing).toEqual(want.missing)
        },
      ),
      { numRuns: 600 },
    )
  })

  it('one preparation serves many periods and channels with the same results', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(fc.tuple(periodArb, channelArb), { minLength: 1, maxLength: 6 }),
        (ds, queries) => {
          const p = prepare(toInput(ds))
          for (const [period, channel] of queries) {
            const want = reference(ds, period, channel, null).kpis
            const got = computeKpis(p, period, { channel }).kpis
            for (const f of KPI_FIELDS) expect(close(got[f], want[f]), f).toBe(true)
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('time-series buckets add up to the period and match computeKpis per bucket', () => {
    fc.assert(
      fc.property(
        datasetArb,
        periodArb,
        channelArb,
        fc.constantFrom('day', 'week', 'month' as const),
        (ds, period, channel, g) => {
          const p = prepare(toInput(ds))
          const buckets = timeSeries(p, period, g, { channel })
          const total = computeKpis(p, period, { channel }).kpis
          expect(buckets.reduce((s, b) => s + b.orders, 0)).toBe(total.orders)
          expect(buckets.reduce((s, b) => s + b.grossSales, 0)).toBe(total.grossSales)
          expect(buckets.reduce((s, b) => s + b.days, 0)).toBe(
            daysBetween(period.from, period.to) + 1,
          )
          expect(buckets[0]?.from).toBe(period.from)
          expect(buckets.at(-1)?.to).toBe(period.to)
          for (const b of buckets) {
            const k = computeKpis(
              p,
              { from: b.from as IsoDate, to: b.to as IsoDate },
              { channel },
            ).kpis
            expect([b.orders, b.refunds, b.aov, b.visitors, b.conversionRate]).toEqual([
              k.orders,
              k.refunds,
              k.aov,
              k.visitors,
              k.conversionRate,
            ])
          }
        },
      ),
      { numRuns: 150 },
    )
  })
})
