import { describe, it, expect } from 'vitest'
import {
  generateSampleData,
  mulberry32,
  springFestival,
  SAMPLE_CHANNELS,
  SAMPLE_PRODUCTS,
} from '../../src/shared/analytics/sample'
import { buildOrderColumns } from '../../src/shared/analytics/columns'
import { ORDER_STATUSES, type Dataset, type OrderRecord } from '../../src/shared/analytics/model'
import { computeKpis } from '../../src/shared/kpi/compute'
import { prepare } from '../../src/shared/kpi/prepare'
import { KPI_FIELDS } from '../../src/shared/kpi/types'
import { addDays, isIsoDate, isoDate, toEpochDay, type IsoDate } from '../../src/shared/dates'

const END = isoDate('2025-12-31')
const ds = generateSampleData({ seed: 42, endDate: END, currency: 'CNY' })

const isMoney = (n: unknown): boolean => typeof n === 'number' && Number.isSafeInteger(n)
const ordersOn = (data: Dataset, date: string): number =>
  data.orders.filter((o) => o.date === date).length
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

/** Problems of an order per the canonical model and the KPI definitions. */
function orderProblems(o: OrderRecord): string[] {
  const p: string[] = []
  if (!o.orderId) p.push('orderId')
  if (!isIsoDate(o.date)) p.push('date')
  if (!isMoney(o.amountPaid) || o.amountPaid < 0) p.push('amountPaid')
  if (!isMoney(o.refund) || o.refund < 0 || o.refund > o.amountPaid) p.push('refund')
  if (!(ORDER_STATUSES as readonly string[]).includes(o.status)) p.push('status')
  if (o.refund > 0 && o.status !== 'returned')
    p.push('refund above zero must make the order returned')
  if (o.status === 'cancelled' && o.refund !== 0) p.push('cancelled with a refund')
  if (typeof o.statusRaw !== 'string' || o.statusRaw === '') p.push('statusRaw')
  if (o.customerId !== null && (typeof o.customerId !== 'string' || o.customerId.trim() === ''))
    p.push('customerId')
  if (o.channel === null || !(SAMPLE_CHANNELS as readonly string[]).includes(o.channel))
    p.push('channel')
  if (o.currency !== 'CNY') p.push('currency')
  if (o.lines.length === 0) p.push('no lines')
  for (const l of o.lines) {
    if (!SAMPLE_PRODUCTS.some((x) => x.sku === l.sku)) p.push(`sku ${l.sku}`)
    if (!Number.isInteger(l.quantity) || l.quantity <= 0) p.push('quantity')
    if (l.unitPrice === null || !isMoney(l.unitPrice) || l.unitPrice <= 0) p.push('unitPrice')
  }
  return p
}

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(1)
    const b = mulberry32(1)
    const xs = Array.from({ length: 1000 }, () => a())
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(mean(xs)).toBeGreaterThan(0.45)
    expect(mean(xs)).toBeLessThan(0.55)
    expect(mulberry32(2)()).not.toBe(mulberry32(1)())
  })
})

describe('generateSampleData', () => {
  it('is deterministic for a seed, end date and currency', () => {
    const again = generateSampleData({ seed: 42, endDate: END, currency: 'CNY' })
    expect(again).toEqual(ds)
    const other = generateSampleData({ seed: 43, endDate: END, currency: 'CNY' })
    expect(other.orders.length).not.toBe(ds.orders.length)
  })

  it('covers two years ending on the end date, orders in date order', () => {
    expect(ds.orders[0]?.date).toBe(addDays(END, -729))
    expect(ds.orders.at(-1)?.date).toBe(END)
    const first = ds.orders[0] as OrderRecord
    expect(toEpochDay(END) - toEpochDay(first.date)).toBe(729)
    for (let i = 1; i < ds.orders.length; i++)
      expect((ds.orders[i] as OrderRecord).date >= (ds.orders[i - 1] as OrderRecord).date).toBe(
        true,
      )
  })

  it('every generated record is valid per the model', () => {
    const bad = ds.orders.flatMap((o) => orderProblems(o).map((p) => `${o.orderId}: ${p}`))
    expect(bad).toEqual([])
    expect(new Set(ds.orders.map((o) => o.orderId)).size).toBe(ds.orders.length)
    for (const t of ds.traffic ?? []) {
      expect(isIsoDate(t.date)).toBe(true)
      expect(Number.isInteger(t.visitors) && t.visitors > 0).toBe(true)
      expect(SAMPLE_CHANNELS).toContain(t.channel)
    }
    for (const s of ds.spend ?? []) {
      expect(isIsoDate(s.date)).toBe(true)
      expect(isMoney(s.spend) && s.spend > 0).toBe(true)
      expect(SAMPLE_CHANNELS).toContain(s.channel)
    }
    for (const r of ds.inventory ?? []) {
      expect(isIsoDate(r.date)).toBe(true)
      expect(Number.isInteger(r.onHand) && r.onHand >= 0).toBe(true)
      expect(r.unitCost !== null && isMoney(r.unitCost) && r.unitCost > 0).toBe(true)
    }
    expect(ds.products?.map((p) => p.sku)).toEqual(SAMPLE_PRODUCTS.map((p) => p.sku))
    for (const p of ds.products ?? []) expect(isMoney(p.unitCost) && p.unitCost > 0).toBe(true)
  })

  it('has a small shop’s volume: ~30–120 orders on ordinary days', () => {
    const perDay = new Map<string, number>()
    for (const o of ds.orders) perDay.set(o.date, (perDay.get(o.date) ?? 0) + 1)
    const counts = [...perDay.values()].sort((a, b) => a - b)
    const median = counts[counts.length >> 1] as number
    expect(median).toBeGreaterThanOrEqual(30)
    expect(median).toBeLessThanOrEqual(120)
    expect(counts[Math.floor(counts.length * 0.1)]).toBeGreaterThanOrEqual(30)
    expect(counts[Math.floor(counts.length * 0.9)]).toBeLessThanOrEqual(120)
    expect(perDay.size).toBe(730)
  })

  it('双11: the 11 November orders are well above the average of early November', () => {
    for (const y of [2024, 2025]) {
      const early = mean([1, 2, 3, 4, 5, 6, 7].map((dd) => ordersOn(ds, `${y}-11-0${dd}`)))
      expect(ordersOn(ds, `${y}-11-11`)).toBeGreaterThan(1.8 * early)
      // pre-sale: late October is busier than early October
      const lateOct = mean([25, 26, 27, 28, 29, 30, 31].map((dd) => ordersOn(ds, `${y}-10-${dd}`)))
      const earlyOct = mean([3, 4, 5, 6, 7, 8, 9].map((dd) => ordersOn(ds, `${y}-10-0${dd}`)))
      expect(lateOct).toBeGreaterThan(earlyOct)
    }
  })

  it('618: a ramp through June with the peak on the 18th', () => {
    for (const y of [2024, 2025]) {
      const earlyJune = mean([1, 2, 3, 4, 5, 6, 7].map((dd) => ordersOn(ds, `${y}-06-0${dd}`)))
      const may = mean([10, 11, 12, 13, 14, 15, 16].map((dd) => ordersOn(ds, `${y}-05-${dd}`)))
      expect(ordersOn(ds, `${y}-06-18`)).toBeGreaterThan(1.5 * earlyJune)
      expect(earlyJune).toBeGreaterThan(may)
    }
  })

  it('Spring Festival: a dip, and the store closes', () => {
    const sf = springFestival(2025)
    expect(sf).toBe('2025-01-29')
    const around = mean(
      [-30, -29, -28, -27, -26, -25, -24].map((k) => ordersOn(ds, addDays(sf, k))),
    )
    expect(ordersOn(ds, sf)).toBeLessThan(0.6 * around)
    expect(
      ds.orders.filter((o) => o.date === sf && o.channel === 'store').length,
    ).toBeLessThanOrEqual(2)
  })

  it('has weekly seasonality in the store (weekends busier)', () => {
    const byWeekday = Array.from({ length: 7 }, () => 0)
    for (const o of ds.orders) {
      const wd = (((toEpochDay(o.date) + 3) % 7) + 7) % 7
      if (o.channel === 'store') byWeekday[wd] = (byWeekday[wd] as number) + 1
    }
    expect(byWeekday[5]).toBeGreaterThan(1.4 * (byWeekday[0] as number)) // Saturday vs Monday
  })

  it('uses the four channels, with repeat customers and walk-ins', () => {
    expect(new Set(ds.orders.map((o) => o.channel))).toEqual(new Set(SAMPLE_CHANNELS))
    const perCustomer = new Map<string, number>()
    for (const o of ds.orders)
      if (o.customerId) perCustomer.set(o.customerId, (perCustomer.get(o.customerId) ?? 0) + 1)
    const repeaters = [...perCustomer.values()].filter((n) => n >= 2).length
    expect(repeaters / perCustomer.size).toBeGreaterThan(0.1)
    expect(repeaters / perCustomer.size).toBeLessThan(0.6)
    expect(ds.orders.some((o) => o.channel === 'store' && o.customerId === null)).toBe(true)
  })

  it('has ~3–6 % returns (some without a refund amount) and a few cancellations', () => {
    const n = ds.orders.length
    const returned = ds.orders.filter((o) => o.status === 'returned')
    const cancelled = ds.orders.filter((o) => o.status === 'cancelled').length
    expect(returned.length / n).toBeGreaterThan(0.03)
    expect(returned.length / n).toBeLessThan(0.06)
    expect(returned.some((o) => o.refund === 0)).toBe(true)
    expect(returned.some((o) => o.refund > 0 && o.refund < o.amountPaid)).toBe(true)
    expect(cancelled / n).toBeGreaterThan(0.002)
    expect(cancelled / n).toBeLessThan(0.03)
  })

  it('has daily traffic and spend per online channel and weekly inventory snapshots', () => {
    const trafficDays = new Set((ds.traffic ?? []).map((t) => t.date))
    expect(trafficDays.size).toBe(730)
    expect(new Set((ds.traffic ?? []).map((t) => t.channel))).toEqual(
      new Set(['taobao', 'douyin', 'wechat']),
    )
    expect(new Set((ds.spend ?? []).map((s) => s.channel))).toEqual(new Set(SAMPLE_CHANNELS))
    const snapDates = [...new Set((ds.inventory ?? []).map((r) => r.date))].sort()
    expect(snapDates.length).toBeGreaterThanOrEqual(104)
    for (let i = 1; i < snapDates.length; i++)
      expect(toEpochDay(snapDates[i] as IsoDate) - toEpochDay(snapDates[i - 1] as IsoDate)).toBe(7)
    expect((ds.inventory ?? []).length).toBe(snapDates.length * SAMPLE_PRODUCTS.length)
  })

  it('computeKpis over it gives a non-null value for every metric', () => {
    const input = prepare({ ...ds, orders: buildOrderColumns(ds.orders) })
    for (const period of [
      { from: addDays(END, -29), to: END },
      { from: addDays(END, -6), to: END },
      { from: addDays(END, -729), to: END },
      { from: isoDate('2025-11-01'), to: isoDate('2025-11-30') },
    ]) {
      const r = computeKpis(input, period)
      for (const f of KPI_FIELDS) expect(r.kpis[f], `${f} ${period.from}`).not.toBeNull()
      expect(r.missing).toEqual({})
      // plausible figures
      expect(r.kpis.conversionRate).toBeGreaterThan(0.02)
      expect(r.kpis.conversionRate).toBeLessThan(0.05)
      // the last 5 days' orders have no returns yet (returns lag), so short windows run lower
      expect(r.kpis.returnRate).toBeGreaterThan(0.01)
      expect(r.kpis.returnRate).toBeLessThan(0.08)
      expect(r.kpis.roas).toBeGreaterThan(2)
      expect(r.kpis.roas).toBeLessThan(20)
      expect(r.kpis.linesWithoutCost).toBe(0)
      expect(r.kpis.daysOfInventory).toBeGreaterThan(10)
      expect(r.kpis.daysOfInventory).toBeLessThan(120)
    }
    for (const channel of SAMPLE_CHANNELS) {
      const r = computeKpis(input, { from: addDays(END, -29), to: END }, { channel })
      expect(r.kpis.orders, channel).toBeGreaterThan(0)
      expect(r.kpis.marketingSpend, channel).not.toBeNull()
    }
  })

  it('prices follow the currency’s minor digits', () => {
    const jpy = generateSampleData({ seed: 1, endDate: END, currency: 'JPY', days: 30 })
    const cny = generateSampleData({ seed: 1, endDate: END, currency: 'CNY', days: 30 })
    expect(
      jpy.orders.every((o) => Number.isSafeInteger(o.amountPaid) && o.currency === 'JPY'),
    ).toBe(true)
    const nbJpy = jpy.orders.flatMap((o) => o.lines).find((l) => l.sku === 'NB-A5-DOT')?.unitPrice
    const nbCny = cny.orders.flatMap((o) => o.lines).find((l) => l.sku === 'NB-A5-DOT')?.unitPrice
    expect(nbCny).toBe(2990) // 29.90 CNY in fen
    expect(nbJpy).toBe(628) // ≈ 29.9 × 21 yen, no minor digits
    expect(cny.orders[0]?.date).toBe(addDays(END, -29))
  })

  it('scale multiplies the volume', () => {
    const base = generateSampleData({ seed: 5, endDate: END, currency: 'CNY', days: 20 })
    const big = generateSampleData({ seed: 5, endDate: END, currency: 'CNY', days: 20, scale: 4 })
    expect(big.orders.length / base.orders.length).toBeGreaterThan(3)
    expect(big.orders.length / base.orders.length).toBeLessThan(5)
  })
})
