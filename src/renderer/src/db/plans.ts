import { useLiveQuery } from 'dexie-react-hooks'
import { planSchema, type Plan } from '@shared/plan/schema'
import { db, type ShopBridgeDb } from './db'

/**
 * Plan's persistence (issue 5): one row per plan in `plans`; each plan carries its own risk
 * register, so the Risks page and the wizard's risk step edit the same rows. Every write is
 * validated with the plan schema first: an invalid plan is refused and nothing is written.
 */

/** All plans, most recently changed first. */
export async function listPlans(database: ShopBridgeDb = db): Promise<Plan[]> {
  return (await database.plans.orderBy('updatedAt').toArray()).reverse()
}

/** One plan, or undefined. */
export async function getPlan(id: string, database: ShopBridgeDb = db): Promise<Plan | undefined> {
  return database.plans.get(id)
}

/** Writes a whole plan (new or replaced) after validating it; throws on an invalid plan. */
export async function putPlan(plan: Plan, database: ShopBridgeDb = db): Promise<void> {
  const parsed = planSchema.parse(plan) as Plan
  await database.plans.put(parsed)
}

/**
 * Applies a pure transition to the stored plan inside one transaction (read, change, validate,
 * write), so two editors (the wizard and the Risks page) never overwrite each other's change.
 * Returns the new plan, or undefined when the plan no longer exists.
 */
export async function updatePlan(
  id: string,
  change: (plan: Plan) => Plan,
  database: ShopBridgeDb = db,
): Promise<Plan | undefined> {
  return database.transaction('rw', database.plans, async () => {
    const current = await database.plans.get(id)
    if (!current) return undefined
    const next = planSchema.parse(change(current)) as Plan
    await database.plans.put(next)
    return next
  })
}

/** Deletes a plan and returns it (for "undo"), or undefined when it did not exist. */
export async function deletePlan(
  id: string,
  database: ShopBridgeDb = db,
): Promise<Plan | undefined> {
  return database.transaction('rw', database.plans, async () => {
    const current = await database.plans.get(id)
    if (current) await database.plans.delete(id)
    return current
  })
}

/** Live list of plans for React: `undefined` while loading. */
export function usePlans(): Plan[] | undefined {
  return useLiveQuery(() => listPlans(), [])
}

/** Live plan for React: `undefined` while loading, `null` when it does not exist. */
export function usePlan(id: string | null | undefined): Plan | null | undefined {
  return useLiveQuery(async () => (id ? ((await getPlan(id)) ?? null) : null), [id])
}
