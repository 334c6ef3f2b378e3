import type { CurrencyCode } from '../money'
import { defaultRisks, newRisk, updateRisk, type Risk, type RiskPatch } from '../risk/register'
import {
  CRITERIA,
  PLATFORM_PROFILES,
  profileOf,
  type Criterion,
  type PlatformId,
  type Scores,
  type Weights,
} from './platforms'
import { SERVICE_NEEDS, TEMPLATES } from './templates'
import {
  BUDGET_CATEGORIES,
  MATERIALS,
  PLAN_SCHEMA_VERSION,
  SERVICES,
  STEPS,
  type ChecklistItem,
  type Competitor,
  type Kpi,
  type Plan,
  type TemplateId,
} from './schema'

/*
 * Pure transitions: every function takes a plan and returns a new one (inputs are never
 * mutated; unchanged sections are shared), stamping `updatedAt` with `now` (ISO instant).
 */

/** What newPlan needs of the shop profile. */
export interface ShopInput {
  name: string
  location: string
  currency: CurrencyCode
  monthlySales?: number
  staff?: number
}

const touch = (plan: Plan, now: string, patch: Partial<Plan>): Plan => ({
  ...plan,
  ...patch,
  updatedAt: now,
})

/** The next free id `prefix-n` among existing ids. */
export function nextId(prefix: string, existing: readonly { id: string }[]): string {
  let n = existing.length + 1
  const ids = new Set(existing.map((e) => e.id))
  while (ids.has(`${prefix}-${n}`)) n++
  return `${prefix}-${n}`
}

/** Onboarding checklist of one platform: every material, then the five steps. */
export function checklistFor(platform: PlatformId): ChecklistItem[] {
  return [
    ...MATERIALS.map((item) => ({
      id: `${platform}-${item}`,
      platform,
      kind: 'material' as const,
      item,
      owner: '',
      due: null,
      done: false,
    })),
    ...STEPS.map((item) => ({
      id: `${platform}-${item}`,
      platform,
      kind: 'step' as const,
      item,
      owner: '',
      due: null,
      done: false,
    })),
  ]
}

/** A new plan from a template, pre-filled with the template's content and the default risks. */
export function newPlan(
  template: TemplateId,
  shop: ShopInput,
  now: string,
  id = `plan-${now}`,
): Plan {
  const tpl = TEMPLATES[template]
  const blank = template === 'blank'
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    name: shop.name,
    template,
    currency: shop.currency,
    createdAt: now,
    updatedAt: now,
    shop: {
      name: shop.name,
      sells: tpl.sells,
      location: shop.location,
      monthlySales: shop.monthlySales ?? 0,
      staff: shop.staff ?? 0,
      reasons: tpl.reasons,
    },
    goals: tpl.goals.map((g, i) => ({ ...g, id: `kpi-${i + 1}` })),
    research: { personas: [], competitors: [], trends: tpl.trends, swot: tpl.swot },
    platforms: { weights: tpl.weights, scoreOverrides: {}, chosen: [] },
    onboarding: [],
    marketing: { channels: [], campaigns: [] },
    services: SERVICES.map((kind) => ({
      kind,
      enabled: tpl.services.includes(kind),
      needs: SERVICE_NEEDS[kind],
    })),
    logistics: {
      options: blank ? [] : ['express', 'pickup'],
      area: { 'zh-CN': '', en: '' },
      targetHours: 0,
      peakOrdersPerDay: 0,
      packaging: { 'zh-CN': '', en: '' },
      returns: { 'zh-CN': '', en: '' },
    },
    risks: blank ? [] : defaultRisks(),
    timeline: {
      startMonth: now.slice(0, 7),
      months: 6,
      milestones: tpl.milestones.map((title, i) => ({
        id: `ms-${i + 1}`,
        title,
        due: null,
        done: false,
      })),
      budget: [],
      kpiTargets: [],
    },
  }
}

export function setShop(plan: Plan, shop: Partial<Plan['shop']>, now: string): Plan {
  return touch(plan, now, { shop: { ...plan.shop, ...shop } })
}

export function setGoals(plan: Plan, goals: Kpi[], now: string): Plan {
  return touch(plan, now, { goals })
}

export function addCompetitor(plan: Plan, c: Omit<Competitor, 'id'>, now: string): Plan {
  const competitor = { ...c, id: nextId('comp', plan.research.competitors) }
  return touch(plan, now, {
    research: { ...plan.research, competitors: [...plan.research.competitors, competitor] },
  })
}

export function removeCompetitor(plan: Plan, id: string, now: string): Plan {
  return touch(plan, now, {
    research: {
      ...plan.research,
      competitors: plan.research.competitors.filter((c) => c.id !== id),
    },
  })
}

export function setResearch(plan: Plan, research: Partial<Plan['research']>, now: string): Plan {
  return touch(plan, now, { research: { ...plan.research, ...research } })
}

/** Replaces some weights (negative or non-finite values become 0). */
export function setWeights(plan: Plan, weights: Partial<Weights>, now: string): Plan {
  const next = { ...plan.platforms.weights }
  for (const [k, v] of Object.entries(weights) as [Criterion, number][])
    next[k] = Number.isFinite(v) && v > 0 ? v : 0
  return touch(plan, now, { platforms: { ...plan.platforms, weights: next } })
}

/** Overrides one built-in score (clamped to 1–5, rounded); the other criteria keep their current values. */
export function setScore(
  plan: Plan,
  platform: PlatformId,
  criterion: Criterion,
  value: number,
  now: string,
): Plan {
  const v = Math.min(5, Math.max(1, Math.round(value)))
  const current = plan.platforms.scoreOverrides[platform] ?? profileOf(platform).scores
  return touch(plan, now, {
    platforms: {
      ...plan.platforms,
      scoreOverrides: {
        ...plan.platforms.scoreOverrides,
        [platform]: { ...current, [criterion]: v },
      },
    },
  })
}

/** Sets the user's note on a platform (trimmed); an empty note removes it. */
export function setPlatformNote(plan: Plan, platform: PlatformId, note: string, now: string): Plan {
  const notes = { ...plan.platforms.notes }
  const text = note.trim()
  if (text === '') delete notes[platform]
  else notes[platform] = text
  return touch(plan, now, { platforms: { ...plan.platforms, notes } })
}

/** Drops the user's score edits of a platform (back to the built-in defaults). */
export function resetScores(plan: Plan, platform: PlatformId, now: string): Plan {
  const rest = { ...plan.platforms.scoreOverrides }
  delete rest[platform]
  return touch(plan, now, { platforms: { ...plan.platforms, scoreOverrides: rest } })
}

/** The eleven profiles with this plan's score edits applied, for scoring and sensitivity. */
export function planProfiles(plan: Plan): { id: PlatformId; scores: Scores; edited: boolean }[] {
  return PLATFORM_PROFILES.map((p) => {
    const o = plan.platforms.scoreOverrides[p.id]
    return {
      id: p.id,
      scores: o ? (Object.fromEntries(CRITERIA.map((c) => [c, o[c]])) as Scores) : p.scores,
      edited: o !== undefined,
    }
  })
}

/**
 * Sets the chosen platforms (duplicates dropped). Newly chosen platforms get their onboarding
 * checklist; the checklist of a platform no longer chosen is removed.
 */
export function choosePlatforms(plan: Plan, chosen: readonly PlatformId[], now: string): Plan {
  const unique = [...new Set(chosen)]
  const kept = plan.onboarding.filter((i) => unique.includes(i.platform))
  const added = unique
    .filter((p) => !plan.platforms.chosen.includes(p) || !kept.some((i) => i.platform === p))
    .flatMap(checklistFor)
  return touch(plan, now, {
    platforms: { ...plan.platforms, chosen: unique },
    onboarding: [...kept, ...added],
  })
}

export function toggleChecklistItem(plan: Plan, id: string, now: string): Plan {
  return touch(plan, now, {
    onboarding: plan.onboarding.map((i) => (i.id === id ? { ...i, done: !i.done } : i)),
  })
}

export function updateChecklistItem(
  plan: Plan,
  id: string,
  patch: Partial<Pick<ChecklistItem, 'owner' | 'due' | 'done'>>,
  now: string,
): Plan {
  return touch(plan, now, {
    onboarding: plan.onboarding.map((i) => (i.id === id ? { ...i, ...patch } : i)),
  })
}

export function setMarketing(plan: Plan, marketing: Partial<Plan['marketing']>, now: string): Plan {
  return touch(plan, now, { marketing: { ...plan.marketing, ...marketing } })
}

export function setService(
  plan: Plan,
  kind: Plan['services'][number]['kind'],
  patch: Partial<Omit<Plan['services'][number], 'kind'>>,
  now: string,
): Plan {
  return touch(plan, now, {
    services: plan.services.map((s) => (s.kind === kind ? { ...s, ...patch } : s)),
  })
}

export function setLogistics(plan: Plan, logistics: Partial<Plan['logistics']>, now: string): Plan {
  return touch(plan, now, { logistics: { ...plan.logistics, ...logistics } })
}

export function addRisk(
  plan: Plan,
  patch: Partial<Omit<Risk, 'id' | 'history'>>,
  now: string,
): Plan {
  return touch(plan, now, { risks: [...plan.risks, newRisk(nextId('risk', plan.risks), patch)] })
}

/** Updates one risk through updateRisk (so the change is recorded in its history). */
export function updatePlanRisk(plan: Plan, id: string, patch: RiskPatch, now: string): Plan {
  return touch(plan, now, {
    risks: plan.risks.map((r) => (r.id === id ? updateRisk(r, patch, now) : r)),
  })
}

export function removeRisk(plan: Plan, id: string, now: string): Plan {
  return touch(plan, now, { risks: plan.risks.filter((r) => r.id !== id) })
}

/** Sets the amount (integer minor units) of one month and category; 0 removes the line. */
export function setBudget(
  plan: Plan,
  month: string,
  category: (typeof BUDGET_CATEGORIES)[number],
  amount: number,
  now: string,
): Plan {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`budget must be integer minor units, got ${amount}`)
  const rest = plan.timeline.budget.filter((b) => !(b.month === month && b.category === category))
  const budget = amount === 0 ? rest : [...rest, { month, category, amount }]
  budget.sort((a, b) =>
    a.month === b.month
      ? BUDGET_CATEGORIES.indexOf(a.category) - BUDGET_CATEGORIES.indexOf(b.category)
      : a.month < b.month
        ? -1
        : 1,
  )
  return touch(plan, now, { timeline: { ...plan.timeline, budget } })
}

export function setTimeline(
  plan: Plan,
  patch: Partial<Pick<Plan['timeline'], 'startMonth' | 'months' | 'milestones' | 'kpiTargets'>>,
  now: string,
): Plan {
  return touch(plan, now, { timeline: { ...plan.timeline, ...patch } })
}

export function toggleMilestone(plan: Plan, id: string, now: string): Plan {
  return touch(plan, now, {
    timeline: {
      ...plan.timeline,
      milestones: plan.timeline.milestones.map((m) => (m.id === id ? { ...m, done: !m.done } : m)),
    },
  })
}

/** The months of the plan, `YYYY-MM`, from startMonth for `months` months. */
export function planMonths(plan: Pick<Plan, 'timeline'>): string[] {
  const y0 = Number(plan.timeline.startMonth.slice(0, 4))
  const m0 = Number(plan.timeline.startMonth.slice(5, 7)) - 1
  return Array.from({ length: plan.timeline.months }, (_, i) => {
    const k = m0 + i
    return `${String(y0 + Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`
  })
}

/** Budget totals in minor units: per month (all plan months, 0 when empty), per category, and overall. */
export function budgetTotals(plan: Plan): {
  byMonth: Record<string, number>
  byCategory: Record<string, number>
  total: number
} {
  const byMonth: Record<string, number> = Object.fromEntries(planMonths(plan).map((m) => [m, 0]))
  const byCategory: Record<string, number> = Object.fromEntries(
    BUDGET_CATEGORIES.map((c) => [c, 0]),
  )
  let total = 0
  for (const b of plan.timeline.budget) {
    byMonth[b.month] = (byMonth[b.month] ?? 0) + b.amount
    byCategory[b.category] = (byCategory[b.category] ?? 0) + b.amount
    total += b.amount
  }
  return { byMonth, byCategory, total }
}
