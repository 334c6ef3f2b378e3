import { hasText, riskLevel, riskScore, type Text } from '../risk/register'
import { budgetTotals, planMonths } from './plan'
import { reviewPlan } from './review'
import type { Plan } from './schema'

/** The wizard's steps, in order (issue 5: shop and goals … review, then tracking after launch). */
export const WIZARD_STEPS = [
  'shop',
  'research',
  'platforms',
  'onboarding',
  'marketing',
  'services',
  'logistics',
  'risks',
  'timeline',
  'review',
  'track',
] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

/** How complete a step is: `done` of `total` checks. */
export interface StepProgress {
  done: number
  total: number
}

const count = (checks: boolean[]): StepProgress => ({
  done: checks.filter(Boolean).length,
  total: checks.length,
})
const some = (list: readonly Text[]): boolean => list.some(hasText)

/**
 * Completeness of every wizard step, from a fixed list of checks per step (what a shop owner
 * should have filled in). The review step is the plan score; tracking counts ticked onboarding
 * items and milestones done.
 */
export function stepProgress(plan: Plan): Record<WizardStep, StepProgress> {
  const { shop, research, marketing, logistics: lg, timeline } = plan
  const swot = research.swot
  const open = plan.risks.filter((r) => r.status !== 'closed')
  const { byMonth } = budgetTotals(plan)
  const review = reviewPlan(plan)
  const executed = [
    ...plan.onboarding.map((i) => i.done),
    ...timeline.milestones.map((m) => m.done),
  ]
  return {
    shop: count([
      shop.name.trim() !== '',
      hasText(shop.sells),
      shop.location.trim() !== '',
      shop.monthlySales > 0,
      shop.staff > 0,
      some(shop.reasons),
      plan.goals.length > 0,
    ]),
    research: count([
      research.personas.length > 0,
      research.competitors.length > 0,
      some(research.trends),
      some(swot.strengths) && some(swot.weaknesses),
      some(swot.opportunities) && some(swot.threats),
    ]),
    platforms: count([plan.platforms.chosen.length > 0]),
    onboarding:
      plan.onboarding.length === 0
        ? { done: 0, total: 1 }
        : count(plan.onboarding.map((i) => i.done || (i.owner.trim() !== '' && i.due !== null))),
    marketing: count([
      marketing.channels.length > 0,
      marketing.channels.length > 0 &&
        marketing.channels.reduce((s, c) => s + c.sharePercent, 0) === 100,
      marketing.campaigns.length > 0,
    ]),
    services: count([plan.services.some((s) => s.enabled)]),
    logistics: count([
      lg.options.length > 0,
      hasText(lg.area),
      lg.targetHours > 0,
      lg.peakOrdersPerDay > 0,
      hasText(lg.packaging),
      hasText(lg.returns),
    ]),
    risks: count([
      plan.risks.length > 0,
      !open.some((r) => riskLevel(riskScore(r)) === 'high' && !hasText(r.mitigation)),
      !open.some((r) => riskLevel(riskScore(r)) !== 'low' && r.owner.trim() === ''),
    ]),
    timeline: count([
      timeline.milestones.length > 0,
      timeline.milestones.length > 0 && timeline.milestones.every((m) => m.due !== null),
      planMonths(plan).every((m) => (byMonth[m] ?? 0) > 0),
      plan.goals.length === 0 || timeline.kpiTargets.length > 0,
    ]),
    review: { done: review.passed, total: review.total },
    track: executed.length === 0 ? { done: 0, total: 1 } : count(executed),
  }
}

/** Percent 0–100 of a step's progress. */
export const progressPercent = (p: StepProgress): number =>
  p.total === 0 ? 0 : Math.round((100 * p.done) / p.total)

/** The wizard step that fixes a review gap of a plan section. */
export function stepOfSection(section: string): WizardStep {
  if (section === 'goals') return 'shop'
  return (WIZARD_STEPS as readonly string[]).includes(section) ? (section as WizardStep) : 'review'
}
