import { addDays, toEpochDay, type IsoDate } from '../dates'
import { minor, type Minor } from '../money'
import type { KpiResult, Period } from '../kpi/types'
import {
  campaignEconomics,
  promotionSchema,
  sensitivity,
  type Baseline,
  type Campaign,
  type CampaignEconomics,
  type Promotion,
} from './economics'
import type { CampaignBaselineInput, CampaignChecklistItem, ChecklistKey } from './stored'
import { CHECKLIST_KEYS, campaignRowSchema } from './stored'

/**
 * The campaign planner's pure side (issue 6): a stored row with every default filled in (a
 * "plan"), the baseline read from imported KPIs, the inputs of the economics, validation with
 * i18n messages, and the checklist defaults. The UI only calls these.
 */

/** Promotion types in the order the planner offers them (i18n `promoteUi.types.<type>`). */
export const PROMOTION_TYPES = [
  'threshold',
  'percent-off',
  'amount-off',
  'coupon',
  'buy-x-get-y',
  'gift',
  'points',
  'member-price',
  'bundle',
  'flash-sale',
] as const satisfies readonly Promotion['type'][]

/** A promotion type. */
export type PromotionType = (typeof PROMOTION_TYPES)[number]

/**
 * A new promotion of a type with sensible starting values (money in minor units of a 2-digit
 * currency scaled by `unit` = 10^digits: ¥200 is 200 × unit). Starting values follow the course
 * (m4-l3, m4-l4): 满200减30 reached by 30 % of orders, a ¥10 coupon on ¥99, 1 point per ¥1 worth ¥0.01.
 */
export function defaultPromotion(type: PromotionType, unit = 100): Promotion {
  const m = (major: number): Minor => minor(Math.round(major * unit))
  switch (type) {
    case 'threshold':
      return { type, tiers: [{ threshold: m(200), off: m(30) }], share: 0.3 }
    case 'percent-off':
      return { type, rate: 0.1 }
    case 'amount-off':
      return { type, amount: m(10) }
    case 'coupon':
      return {
        type,
        value: m(10),
        threshold: m(99),
        quantity: 500,
        perPersonLimit: 1,
        validDays: 7,
        redemptionRate: 0.3,
        share: 0.3,
      }
    case 'buy-x-get-y':
      return { type, buy: 1, get: 1, getDiscount: 0.5, share: 0.2 }
    case 'gift':
      return { type, giftCost: m(5), threshold: m(150), share: 0.2 }
    case 'points':
      return {
        type,
        pointsPerUnit: 1,
        unit: m(1),
        redemptionValue: unit / 100,
        redemptionRate: 0.3,
        expiryDays: 365,
      }
    case 'member-price':
      return { type, rate: 0.05, share: 0.3 }
    case 'bundle':
      return { type, listPrice: m(100), bundlePrice: m(85), share: 0.2 }
    case 'flash-sale':
      return { type, rate: 0.3, stock: 50 }
  }
}

/** A campaign row with every planner field present. */
export interface CampaignPlan {
  id: string
  name: string
  start: IsoDate
  end: IsoDate
  createdAt: string
  updatedAt: string
  promotions: Promotion[]
  products: string
  baseline: CampaignBaselineInput
  adSpend: Minor
  expectedUplift: number
  marginFloor: number
  checklist: CampaignChecklistItem[]
  review: { actualAdSpend: Minor | null; lessons: string }
  /** Fields of newer versions, kept untouched. */
  [extra: string]: unknown
}

/** The baseline settings of a new campaign: imported data when there is some, else typed. */
export function defaultBaselineInput(hasImports: boolean): CampaignBaselineInput {
  return {
    source: hasImports ? 'imported' : 'typed',
    period: null,
    typedMargin: false,
    dailySales: 0,
    dailyOrders: 0,
    grossMargin: 0.4,
  }
}

/** A new campaign with one promotion of `type` and the default checklist. */
export function newCampaign(input: {
  id: string
  name: string
  start: IsoDate
  end: IsoDate
  type: PromotionType
  hasImports: boolean
  now: string
  moneyUnit?: number
}): CampaignPlan {
  const plan: CampaignPlan = {
    id: input.id,
    name: input.name,
    start: input.start,
    end: input.end,
    createdAt: input.now,
    updatedAt: input.now,
    promotions: [defaultPromotion(input.type, input.moneyUnit)],
    products: '',
    baseline: defaultBaselineInput(input.hasImports),
    adSpend: minor(0),
    expectedUplift: 0.3,
    marginFloor: 0.1,
    checklist: [],
    review: { actualAdSpend: null, lessons: '' },
  }
  return { ...plan, checklist: defaultChecklist(plan.start, plan.end) }
}

/**
 * Restore layer for a stored row: fills the planner's fields an older row (or one the calendar
 * wrote with only name and dates) lacks, keeps unknown fields. Returns null when the row is not
 * a valid campaign at all.
 */
export function restorePlan(row: unknown): CampaignPlan | null {
  const parsed = campaignRowSchema.safeParse(row)
  if (!parsed.success) return null
  const r = parsed.data
  return {
    ...r,
    start: r.start as IsoDate,
    end: r.end as IsoDate,
    promotions: r.promotions ?? [],
    products: r.products ?? '',
    baseline: r.baseline ?? defaultBaselineInput(true),
    adSpend: minor(r.adSpend ?? 0),
    expectedUplift: r.expectedUplift ?? 0.3,
    marginFloor: r.marginFloor ?? 0.1,
    checklist: r.checklist ?? defaultChecklist(r.start as IsoDate, r.end as IsoDate),
    review: {
      actualAdSpend: r.review?.actualAdSpend == null ? null : minor(r.review.actualAdSpend),
      lessons: r.review?.lessons ?? '',
    },
  }
}

/** Number of days of a campaign, both ends included. */
export function campaignDays(plan: Pick<CampaignPlan, 'start' | 'end'>): number {
  return toEpochDay(plan.end) - toEpochDay(plan.start) + 1
}

// ---------------------------------------------------------------------------------------------
// Baseline
// ---------------------------------------------------------------------------------------------

/** Length of the automatic baseline period: four whole weeks, so weekdays weigh equally. */
export const BASELINE_DAYS = 28

/**
 * The automatic baseline period: the 28 days before the campaign starts; when the data ends
 * earlier (a campaign planned ahead), the last 28 days of data. Clipped to the data's first day.
 * Null when the data has no day before the campaign.
 */
export function defaultBaselinePeriod(start: IsoDate, range: Period): Period | null {
  const dayBefore = addDays(start, -1)
  const to = dayBefore < range.to ? dayBefore : range.to
  if (to < range.from) return null
  const from0 = addDays(to, -(BASELINE_DAYS - 1))
  return { from: from0 > range.from ? from0 : range.from, to }
}

/** The baseline figures read from one period's KPIs. */
export interface ImportedBaseline {
  period: Period
  days: number
  dailySales: Minor
  dailyOrders: number
  aov: Minor
  /** (net sales − cost of goods) ÷ net sales; null when the data has no costs. */
  grossMargin: number | null
  /** Order lines without a known cost (the margin leaves them out). */
  linesWithoutCost: number
  /** Orders ÷ buyers (≥ 1): caps coupons per person. */
  ordersPerBuyer: number
}

/**
 * Daily sales, orders, AOV and margin of a period of imported data (KPI definitions): daily
 * sales = gross sales ÷ days, daily orders = orders ÷ days, AOV = the KPI (gross sales ÷
 * orders), margin = (net sales − COGS) ÷ net sales, orders per buyer = orders ÷ buyers. Null
 * when the period has no orders.
 */
export function baselineFromKpis(result: KpiResult): ImportedBaseline | null {
  const k = result.kpis
  const orders = k.orders ?? 0
  const gross = k.grossSales ?? 0
  if (orders <= 0 || result.days <= 0) return null
  const net = k.netSales
  const cogs = k.cogs
  const grossMargin =
    cogs !== null && net !== null && net > 0 && cogs > 0 ? Math.max(0, (net - cogs) / net) : null
  return {
    period: result.period,
    days: result.days,
    dailySales: minor(Math.round(gross / result.days)),
    dailyOrders: orders / result.days,
    aov: minor(k.aov ?? Math.round(gross / orders)),
    grossMargin,
    linesWithoutCost: k.linesWithoutCost ?? 0,
    ordersPerBuyer: k.buyers !== null && k.buyers > 0 ? Math.max(1, orders / k.buyers) : 1,
  }
}

/** Which figures the economics use, and where each came from. */
export interface ResolvedBaseline {
  baseline: Baseline
  source: 'imported' | 'typed'
  marginSource: 'imported' | 'typed'
}

/**
 * The baseline the economics use: imported figures when the plan asks for them and they exist
 * (the margin typed when the data has no costs or the owner prefers his own), else the typed
 * figures. Null when the typed figures cannot make a baseline (no orders).
 */
export function resolveBaseline(
  input: CampaignBaselineInput,
  imported: ImportedBaseline | null,
): ResolvedBaseline | null {
  if (input.source === 'imported' && imported) {
    const useTyped = input.typedMargin || imported.grossMargin === null
    return {
      baseline: {
        dailySales: imported.dailySales,
        dailyOrders: imported.dailyOrders,
        aov: imported.aov,
        grossMargin: useTyped ? input.grossMargin : (imported.grossMargin as number),
        ordersPerBuyer: imported.ordersPerBuyer,
      },
      source: 'imported',
      marginSource: useTyped ? 'typed' : 'imported',
    }
  }
  if (!(input.dailyOrders > 0) || !(input.dailySales > 0)) return null
  return {
    baseline: {
      dailySales: minor(input.dailySales),
      dailyOrders: input.dailyOrders,
      grossMargin: input.grossMargin,
    },
    source: 'typed',
    marginSource: 'typed',
  }
}

/** The economics inputs of a plan. */
export function campaignOf(plan: CampaignPlan): Campaign {
  return {
    days: campaignDays(plan),
    promotions: plan.promotions,
    adSpend: plan.adSpend,
    expectedUplift: plan.expectedUplift,
  }
}

/** Economics and sensitivity of a plan against a baseline (the sensitivity range covers break-even). */
export function planEconomics(
  plan: CampaignPlan,
  baseline: Baseline,
): { economics: CampaignEconomics; curve: { uplift: number; incrementalProfit: Minor }[] } {
  const campaign = campaignOf(plan)
  const opts = { marginFloor: plan.marginFloor }
  const economics = campaignEconomics(baseline, campaign, opts)
  const be = economics.breakEvenUplift
  const reach = Math.max(1, plan.expectedUplift, be !== null && be < 5 ? be : 0)
  // Up to 1.5 × the largest point of interest, in 5 % or 10 % steps: ~20–60 points.
  const max = Math.ceil(reach * 1.5 * 10) / 10
  const step = max > 3 ? 0.1 : 0.05
  return { economics, curve: sensitivity(baseline, campaign, { ...opts, max, step }) }
}

/** What the planner shows for a plan: its economics and sensitivity curve. */
export type PlanOutcome = ReturnType<typeof planEconomics>

/**
 * The economics the planner shows for a plan, or null when it shows none: no usable baseline, no
 * promotion, or promotions or dates with problems (`issues`, by default `validatePlan(plan)`).
 * The planner and the print documents both call this, so they cannot disagree.
 */
export function plannedEconomics(
  plan: CampaignPlan,
  resolved: ResolvedBaseline | null,
  issues: readonly PlanIssue[] = validatePlan(plan),
): PlanOutcome | null {
  if (!resolved || plan.promotions.length === 0) return null
  if (issues.some((i) => i.field.startsWith('promotions') || i.field === 'end')) return null
  try {
    return planEconomics(plan, resolved.baseline)
  } catch {
    return null
  }
}

/**
 * A plan's economics against its baseline: the imported figures when it reads imported data and
 * they exist (`imported`, from the data hook), else its typed figures (resolveBaseline). Null
 * when the planner would show no figures.
 */
export function economicsOfPlan(
  plan: CampaignPlan,
  imported: ImportedBaseline | null,
): CampaignEconomics | null {
  return plannedEconomics(plan, resolveBaseline(plan.baseline, imported))?.economics ?? null
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** A problem with a plan: an i18n key (`promoteUi.errors.*`) and the field it concerns. */
export interface PlanIssue {
  key: string
  field: string
  values?: Record<string, string | number>
}

/** Longest campaign the planner accepts (a season, not a year-round discount). */
export const MAX_CAMPAIGN_DAYS = 92

/**
 * Every problem that keeps a plan from being saved, with a translated message key: empty name,
 * end before start, too long, no promotion, a 满减 tier that takes off as much as its threshold,
 * a bundle dearer than its parts, typed baseline without orders, and anything the row schema
 * refuses (reported as `invalid`).
 */
export function validatePlan(plan: CampaignPlan): PlanIssue[] {
  const issues: PlanIssue[] = []
  if (plan.name.trim() === '') issues.push({ key: 'promoteUi.errors.name', field: 'name' })
  if (plan.end < plan.start) issues.push({ key: 'promoteUi.errors.endBeforeStart', field: 'end' })
  else if (campaignDays(plan) > MAX_CAMPAIGN_DAYS)
    issues.push({
      key: 'promoteUi.errors.tooLong',
      field: 'end',
      values: { max: MAX_CAMPAIGN_DAYS },
    })
  if (plan.promotions.length === 0)
    issues.push({ key: 'promoteUi.errors.noPromotion', field: 'promotions' })
  plan.promotions.forEach((p, i) => {
    const field = `promotions.${i}`
    if (p.type === 'threshold') {
      if (p.tiers.length === 0) issues.push({ key: 'promoteUi.errors.noTier', field })
      for (const t of p.tiers)
        if (t.off <= 0 || t.off >= t.threshold) {
          issues.push({ key: 'promoteUi.errors.tierOff', field })
          break
        }
    }
    if (p.type === 'coupon' && p.threshold > 0 && p.value >= p.threshold)
      issues.push({ key: 'promoteUi.errors.couponValue', field })
    if (p.type === 'bundle' && !(p.bundlePrice < p.listPrice))
      issues.push({ key: 'promoteUi.errors.bundlePrice', field })
    if (!promotionSchema.safeParse(p).success)
      issues.push({ key: 'promoteUi.errors.invalid', field })
  })
  if (plan.baseline.source === 'typed' && !(plan.baseline.dailyOrders > 0))
    issues.push({ key: 'promoteUi.errors.baselineOrders', field: 'baseline' })
  if (plan.baseline.source === 'typed' && !(plan.baseline.dailySales > 0))
    issues.push({ key: 'promoteUi.errors.baselineSales', field: 'baseline' })
  if (issues.length === 0 && !campaignRowSchema.safeParse(plan).success)
    issues.push({ key: 'promoteUi.errors.invalid', field: 'plan' })
  return issues
}

// ---------------------------------------------------------------------------------------------
// Checklist
// ---------------------------------------------------------------------------------------------

/**
 * When each built-in item is due, in days relative to the campaign (negative: before the start;
 * `review` counts from the end). Registration first: platforms close sign-up for big sales two
 * to four weeks ahead (check the platform's current rules); stock and courier capacity two weeks
 * ahead; staff rota a week; customer-service scripts three days (course m6-l1, m6-l3, m4-l4).
 */
export const CHECKLIST_DUE: Record<ChecklistKey, { from: 'start' | 'end'; days: number }> = {
  registration: { from: 'start', days: -21 },
  stock: { from: 'start', days: -14 },
  logistics: { from: 'start', days: -14 },
  staff: { from: 'start', days: -7 },
  scripts: { from: 'start', days: -3 },
  rules: { from: 'start', days: -3 },
  review: { from: 'end', days: 7 },
}

/** The risk-register category a built-in item belongs to, when it is a risk worth tracking. */
export const CHECKLIST_RISK: Partial<
  Record<ChecklistKey, 'stock' | 'delivery' | 'service' | 'platformRules'>
> = {
  registration: 'platformRules',
  stock: 'stock',
  logistics: 'delivery',
  staff: 'service',
  scripts: 'service',
}

/** The built-in checklist of a campaign, with due dates from its dates. */
export function defaultChecklist(start: IsoDate, end: IsoDate): CampaignChecklistItem[] {
  return CHECKLIST_KEYS.map((key) => {
    const due = CHECKLIST_DUE[key]
    return {
      id: key,
      key,
      text: '',
      due: addDays(due.from === 'start' ? start : end, due.days),
      done: false,
      riskId: null,
    }
  })
}

/** Moves the built-in items' due dates with the campaign's dates (own items keep theirs). */
export function rescheduleChecklist(
  items: readonly CampaignChecklistItem[],
  start: IsoDate,
  end: IsoDate,
): CampaignChecklistItem[] {
  return items.map((item) => {
    if (!item.key) return item
    const due = CHECKLIST_DUE[item.key]
    return { ...item, due: addDays(due.from === 'start' ? start : end, due.days) }
  })
}

/**
 * Peak orders a day the campaign should be ready for (stock, couriers, staff): the baseline's
 * daily orders × (1 + expected uplift), and on a one-day shopping festival most of the orders
 * fall on that day. Rounded up.
 */
export function peakDailyOrders(baseline: Baseline, expectedUplift: number): number {
  return Math.ceil(baseline.dailyOrders * (1 + Math.max(0, expectedUplift)) - 1e-9)
}

/** Next free id like `own-3` among the items. */
export function nextChecklistId(items: readonly { id: string }[]): string {
  let n = 1
  const ids = new Set(items.map((i) => i.id))
  while (ids.has(`own-${n}`)) n++
  return `own-${n}`
}
