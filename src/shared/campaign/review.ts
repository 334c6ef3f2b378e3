import { minor, type Minor } from '../money'
import type { KpiResult } from '../kpi/types'
import type { Baseline } from './economics'

/**
 * After the campaign (issue 6, part 5): what the imported orders of the campaign window say
 * against the baseline. Money in minor units; formulas (D = days of the window with data):
 * - baseline orders B = daily orders × D; actual orders A; lift = A ÷ B − 1;
 * - baseline gross profit = B × AOV × margin (as in the plan's economics);
 * - actual gross profit = net sales − cost of goods (COGS from the data; without costs, the cost
 *   is estimated as (net sales + the planned discount per order × A) × (1 − margin): the list
 *   value of what was sold at the baseline's cost share) − A × (gift cost + points liability per
 *   order, as planned);
 * - advertising = the actual spend the owner typed, else the planned spend, for the days covered;
 * - incremental profit = actual gross profit − advertising − baseline gross profit;
 * - campaign cost = A × (planned discount + gift + points per order) + advertising;
 * - ROI = incremental profit ÷ campaign cost (null when it cost nothing).
 */

/** The planned per-order amounts the review needs (from CampaignEconomics). */
export interface PlannedPerOrder {
  discountPerOrder: number
  giftCostPerOrder: number
  pointsLiabilityPerOrder: number
  breakEvenUplift: number | null
}

/** The result of a campaign against its baseline. */
export interface CampaignReview {
  days: number
  /** Days of the campaign with imported data (≤ the campaign's length). */
  campaignDays: number
  baselineOrders: number
  orders: number
  lift: number | null
  baselineSales: Minor
  sales: Minor
  aov: Minor | null
  grossProfit: Minor
  baselineGrossProfit: Minor
  costSource: 'data' | 'estimated'
  adSpend: Minor
  campaignCost: Minor
  incrementalProfit: Minor
  roi: number | null
  /** Did the lift reach the break-even uplift of the plan? null: the plan never breaks even. */
  reachedBreakEven: boolean | null
  /** i18n key `promoteUi.review.verdicts.<v>`. */
  verdict: 'paid' | 'lost'
}

const round = (x: number): Minor => minor(Math.round(x))

/** Compares the KPIs of the campaign window with the baseline. Null when the window has no data. */
export function reviewCampaign(input: {
  baseline: Baseline
  actual: KpiResult
  planned: PlannedPerOrder
  /** Advertising for the whole campaign (actual when known, else planned). */
  adSpend: Minor
  campaignDays: number
}): CampaignReview | null {
  const { baseline, actual, planned } = input
  const D = actual.days
  if (!(D > 0)) return null
  const k = actual.kpis
  const aov = baseline.aov ?? Math.round(baseline.dailySales / baseline.dailyOrders)
  const m = baseline.grossMargin
  const B = baseline.dailyOrders * D
  const A = k.orders ?? 0
  const net = k.netSales ?? 0
  const cogs = k.cogs
  const hasCost = cogs !== null && cogs > 0 && (k.linesWithoutCost ?? 0) === 0
  const goodsCost = hasCost ? cogs : (net + A * planned.discountPerOrder) * (1 - m)
  const extras = A * (planned.giftCostPerOrder + planned.pointsLiabilityPerOrder)
  const grossProfit = round(net - goodsCost - extras)
  const baselineGrossProfit = round(B * aov * m)
  const share = Math.min(1, D / Math.max(1, input.campaignDays))
  const adSpend = round(input.adSpend * share)
  const incrementalProfit = minor(grossProfit - adSpend - baselineGrossProfit)
  const campaignCost = minor(
    round(
      A * (planned.discountPerOrder + planned.giftCostPerOrder + planned.pointsLiabilityPerOrder),
    ) + adSpend,
  )
  const lift = B > 0 ? A / B - 1 : null
  return {
    days: D,
    campaignDays: input.campaignDays,
    baselineOrders: B,
    orders: A,
    lift,
    baselineSales: round(baseline.dailySales * D),
    sales: minor(k.grossSales ?? 0),
    aov: k.aov === null ? null : minor(k.aov),
    grossProfit,
    baselineGrossProfit,
    costSource: hasCost ? 'data' : 'estimated',
    adSpend,
    campaignCost,
    incrementalProfit,
    roi: campaignCost > 0 ? incrementalProfit / campaignCost : null,
    reachedBreakEven:
      planned.breakEvenUplift === null || lift === null ? null : lift >= planned.breakEvenUplift,
    verdict: incrementalProfit >= 0 ? 'paid' : 'lost',
  }
}
