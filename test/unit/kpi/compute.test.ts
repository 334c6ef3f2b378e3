import { describe, it, expect } from 'vitest'
import { computeKpis } from '../../../src/shared/kpi/compute'
import { prepare } from '../../../src/shared/kpi/prepare'
import { KPI_FIELDS, KPI_METRICS, kpiKind, type KpiResult } from '../../../src/shared/kpi/types'
import { ColumnsBuilder } from '../../../src/shared/analytics/columns'
import {
  PERIOD_A,
  datasetA,
  kpiInput,
  order,
  period,
  product,
  snap,
  spend,
  traffic,
} from './fixtures'

const keysOf = (r: KpiResult): string[] => r.warnings.map((w) => w.key)

describe('computeKpis: dataset A, all channels (every metric by hand)', () => {
  const r = computeKpis(datasetA(), PERIOD_A)
  const k = r.kpis

  it('has exactly the fields of the definitions plus linesWithoutCost', () => {
    expect(Object.keys(k).sort()).toEqual([...KPI_FIELDS].sort())
    expect(KPI_METRICS).toHaveLength(20)
    expect(r.days).toBe(7)
    expect(r.channel).toBeNull()
    expect(r.missing).toEqual({})
  })

  it('orders: valid (paid or returned) orders created in the period', () => {
    // o1 o2 o3 o4 o5 o7 o8 = 7; o6 is cancelled, o0 and o9 are outside the period.
    expect(k.orders).toBe(7)
  })
  it('grossSales: Σ amount paid of valid orders', () => {
    // 10000 + 6000 + 4000 + 3000 + 2500 + 7000 + 2000 = 34500
    expect(k.grossSales).toBe(34500)
  })
  it('refunds: Σ refunds; a returned order with refund 0 counts its full amount paid', () => {
    // o3: 1500 (partial); o5: returned with refund 0 → its amount paid 2500. 1500 + 2500 = 4000
    expect(k.refunds).toBe(4000)
  })
  it('netSales = grossSales − refunds', () => {
    expect(k.netSales).toBe(34500 - 4000)
  })
  it('aov = grossSales / orders, rounded to a whole minor unit', () => {
    // 34500 / 7 = 4928.57 → 4929
    expect(k.aov).toBe(4929)
  })
  it('buyers: distinct customer IDs + one per valid order without an ID', () => {
    // IDs among valid orders: c1 (o1), c2 (o2 o3 o8), c3 (o7; o6 is cancelled) = 3; o4, o5 have no ID → 3 + 2 = 5
    expect(k.buyers).toBe(5)
    expect(k.identifiedBuyers).toBe(3)
  })
  it('revenuePerBuyer = grossSales / buyers', () => {
    // 34500 / 5 = 6900
    expect(k.revenuePerBuyer).toBe(6900)
  })
  it('repeatPurchaseRate: identified buyers with ≥ 2 valid orders IN the period ÷ identifiedBuyers', () => {
    // c2 has 3; c1 has 1 in the period (o0 is before it); c3 has 1 valid (o6 is cancelled) → 1 / 3
    expect(k.repeatPurchaseRate).toBe(1 / 3)
  })
  it('newBuyers: first valid order in ALL data falls in the period', () => {
    // c1: first 02-20 (before) ✗; c2: 03-02 ✓; c3: o6 is cancelled, first valid 03-06 ✓; c4: 03-08 (after) ✗ → 2
    expect(k.newBuyers).toBe(2)
  })
  it('returnRate = returned valid orders / orders', () => {
    // o3, o5 → 2 / 7
    expect(k.returnRate).toBe(2 / 7)
  })
  it('visitors: Σ daily visitors in the period', () => {
    // 100 + 300 + 50 + 80 + 20 = 550 (the 02-20 row is outside)
    expect(k.visitors).toBe(550)
  })
  it('conversionRate: only orders in channels and days the traffic file covers', () => {
    // o1 (03-01 taobao: taobao row) ✓; o2 (03-02 taobao: all-channel row) ✓; o3 (03-02 douyin: all-channel row) ✓;
    // o4 (03-03 douyin: only a taobao row) ✗; o5 (03-04 store: no row) ✗; o7 (03-06 taobao) ✓; o8 (03-07 wechat) ✓
    // → 5 / 550
    expect(k.conversionRate).toBe(5 / 550)
    expect(r.warnings).toContainEqual({
      key: 'kpi.warnings.ordersOutsideTraffic',
      values: { count: 2 },
    })
  })
  it('marketingSpend: Σ spend in the period (all-channel rows included)', () => {
    // 1000 + 500 + 300 = 1800 (the 03-10 row is outside)
    expect(k.marketingSpend).toBe(1800)
  })
  it('cac = marketingSpend / newBuyers', () => {
    // 1800 / 2 = 900
    expect(k.cac).toBe(900)
  })
  it('roas = grossSales / marketingSpend', () => {
    // 34500 / 1800
    expect(k.roas).toBe(34500 / 1800)
  })
  it('cogs: Σ qty × unit cost of valid, not-returned orders (snapshot selection)', () => {
    // o3 and o5 are returned → left out.
    // o1 (03-01): A×2 → latest snapshot on or before 03-01 is 02-25: 1000 → 2000; B×1 → 02-25: 500 → 500
    // o2 (03-02): B×3 → 02-25: 500 → 1500
    // o4 (03-03): C×1 → C's only snapshot is 03-06 (after): its earliest, 800 (not products' 700) → 800
    // o7 (03-06): A×1 → snapshot of 03-06 itself: 1300; POST has no cost anywhere → left out, counted
    // o8 (03-07): C×1 → 03-06: 800; E×2 → no snapshot: products file 150 → 300
    // 2000 + 500 + 1500 + 800 + 1300 + 800 + 300 = 7200
    expect(k.cogs).toBe(7200)
    expect(k.linesWithoutCost).toBe(1)
    expect(r.warnings).toContainEqual({
      key: 'kpi.warnings.linesWithoutCost',
      values: { count: 1 },
    })
  })
  it('averageInventoryValue: mean over snapshot dates inside the period of Σ on-hand × cost', () => {
    // 03-03: A 8 × 1200 = 9600; B 15 × (no cost on the row → B's cost on 03-03 by the COGS rule: 500) = 7500 → 17100
    // 03-06: A 5 × 1300 = 6500; C 4 × 800 = 3200 → 9700
    // (17100 + 9700) / 2 = 13400; the 02-25 snapshot is before the period and not used.
    expect(k.averageInventoryValue).toBe(13400)
  })
  it('inventoryTurnover = cogs / averageInventoryValue; daysOfInventory = days / turnover', () => {
    expect(k.inventoryTurnover).toBe(7200 / 13400) // 0.537
    expect(k.daysOfInventory).toBe(7 / (7200 / 13400)) // ≈ 13.03 days
  })
  it('says which columns fed each field', () => {
    expect(r.fedBy.grossSales).toEqual(['orders.date', 'orders.status', 'orders.amountPaid'])
    expect(r.fedBy.conversionRate).toEqual(
      expect.arrayContaining(['orders.channel', 'traffic.channel', 'traffic.visitors']),
    )
    expect(r.fedBy.cogs).toEqual(
      expect.arrayContaining(['inventory.unitCost', 'products.unitCost', 'orders.lines.sku']),
    )
    for (const f of KPI_FIELDS) expect(r.fedBy[f], f).toBeDefined()
  })
  it('money fields are integers', () => {
    for (const f of KPI_FIELDS) {
      if (kpiKind(f) === 'money' && k[f] !== null) expect(Number.isInteger(k[f]), f).toBe(true)
    }
  })
})

describe('computeKpis: non-product SKUs', () => {
  it('leaves non-product lines out of COGS and out of linesWithoutCost', () => {
    const r = computeKpis(datasetA(), PERIOD_A, { isNonProductSku: (s) => s === 'POST' })
    expect(r.kpis.cogs).toBe(7200)
    expect(r.kpis.linesWithoutCost).toBe(0)
    expect(keysOf(r)).not.toContain('kpi.warnings.linesWithoutCost')
  })
  it('a non-product SKU with a known cost adds nothing either', () => {
    // E costs 150 (products); as a non-product, o8's E×2 (300) is dropped: 7200 − 300 = 6900
    const r = computeKpis(datasetA(), PERIOD_A, {
      isNonProductSku: (s) => s === 'POST' || s === 'E',
    })
    expect(r.kpis.cogs).toBe(6900)
  })
  it('prepare() takes a default predicate', () => {
    const p = prepare(datasetA(), { isNonProductSku: (s) => s === 'POST' })
    expect(computeKpis(p, PERIOD_A).kpis.linesWithoutCost).toBe(0)
  })
})

describe('computeKpis: channel filter (orders, traffic and spend)', () => {
  it('taobao', () => {
    const r = computeKpis(datasetA(), PERIOD_A, { channel: 'taobao' })
    const k = r.kpis
    expect(r.channel).toBe('taobao')
    // o1, o2, o7
    expect(k.orders).toBe(3)
    expect(k.grossSales).toBe(23000)
    expect(k.refunds).toBe(0)
    expect(k.aov).toBe(7667) // 23000 / 3 = 7666.67
    expect(k.buyers).toBe(3) // c1, c2, c3
    expect(k.repeatPurchaseRate).toBe(0)
    // Within taobao orders: c2 first 03-02 ✓, c3 first 03-06 ✓, c1 first 02-20 ✗
    expect(k.newBuyers).toBe(2)
    expect(k.returnRate).toBe(0)
    // taobao rows only: 100 + 50 + 80; the all-channel row of 03-02 cannot be split
    expect(k.visitors).toBe(230)
    // o1 ✓ (taobao row 03-01), o2 ✗ (03-02 has only an all-channel row), o7 ✓ → 2 / 230
    expect(k.conversionRate).toBe(2 / 230)
    expect(k.marketingSpend).toBe(1000)
    expect(k.cac).toBe(500)
    expect(k.roas).toBe(23)
    // o1 2500 + o2 1500 + o7 1300; POST uncosted
    expect(k.cogs).toBe(5300)
    expect(k.linesWithoutCost).toBe(1)
    expect(r.fedBy.orders).toContain('orders.channel')
    expect(r.fedBy.visitors).toContain('traffic.channel')
    expect(r.fedBy.marketingSpend).toContain('spend.channel')
  })
  it('douyin: a returned first order still makes a new buyer', () => {
    const k = computeKpis(datasetA(), PERIOD_A, { channel: 'douyin' }).kpis
    expect(k.orders).toBe(2) // o3 (returned), o4
    expect(k.newBuyers).toBe(1) // c2 through o3
    expect(k.returnRate).toBe(1 / 2)
    expect(k.marketingSpend).toBe(500)
    expect(k.cogs).toBe(800) // o4 only (o3 is returned)
  })
  it('store: no traffic or spend rows for the channel → null, with the file named', () => {
    const r = computeKpis(datasetA(), PERIOD_A, { channel: 'store' })
    expect(r.kpis.orders).toBe(1) // o5; o6 is cancelled
    expect(r.kpis.refunds).toBe(2500)
    expect(r.kpis.buyers).toBe(1)
    expect(r.kpis.identifiedBuyers).toBe(0)
    expect(r.kpis.repeatPurchaseRate).toBeNull()
    expect(r.kpis.visitors).toBeNull()
    expect(r.kpis.conversionRate).toBeNull()
    expect(r.kpis.marketingSpend).toBeNull()
    expect(r.missing).toMatchObject({
      visitors: 'traffic',
      conversionRate: 'traffic',
      marketingSpend: 'spend',
      cac: 'spend',
      roas: 'spend',
    })
  })
  it('an unknown channel gives zero orders; a blank channel means all channels', () => {
    const r = computeKpis(datasetA(), PERIOD_A, { channel: 'nowhere' })
    expect(r.kpis.orders).toBe(0)
    expect(r.kpis.aov).toBeNull()
    expect(r.kpis.newBuyers).toBe(0)
    expect(computeKpis(datasetA(), PERIOD_A, { channel: '  ' }).kpis.orders).toBe(7)
    expect(computeKpis(datasetA(), PERIOD_A, { channel: null }).kpis.orders).toBe(7)
  })
  it('inventory is not per channel: averageInventoryValue stays the same', () => {
    expect(
      computeKpis(datasetA(), PERIOD_A, { channel: 'taobao' }).kpis.averageInventoryValue,
    ).toBe(13400)
  })
})

describe('computeKpis: conversion-rate coverage rule', () => {
  const orders = [
    order('a', '2025-01-01', { channel: 'x' }),
    order('b', '2025-01-01', { channel: 'y' }),
    order('c', '2025-01-01', { channel: null }),
    order('d', '2025-01-02', { channel: 'x' }),
    order('e', '2025-01-02', { channel: null }),
    order('f', '2025-01-03', { channel: 'x', status: 'cancelled' }),
  ]
  const p = period('2025-01-01', '2025-01-03')
  it('per-channel rows cover their channel only; orders without a channel need an all-channel row', () => {
    const input = kpiInput(orders, {
      traffic: [traffic('2025-01-01', 'x', 40), traffic('2025-01-02', 'x', 60)],
    })
    // covered: a (x on 01-01), d (x on 01-02) → 2 / 100; b (y), c and e (no channel) are not
    const r = computeKpis(input, p)
    expect(r.kpis.conversionRate).toBe(2 / 100)
    expect(r.warnings).toContainEqual({
      key: 'kpi.warnings.ordersOutsideTraffic',
      values: { count: 3 },
    })
  })
  it('an all-channel row covers every order of its day, with or without a channel', () => {
    const input = kpiInput(orders, { traffic: [traffic('2025-01-01', null, 200)] })
    // a, b, c on 01-01 are covered; d, e on 01-02 are not → 3 / 200
    expect(computeKpis(input, p).kpis.conversionRate).toBe(3 / 200)
  })
  it('warns when a day has both a total row and per-channel rows (both are added)', () => {
    const input = kpiInput(orders, {
      traffic: [traffic('2025-01-01', null, 200), traffic('2025-01-01', 'x', 50)],
    })
    const r = computeKpis(input, p)
    expect(r.kpis.visitors).toBe(250)
    expect(r.warnings).toContainEqual({
      key: 'kpi.warnings.trafficMixedChannels',
      values: { count: 1 },
    })
  })
  it('channel traffic rows keep covering when other channels have none', () => {
    const input = kpiInput(orders, { traffic: [traffic('2025-01-01', 'y', 10)] })
    expect(computeKpis(input, p, { channel: 'y' }).kpis.conversionRate).toBe(1 / 10)
    expect(computeKpis(input, p, { channel: 'x' }).kpis.visitors).toBeNull()
  })
})

describe('computeKpis: null cases', () => {
  const base = [
    order('1', '2025-05-01', { customer: 'a', amount: 1000, lines: [['S', 1, 1000]] }),
    order('2', '2025-05-02', { customer: 'b', amount: 3000, lines: [['S', 2, 1500]] }),
  ]
  const p = period('2025-05-01', '2025-05-31')

  it('no traffic file → visitors and conversionRate null, missing traffic', () => {
    const r = computeKpis(kpiInput(base), p)
    expect(r.kpis.visitors).toBeNull()
    expect(r.kpis.conversionRate).toBeNull()
    expect(r.missing.visitors).toBe('traffic')
    expect(r.missing.conversionRate).toBe('traffic')
    expect(r.fedBy.visitors).toBeUndefined()
  })
  it('an empty traffic file is no traffic file', () => {
    expect(computeKpis(kpiInput(base, { traffic: [] }), p).missing.visitors).toBe('traffic')
  })
  it('zero visitors → visitors 0, conversionRate null ("not enough data", no file missing)', () => {
    const r = computeKpis(kpiInput(base, { traffic: [traffic('2025-05-01', null, 0)] }), p)
    expect(r.kpis.visitors).toBe(0)
    expect(r.kpis.conversionRate).toBeNull()
    expect(r.missing.conversionRate).toBeUndefined()
  })
  it('a traffic file that does not reach the period → null, missing traffic', () => {
    const r = computeKpis(kpiInput(base, { traffic: [traffic('2025-04-30', null, 100)] }), p)
    expect(r.kpis.visitors).toBeNull()
    expect(r.missing.conversionRate).toBe('traffic')
  })
  it('no spend file → marketingSpend, cac, roas null, missing spend', () => {
    const r = computeKpis(kpiInput(base), p)
    expect([r.kpis.marketingSpend, r.kpis.cac, r.kpis.roas]).toEqual([null, null, null])
    expect(r.missing).toMatchObject({ marketingSpend: 'spend', cac: 'spend', roas: 'spend' })
  })
  it('spend but no new buyers → cac null (roas still computed)', () => {
    const earlier = order('0', '2025-04-01', { customer: 'a' })
    const onlyOld = [earlier, order('1', '2025-05-01', { customer: 'a', amount: 4000 })]
    const r = computeKpis(kpiInput(onlyOld, { spend: [spend('2025-05-03', null, 2000)] }), p)
    expect(r.kpis.newBuyers).toBe(0)
    expect(r.kpis.cac).toBeNull()
    expect(r.missing.cac).toBeUndefined()
    expect(r.kpis.roas).toBe(2)
  })
  it('spend file with no row in the period → spend 0, roas null, cac 0', () => {
    const r = computeKpis(kpiInput(base, { spend: [spend('2025-06-03', null, 2000)] }), p)
    expect(r.kpis.marketingSpend).toBe(0)
    expect(r.kpis.roas).toBeNull()
    expect(r.kpis.cac).toBe(0) // 0 spend / 2 new buyers
  })
  it('no orders in the period → counts 0, aov / revenuePerBuyer / returnRate / repeat rate null', () => {
    const r = computeKpis(
      kpiInput(base, { traffic: [traffic('2025-07-01', null, 50)] }),
      period('2025-07-01', '2025-07-31'),
    )
    expect(r.kpis.orders).toBe(0)
    expect(r.kpis.grossSales).toBe(0)
    expect(r.kpis.netSales).toBe(0)
    expect(r.kpis.aov).toBeNull()
    expect(r.kpis.revenuePerBuyer).toBeNull()
    expect(r.kpis.returnRate).toBeNull()
    expect(r.kpis.repeatPurchaseRate).toBeNull()
    expect(r.kpis.buyers).toBe(0)
    expect(r.kpis.conversionRate).toBe(0) // 0 orders / 50 visitors is a real 0 %
  })
  it('no identified buyers → repeatPurchaseRate null; anonymous orders are separate buyers', () => {
    const anon = [
      order('1', '2025-05-01'),
      order('2', '2025-05-01'),
      order('3', '2025-05-02', { customer: '' }),
    ]
    const r = computeKpis(kpiInput(anon), p)
    expect(r.kpis.identifiedBuyers).toBe(0)
    expect(r.kpis.repeatPurchaseRate).toBeNull()
    expect(r.kpis.buyers).toBe(3)
    expect(r.kpis.newBuyers).toBe(0)
  })
  it('masked customer IDs are not merged into one customer (bad-inputs #38)', () => {
    const masked = [
      order('1', '2025-05-01', { customer: '****' }),
      order('2', '2025-05-02', { customer: '****' }),
      order('3', '2025-05-03', { customer: 't**1' }),
      order('4', '2025-05-04', { customer: 't**1' }),
    ]
    const r = computeKpis(kpiInput(masked), p)
    expect(r.kpis.identifiedBuyers).toBe(0)
    expect(r.kpis.buyers).toBe(4)
    expect(r.kpis.repeatPurchaseRate).toBeNull()
  })
  it('no inventory and no products → cogs and inventory fields null', () => {
    const r = computeKpis(kpiInput(base), p)
    for (const f of [
      'cogs',
      'linesWithoutCost',
      'averageInventoryValue',
      'inventoryTurnover',
      'daysOfInventory',
    ] as const)
      expect(r.kpis[f], f).toBeNull()
    expect(r.missing.cogs).toBe('products-or-inventory')
    expect(r.missing.linesWithoutCost).toBe('products-or-inventory')
    expect(r.missing.averageInventoryValue).toBe('inventory')
    expect(r.missing.inventoryTurnover).toBe('products-or-inventory')
  })
  it('products file only → cogs computed; inventory value, turnover and days null (missing inventory)', () => {
    const r = computeKpis(kpiInput(base, { products: [product('S', 400)] }), p)
    // 1 × 400 + 2 × 400 = 1200
    expect(r.kpis.cogs).toBe(1200)
    expect(r.kpis.linesWithoutCost).toBe(0)
    expect(r.kpis.averageInventoryValue).toBeNull()
    expect(r.missing).toMatchObject({
      averageInventoryValue: 'inventory',
      inventoryTurnover: 'inventory',
      daysOfInventory: 'inventory',
    })
  })
  it('inventory without any unit cost and no products → missing products-or-inventory', () => {
    const r = computeKpis(kpiInput(base, { inventory: [snap('2025-05-01', 'S', 5, null)] }), p)
    expect(r.kpis.cogs).toBeNull()
    expect(r.missing.cogs).toBe('products-or-inventory')
    expect(r.missing.averageInventoryValue).toBe('products-or-inventory')
  })
  it('orders without SKU lines → cogs null, missing orders', () => {
    const r = computeKpis(kpiInput([order('1', '2025-05-01')], { products: [product('S', 1)] }), p)
    expect(r.kpis.cogs).toBeNull()
    expect(r.missing.cogs).toBe('orders')
    expect(r.missing.inventoryTurnover).toBe('orders')
  })
  it('an order without lines in a file that has lines adds nothing to COGS and is reported', () => {
    const r = computeKpis(
      kpiInput([...base, order('3', '2025-05-03')], { products: [product('S', 400)] }),
      p,
    )
    expect(r.kpis.cogs).toBe(1200)
    expect(r.warnings).toContainEqual({
      key: 'kpi.warnings.ordersWithoutLines',
      values: { count: 1 },
    })
  })
  it('only snapshots after the period → averageInventoryValue null (missing inventory)', () => {
    const r = computeKpis(kpiInput(base, { inventory: [snap('2025-06-02', 'S', 5, 400)] }), p)
    expect(r.kpis.averageInventoryValue).toBeNull()
    expect(r.missing.averageInventoryValue).toBe('inventory')
    // COGS still uses that snapshot (the earliest one)
    expect(r.kpis.cogs).toBe(1200)
  })
  it('no snapshot inside the period → the latest one before it', () => {
    const inv = [
      snap('2025-04-01', 'S', 100, 400),
      snap('2025-04-20', 'S', 10, 400),
      snap('2025-06-02', 'S', 5, 400),
    ]
    const r = computeKpis(kpiInput(base, { inventory: inv }), p)
    // 04-20: 10 × 400 = 4000; cogs 1200 → turnover 0.3, days 31 / 0.3
    expect(r.kpis.averageInventoryValue).toBe(4000)
    expect(r.kpis.inventoryTurnover).toBe(1200 / 4000)
    expect(r.kpis.daysOfInventory).toBe(31 / (1200 / 4000))
    expect(r.warnings).toContainEqual({
      key: 'kpi.warnings.inventoryBeforePeriod',
      values: { date: '2025-04-20' },
    })
  })
  it('negative on-hand counts as 0; a value of 0 makes turnover and days null (bad-inputs #25)', () => {
    const inv = [snap('2025-05-10', 'S', -5, 400), snap('2025-05-10', 'T', 0, 100)]
    const r = computeKpis(kpiInput(base, { inventory: inv }), p)
    expect(r.kpis.averageInventoryValue).toBe(0)
    expect(r.kpis.cogs).toBe(1200)
    expect(r.kpis.inventoryTurnover).toBeNull()
    expect(r.kpis.daysOfInventory).toBeNull()
    expect(r.missing.inventoryTurnover).toBeUndefined()
    expect(keysOf(r)).toEqual(
      expect.arrayContaining([
        'kpi.warnings.negativeStock',
        'kpi.warnings.inventoryValueNotPositive',
      ]),
    )
  })
  it('negative on-hand of one SKU does not eat the stock of the others', () => {
    const inv = [snap('2025-05-10', 'S', -5, 400), snap('2025-05-10', 'T', 3, 100)]
    // max(−5, 0) × 400 + 3 × 100 = 300
    expect(computeKpis(kpiInput(base, { inventory: inv }), p).kpis.averageInventoryValue).toBe(300)
  })
  it('inventory rows without a cost anywhere are left out and reported', () => {
    const inv = [snap('2025-05-10', 'S', 2, 400), snap('2025-05-10', 'U', 7, null)]
    const r = computeKpis(kpiInput(base, { inventory: inv }), p)
    expect(r.kpis.averageInventoryValue).toBe(800)
    expect(r.warnings).toContainEqual({
      key: 'kpi.warnings.inventoryRowsWithoutCost',
      values: { count: 1 },
    })
  })
  it('cogs 0 → turnover 0 and daysOfInventory null', () => {
    const returned = [
      order('1', '2025-05-01', { status: 'returned', refund: 1000, lines: [['S', 1, 1000]] }),
    ]
    const r = computeKpis(kpiInput(returned, { inventory: [snap('2025-05-01', 'S', 10, 400)] }), p)
    expect(r.kpis.cogs).toBe(0)
    expect(r.kpis.inventoryTurnover).toBe(0)
    expect(r.kpis.daysOfInventory).toBeNull()
  })
  it('throws on a period that ends before it starts', () => {
    expect(() => computeKpis(kpiInput(base), period('2025-05-02', '2025-05-01'))).toThrow(
      RangeError,
    )
  })
})

describe('computeKpis: refunds and statuses', () => {
  const p = period('2025-05-01', '2025-05-31')
  it('a returned order with refund 0 counts its full amount paid; partial refunds count as given', () => {
    const orders = [
      order('1', '2025-05-01', { amount: 5000, status: 'returned', refund: 0 }),
      order('2', '2025-05-01', { amount: 5000, status: 'returned', refund: 1200 }),
      order('3', '2025-05-01', { amount: 5000, status: 'cancelled', refund: 0 }),
      order('4', '2025-05-01', { amount: 5000, status: 'paid' }),
    ]
    const k = computeKpis(kpiInput(orders), p).kpis
    // 5000 (full) + 1200; the cancelled order counts nowhere
    expect(k.refunds).toBe(6200)
    expect(k.grossSales).toBe(15000)
    expect(k.netSales).toBe(8800)
    expect(k.returnRate).toBe(2 / 3)
  })
  it('refunds are dated by the order, not the refund', () => {
    const orders = [order('1', '2025-04-30', { amount: 5000, status: 'returned', refund: 5000 })]
    expect(computeKpis(kpiInput(orders), p).kpis.refunds).toBe(0)
  })
  it('newBuyers looks at all imported data, also after the period', () => {
    const orders = [
      order('1', '2025-05-10', { customer: 'a' }),
      order('2', '2025-06-10', { customer: 'a' }),
      order('3', '2025-06-11', { customer: 'b' }),
    ]
    const input = kpiInput(orders)
    expect(computeKpis(input, p).kpis.newBuyers).toBe(1) // a
    expect(computeKpis(input, period('2025-06-01', '2025-06-30')).kpis.newBuyers).toBe(1) // b only: a is not new
  })
})

describe('computeKpis: input forms', () => {
  it('accepts unsorted columns (prepare sorts them) and gives the same as sorted ones', () => {
    const b = new ColumnsBuilder(2)
    b.append(order('2', '2025-05-03', { customer: 'a', amount: 10 }))
    b.append(order('1', '2025-05-01', { customer: 'a', amount: 20 }))
    const input = {
      orders: b.finish(),
      traffic: null,
      spend: null,
      inventory: null,
      products: null,
    }
    const k = computeKpis(input, period('2025-05-01', '2025-05-02')).kpis
    expect(k.orders).toBe(1)
    expect(k.grossSales).toBe(20)
    expect(k.newBuyers).toBe(1)
  })
  it('reuses one preparation per input object', () => {
    const input = datasetA()
    expect(prepare(input)).toBe(prepare(input))
    const p = prepare(input)
    expect(prepare(p)).toBe(p)
    expect(computeKpis(p, PERIOD_A)).toEqual(computeKpis(input, PERIOD_A))
  })
  it('repeated calls do not leak distinct-count marks between periods', () => {
    const p = prepare(datasetA())
    const a = computeKpis(p, PERIOD_A).kpis
    computeKpis(p, period('2025-02-01', '2025-03-31'))
    expect(computeKpis(p, PERIOD_A).kpis).toEqual(a)
  })
})

describe('computeKpis: non-product predicate cache', () => {
  it('gives correct results with a new inline predicate on every call', () => {
    const p = prepare(datasetA())
    for (let i = 0; i < 10; i++) {
      const skip = i % 2 === 0 ? 'POST' : 'E'
      const k = computeKpis(p, PERIOD_A, { isNonProductSku: (s) => s === skip }).kpis
      expect([k.cogs, k.linesWithoutCost]).toEqual(i % 2 === 0 ? [7200, 0] : [6900, 1])
    }
    expect(computeKpis(p, PERIOD_A).kpis.cogs).toBe(7200)
  })
})
