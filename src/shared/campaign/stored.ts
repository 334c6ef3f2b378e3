import { z } from 'zod'
import { isIsoDate } from '../dates'

/**
 * How Promote persists campaigns: one row per campaign in the `campaigns` table (schema v4,
 * indexed by id and start date). The row keeps the planner's inputs; the economics are always
 * recomputed from them (src/shared/campaign/economics.ts), never stored.
 *
 * The row schema is loose: fields a newer version adds survive an older app and a backup.
 */
const isoDate = z.string().refine(isIsoDate, 'not a YYYY-MM-DD date')

/** One stored campaign. */
export const campaignRowSchema = z.looseObject({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  start: isoDate,
  end: isoDate,
  createdAt: z.string(),
  updatedAt: z.string(),
})
/** One stored campaign. */
export type CampaignRow = z.infer<typeof campaignRowSchema>

/** The loyalty-programme design (settings key `loyalty`). */
export { loyaltySchema as loyaltySettingSchema } from './loyalty'
