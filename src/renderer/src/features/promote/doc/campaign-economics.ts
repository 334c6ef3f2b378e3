import { daysBetween } from '@shared/calendar/plan'
import {
  baselineSchema,
  campaignEconomics,
  campaignSchema,
  type CampaignEconomics,
} from '@shared/campaign/economics'
import { isIsoDate } from '@shared/dates'

/**
 * Reads the planner's inputs off a stored campaign row and computes its economics, or null when
 * the row does not (yet) hold usable inputs.
 *
 * The campaign planner (features/promote/campaigns, built in parallel) defines how it stores its
 * inputs on the loose row. This adapter reads them defensively in the shapes that are likely:
 * top-level `baseline` + `promotions` + `adSpend` + `expectedUplift` (+ optional `marginFloor`),
 * or the campaign part nested under `campaign`, `economics` or `inputs`. Anything that does not
 * validate with economics.ts's own schemas gives null — never a half-computed figure.
 */
export function economicsOfRow(row: Record<string, unknown>): CampaignEconomics | null {
  const start = row['start']
  const end = row['end']
  if (typeof start !== 'string' || typeof end !== 'string') return null
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) return null
  const nested = ['campaign', 'economics', 'inputs']
    .map((k) => row[k])
    .find((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
  const source: Record<string, unknown> = { ...row, ...(nested ?? {}) }
  const baseline = baselineSchema.safeParse(source['baseline'])
  if (!baseline.success) return null
  const campaign = campaignSchema.safeParse({
    days: typeof source['days'] === 'number' ? source['days'] : daysBetween(start, end) + 1,
    promotions: source['promotions'] ?? [],
    adSpend: source['adSpend'] ?? 0,
    expectedUplift: source['expectedUplift'],
  })
  if (!campaign.success) return null
  const floor = source['marginFloor']
  try {
    return campaignEconomics(
      baseline.data,
      campaign.data,
      typeof floor === 'number' && floor >= 0 && floor <= 1 ? { marginFloor: floor } : {},
    )
  } catch {
    return null
  }
}
