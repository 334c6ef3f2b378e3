import { describe, expect, it } from 'vitest'
import { isoDate } from '../../../src/shared/dates'
import { minor } from '../../../src/shared/money'
import type { KpiField, KpiResult } from '../../../src/shared/kpi/types'
import { KPI_FIELDS } from '../../../src/shared/kpi/types'
import { campaignEconomics, perOrder } from '../../../src/shared/campaign/economics'
import {
  PROMOTION_TYPES,
  baselineFromKpis,
  defaultBaselinePeriod,
  defaultChecklist,
  defaultPromotion,
  newCampaign,
  peakDailyOrders,
  economicsOfPlan,
  planEconomics,
  plannedEconomics,
  rescheduleChecklist,
  resolveBaseline,
  restorePlan,
  validatePlan,
} from '../../../src/shared/campaign/planner'
import { campaignRowSchema } from '../../../src/shared/campaign/stored'
import { promotionSchema } from '../../../src/shared/campaign/economics'

const d = isoDate

function kpis(
  period: { from: string; to: string },
  days: number,
  values: Partial<Record<KpiField, number | null>>,
): KpiResult {
  const all = Object.fromEntries(KPI_FIELDS.map((f) => [f, null])) as Record<
    KpiField,
    number | null
  >
  return {
    period: { from: d(period.from), to: d(period.to) },
    days,
    channel: null,
    kpis: { ...all, ...values },
    missing: {},
    warnings: [],
    fedBy: {},
  }
}

describe('baseline from imported KPIs', () => {
  it('28 days before the campaign, or the last 28 days of data, clipped to the data', () => {
    const range = { from: d('2025-01-01'), to: d('2026-11-25') }
    expect(defaultBaselinePeriod(d('2026-11-01'), range)).toEqual({
      from: d('2026-10-04'),
      to: d('2026-10-31'),
    })
    // Planned ahead: the data ends before the campaign.
    expect(defaultBaselinePeriod(d('2027-06-01'), range)).toEqual({
      from: d('2026-10-29'),
      to: d('2026-11-25'),
    })
    expect(defaultBaselinePeriod(d('2025-01-10'), range)).toEqual({
      from: d('2025-01-01'),
      to: d('2025-01-09'),
    })
    expect(defaultBaselinePeriod(d('2025-01-01'), range)).toBeNull()
  })

  it('daily sales, orders, AOV and margin (hand-checked on the sample shop’s October)', () => {
    // 28 days, 2 086 orders, ¥135 979.88 gross, ¥130 600.67 net, COGS ¥49 168.46.
    const r = baselineFromKpis(
      kpis({ from: '2026-10-04', to: '2026-10-31' }, 28, {
        orders: 2_086,
        grossSales: 13_597_988,
        netSales: 13_060_067,
        aov: 6_519,
        cogs: 4_916_846,
        linesWithoutCost: 0,
        buyers: 1_996,
      }),
    )
    expect(r).not.toBeNull()
    expect(r?.dailySales).toBe(485_642) // 13 597 988 ÷ 28 = 485 642.4
    expect(r?.dailyOrders).toBeCloseTo(74.5, 12) // 2 086 ÷ 28
    expect(r?.aov).toBe(6_519)
    expect(r?.grossMargin).toBeCloseTo((13_060_067 - 4_916_846) / 13_060_067, 12) // 62.35 %
    expect(r?.ordersPerBuyer).toBeCloseTo(2_086 / 1_996, 12)
  })

  it('no costs → no margin; no orders → no baseline', () => {
    const r = baselineFromKpis(
      kpis({ from: '2026-10-01', to: '2026-10-10' }, 10, {
        orders: 50,
        grossSales: 500_000,
        netSales: 480_000,
        aov: 10_000,
        cogs: null,
      }),
    )
    expect(r?.grossMargin).toBeNull()
    expect(r?.dailyOrders).toBe(5)
    expect(r?.ordersPerBuyer).toBe(1) // no buyers known
    expect(
      baselineFromKpis(kpis({ from: '2026-10-01', to: '2026-10-10' }, 10, { orders: 0 })),
    ).toBeNull()
  })

  it('imported figures with a typed margin when the data has no costs; typed figures otherwise', () => {
    const imported = {
      period: { from: d('2026-10-01'), to: d('2026-10-10') },
      days: 10,
      dailySales: minor(50_000),
      dailyOrders: 5,
      aov: minor(10_000),
      grossMargin: null,
      linesWithoutCost: 0,
      ordersPerBuyer: 1.25,
    }
    const input = {
      source: 'imported' as const,
      period: null,
      typedMargin: false,
      dailySales: 0,
      dailyOrders: 0,
      grossMargin: 0.35,
    }
    expect(resolveBaseline(input, imported)).toEqual({
      baseline: {
        dailySales: 50_000,
        dailyOrders: 5,
        aov: 10_000,
        grossMargin: 0.35,
        ordersPerBuyer: 1.25,
      },
      source: 'imported',
      marginSource: 'typed',
    })
    expect(resolveBaseline(input, { ...imported, grossMargin: 0.5 })?.baseline.grossMargin).toBe(
      0.5,
    )
    expect(
      resolveBaseline({ ...input, typedMargin: true }, { ...imported, grossMargin: 0.5 })?.baseline
        .grossMargin,
    ).toBe(0.35)
    // No imported data: the typed figures, or nothing when they are empty.
    expect(resolveBaseline(input, null)).toBeNull()
    expect(
      resolveBaseline(
        { ...input, source: 'typed', dailySales: 200_000, dailyOrders: 10 },
        imported,
      ),
    ).toEqual({
      baseline: { dailySales: 200_000, dailyOrders: 10, grossMargin: 0.35 },
      source: 'typed',
      marginSource: 'typed',
    })
  })
})

describe('满减 above the average order (the course’s threshold at 1.3–1.6 × AOV)', () => {
  const tiers = [{ threshold: minor(20_000), off: minor(3_000) }]
  it('without a share the average order is tested: ¥65 never reaches ¥200', () => {
    expect(perOrder(6_500, [{ type: 'threshold', tiers }], 100, 1).discount).toBe(0)
  })
  it('with the share of orders reaching it, those orders get the reduction', () => {
    // 30 % of orders reach ¥200 and get ¥30 off: 0.3 × 3 000 = 900 per order on average.
    const r = campaignEconomics(
      { dailySales: minor(650_000), dailyOrders: 100, grossMargin: 0.6 },
      {
        days: 11,
        promotions: [{ type: 'threshold', tiers, share: 0.3 }],
        adSpend: minor(0),
        expectedUplift: 0.3,
      },
    )
    expect(r.discountPerOrder).toBeCloseTo(900, 9)
    // e = 900 ÷ 6 500 = 13.85 %; u* = 900 ÷ (3 900 − 900) = 30 %.
    expect(r.breakEvenUplift).toBeCloseTo(0.3, 12)
    expect(r.incrementalProfit).toBe(0)
  })
  it('coupon and gift with a share are not tested against the average order either', () => {
    const coupon = {
      type: 'coupon' as const,
      value: minor(1_000),
      threshold: minor(9_900),
      quantity: 1_000,
      perPersonLimit: 1,
      validDays: 10,
      redemptionRate: 1,
      share: 0.2,
    }
    // 1 000 orders, 20 % can use it (200 ≤ 1 000 coupons): 0.2 × 1 000 = 200 per order.
    expect(perOrder(6_500, [coupon], 1_000, 10).discount).toBeCloseTo(200, 9)
    expect(
      perOrder(
        6_500,
        [{ type: 'gift', giftCost: minor(500), threshold: minor(15_000), share: 0.1 }],
        10,
        1,
      ).gift,
    ).toBeCloseTo(50, 9)
  })
})

describe('plans', () => {
  const now = '2026-11-25T10:00:00.000Z'
  const plan = newCampaign({
    id: 'c1',
    name: '双11 满减',
    start: d('2026-11-01'),
    end: d('2026-11-11'),
    type: 'threshold',
    hasImports: true,
    now,
  })

  it('every type has valid defaults and a new plan is a valid row', () => {
    for (const type of PROMOTION_TYPES) {
      expect(promotionSchema.safeParse(defaultPromotion(type)).success, type).toBe(true)
      expect(validatePlan({ ...plan, promotions: [defaultPromotion(type)] }), type).toEqual([])
    }
    expect(campaignRowSchema.safeParse(plan).success).toBe(true)
    expect(defaultPromotion('threshold', 1)).toMatchObject({
      tiers: [{ threshold: 200, off: 30 }], // JPY: no minor digits
    })
  })

  it('restores a row the calendar wrote with only a name and dates', () => {
    const restored = restorePlan({
      id: 'x',
      name: '618',
      start: '2026-06-01',
      end: '2026-06-18',
      createdAt: now,
      updatedAt: now,
      color: 'red', // a newer field survives
    })
    expect(restored?.promotions).toEqual([])
    expect(restored?.checklist).toHaveLength(7)
    expect(restored?.expectedUplift).toBe(0.3)
    expect(restored?.color).toBe('red')
    expect(
      restorePlan({
        id: 'x',
        name: 'bad',
        start: '2026-06-18',
        end: '2026-06-01',
        createdAt: now,
        updatedAt: now,
      }),
    ).toBeNull()
  })

  it('refuses bad plans with a message key per problem', () => {
    const keys = (p: typeof plan) => validatePlan(p).map((i) => i.key)
    expect(keys({ ...plan, name: '  ' })).toEqual(['promoteUi.errors.name'])
    expect(keys({ ...plan, end: d('2026-10-30') })).toEqual(['promoteUi.errors.endBeforeStart'])
    expect(keys({ ...plan, end: d('2027-03-01') })).toEqual(['promoteUi.errors.tooLong'])
    expect(keys({ ...plan, promotions: [] })).toEqual(['promoteUi.errors.noPromotion'])
    expect(
      keys({
        ...plan,
        promotions: [
          { type: 'threshold', tiers: [{ threshold: minor(3_000), off: minor(3_000) }] },
        ],
      }),
    ).toEqual(['promoteUi.errors.tierOff'])
    expect(
      keys({
        ...plan,
        promotions: [{ type: 'bundle', listPrice: minor(100), bundlePrice: minor(120) }],
      }),
    ).toContain('promoteUi.errors.bundlePrice')
    expect(keys({ ...plan, baseline: { ...plan.baseline, source: 'typed' } })).toEqual([
      'promoteUi.errors.baselineOrders',
      'promoteUi.errors.baselineSales',
    ])
  })

  it('the sensitivity curve reaches past break-even and the expected uplift', () => {
    const { economics, curve } = planEconomics(
      { ...plan, expectedUplift: 0.2 },
      { dailySales: minor(650_000), dailyOrders: 100, grossMargin: 0.6 },
    )
    expect(economics.breakEvenUplift).toBeCloseTo(0.3, 12)
    const last = curve[curve.length - 1]
    expect(last?.uplift).toBe(1.5) // max(1, 0.2, 0.3) × 1.5
    expect(curve[0]).toEqual({ uplift: 0, incrementalProfit: -990_000 }) // 1 100 orders × 900
    expect(curve.find((p) => p.uplift === 0.3)?.incrementalProfit).toBe(0)
  })

  it('the figures shown (planner and PDF): none without baseline, promotion or valid dates', () => {
    const typed = {
      ...plan,
      baseline: {
        ...plan.baseline,
        source: 'typed' as const,
        dailySales: 650_000,
        dailyOrders: 100,
      },
    }
    const resolved = resolveBaseline(typed.baseline, null)
    expect(plannedEconomics(typed, resolved)).toEqual(planEconomics(typed, resolved!.baseline))
    expect(economicsOfPlan(typed, null)).toEqual(planEconomics(typed, resolved!.baseline).economics)
    expect(plannedEconomics(typed, null)).toBeNull()
    expect(plannedEconomics({ ...typed, promotions: [] }, resolved)).toBeNull()
    expect(plannedEconomics({ ...typed, end: d('2026-10-01') }, resolved)).toBeNull()
    // A problem elsewhere (an empty name) still shows the figures.
    expect(plannedEconomics({ ...typed, name: '' }, resolved)).not.toBeNull()
    // Imported figures win over typed ones when the plan reads imported data.
    const imported = baselineFromKpis(
      kpis({ from: '2026-10-04', to: '2026-10-31' }, 28, {
        orders: 2_800,
        grossSales: 56_000_000,
        netSales: 50_000_000,
        cogs: 25_000_000,
        aov: 20_000,
        buyers: 1_400,
      }),
    )
    const fromData = { ...typed, baseline: { ...typed.baseline, source: 'imported' as const } }
    expect(economicsOfPlan(fromData, imported)?.baselineOrders).toBe(1_100) // 100 a day × 11
    expect(economicsOfPlan(fromData, imported)?.aov).toBe(20_000)
    expect(economicsOfPlan(fromData, null)?.aov).toBe(6_500) // typed: ¥6,500 ÷ 100 orders
  })
})

describe('checklist', () => {
  it('built-in items due relative to the campaign, moved with it', () => {
    const items = defaultChecklist(d('2026-11-01'), d('2026-11-11'))
    const due = Object.fromEntries(items.map((i) => [i.key, i.due]))
    expect(due).toEqual({
      registration: '2026-10-11',
      stock: '2026-10-18',
      logistics: '2026-10-18',
      staff: '2026-10-25',
      scripts: '2026-10-29',
      rules: '2026-10-29',
      review: '2026-11-18',
    })
    const own = {
      id: 'own-1',
      key: null,
      text: '订礼品盒',
      due: d('2026-10-20'),
      done: true,
      riskId: null,
    }
    const moved = rescheduleChecklist([...items, own], d('2026-06-01'), d('2026-06-18'))
    expect(moved.find((i) => i.key === 'registration')?.due).toBe('2026-05-11')
    expect(moved.find((i) => i.key === 'review')?.due).toBe('2026-06-25')
    expect(moved.find((i) => i.id === 'own-1')).toEqual(own)
  })

  it('peak orders a day: baseline × (1 + uplift), rounded up', () => {
    expect(
      peakDailyOrders({ dailySales: minor(1), dailyOrders: 74.5, grossMargin: 0.5 }, 0.3),
    ).toBe(97) // 96.85
    expect(peakDailyOrders({ dailySales: minor(1), dailyOrders: 10, grossMargin: 0.5 }, 0.5)).toBe(
      15,
    )
  })
})

describe('stacking rules the numbers cannot know', () => {
  const baseline = { dailySales: minor(200_000), dailyOrders: 10, grossMargin: 0.6 }
  const run = (promotions: Parameters<typeof campaignEconomics>[1]['promotions']) =>
    campaignEconomics(baseline, {
      days: 1,
      promotions,
      adSpend: minor(0),
      expectedUplift: 0,
    }).warnings.map((w) => w.key)
  it('flash sale with 满减 or coupons: platforms usually exclude it', () => {
    expect(run([defaultPromotion('flash-sale'), defaultPromotion('threshold')])).toContain(
      'promote.warnings.flashExcluded',
    )
    expect(run([defaultPromotion('flash-sale'), defaultPromotion('points')])).not.toContain(
      'promote.warnings.flashExcluded',
    )
  })
  it('two promotions of the same kind do not add up', () => {
    expect(run([defaultPromotion('threshold'), defaultPromotion('threshold')])).toContain(
      'promote.warnings.sameKindTwice',
    )
    expect(run([defaultPromotion('threshold'), defaultPromotion('coupon')])).toEqual([])
  })
})

describe('coupons per person', () => {
  const coupon = {
    type: 'coupon' as const,
    value: minor(1_000),
    threshold: minor(0),
    quantity: 1_000,
    perPersonLimit: 1,
    validDays: 10,
    redemptionRate: 1,
  }
  it('at most buyers × limit coupons: 100 orders by 50 buyers (2 each), 1 per person → 50', () => {
    expect(perOrder(10_000, [coupon], 100, 10, 2).discount).toBe(500) // 50 ÷ 100 × 1 000
    expect(perOrder(10_000, [{ ...coupon, perPersonLimit: 2 }], 100, 10, 2).discount).toBe(1_000)
    expect(perOrder(10_000, [coupon], 100, 10).discount).toBe(1_000) // one order per buyer
    const e = campaignEconomics(
      { dailySales: minor(100_000), dailyOrders: 10, grossMargin: 0.5, ordersPerBuyer: 2 },
      { days: 10, promotions: [coupon], adSpend: minor(0), expectedUplift: 0 },
    )
    expect(e.discountPerOrder).toBe(500)
  })
})
