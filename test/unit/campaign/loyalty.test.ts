import { describe, expect, it } from 'vitest'
import {
  defaultLoyalty,
  loyaltyCosts,
  loyaltySchema,
  pointsCostRate,
  pointsFor,
  tierCostRate,
  tierFor,
  type Loyalty,
} from '../../../src/shared/campaign/loyalty'
import { loyaltySettingSchema } from '../../../src/shared/campaign/stored'
import { settingValueSchemas } from '../../../src/shared/backup/tables'
import { minor } from '../../../src/shared/money'

const base: Loyalty = {
  earnPoints: 1,
  earnPer: 100, // 1 point per ¥1
  burnPoints: 100,
  burnValue: 100, // 100 points = ¥1
  redemptionRate: 0.6,
  expiryDays: 365,
  grossMargin: 0.4,
  tiers: [],
}

describe('loyalty costs (hand-checked)', () => {
  it('1 point per ¥1, 100 points = ¥1, 60 % redeemed costs 0.6 % of sales', () => {
    expect(pointsCostRate(base)).toBeCloseTo(0.006, 12)
    // 2 points per ¥1, 50 points = ¥1, all redeemed: 2/100 × 100/50 × 1 = 4 %
    expect(
      pointsCostRate({ ...base, earnPoints: 2, burnPoints: 50, redemptionRate: 1 }),
    ).toBeCloseTo(0.04, 12)
    // Nothing redeemed: nothing paid.
    expect(pointsCostRate({ ...base, redemptionRate: 0 })).toBe(0)
  })

  it('a tier adds its discount and earns points on the amount paid', () => {
    // 5 % off + 0.6 % × 1.5 × 0.95 = 0.05 + 0.00855
    expect(
      tierCostRate(
        { name: 's', threshold: 0, discount: 0.05, multiplier: 1.5, salesShare: 0.3 },
        0.006,
      ),
    ).toBeCloseTo(0.05855, 12)
  })

  it('weights the tiers by their share of sales', () => {
    const p = defaultLoyalty()
    const c = loyaltyCosts(p, minor(10_000_000)) // ¥100,000 a year
    // Member 0.006, Silver 0.05855, Gold 0.1 + 0.006 × 2 × 0.9 = 0.1108
    expect(c.tiers.map((t) => t.costRate)).toEqual([
      expect.closeTo(0.006, 12),
      expect.closeTo(0.05855, 12),
      expect.closeTo(0.1108, 12),
    ])
    // 0.5 × 0.006 + 0.3 × 0.05855 + 0.2 × 0.1108 = 0.003 + 0.017565 + 0.02216 = 0.042725
    expect(c.costShare).toBeCloseTo(0.042725, 12)
    expect(c.nonMemberShare).toBeCloseTo(0, 12)
    expect(c.yearlyCost).toBe(427_250) // ¥4,272.50
    // 0.042725 ÷ (0.4 − 0.042725) = 0.11958…
    expect(c.breakEvenUplift).toBeCloseTo(0.042725 / 0.357275, 12)
  })

  it('non-members cost nothing and no break-even exists when cost reaches the margin', () => {
    const one = loyaltyCosts({
      ...base,
      tiers: [{ name: 'm', threshold: 0, discount: 0, multiplier: 1, salesShare: 0.25 }],
    })
    expect(one.nonMemberShare).toBeCloseTo(0.75, 12)
    expect(one.costShare).toBeCloseTo(0.0015, 12) // 0.25 × 0.6 %
    expect(one.yearlyCost).toBeNull()
    const dear = loyaltyCosts({
      ...base,
      grossMargin: 0.1,
      tiers: [{ name: 'vip', threshold: 0, discount: 0.2, multiplier: 1, salesShare: 1 }],
    })
    expect(dear.breakEvenUplift).toBeNull()
  })

  it('points per order and the tier a spend reaches', () => {
    expect(pointsFor(base, minor(12_345))).toBe(123)
    const p = defaultLoyalty()
    expect(tierFor(p, minor(99_999))).toBe(0)
    expect(tierFor(p, minor(100_000))).toBe(1)
    expect(tierFor(p, minor(600_000))).toBe(2)
    expect(tierFor({ tiers: [] }, minor(5))).toBe(-1)
  })
})

describe('loyalty schema', () => {
  it('is the settings schema for key loyalty and accepts the default', () => {
    expect(loyaltySettingSchema).toBe(loyaltySchema)
    expect(settingValueSchemas.loyalty).toBe(loyaltySchema)
    expect(loyaltySchema.parse(defaultLoyalty(['会员', '银卡', '金卡']))).toEqual(
      defaultLoyalty(['会员', '银卡', '金卡']),
    )
  })

  it('keeps unknown fields and rejects bad designs', () => {
    expect(loyaltySchema.parse({ ...base, futureField: 1 })).toMatchObject({ futureField: 1 })
    const tier = { name: 'a', threshold: 0, discount: 0, multiplier: 1, salesShare: 0.6 }
    expect(
      loyaltySchema.safeParse({ ...base, tiers: [tier, { ...tier, name: 'b', threshold: 1 }] })
        .success,
    ).toBe(false) // shares add up to 120 %
    expect(
      loyaltySchema.safeParse({
        ...base,
        tiers: [
          { ...tier, salesShare: 0.1 },
          { ...tier, name: 'b', salesShare: 0.1 },
        ],
      }).success,
    ).toBe(false) // thresholds do not rise
    expect(loyaltySchema.safeParse({ ...base, redemptionRate: 1.5 }).success).toBe(false)
    expect(loyaltySchema.safeParse({ ...base, earnPer: 0 }).success).toBe(false)
    expect(loyaltySchema.safeParse({}).success).toBe(false)
  })
})
