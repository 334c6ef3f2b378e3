import { App } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { copyPlan, freshPlanId } from '@shared/plan/copy'
import { exportPlan, importPlan } from '@shared/plan/io'
import { newPlan } from '@shared/plan/plan'
import type { Plan, TemplateId } from '@shared/plan/schema'
import type { ShopProfile } from '@shared/profile'
import { fail, ok, type Result } from '@shared/result'
import { db as appDb, type ShopBridgeDb } from '../../db/db'
import { deletePlan, listPlans, putPlan, updatePlan } from '../../db/plans'
import { getSetting, setSetting } from '../../db/settings'
import { platform } from '../../platform'
import { useSaveStore } from './save-store'

/*
 * Plan list actions over db/plans.ts. Each takes the database so tests run them on a fresh
 * fake-indexeddb; the wizard's edits go through useEditPlan (one pure transition per change).
 */

const nowIso = (): string => new Date().toISOString()
const randomId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : Math.random().toString(36).slice(2)

async function existingIds(database: ShopBridgeDb): Promise<string[]> {
  return (await listPlans(database)).map((p) => p.id)
}

/** Creates a plan from a template with the shop profile's name, city and currency; it becomes the active plan. */
export async function createPlan(
  template: TemplateId,
  name: string,
  profile: Pick<ShopProfile, 'name' | 'city' | 'currency'> | null,
  database: ShopBridgeDb = appDb,
): Promise<Plan> {
  const id = freshPlanId(randomId(), await existingIds(database))
  const plan = newPlan(
    template,
    {
      name: profile?.name ?? '',
      location: profile?.city ?? '',
      currency: profile?.currency ?? 'CNY',
    },
    nowIso(),
    id,
  )
  const named = { ...plan, name: name.trim() || plan.name }
  await putPlan(named, database)
  await setSetting('activePlan', id, database)
  return named
}

/** Stores a copy of a plan under a new id; returns it. */
export async function duplicatePlan(
  plan: Plan,
  name: string,
  database: ShopBridgeDb = appDb,
): Promise<Plan> {
  const copy = copyPlan(plan, freshPlanId(randomId(), await existingIds(database)), name, nowIso())
  await putPlan(copy, database)
  return copy
}

/** What undoing a delete needs: the plan as it was, and whether it was the active plan. */
export interface Removed {
  plan: Plan
  wasActive: boolean
}

/**
 * Deletes a plan and returns it, so the caller can offer "undo". When it was the active plan,
 * the setting is cleared (the Risks page and the Analyse targets no longer point at it).
 */
export async function removePlan(
  id: string,
  database: ShopBridgeDb = appDb,
): Promise<Removed | undefined> {
  const wasActive = (await getSetting('activePlan', database)) === id
  const plan = await deletePlan(id, database)
  if (!plan) return undefined
  if (wasActive) await database.settings.delete('activePlan')
  return { plan, wasActive }
}

/** Puts a deleted plan back exactly as it was (and makes it active again if it was). */
export async function undoRemove(removed: Removed, database: ShopBridgeDb = appDb): Promise<void> {
  await putPlan(removed.plan, database)
  if (removed.wasActive) await setSetting('activePlan', removed.plan.id, database)
}

/**
 * Imports a plan file's text. It is checked completely first (io.ts: format, version, every
 * field); a bad file changes nothing. A plan whose id exists already is stored as a copy beside
 * it (`copyName` names the copy), so importing never overwrites a plan.
 */
export async function importPlanText(
  text: string,
  copyName: (name: string) => string,
  database: ShopBridgeDb = appDb,
): Promise<Result<Plan>> {
  const r = importPlan(text)
  if (!r.ok) return r
  const ids = await existingIds(database)
  const plan = ids.includes(r.value.id)
    ? copyPlan(r.value, freshPlanId(randomId(), ids), copyName(r.value.name), nowIso())
    : r.value
  try {
    await putPlan(plan, database)
  } catch {
    return fail('planUi.io.writeFailed')
  }
  return ok(plan)
}

/** File name of a plan export: `shopbridge-plan-<name>-<date>.json` (name kept readable, path-safe). */
export function planFileName(plan: Plan, date: string): string {
  const safe = plan.name
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return `shopbridge-plan-${safe || 'plan'}-${date}.json`
}

/** Saves a plan as a JSON file (desktop: a save dialog; web: a download). */
export async function exportPlanFile(plan: Plan): Promise<boolean> {
  const now = nowIso()
  const res = await platform().saveFile({
    suggestedName: planFileName(plan, now.slice(0, 10)),
    content: exportPlan(plan, now),
    mime: 'application/json',
    filters: [{ name: 'ShopBridge plan', extensions: ['json'] }],
  })
  return res.saved
}

/** Marks a plan as the one the Risks page and the Analyse dashboard show. */
export async function activatePlan(id: string, database: ShopBridgeDb = appDb): Promise<void> {
  await setSetting('activePlan', id, database)
}

/** A pure plan transition: takes the stored plan and the current instant. */
export type PlanChange = (plan: Plan, now: string) => Plan

/**
 * Autosave: returns `edit(change)`, which applies a pure transition to the stored plan in one
 * transaction (db/plans.ts updatePlan) and reports progress to the save indicator.
 */
export function useEditPlan(id: string): (change: PlanChange) => void {
  const { t } = useTranslation()
  const { message } = App.useApp()
  return useCallback(
    (change: PlanChange) => {
      const { begin, end } = useSaveStore.getState()
      begin()
      updatePlan(id, (p) => change(p, nowIso()))
        .then(() => end(true))
        .catch(() => {
          end(false)
          void message.error(t('planUi.saveFailed'))
        })
    },
    [id, message, t],
  )
}
