import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  baselineSchema,
  campaignEconomics,
  campaignSchema,
  promotionSchema,
  perOrder,
  sensitivity,
  stackOrder,
  thresholdOff,
  type Baseline,
  type Campaign,
  type Promotion,
} from '../../../src/shared/campaign/economics'
import { minor } from '../../../src/shared/money'

const m = minor

describe('满减 alone (the brief’s check)', () => {
  // ¥200 orders, 10 a day, 40 % margin; 满200减30 for one day.
  const baseline: Baseline = { dailySales: m(200_000), dailyOrders: 10, grossMargin: 0.4 }
  const campaign: Campaign = {
    days: 1,
    promotions: [{ type: 'threshold', tiers: [{ threshold: m(20_000), off: m(3_000) }] }],
    adSpend: m(0),
    expectedUplift: 0.6,
  }

  it('effective discount 15 %, break-even uplift 60 %', () => {
    const r = campaignEconomics(baseline, campaign)
    expect(r.aov).toBe(20_000) // 200 000 ÷ 10
    expect(r.discountPerOrder).toBe(3_000)
    expect(r.effectiveDiscount).toBeCloseTo(0.15, 12)
    expect(r.breakEvenUplift).toBeCloseTo(0.6, 12) // 0.15 ÷ (0.40 − 0.15)
    // At exactly +60 %: 16 orders × (8 000 − 3 000) = 80 000 = the baseline 10 × 8 000.
    expect(r.orders).toBe(16)
    expect(r.revenue).toBe(272_000) // 16 × 17 000
    expect(r.grossProfit).toBe(80_000)
    expect(r.baselineGrossProfit).toBe(80_000)
    expect(r.incrementalProfit).toBe(0)
    expect(r.discountCost).toBe(48_000)
    expect(r.campaignCost).toBe(48_000)
    expect(r.roi).toBe(0)
    expect(r.effectiveMargin).toBeCloseTo(5_000 / 17_000, 12)
    expect(r.warnings).toEqual([])
    expect(r.verdict).toBe('promote.verdict.marginal')
  })

  it('sensitivity: incremental profit = −30 000 + 50 000 × uplift, 0 % … 200 %', () => {
    const s = sensitivity(baseline, campaign)
    expect(s).toHaveLength(21)
    expect(s[0]).toEqual({ uplift: 0, incrementalProfit: -30_000 })
    expect(s[6]).toEqual({ uplift: 0.6, incrementalProfit: 0 })
    expect(s[20]).toEqual({ uplift: 2, incrementalProfit: 70_000 })
    for (const [i, p] of s.entries())
      expect(p.incrementalProfit, String(i)).toBe(Math.round(-30_000 + 50_000 * p.uplift))
  })

  it('tiers: the highest tier reached applies, they do not add up', () => {
    const tiers = [
      { threshold: m(20_000), off: m(3_000) },
      { threshold: m(30_000), off: m(5_000) },
    ]
    expect(thresholdOff(19_999, tiers)).toBe(0)
    expect(thresholdOff(20_000, tiers)).toBe(3_000)
    expect(thresholdOff(35_000, tiers)).toBe(5_000)
  })
})

describe('stacked promotions', () => {
  // ¥250 orders, 100 a day for 10 days, 40 % margin, +50 % expected.
  const baseline: Baseline = { dailySales: m(2_500_000), dailyOrders: 100, grossMargin: 0.4 }
  const promotions: Promotion[] = [
    {
      type: 'coupon',
      value: m(2_000),
      threshold: m(15_000),
      quantity: 2_000,
      perPersonLimit: 1,
      validDays: 30,
      redemptionRate: 1,
    },
    { type: 'threshold', tiers: [{ threshold: m(20_000), off: m(3_000) }] },
    { type: 'percent-off', rate: 0.1 },
  ]
  const campaign: Campaign = { days: 10, promotions, adSpend: m(0), expectedUplift: 0.5 }

  it('applies item discount → 满减 → coupon whatever order they are given in', () => {
    expect(stackOrder(promotions).map((p) => p.type)).toEqual([
      'percent-off',
      'threshold',
      'coupon',
    ])
    // 25 000 − 10 % = 22 500; ≥ 20 000 so −3 000 = 19 500; ≥ 15 000 so −2 000 = 17 500.
    const r = campaignEconomics(baseline, campaign, { marginFloor: 0.15 })
    expect(r.discountPerOrder).toBe(7_500)
    expect(r.effectiveDiscount).toBeCloseTo(0.3, 12)
    expect(
      campaignEconomics(baseline, { ...campaign, promotions: [...promotions].reverse() })
        .discountPerOrder,
    ).toBe(7_500)
    // Unit profit 10 000 − 7 500 = 2 500; margin on the price paid 2 500 ÷ 17 500 = 14.3 % < 15 %.
    expect(r.effectiveMargin).toBeCloseTo(1 / 7, 12)
    expect(r.breakEvenUplift).toBeCloseTo(3, 12) // 7 500 ÷ 2 500
    expect(r.orders).toBe(1_500)
    expect(r.grossProfit).toBe(3_750_000)
    expect(r.baselineGrossProfit).toBe(10_000_000)
    expect(r.incrementalProfit).toBe(-6_250_000)
    expect(r.campaignCost).toBe(11_250_000) // 1 500 × 7 500
    expect(r.roi).toBeCloseTo(-6_250_000 / 11_250_000, 12)
    expect(r.verdict).toBe('promote.verdict.loss')
    expect(r.warnings).toEqual([
      { key: 'promote.warnings.stackBreaksFloor', values: { margin: 14.3, floor: 15, count: 3 } },
    ])
  })

  it('an item discount can push an order below a 满减 tier', () => {
    const d = perOrder(
      21_000,
      [
        { type: 'percent-off', rate: 0.1 },
        { type: 'threshold', tiers: [{ threshold: m(20_000), off: m(3_000) }] },
      ],
      100,
      1,
    )
    expect(d.discount).toBe(2_100) // 18 900 < 20 000: no 满减
  })

  it('limited coupons are spread over the orders (expected value)', () => {
    const coupon: Promotion = {
      type: 'coupon',
      value: m(2_000),
      threshold: m(0),
      quantity: 1_000,
      perPersonLimit: 1,
      validDays: 30,
      redemptionRate: 0.5,
    }
    // 500 redeemed over 1 000 orders → half the orders save 2 000 → 1 000 expected per order.
    expect(perOrder(10_000, [coupon], 1_000, 10).discount).toBe(1_000)
    // Valid 5 of 10 days: only 500 orders can use them; 500 redeemed → still 1 000.
    expect(perOrder(10_000, [{ ...coupon, validDays: 5 }], 1_000, 10).discount).toBe(1_000)
    // Valid 2 of 10 days: 200 orders at most → 400 per order.
    expect(perOrder(10_000, [{ ...coupon, validDays: 2 }], 1_000, 10).discount).toBe(400)
  })

  it('warns of few coupons and unsold flash-sale stock', () => {
    const r = campaignEconomics(
      { dailySales: m(100_000), dailyOrders: 10, grossMargin: 0.5 },
      {
        days: 1,
        promotions: [
          {
            type: 'coupon',
            value: m(500),
            threshold: m(0),
            quantity: 2,
            perPersonLimit: 1,
            validDays: 1,
            redemptionRate: 1,
          },
          { type: 'flash-sale', rate: 0.1, stock: 100 },
        ],
        adSpend: m(0),
        expectedUplift: 0,
      },
    )
    expect(r.warnings.map((w) => w.key)).toEqual([
      'promote.warnings.fewCoupons',
      'promote.warnings.flashStockUnsold',
      'promote.warnings.flashExcluded', // flash-sale items usually take no coupons
    ])
  })
})

describe('points liability, gifts and the other promotion types', () => {
  it('points: issued × redemption value × expected redemption rate, on the amount paid; ads in break-even', () => {
    // ¥100 orders, 20 a day for 7 days, 50 % margin; 5 % off; 1 point per ¥1 worth 1 fen, half redeemed.
    const r = campaignEconomics(
      { dailySales: m(200_000), dailyOrders: 20, aov: m(10_000), grossMargin: 0.5 },
      {
        days: 7,
        promotions: [
          {
            type: 'points',
            pointsPerUnit: 1,
            unit: m(100),
            redemptionValue: 1,
            redemptionRate: 0.5,
            expiryDays: 365,
          },
          { type: 'percent-off', rate: 0.05 },
        ],
        adSpend: m(14_000),
        expectedUplift: 0.1,
      },
    )
    // Paid 9 500 → 95 points → liability 95 × 1 × 0.5 = 47.5 per order.
    expect(r.discountPerOrder).toBe(500)
    expect(r.pointsLiabilityPerOrder).toBe(47.5)
    expect(r.orders).toBeCloseTo(154, 9)
    expect(r.pointsLiability).toBe(7_315) // 154 × 47.5
    expect(r.discountCost).toBe(77_000)
    expect(r.campaignCost).toBe(98_315) // + ads 14 000
    // Unit profit 5 000 − 547.5 = 4 452.5; break-even (547.5 + 14 000 ÷ 140) ÷ 4 452.5.
    expect(r.breakEvenUplift).toBeCloseTo(647.5 / 4_452.5, 12)
    expect(r.grossProfit).toBe(685_685) // 154 × 4 452.5
    expect(r.incrementalProfit).toBe(685_685 - 14_000 - 700_000)
    expect(r.roi).toBeCloseTo(-28_315 / 98_315, 12)
    expect(r.verdict).toBe('promote.verdict.loss')
  })

  it('gift at cost above its threshold only', () => {
    const gift: Promotion = { type: 'gift', giftCost: m(1_000), threshold: m(15_000) }
    expect(perOrder(10_000, [gift], 10, 1)).toEqual({ discount: 0, gift: 0, points: 0 })
    expect(perOrder(20_000, [gift], 10, 1)).toEqual({ discount: 0, gift: 1_000, points: 0 })
    const r = campaignEconomics(
      { dailySales: m(200_000), dailyOrders: 10, grossMargin: 0.4 },
      { days: 1, promotions: [gift], adSpend: m(0), expectedUplift: 0.2 },
    )
    expect(r.giftCost).toBe(12_000) // 12 orders × 1 000
    expect(r.breakEvenUplift).toBeCloseTo(1_000 / 7_000, 12)
    expect(r.revenue).toBe(240_000) // gifts do not lower the price
  })

  it.each<[string, Promotion, number]>([
    [
      'second item half price = 25 %',
      { type: 'buy-x-get-y', buy: 1, get: 1, getDiscount: 0.5 },
      5_000,
    ],
    ['buy 2 get 1 free = 1/3', { type: 'buy-x-get-y', buy: 2, get: 1, getDiscount: 1 }, 20_000 / 3],
    [
      'bundle 100 → 80 = 20 %',
      { type: 'bundle', listPrice: m(10_000), bundlePrice: m(8_000) },
      4_000,
    ],
    [
      'member price 10 % for 40 % of orders = 4 %',
      { type: 'member-price', rate: 0.1, share: 0.4 },
      800,
    ],
    [
      'flash sale 50 % on 50 of 100 orders = 25 %',
      { type: 'flash-sale', rate: 0.5, stock: 50 },
      5_000,
    ],
    ['amount off ¥10 = 5 %', { type: 'amount-off', amount: m(1_000) }, 1_000],
    ['percent off 20 %', { type: 'percent-off', rate: 0.2 }, 4_000],
  ])('%s', (_label, promo, discount) => {
    expect(perOrder(20_000, [promo], 100, 1).discount).toBeCloseTo(discount, 9)
  })

  it('never pays when the discount eats the margin', () => {
    const r = campaignEconomics(
      { dailySales: m(100_000), dailyOrders: 10, grossMargin: 0.4 },
      {
        days: 1,
        promotions: [{ type: 'percent-off', rate: 0.5 }],
        adSpend: m(0),
        expectedUplift: 1,
      },
    )
    expect(r.breakEvenUplift).toBeNull()
    expect(r.verdict).toBe('promote.verdict.neverPays')
    expect(r.warnings[0]?.key).toBe('promote.warnings.belowFloor')
  })

  it('a profitable campaign', () => {
    const r = campaignEconomics(
      { dailySales: m(200_000), dailyOrders: 10, grossMargin: 0.4 },
      {
        days: 1,
        promotions: [{ type: 'threshold', tiers: [{ threshold: m(20_000), off: m(3_000) }] }],
        adSpend: m(0),
        expectedUplift: 1,
      },
    )
    expect(r.incrementalProfit).toBe(20_000) // 20 × 5 000 − 80 000
    expect(r.verdict).toBe('promote.verdict.profitable')
  })

  it('properties: more uplift never lowers profit when orders make money; discount ≤ AOV', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 100_000 }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        (aov, margin, rate) => {
          const b: Baseline = { dailySales: m(aov * 10), dailyOrders: 10, grossMargin: margin }
          const c: Campaign = {
            days: 3,
            promotions: [
              { type: 'percent-off', rate },
              { type: 'amount-off', amount: m(500) },
            ],
            adSpend: m(0),
            expectedUplift: 0,
          }
          const r = campaignEconomics(b, c)
          expect(r.discountPerOrder).toBeLessThanOrEqual(aov)
          const s = sensitivity(b, c).map((p) => p.incrementalProfit)
          const up = r.breakEvenUplift !== null
          for (let i = 1; i < s.length; i++) {
            if (up) expect(s[i]!).toBeGreaterThanOrEqual(s[i - 1]!)
            else expect(s[i]!).toBeLessThanOrEqual(s[i - 1]!)
          }
        },
      ),
    )
  })
})

describe('schemas', () => {
  it('accept valid input and refuse bad input', () => {
    expect(
      campaignSchema.safeParse({
        days: 3,
        promotions: [
          { type: 'threshold', tiers: [{ threshold: 20_000, off: 3_000 }] },
          { type: 'bundle', listPrice: 10_000, bundlePrice: 8_000 },
        ],
        adSpend: 0,
        expectedUplift: 0.5,
      }).success,
    ).toBe(true)
    expect(promotionSchema.safeParse({ type: 'percent-off', rate: 1.5 }).success).toBe(false)
    expect(promotionSchema.safeParse({ type: 'amount-off', amount: 10.5 }).success).toBe(false)
    expect(
      promotionSchema.safeParse({ type: 'bundle', listPrice: 100, bundlePrice: 200 }).success,
    ).toBe(false)
    expect(promotionSchema.safeParse({ type: 'nope' }).success).toBe(false)
    expect(
      baselineSchema.safeParse({ dailySales: 100, dailyOrders: 0, grossMargin: 0.4 }).success,
    ).toBe(false)
    expect(
      baselineSchema.safeParse({ dailySales: 100, dailyOrders: 2, grossMargin: 0.4 }).success,
    ).toBe(true)
  })
})
