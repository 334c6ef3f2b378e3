import type { Problem } from '../result'
import { hasText, riskLevel, riskScore, type Text } from '../risk/register'
import { planMonths, budgetTotals } from './plan'
import type { Plan } from './schema'

export type PlanSection =
  | 'shop'
  | 'goals'
  | 'research'
  | 'platforms'
  | 'onboarding'
  | 'marketing'
  | 'services'
  | 'logistics'
  | 'risks'
  | 'timeline'

/** A specific gap: an i18n key (`plan.gaps.*`) with values, and the wizard section to fix it in. */
export interface Gap extends Problem {
  section: PlanSection
}

export interface PlanReview {
  /** 0–100: the share of checks passed. */
  score: number
  passed: number
  total: number
  gaps: Gap[]
}

const pick = (t: Text, locale: 'zh-CN' | 'en'): string => {
  const other = locale === 'en' ? 'zh-CN' : 'en'
  return t[locale].trim() || t[other].trim()
}

/**
 * Reviews a plan: a fixed list of checks (one per wizard concern), each passed or not; the score
 * is the percentage passed, and every failed check yields one or more specific gaps (e.g. one per
 * month without a budget, one per high risk without mitigation). `locale` picks risk titles.
 */
export function reviewPlan(plan: Plan, locale: 'zh-CN' | 'en' = 'zh-CN'): PlanReview {
  const checks: { section: PlanSection; gaps: Problem[] }[] = []
  const check = (section: PlanSection, gaps: Problem[]): void => {
    checks.push({ section, gaps })
  }
  const g = (key: string, values?: Record<string, string | number>): Problem =>
    values ? { key, values } : { key }

  check('shop', hasText(plan.shop.sells) ? [] : [g('plan.gaps.noShopInfo')])
  check('goals', plan.goals.length > 0 ? [] : [g('plan.gaps.noGoals')])
  check('research', plan.research.competitors.length > 0 ? [] : [g('plan.gaps.noCompetitors')])
  const swot = plan.research.swot
  const swotMissing = (['strengths', 'weaknesses', 'opportunities', 'threats'] as const).filter(
    (k) => !swot[k].some(hasText),
  )
  check(
    'research',
    swotMissing.length === 0 ? [] : [g('plan.gaps.swotIncomplete', { count: swotMissing.length })],
  )
  check('platforms', plan.platforms.chosen.length > 0 ? [] : [g('plan.gaps.noPlatform')])
  if (plan.platforms.chosen.length > 0) {
    const unassigned = plan.onboarding.filter((i) => !i.done && i.owner.trim() === '').length
    check(
      'onboarding',
      unassigned === 0 ? [] : [g('plan.gaps.checklistUnassigned', { count: unassigned })],
    )
  }
  const shares = plan.marketing.channels.reduce((s, c) => s + c.sharePercent, 0)
  check(
    'marketing',
    plan.marketing.channels.length === 0
      ? [g('plan.gaps.noMarketing')]
      : shares !== 100
        ? [g('plan.gaps.marketingSplit', { total: shares })]
        : [],
  )
  check('marketing', plan.marketing.campaigns.length > 0 ? [] : [g('plan.gaps.noCampaign')])
  check('services', plan.services.some((s) => s.enabled) ? [] : [g('plan.gaps.noServices')])
  const lg = plan.logistics
  check('logistics', lg.options.length > 0 && lg.targetHours > 0 ? [] : [g('plan.gaps.noDelivery')])
  check('logistics', lg.peakOrdersPerDay > 0 ? [] : [g('plan.gaps.noPeakCapacity')])
  check('risks', plan.risks.length > 0 ? [] : [g('plan.gaps.noRisks')])
  const open = plan.risks.filter((r) => r.status !== 'closed')
  check(
    'risks',
    open
      .filter((r) => riskLevel(riskScore(r)) === 'high' && !hasText(r.mitigation))
      .map((r) => g('plan.gaps.highRiskNoMitigation', { risk: pick(r.title, locale) })),
  )
  check(
    'risks',
    open
      .filter((r) => riskLevel(riskScore(r)) !== 'low' && r.owner.trim() === '')
      .map((r) => g('plan.gaps.riskNoOwner', { risk: pick(r.title, locale) })),
  )
  check('timeline', plan.timeline.milestones.length > 0 ? [] : [g('plan.gaps.noMilestones')])
  const { byMonth } = budgetTotals(plan)
  check(
    'timeline',
    planMonths(plan).flatMap((m, i) =>
      (byMonth[m] ?? 0) > 0 ? [] : [g('plan.gaps.noBudgetForMonth', { month: i + 1, date: m })],
    ),
  )
  check(
    'timeline',
    plan.goals.length === 0 || plan.timeline.kpiTargets.length > 0
      ? []
      : [g('plan.gaps.noKpiTargets')],
  )

  const passed = checks.filter((c) => c.gaps.length === 0).length
  return {
    score: Math.round((100 * passed) / checks.length),
    passed,
    total: checks.length,
    gaps: checks.flatMap((c) => c.gaps.map((p) => ({ ...p, section: c.section }))),
  }
}

/** Shortcut: the 0–100 plan score. */
export const planScore = (plan: Plan): number => reviewPlan(plan).score
