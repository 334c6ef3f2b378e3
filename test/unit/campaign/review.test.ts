import { describe, expect, it } from 'vitest'
import { isoDate } from '../../../src/shared/dates'
import { minor } from '../../../src/shared/money'
import { KPI_FIELDS, type KpiField, type KpiResult } from '../../../src/shared/kpi/types'
import { campaignEconomics, type Baseline } from '../../../src/shared/campaign/economics'
import { reviewCampaign } from '../../../src/shared/campaign/review'

function actual(days: number, values: Partial<Record<KpiField, number | null>>): KpiResult {
  const all = Object.fromEntries(KPI_FIELDS.map((f) => [f, null])) as Record<
    KpiField,
    number | null
  >
  return {
    period: { from: isoDate('2026-11-10'), to: isoDate('2026-11-11') },
    days,
    channel: null,
    kpis: { ...all, ...values },
    missing: {},
    warnings: [],
    fedBy: {},
  }
}

// ¥200 orders, 10 a day, 40 % margin; 满200减30 on every order for 2 days.
const baseline: Baseline = { dailySales: minor(200_000), dailyOrders: 10, grossMargin: 0.4 }
const planned = campaignEconomics(baseline, {
  days: 2,
  promotions: [{ type: 'threshold', tiers: [{ threshold: minor(20_000), off: minor(3_000) }] }],
  adSpend: minor(0),
  expectedUplift: 0.6,
})

describe('after the campaign', () => {
  it('lift, incremental gross profit and ROI from the data’s costs (hand-checked)', () => {
    // 36 orders paid ¥170 each: ¥6 120; COGS 36 × ¥120 = ¥4 320.
    const r = reviewCampaign({
      baseline,
      actual: actual(2, {
        orders: 36,
        grossSales: 612_000,
        netSales: 612_000,
        aov: 17_000,
        cogs: 432_000,
        linesWithoutCost: 0,
      }),
      planned,
      adSpend: minor(0),
      campaignDays: 2,
    })
    expect(r?.baselineOrders).toBe(20)
    expect(r?.lift).toBeCloseTo(0.8, 12) // 36 ÷ 20 − 1
    expect(r?.grossProfit).toBe(180_000) // 612 000 − 432 000
    expect(r?.baselineGrossProfit).toBe(160_000) // 20 × 8 000
    expect(r?.incrementalProfit).toBe(20_000)
    expect(r?.campaignCost).toBe(108_000) // 36 × 3 000
    expect(r?.roi).toBeCloseTo(20_000 / 108_000, 12)
    expect(r?.costSource).toBe('data')
    expect(r?.reachedBreakEven).toBe(true) // 80 % ≥ 60 %
    expect(r?.verdict).toBe('paid')
  })

  it('without costs in the data the cost is estimated from the list value: same answer here', () => {
    const r = reviewCampaign({
      baseline,
      actual: actual(2, {
        orders: 36,
        grossSales: 612_000,
        netSales: 612_000,
        aov: 17_000,
        cogs: null,
      }),
      planned,
      adSpend: minor(0),
      campaignDays: 2,
    })
    // (612 000 + 36 × 3 000) × 0.6 = 432 000
    expect(r?.grossProfit).toBe(180_000)
    expect(r?.costSource).toBe('estimated')
  })

  it('a flop with ads, on part of the window; points liability comes off the profit', () => {
    const withPoints = campaignEconomics(baseline, {
      days: 4,
      promotions: [
        { type: 'threshold', tiers: [{ threshold: minor(20_000), off: minor(3_000) }] },
        // 1 point per ¥1 paid, worth ¥0.01, half redeemed: 170 × 1 × 0.5 = 85 per order.
        {
          type: 'points',
          pointsPerUnit: 1,
          unit: minor(100),
          redemptionValue: 1,
          redemptionRate: 0.5,
          expiryDays: 365,
        },
      ],
      adSpend: minor(40_000),
      expectedUplift: 0.6,
    })
    expect(withPoints.pointsLiabilityPerOrder).toBe(85)
    const r = reviewCampaign({
      baseline,
      // 2 of 4 days imported; 22 orders.
      actual: actual(2, {
        orders: 22,
        grossSales: 374_000,
        netSales: 374_000,
        aov: 17_000,
        cogs: 264_000,
        linesWithoutCost: 0,
      }),
      planned: withPoints,
      adSpend: minor(40_000),
      campaignDays: 4,
    })
    expect(r?.lift).toBeCloseTo(0.1, 12)
    expect(r?.adSpend).toBe(20_000) // half the days
    expect(r?.grossProfit).toBe(374_000 - 264_000 - 22 * 85) // 108 130
    expect(r?.incrementalProfit).toBe(108_130 - 20_000 - 160_000)
    expect(r?.campaignCost).toBe(22 * 3_085 + 20_000)
    expect(r?.reachedBreakEven).toBe(false)
    expect(r?.verdict).toBe('lost')
  })

  it('no data in the window: no review', () => {
    expect(
      reviewCampaign({
        baseline,
        actual: actual(0, {}),
        planned,
        adSpend: minor(0),
        campaignDays: 2,
      }),
    ).toBeNull()
  })
})
