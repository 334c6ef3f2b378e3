import { z } from 'zod'
import { minor, type Minor } from '../money'

/**
 * Loyalty-programme design (the course's CRM part): what points and member tiers cost as a share
 * of sales, and how much more members must buy for the programme to pay.
 *
 * Model (rates as fractions of sales at list price; every number hand-checkable):
 * - Points: `earnPoints` points per `earnPer` minor units paid; `burnPoints` points are worth
 *   `burnValue` minor units when redeemed; `redemptionRate` of issued points are redeemed before
 *   they expire (unredeemed points cost nothing).
 *   Points cost rate p = earnPoints ÷ earnPer × burnValue ÷ burnPoints × redemptionRate.
 *   1 point per ¥1 (earnPer 100), 100 points = ¥1 (burnValue 100), 60 % redeemed →
 *   p = 1/100 × 100/100 × 0.6 = 0.6 % of sales.
 * - Tiers: a member reaches a tier at `threshold` spend (minor units, e.g. a year's spend), gets
 *   an extra `discount` off list price and earns points × `multiplier` on the amount paid:
 *   tier cost rate = discount + p × multiplier × (1 − discount).
 * - `salesShare` of a tier: the part of all sales made by its members (the rest is bought by
 *   non-members and costs nothing). Weighted cost share = Σ salesShare × tier cost rate.
 * - Break-even: with gross margin m and cost share k, members' sales must grow by k ÷ (m − k) for
 *   the gross profit to stay where it was (none when k ≥ m).
 */

const fraction = z.number().min(0).max(1)
const money = z.number().int().nonnegative()

/** One member tier. */
export const loyaltyTierSchema = z.object({
  name: z.string().trim().min(1).max(40),
  /** Spend needed to reach the tier (minor units). */
  threshold: money,
  /** Extra discount off list price for the tier's members (0–1). */
  discount: fraction,
  /** Points multiplier (1 = the base rate). */
  multiplier: z.number().min(0).max(20),
  /** Share of all sales made by the tier's members (0–1). */
  salesShare: fraction,
})
/** One member tier. */
export type LoyaltyTier = z.infer<typeof loyaltyTierSchema>

/** The loyalty programme (settings key `loyalty`). Loose: fields a newer version adds survive. */
export const loyaltySchema = z
  .looseObject({
    earnPoints: z.number().min(0).max(1000),
    earnPer: z.number().int().positive(),
    burnPoints: z.number().int().positive(),
    burnValue: z.number().int().positive(),
    redemptionRate: fraction,
    expiryDays: z.number().int().positive().max(3660),
    /** The shop's gross margin (0–1), for the break-even uplift. */
    grossMargin: fraction,
    tiers: z.array(loyaltyTierSchema).max(8),
  })
  .superRefine((p, ctx) => {
    const total = p.tiers.reduce((s, t) => s + t.salesShare, 0)
    if (total > 1 + 1e-9)
      ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'tier sales shares exceed 100 %' })
    for (let i = 1; i < p.tiers.length; i++) {
      if (p.tiers[i]!.threshold <= p.tiers[i - 1]!.threshold)
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'threshold'],
          message: 'tier thresholds must rise',
        })
    }
  })
/** The loyalty programme. */
export type Loyalty = z.infer<typeof loyaltySchema>

/** A starting design: 1 point per ¥1, 100 points = ¥1, 60 % redeemed, three tiers. */
export function defaultLoyalty(
  tierNames: readonly [string, string, string] = ['Member', 'Silver', 'Gold'],
): Loyalty {
  return {
    earnPoints: 1,
    earnPer: 100,
    burnPoints: 100,
    burnValue: 100,
    redemptionRate: 0.6,
    expiryDays: 365,
    grossMargin: 0.4,
    tiers: [
      { name: tierNames[0], threshold: 0, discount: 0, multiplier: 1, salesShare: 0.5 },
      { name: tierNames[1], threshold: 100_000, discount: 0.05, multiplier: 1.5, salesShare: 0.3 },
      { name: tierNames[2], threshold: 500_000, discount: 0.1, multiplier: 2, salesShare: 0.2 },
    ],
  }
}

/** Points cost as a fraction of the amount paid: earn rate × value of a point × redemption rate. */
export function pointsCostRate(
  p: Pick<Loyalty, 'earnPoints' | 'earnPer' | 'burnPoints' | 'burnValue' | 'redemptionRate'>,
): number {
  return (p.earnPoints / p.earnPer) * (p.burnValue / p.burnPoints) * p.redemptionRate
}

/** Cost of one tier as a fraction of its members' sales at list price. */
export function tierCostRate(tier: LoyaltyTier, pointsRate: number): number {
  return tier.discount + pointsRate * tier.multiplier * (1 - tier.discount)
}

/** The costs of a design, optionally in money for the shop's yearly sales. */
export interface LoyaltyCosts {
  /** Points cost per unit paid at the base rate. */
  pointsRate: number
  tiers: { name: string; costRate: number; salesShare: number; weightedCost: number }[]
  /** Share of sales bought by non-members. */
  nonMemberShare: number
  /** Σ salesShare × tier cost rate: the programme's cost as a share of all sales. */
  costShare: number
  /** Growth of members' sales needed to keep the gross profit; null when cost ≥ margin. */
  breakEvenUplift: number | null
  /** Cost in minor units for `sales` (when given). */
  yearlyCost: Minor | null
}

/** Costs of a loyalty design. `sales`: the shop's sales over the period to cost (minor units). */
export function loyaltyCosts(p: Loyalty, sales: Minor | null = null): LoyaltyCosts {
  const pointsRate = pointsCostRate(p)
  const tiers = p.tiers.map((t) => {
    const costRate = tierCostRate(t, pointsRate)
    return {
      name: t.name,
      costRate,
      salesShare: t.salesShare,
      weightedCost: costRate * t.salesShare,
    }
  })
  const memberShare = tiers.reduce((s, t) => s + t.salesShare, 0)
  const costShare = tiers.reduce((s, t) => s + t.weightedCost, 0)
  const headroom = p.grossMargin - costShare
  return {
    pointsRate,
    tiers,
    nonMemberShare: Math.max(0, 1 - memberShare),
    costShare,
    breakEvenUplift: headroom > 0 ? costShare / headroom : null,
    yearlyCost: sales === null ? null : minor(Math.round(sales * costShare)),
  }
}

/** Points earned on an order of `amount` minor units at the base rate (whole points, rounded down). */
export function pointsFor(p: Pick<Loyalty, 'earnPoints' | 'earnPer'>, amount: Minor): number {
  return Math.floor((amount * p.earnPoints) / p.earnPer + 1e-9)
}

/** The highest tier whose threshold `spend` reaches (index), or -1 when none. */
export function tierFor(p: Pick<Loyalty, 'tiers'>, spend: Minor): number {
  let found = -1
  p.tiers.forEach((t, i) => {
    if (spend >= t.threshold) found = i
  })
  return found
}
