import { z } from 'zod'
import { minor, type Minor } from '../money'

/**
 * Campaign economics: will a promotion pay for itself?
 *
 * Model (every formula hand-checkable; money in integer minor units, rates as fractions):
 * - Baseline over the campaign's `days`: B = dailyOrders × days orders of value AOV (list price),
 *   gross margin m (so the unit cost of an order is AOV × (1 − m)).
 * - The campaign brings uplift u: N = B × (1 + u) orders, each of list value AOV.
 * - Each promotion gives an expected per-order price reduction (discount) or cost (gift at cost,
 *   points liability); `share` is the fraction of orders that use it (default 1).
 * - Stacking order (as Tmall/JD apply them): 1) item-level price cuts — member price, time-limited
 *   discount (% or amount), flash sale, buy X get Y, bundle — each on the price left by the previous
 *   one; 2) store spend-threshold reduction 满减 on the amount after item-level cuts; 3) coupons on
 *   the amount after 满减; then points are earned on the amount actually paid and gifts are added at
 *   cost. Thresholds are tested against the amount at that step, so an item discount can push an
 *   order below a 满减 tier.
 * - Effective discount per order d = AOV − price paid; rate e = d ÷ AOV.
 * - Per-order cost c = d + gift cost + points liability; unit margin after the promotion
 *   AOV × m − c; effective margin = (AOV × m − c) ÷ (AOV − d) (on the price paid).
 * - Break-even uplift (extra orders needed to earn the baseline gross profit back, ads included):
 *   u* = (c + ads ÷ B) ÷ (AOV × m − c). Without ads and costs other than the discount this is
 *   e ÷ (m − e): 满200减30 on a ¥200 order at 40 % margin → e = 15 %, u* = 0.15 ÷ 0.25 = 60 %.
 *   None when AOV × m ≤ c (every extra order loses money).
 * - Revenue = N × (AOV − d); gross profit = N × (AOV × m − c) (after discounts, gifts and points);
 *   campaign cost = N × c + ads; incremental profit = gross profit − ads − B × AOV × m;
 *   ROI = incremental profit ÷ campaign cost.
 * - Points liability = points issued × redemption value × expected redemption rate (points that
 *   expire unused cost nothing; the expected rate is meant within the expiry period).
 * - Threshold promotions (满减, coupons, gifts) and the average order: the course sets a 满减
 *   threshold at 1.3–1.6 × AOV, so the average order never reaches it. When the owner gives
 *   `share` (the fraction of orders expected to reach the threshold), those orders get the
 *   reduction of the tier at max(price, lowest threshold) whatever the average price is. Their
 *   extra spend (凑单) is not counted: the result errs on the careful side. Without `share` the
 *   threshold is tested against the average price (every order is the average order).
 */

/** The shop's normal trading, per day. */
export interface Baseline {
  dailySales: Minor
  dailyOrders: number
  /** Average order value; dailySales ÷ dailyOrders (rounded) when absent. */
  aov?: Minor
  /** Gross margin as a fraction of list price (0.4 = 40 %). */
  grossMargin: number
  /**
   * Orders per buyer in a period like the campaign (imported data: orders ÷ buyers; default 1).
   * Caps coupons at buyers × per-person limit.
   */
  ordersPerBuyer?: number
}

interface Share {
  /** Fraction of orders using this promotion (0–1, default 1). */
  share?: number
}

/** Time-limited discount: a percentage off. */
export interface PercentOff extends Share {
  type: 'percent-off'
  rate: number
}
/** Time-limited discount: a fixed amount off each order. */
export interface AmountOff extends Share {
  type: 'amount-off'
  amount: Minor
}
/** Member price: `rate` off for members; `share` = fraction of orders placed by members. */
export interface MemberPrice extends Share {
  type: 'member-price'
  rate: number
}
/** Flash sale: `rate` off on at most `stock` orders (one discounted unit each) of the campaign. */
export interface FlashSale extends Share {
  type: 'flash-sale'
  rate: number
  stock: number
}
/**
 * Buy X get Y at `getDiscount` off (1 = free; second item half price = buy 1 get 1 at 0.5): an order
 * taking it holds X + Y items of equal price, so the order's discount rate is Y × getDiscount ÷ (X + Y).
 */
export interface BuyXGetY extends Share {
  type: 'buy-x-get-y'
  buy: number
  get: number
  getDiscount: number
}
/** Bundle: items listed at `listPrice` together sold for `bundlePrice`; rate (list − bundle) ÷ list. */
export interface Bundle extends Share {
  type: 'bundle'
  listPrice: Minor
  bundlePrice: Minor
}
/** 满减: the highest tier whose threshold the amount reaches applies (tiers do not add up). */
export interface ThresholdReduction extends Share {
  type: 'threshold'
  tiers: { threshold: Minor; off: Minor }[]
}
/**
 * Coupon worth `value` on amounts ≥ `threshold`. Redeemed coupons = quantity × redemptionRate, at
 * most one per order and at most perPersonLimit per buyer (buyers = orders ÷ the baseline's orders
 * per buyer); only orders within the first `validDays` of the campaign can use them.
 */
export interface Coupon extends Share {
  type: 'coupon'
  value: Minor
  threshold: Minor
  quantity: number
  perPersonLimit: number
  validDays: number
  redemptionRate: number
}
/** Gift with purchase: costs `giftCost` (at cost price) on each order ≥ `threshold`. */
export interface Gift extends Share {
  type: 'gift'
  giftCost: Minor
  threshold: Minor
}
/**
 * Points: `pointsPerUnit` points per `unit` minor units paid (1 point per ¥1: unit 100), each worth
 * `redemptionValue` minor units when redeemed; `redemptionRate` of the points are expected to be
 * redeemed before they expire after `expiryDays`.
 */
export interface Points extends Share {
  type: 'points'
  pointsPerUnit: number
  unit: Minor
  redemptionValue: number
  redemptionRate: number
  expiryDays: number
}

export type Promotion =
  | PercentOff
  | AmountOff
  | MemberPrice
  | FlashSale
  | BuyXGetY
  | Bundle
  | ThresholdReduction
  | Coupon
  | Gift
  | Points

/** A campaign: its promotions (stacked), length, advertising and the uplift expected. */
export interface Campaign {
  days: number
  promotions: Promotion[]
  adSpend: Minor
  /** Expected extra orders as a fraction of baseline orders (0.3 = +30 %). */
  expectedUplift: number
}

export interface EconomicsOptions {
  /** Warn when the effective margin falls below this fraction (default 0.1). */
  marginFloor?: number
}

/** A warning as an i18n key with values. */
export interface CampaignWarning {
  key: string
  values?: Record<string, string | number>
}

export interface CampaignEconomics {
  aov: Minor
  baselineOrders: number
  orders: number
  /** Expected discount per order (minor units, may be fractional: an expectation). */
  discountPerOrder: number
  /** d ÷ AOV. */
  effectiveDiscount: number
  giftCostPerOrder: number
  pointsLiabilityPerOrder: number
  /** Break-even uplift as a fraction of baseline orders; null when no uplift can pay back. */
  breakEvenUplift: number | null
  revenue: Minor
  grossProfit: Minor
  baselineGrossProfit: Minor
  discountCost: Minor
  giftCost: Minor
  pointsLiability: Minor
  adSpend: Minor
  campaignCost: Minor
  incrementalProfit: Minor
  /** Incremental profit ÷ campaign cost; null when the campaign costs nothing. */
  roi: number | null
  effectiveMargin: number
  warnings: CampaignWarning[]
  verdict: string
}

const ITEM_LEVEL = new Set<Promotion['type']>([
  'member-price',
  'percent-off',
  'amount-off',
  'flash-sale',
  'buy-x-get-y',
  'bundle',
])
const STEP: Record<Promotion['type'], number> = {
  'member-price': 0,
  'percent-off': 0,
  'amount-off': 0,
  'flash-sale': 0,
  'buy-x-get-y': 0,
  bundle: 0,
  threshold: 1,
  coupon: 2,
  gift: 3,
  points: 3,
}

/** Promotions in the order platforms apply them (stable within a step). */
export function stackOrder(promotions: readonly Promotion[]): Promotion[] {
  return promotions
    .map((p, i) => ({ p, i }))
    .sort((a, b) => STEP[a.p.type] - STEP[b.p.type] || a.i - b.i)
    .map((x) => x.p)
}

/** The 满减 reduction on an amount: the highest tier reached, else 0. */
export function thresholdOff(amount: number, tiers: ThresholdReduction['tiers']): number {
  let best = 0
  for (const t of tiers) if (amount >= t.threshold && t.off > best) best = t.off
  return best
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x))

function aovOf(b: Baseline): Minor {
  if (b.aov !== undefined) return b.aov
  if (b.dailyOrders <= 0) throw new RangeError('dailyOrders must be positive')
  return minor(Math.round(b.dailySales / b.dailyOrders))
}

interface PerOrder {
  discount: number
  gift: number
  points: number
}

/**
 * Expected per-order discount, gift cost and points liability for `orders` campaign orders of list
 * value `aov`, applying the promotions in stack order. Shares make these expectations: a promotion
 * used by a fraction s of orders reduces the expected price by s × its reduction on the price left.
 */
export function perOrder(
  aov: number,
  promotions: readonly Promotion[],
  orders: number,
  days: number,
  ordersPerBuyer = 1,
): PerOrder {
  let price = aov
  let gift = 0
  let points = 0
  for (const p of stackOrder(promotions)) {
    const s = clamp01(p.share ?? 1)
    switch (p.type) {
      case 'percent-off':
      case 'member-price':
        price -= s * price * clamp01(p.rate)
        break
      case 'amount-off':
        price -= s * Math.min(price, p.amount)
        break
      case 'flash-sale': {
        const used = orders > 0 ? Math.min(s, p.stock / orders) : 0
        price -= used * price * clamp01(p.rate)
        break
      }
      case 'buy-x-get-y':
        price -= (s * price * p.get * clamp01(p.getDiscount)) / (p.buy + p.get)
        break
      case 'bundle':
        price -= (s * price * Math.max(0, p.listPrice - p.bundlePrice)) / p.listPrice
        break
      case 'threshold': {
        const lowest = Math.min(...p.tiers.map((t) => t.threshold))
        const level = p.share !== undefined ? Math.max(price, lowest) : price
        price -= s * Math.min(price, thresholdOff(level, p.tiers))
        break
      }
      case 'coupon': {
        if ((p.share === undefined && price < p.threshold) || orders <= 0) break
        const ordersInValidity = (orders * Math.min(p.validDays, days)) / days
        const buyersCap = (orders / Math.max(1, ordersPerBuyer)) * p.perPersonLimit
        const redeemed = Math.min(
          p.quantity * clamp01(p.redemptionRate),
          ordersInValidity * s,
          buyersCap,
        )
        price -= (redeemed / orders) * Math.min(price, p.value)
        break
      }
      case 'gift':
        if (p.share !== undefined || price >= p.threshold) gift += s * p.giftCost
        break
      case 'points': {
        const issued = Math.floor(price / p.unit) * p.pointsPerUnit
        points += s * issued * p.redemptionValue * clamp01(p.redemptionRate)
        break
      }
    }
  }
  return { discount: aov - price, gift, points }
}

/**
 * Verdict keys (i18n `promote.verdict.*`): neverPays when no uplift can pay back (break-even none);
 * loss when incremental profit < 0 at the expected uplift; marginal when ROI < 10 %; else profitable.
 */
export type Verdict = 'profitable' | 'marginal' | 'loss' | 'neverPays'

const round = (x: number): Minor => minor(Math.round(x))

/** The economics of a campaign against the baseline. See the module comment for every formula. */
export function campaignEconomics(
  baseline: Baseline,
  campaign: Campaign,
  opts: EconomicsOptions = {},
): CampaignEconomics {
  if (!(campaign.days > 0)) throw new RangeError('days must be positive')
  const floor = opts.marginFloor ?? 0.1
  const aov = aovOf(baseline)
  const m = baseline.grossMargin
  const B = baseline.dailyOrders * campaign.days
  const N = B * (1 + campaign.expectedUplift)
  const po = perOrder(aov, campaign.promotions, N, campaign.days, baseline.ordersPerBuyer)
  const c = po.discount + po.gift + po.points
  const unitProfit = aov * m - c
  const paid = aov - po.discount
  const effectiveMargin = paid > 0 ? unitProfit / paid : -Infinity
  const breakEvenUplift = unitProfit > 0 && B > 0 ? (c + campaign.adSpend / B) / unitProfit : null
  const grossProfit = round(N * unitProfit)
  const baselineGrossProfit = round(B * aov * m)
  const discountCost = round(N * po.discount)
  const giftCost = round(N * po.gift)
  const pointsLiability = round(N * po.points)
  const campaignCost = minor(discountCost + giftCost + pointsLiability + campaign.adSpend)
  const incrementalProfit = minor(grossProfit - campaign.adSpend - baselineGrossProfit)
  const roi = campaignCost > 0 ? incrementalProfit / campaignCost : null

  const warnings: CampaignWarning[] = []
  const priceCuts = campaign.promotions.filter(
    (p) => ITEM_LEVEL.has(p.type) || p.type === 'threshold' || p.type === 'coupon',
  )
  if (effectiveMargin < floor) {
    const pct = (x: number): number => Math.round(x * 1000) / 10
    warnings.push(
      priceCuts.length > 1
        ? {
            key: 'promote.warnings.stackBreaksFloor',
            values: { margin: pct(effectiveMargin), floor: pct(floor), count: priceCuts.length },
          }
        : {
            key: 'promote.warnings.belowFloor',
            values: { margin: pct(effectiveMargin), floor: pct(floor) },
          },
    )
  }
  for (const p of campaign.promotions) {
    if (
      p.type === 'coupon' &&
      p.quantity * clamp01(p.redemptionRate) < N * clamp01(p.share ?? 1) * 0.5
    ) {
      warnings.push({ key: 'promote.warnings.fewCoupons' })
    }
    if (p.type === 'flash-sale' && p.stock > N)
      warnings.push({ key: 'promote.warnings.flashStockUnsold' })
  }
  // Stacking rules the numbers cannot know: platforms usually keep flash-sale items out of 满减
  // and coupons, and never add up two promotions of the same kind.
  const types = campaign.promotions.map((p) => p.type)
  if (types.includes('flash-sale') && (types.includes('threshold') || types.includes('coupon')))
    warnings.push({ key: 'promote.warnings.flashExcluded' })
  const dup = types.find((x, i) => types.indexOf(x) !== i)
  if (dup) warnings.push({ key: 'promote.warnings.sameKindTwice', values: { type: dup } })
  const verdict: Verdict =
    breakEvenUplift === null
      ? 'neverPays'
      : incrementalProfit < 0
        ? 'loss'
        : roi !== null && roi < 0.1
          ? 'marginal'
          : 'profitable'
  return {
    aov,
    baselineOrders: B,
    orders: N,
    discountPerOrder: po.discount,
    effectiveDiscount: po.discount / aov,
    giftCostPerOrder: po.gift,
    pointsLiabilityPerOrder: po.points,
    breakEvenUplift,
    revenue: round(N * paid),
    grossProfit,
    baselineGrossProfit,
    discountCost,
    giftCost,
    pointsLiability,
    adSpend: campaign.adSpend,
    campaignCost,
    incrementalProfit,
    roi,
    effectiveMargin,
    warnings,
    verdict: `promote.verdict.${verdict}`,
  }
}

/** Incremental profit at uplifts 0 %, step, … max (default 0 … 200 % by 10 %): for a chart. */
export function sensitivity(
  baseline: Baseline,
  campaign: Campaign,
  opts: EconomicsOptions & { max?: number; step?: number } = {},
): { uplift: number; incrementalProfit: Minor }[] {
  const max = opts.max ?? 2
  const step = opts.step ?? 0.1
  const out: { uplift: number; incrementalProfit: Minor }[] = []
  for (let i = 0; i * step <= max + 1e-9; i++) {
    const uplift = Math.round(i * step * 1e6) / 1e6
    out.push({
      uplift,
      incrementalProfit: campaignEconomics(baseline, { ...campaign, expectedUplift: uplift }, opts)
        .incrementalProfit,
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Schemas: for campaigns saved by the app or read from files (the types above are their output).
// ---------------------------------------------------------------------------------------------

const money = z
  .number()
  .int()
  .transform((n) => minor(n))
const nonNegMoney = z
  .number()
  .int()
  .nonnegative()
  .transform((n) => minor(n))
const fraction = z.number().min(0).max(1)
const share = { share: fraction.optional() }

/** Validates a baseline. */
export const baselineSchema = z.object({
  dailySales: nonNegMoney,
  dailyOrders: z.number().positive(),
  aov: nonNegMoney.optional(),
  grossMargin: z.number().min(0).max(1),
  ordersPerBuyer: z.number().min(1).optional(),
})

/** Validates one promotion (discriminated by `type`). */
export const promotionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('percent-off'), rate: fraction, ...share }),
  z.object({ type: z.literal('amount-off'), amount: nonNegMoney, ...share }),
  z.object({ type: z.literal('member-price'), rate: fraction, ...share }),
  z.object({
    type: z.literal('flash-sale'),
    rate: fraction,
    stock: z.number().int().nonnegative(),
    ...share,
  }),
  z.object({
    type: z.literal('buy-x-get-y'),
    buy: z.number().int().positive(),
    get: z.number().int().positive(),
    getDiscount: fraction,
    ...share,
  }),
  z
    .object({ type: z.literal('bundle'), listPrice: money, bundlePrice: nonNegMoney, ...share })
    .refine((b) => b.listPrice > 0 && b.bundlePrice <= b.listPrice, { path: ['bundlePrice'] }),
  z.object({
    type: z.literal('threshold'),
    tiers: z.array(z.object({ threshold: nonNegMoney, off: nonNegMoney })).min(1),
    ...share,
  }),
  z.object({
    type: z.literal('coupon'),
    value: nonNegMoney,
    threshold: nonNegMoney,
    quantity: z.number().int().nonnegative(),
    perPersonLimit: z.number().int().positive(),
    validDays: z.number().int().positive(),
    redemptionRate: fraction,
    ...share,
  }),
  z.object({ type: z.literal('gift'), giftCost: nonNegMoney, threshold: nonNegMoney, ...share }),
  z.object({
    type: z.literal('points'),
    pointsPerUnit: z.number().nonnegative(),
    unit: z
      .number()
      .int()
      .positive()
      .transform((n) => minor(n)),
    redemptionValue: z.number().nonnegative(),
    redemptionRate: fraction,
    expiryDays: z.number().int().positive(),
    ...share,
  }),
])

/** Validates a campaign. */
export const campaignSchema = z.object({
  days: z.number().int().positive(),
  promotions: z.array(promotionSchema),
  adSpend: nonNegMoney,
  expectedUplift: z.number().min(-1),
})
