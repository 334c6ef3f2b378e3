import type { Plan } from './schema'

/**
 * A copy of a plan under a new id and name (duplicate, or an imported plan stored beside the
 * original): created and changed `now`; everything else, risks and unknown fields included, kept.
 */
export function copyPlan(plan: Plan, id: string, name: string, now: string): Plan {
  return { ...structuredClone(plan), id, name, createdAt: now, updatedAt: now }
}

/** A plan id that is not among `existing` (random part from the caller, e.g. crypto.randomUUID). */
export function freshPlanId(random: string, existing: readonly string[]): string {
  const base = `plan-${random.replace(/[^\w-]/g, '').slice(0, 36) || 'x'}`
  let id = base
  for (let n = 2; existing.includes(id); n++) id = `${base}-${n}`
  return id
}
