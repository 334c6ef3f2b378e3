import { z } from 'zod'
import { isIsoDate } from '../dates'
import { promotionSchema } from './economics'

/**
 * How Promote persists campaigns: one row per campaign in the `campaigns` table (schema v4,
 * indexed by id and start date). The row keeps the planner's inputs; the economics are always
 * recomputed from them (src/shared/campaign/economics.ts), never stored.
 *
 * The row schema is loose: fields a newer version adds survive an older app and a backup. Only
 * id, name, start and end are required (the calendar reads and may write just those); the
 * planner's fields are optional here and filled with defaults by `restorePlan` (planner.ts).
 */
const isoDate = z.string().refine(isIsoDate, 'not a YYYY-MM-DD date')
const money = z.number().int().nonnegative()

/** Where the baseline comes from: the imported orders (a period of them) or typed figures. */
export const campaignBaselineSchema = z.looseObject({
  source: z.enum(['imported', 'typed']),
  /** The imported period the baseline is read from; null: the 28 days before the campaign. */
  period: z.object({ from: isoDate, to: isoDate }).nullable(),
  /** Use the typed margin even when the imported data has costs. */
  typedMargin: z.boolean(),
  /** Typed figures (also the fallback for a margin the imported data cannot give). */
  dailySales: money,
  dailyOrders: z.number().nonnegative(),
  grossMargin: z.number().min(0).max(1),
})
/** The stored baseline settings of a campaign. */
export type CampaignBaselineInput = z.infer<typeof campaignBaselineSchema>

/** Keys of the built-in checklist items (i18n `promoteUi.checklist.items.<key>`). */
export const CHECKLIST_KEYS = [
  'registration',
  'stock',
  'logistics',
  'staff',
  'scripts',
  'rules',
  'review',
] as const
/** A built-in checklist item. */
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number]

/** One checklist item: a built-in one (`key`) or the owner's own (`text`). */
export const campaignChecklistItemSchema = z.looseObject({
  id: z.string().min(1).max(60),
  key: z.enum(CHECKLIST_KEYS).nullable(),
  text: z.string().max(300),
  due: isoDate.nullable(),
  done: z.boolean(),
  /** The risk this item was added as, in the active plan's register. */
  riskId: z.string().max(100).nullable(),
})
/** One checklist item. */
export type CampaignChecklistItem = z.infer<typeof campaignChecklistItemSchema>

/** The owner's review after the campaign. */
export const campaignReviewSchema = z.looseObject({
  /** Advertising actually spent (minor units); null: as planned. */
  actualAdSpend: money.nullable(),
  lessons: z.string().max(4000),
})

/** One stored campaign. */
export const campaignRowSchema = z
  .looseObject({
    id: z.string().min(1).max(100),
    name: z.string().max(200),
    start: isoDate,
    end: isoDate,
    createdAt: z.string(),
    updatedAt: z.string(),
    promotions: z.array(promotionSchema).max(10).optional(),
    /** What the campaign sells: products or categories, as the owner writes them. */
    products: z.string().max(500).optional(),
    baseline: campaignBaselineSchema.optional(),
    adSpend: money.optional(),
    /** Expected extra orders as a fraction of the baseline (0.3 = +30 %). */
    expectedUplift: z.number().min(-1).max(20).optional(),
    /** Warn when the margin left after the promotions falls below this fraction. */
    marginFloor: z.number().min(0).max(1).optional(),
    checklist: z.array(campaignChecklistItemSchema).max(100).optional(),
    review: campaignReviewSchema.optional(),
  })
  .refine((r) => r.end >= r.start, { path: ['end'], message: 'end before start' })
/** One stored campaign. */
export type CampaignRow = z.input<typeof campaignRowSchema>

/** The loyalty-programme design (settings key `loyalty`). */
export { loyaltySchema as loyaltySettingSchema } from './loyalty'
