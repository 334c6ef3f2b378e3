import { describe, it, expect } from 'vitest'
import {
  channelShare,
  funnel,
  isoWeek,
  timeSeries,
  topProducts,
  weekdayOf,
} from '../../../src/shared/kpi/series'
import { computeKpis } from '../../../src/shared/kpi/compute'
import { prepare } from '../../../src/shared/kpi/prepare'
import { toEpochDay } from '../../../src/shared/dates'
import { PERIOD_A, d, datasetA, kpiInput, order, period, traffic } from './fixtures'

describe('calendar helpers', () => {
  it('weekdayOf: Monday = 0', () => {
    expect(weekdayOf(toEpochDay(d('1970-01-01')))).toBe(3) // Thursday
    expect(weekdayOf(toEpochDay(d('2024-12-30')))).toBe(0) // Monday
    expect(weekdayOf(toEpochDay(d('2025-01-05')))).toBe(6) // Sunday
    expect(weekdayOf(toEpochDay(d('1969-12-29')))).toBe(0) // before the epoch
  })
  it.each([
    ['2024-12-29', 2024, 52],
    ['2024-12-30', 2025, 1], // Monday of the week holding 2 January 2025 (a Thursday)
    ['2025-01-01', 2025, 1],
    ['2021-01-03', 2020, 53], // 2020 has 53 ISO weeks
    ['2021-01-04', 2021, 1],
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2025-06-18', 2025, 25],
  ])('isoWeek(%s) = %i-W%i', (date, year, week) => {
    expect(isoWeek(d(date))).toEqual({ year, week })
  })
})

describe('timeSeries', () => {
  const orders = [
    order('1', '2024-12-25', { amount: 100 }),
    order('2', '2024-12-29', { amount: 200, status: 'returned', refund: 50 }),
    order('3', '2024-12-30', { amount: 300 }),
    order('4', '2025-01-05', { amount: 400, status: 'cancelled' }),
    order('5', '2025-01-06', { amount: 500 }),
    order('6', '2025-01-12', { amount: 600 }),
  ]
  const input = kpiInput(orders, {
    traffic: [traffic('2024-12-25', null, 10), traffic('2025-01-06', null, 20)],
  })

  it('ISO weeks start on Monday and carry their week-year across a year boundary', () => {
    const s = timeSeries(input, period('2024-12-25', '2025-01-12'), 'week')
    expect(s.map((b) => [b.label, b.start, b.from, b.to, b.days])).toEqual([
      ['2024-W52', '2024-12-23', '2024-12-25', '2024-12-29', 5], // partial first week
      ['2025-W01', '2024-12-30', '2024-12-30', '2025-01-05', 7],
      ['2025-W02', '2025-01-06', '2025-01-06', '2025-01-12', 7],
    ])
    expect(s.map((b) => b.orders)).toEqual([2, 1, 2])
    expect(s.map((b) => b.grossSales)).toEqual([300, 300, 1100])
    expect(s.map((b) => b.refunds)).toEqual([50, 0, 0])
    expect(s.map((b) => b.returnedOrders)).toEqual([1, 0, 0])
    expect(s.map((b) => b.aov)).toEqual([150, 300, 550])
    // traffic: 10 on 12-25 (W52), nothing in W01, 20 on 01-06 (W02)
    expect(s.map((b) => b.visitors)).toEqual([10, null, 20])
    // W52: order 1 is covered (12-25), order 2 (12-29) is not → 1 / 10; W02: order 5 covered → 1 / 20
    expect(s.map((b) => b.conversionRate)).toEqual([0.1, null, 0.05])
  })
  it('months follow the calendar across a year boundary', () => {
    const s = timeSeries(input, period('2024-11-15', '2025-02-10'), 'month')
    expect(s.map((b) => [b.label, b.start, b.from, b.to])).toEqual([
      ['2024-11', '2024-11-01', '2024-11-15', '2024-11-30'],
      ['2024-12', '2024-12-01', '2024-12-01', '2024-12-31'],
      ['2025-01', '2025-01-01', '2025-01-01', '2025-01-31'],
      ['2025-02', '2025-02-01', '2025-02-01', '2025-02-10'],
    ])
    expect(s.map((b) => b.orders)).toEqual([0, 3, 2, 0])
    expect(s[0]?.aov).toBeNull()
  })
  it('days: one bucket per day', () => {
    const s = timeSeries(input, period('2024-12-28', '2025-01-01'), 'day')
    expect(s.map((b) => b.label)).toEqual([
      '2024-12-28',
      '2024-12-29',
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
    ])
    expect(s.map((b) => b.orders)).toEqual([0, 1, 1, 0, 0])
  })
  it('each bucket equals computeKpis over its dates (dataset A, with and without a channel)', () => {
    const p = prepare(datasetA())
    for (const g of ['day', 'week', 'month'] as const) {
      for (const channel of [null, 'taobao', 'store']) {
        for (const b of timeSeries(p, period('2025-02-15', '2025-03-10'), g, { channel })) {
          const k = computeKpis(p, { from: b.from, to: b.to }, { channel }).kpis
          expect(
            [b.orders, b.grossSales, b.refunds, b.aov, b.visitors, b.conversionRate],
            `${g} ${channel} ${b.label}`,
          ).toEqual([k.orders, k.grossSales, k.refunds, k.aov, k.visitors, k.conversionRate])
          expect(b.returnedOrders).toBe(
            k.orders === 0 ? 0 : Math.round((k.returnRate as number) * (k.orders as number)),
          )
        }
      }
    }
  })
})

describe('topProducts', () => {
  it('by sales: Σ quantity × unit price over valid orders, names from the products file', () => {
    const top = topProducts(datasetA(), PERIOD_A, 'sales', 10)
    // A: o1 2×4000 + o3 1×4000 + o7 1×7000 = 19000 (o6 cancelled); B: o1 2000 + o2 6000 + o5 2500 = 10500
    // C: o4 3000 + o8 2000 = 5000; E: 2 × 300 = 600; POST: 500
    expect(top.map((r) => [r.sku, r.sales, r.quantity, r.orders])).toEqual([
      ['A', 19000, 4, 3],
      ['B', 10500, 5, 3],
      ['C', 5000, 2, 2],
      ['E', 600, 2, 1],
      ['POST', 500, 1, 1],
    ])
    expect(top[0]?.name).toBe('Notebook')
    expect(top[1]?.name).toBeNull()
    expect(topProducts(datasetA(), PERIOD_A, 'sales', 2).map((r) => r.sku)).toEqual(['A', 'B'])
    expect(topProducts(datasetA(), PERIOD_A, 'sales', 0)).toEqual([])
  })
  it('leaves non-product SKUs out', () => {
    const top = topProducts(datasetA(), PERIOD_A, 'sales', 10, {
      isNonProductSku: (s) => s === 'POST',
    })
    expect(top.map((r) => r.sku)).toEqual(['A', 'B', 'C', 'E'])
  })
  it('by returns: units of returned orders and return lines', () => {
    const top = topProducts(datasetA(), PERIOD_A, 'returns', 10)
    // o3 (returned): A×1; o5 (returned): B×1
    expect(top.map((r) => [r.sku, r.returnedQuantity, r.returnedOrders, r.returnRate])).toEqual([
      ['A', 1, 1, 1 / 3],
      ['B', 1, 1, 1 / 3],
    ])
    const withReturnLine = kpiInput([
      order('1', '2025-01-01', {
        lines: [
          ['X', 3, 10],
          ['X', -1, 10],
        ],
      }),
      order('2', '2025-01-01', { lines: [['Y', 1, 10]] }),
    ])
    expect(
      topProducts(withReturnLine, period('2025-01-01', '2025-01-01'), 'returns', 5),
    ).toMatchObject([{ sku: 'X', quantity: 2, returnedQuantity: 1, returnedOrders: 1, sales: 20 }])
  })
  it('respects the channel filter', () => {
    expect(
      topProducts(datasetA(), PERIOD_A, 'sales', 10, { channel: 'wechat' }).map((r) => r.sku),
    ).toEqual(['C', 'E'])
    expect(topProducts(datasetA(), PERIOD_A, 'sales', 10, { channel: 'nowhere' })).toEqual([])
  })
  it('asking for both rankings in a row gives consistent results', () => {
    const p = prepare(datasetA())
    const a = topProducts(p, PERIOD_A, 'sales', 10)
    topProducts(p, PERIOD_A, 'returns', 10)
    topProducts(p, period('2025-03-01', '2025-03-02'), 'sales', 10)
    expect(topProducts(p, PERIOD_A, 'sales', 10)).toEqual(a)
  })
})

describe('channelShare', () => {
  it('orders and sales per channel, largest first', () => {
    const rows = channelShare(datasetA(), PERIOD_A)
    // taobao o1 o2 o7: 23000; douyin o3 o4: 7000; store o5: 2500 (o6 cancelled); wechat o8: 2000; total 34500
    expect(rows.map((r) => [r.channel, r.orders, r.grossSales])).toEqual([
      ['taobao', 3, 23000],
      ['douyin', 2, 7000],
      ['store', 1, 2500],
      ['wechat', 1, 2000],
    ])
    expect(rows[0]?.salesShare).toBe(23000 / 34500)
    expect(rows[0]?.orderShare).toBe(3 / 7)
  })
  it('keeps orders without a channel as their own row', () => {
    const rows = channelShare(
      kpiInput([
        order('1', '2025-01-01', { amount: 10 }),
        order('2', '2025-01-01', { amount: 10, channel: 'x' }),
      ]),
      period('2025-01-01', '2025-01-01'),
    )
    expect(rows.map((r) => r.channel)).toEqual(['x', null])
    expect(channelShare(datasetA(), period('2020-01-01', '2020-01-02'))).toEqual([])
  })
})

describe('funnel', () => {
  it('visitors → covered orders, as in conversionRate', () => {
    const f = funnel(datasetA(), PERIOD_A)
    expect(f.steps).toEqual([
      { key: 'visitors', value: 550 },
      { key: 'orders', value: 5 },
    ])
    expect(f.conversionRate).toBe(computeKpis(datasetA(), PERIOD_A).kpis.conversionRate)
    expect(f.uncoveredOrders).toBe(2)
    expect(f.missing).toBeNull()
  })
  it('without traffic: visitors null and the file named', () => {
    const f = funnel(datasetA(), PERIOD_A, { channel: 'store' })
    expect(f.steps[0].value).toBeNull()
    expect(f.conversionRate).toBeNull()
    expect(f.missing).toBe('traffic')
    expect(f.uncoveredOrders).toBe(1)
  })
})
