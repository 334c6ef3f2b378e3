import { fail, ok, type Result } from '../result'
import { newRisk } from '../risk/register'
import { newPlan } from './plan'
import { PLAN_SCHEMA_VERSION, planSchema, TEMPLATE_IDS, type Plan } from './schema'

/** Marker of a plan file, so a backup or an unrelated JSON is recognised as "not a plan". */
export const PLAN_FORMAT = 'shopbridge-plan'

/**
 * A plan as JSON text for a trainer to review:
 * `{ format, schemaVersion, exportedAt, plan }`, pretty-printed.
 */
export function exportPlan(plan: Plan, now: string): string {
  return (
    JSON.stringify(
      { format: PLAN_FORMAT, schemaVersion: plan.schemaVersion, exportedAt: now, plan },
      null,
      2,
    ) + '\n'
  )
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Deep merge: `value` wins; plain objects merge recursively; arrays and scalars replace; unknown keys kept. */
function mergeDefaults(defaults: unknown, value: unknown): unknown {
  if (value === undefined) return defaults
  if (isRecord(defaults) && isRecord(value)) {
    const out: Record<string, unknown> = { ...defaults }
    for (const [k, v] of Object.entries(value)) out[k] = mergeDefaults(defaults[k], v)
    return out
  }
  return value
}

/**
 * Restore layer (Excalidraw `restore` style): fills every missing section and field of a plan-like
 * object with the defaults of a blank plan, fills missing fields of each risk, and keeps unknown
 * fields (they round-trip). It does not validate: importPlan runs the schema afterwards.
 */
export function restorePlan(raw: Record<string, unknown>): Record<string, unknown> {
  const createdAt =
    typeof raw.createdAt === 'string' && /^\d{4}-\d{2}/.test(raw.createdAt)
      ? raw.createdAt
      : '1970-01-01T00:00:00.000Z'
  const template = TEMPLATE_IDS.includes(raw.template as never)
    ? (raw.template as (typeof TEMPLATE_IDS)[number])
    : 'blank'
  const base = newPlan(
    'blank',
    { name: '', location: '', currency: 'CNY' },
    createdAt,
    typeof raw.id === 'string' ? raw.id : `plan-${createdAt}`,
  )
  const merged = mergeDefaults({ ...base, template }, raw) as Record<string, unknown>
  if (merged.schemaVersion === undefined) merged.schemaVersion = PLAN_SCHEMA_VERSION
  if (Array.isArray(merged.risks)) {
    merged.risks = merged.risks.map((r, i) =>
      isRecord(r)
        ? mergeDefaults(newRisk(typeof r.id === 'string' ? r.id : `risk-${i + 1}`), r)
        : r,
    )
  }
  return merged
}

/**
 * Parses a plan file. Failures (nothing is changed by the caller; the input is not used):
 * `plan.import.empty`, `plan.import.notJson`, `plan.import.wrongFormat`,
 * `plan.import.newer` {version}, `plan.import.invalid` {field, count}.
 */
export function importPlan(text: string): Result<Plan> {
  if (text.trim() === '') return fail('plan.import.empty')
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return fail('plan.import.notJson')
  }
  if (!isRecord(data) || data.format !== PLAN_FORMAT || !isRecord(data.plan))
    return fail('plan.import.wrongFormat')
  const version = data.plan.schemaVersion ?? data.schemaVersion
  if (typeof version === 'number' && version > PLAN_SCHEMA_VERSION)
    return fail('plan.import.newer', { version })
  if (
    version !== undefined &&
    (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
  )
    return fail('plan.import.invalid', { field: 'schemaVersion', count: 1 })
  const parsed = planSchema.safeParse(restorePlan(data.plan))
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return fail('plan.import.invalid', {
      field: first && first.path.length > 0 ? first.path.join('.') : '—',
      count: parsed.error.issues.length,
    })
  }
  return ok(parsed.data)
}
