import { z } from 'zod'
import { isIsoDate } from '../dates'
import { CURRENCY_CODES } from '../money'
import { riskSchema, textSchema } from '../risk/register'
import { CRITERIA, PLATFORM_IDS } from './platforms'

/** Version of the Plan shape; io.ts refuses files with a higher one. */
export const PLAN_SCHEMA_VERSION = 1

export const TEMPLATE_IDS = ['blank', 'bookstore', 'apparel', 'grocery', 'appliances'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

const id = z.string().min(1)
const isoDate = z.string().refine(isIsoDate, { message: 'date' })
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month' })
/** Money in integer minor units (fen). */
const money = z.number().int().refine(Number.isSafeInteger, { message: 'money' })
const score = z.number().int().min(1).max(5)
const texts = z.array(textSchema)
const platformId = z.enum(PLATFORM_IDS)

export const KPI_METRICS = [
  'onlineSales',
  'conversionRate',
  'returnRate',
  'aov',
  'customers',
  'other',
] as const
const kpiFields = z.object({
  id,
  metric: z.enum(KPI_METRICS),
  label: textSchema,
  /** Percent for rates and growth, count for customers, minor units for money. */
  unit: z.enum(['percent', 'count', 'minor']),
  direction: z.enum(['atLeast', 'atMost']),
  target: z.number().finite(),
  period: z.enum(['month', 'quarter', 'year']),
})
export const kpiSchema = kpiFields.loose()

export const shopSchema = z.looseObject({
  name: z.string(),
  sells: textSchema,
  location: z.string(),
  monthlySales: money,
  staff: z.number().int().min(0),
  reasons: texts,
})

export const personaSchema = z.looseObject({ id, name: textSchema, description: textSchema })
const competitorFields = z.object({
  id,
  name: z.string(),
  pricePosition: z.enum(['low', 'mid', 'high']),
  channels: z.array(z.string()),
  strengths: textSchema,
  weaknesses: textSchema,
})
export const competitorSchema = competitorFields.loose()
export const researchSchema = z.looseObject({
  personas: z.array(personaSchema),
  competitors: z.array(competitorSchema),
  trends: texts,
  swot: z.looseObject({
    strengths: texts,
    weaknesses: texts,
    opportunities: texts,
    threats: texts,
  }),
})

const weights = z.looseObject(
  Object.fromEntries(CRITERIA.map((c) => [c, z.number().finite().min(0)])) as Record<
    (typeof CRITERIA)[number],
    z.ZodNumber
  >,
)
const scores = z.looseObject(
  Object.fromEntries(CRITERIA.map((c) => [c, score])) as Record<
    (typeof CRITERIA)[number],
    z.ZodNumber
  >,
)
export const platformChoiceSchema = z.looseObject({
  weights,
  /** The user's edits to the built-in scores, per platform. */
  scoreOverrides: z.partialRecord(platformId, scores),
  chosen: z.array(platformId),
  /** The user's own notes per platform (e.g. fees checked on a date); absent in older plans. */
  notes: z.partialRecord(platformId, z.string().max(2000)).optional(),
})

export const MATERIALS = [
  'businessLicence',
  'brandAuthorisation',
  'qualityReport',
  'categoryLicence',
  'idCard',
  'bankAccount',
  'deposit',
] as const
export const STEPS = ['choose', 'prepare', 'apply', 'review', 'goLive'] as const
export const checklistItemSchema = z.looseObject({
  id,
  platform: platformId,
  kind: z.enum(['material', 'step']),
  item: z.enum([...MATERIALS, ...STEPS]),
  owner: z.string(),
  due: isoDate.nullable(),
  done: z.boolean(),
})

export const MARKETING_CHANNELS = [
  'platformAds',
  'shortVideo',
  'liveStream',
  'wechatGroup',
  'xiaohongshuNotes',
  'inStore',
  // Search ads / SEO and e-mail or SMS newsletters (issue 5 lists them beside social and WeChat).
  'search',
  'email',
  'other',
] as const
export const marketingSchema = z.looseObject({
  channels: z.array(
    z.looseObject({
      id,
      channel: z.enum(MARKETING_CHANNELS),
      sharePercent: z.number().int().min(0).max(100),
    }),
  ),
  campaigns: z.array(
    z.looseObject({
      id,
      name: textSchema,
      start: isoDate.nullable(),
      budget: money,
      channel: z.enum(MARKETING_CHANNELS),
    }),
  ),
})

export const SERVICES = [
  'bopis',
  'inStoreReturns',
  'tryInStore',
  'groupBuying',
  'qrCodes',
  'membership',
] as const
export const serviceSchema = z.looseObject({
  kind: z.enum(SERVICES),
  enabled: z.boolean(),
  needs: z.looseObject({ staff: textSchema, stock: textSchema, systems: textSchema }),
})

export const DELIVERY_OPTIONS = ['express', 'sameDay', 'localDelivery', 'pickup'] as const
export const logisticsSchema = z.looseObject({
  options: z.array(z.enum(DELIVERY_OPTIONS)),
  area: textSchema,
  /** Target time from order to delivery, hours; 0 = not set. */
  targetHours: z.number().int().min(0),
  /** Orders per day the shop can handle at the 双11 peak; 0 = not set. */
  peakOrdersPerDay: z.number().int().min(0),
  packaging: textSchema,
  returns: textSchema,
})

export const BUDGET_CATEGORIES = [
  'platformFees',
  'marketing',
  'staff',
  'logistics',
  'stock',
  'equipment',
  'other',
] as const
export const timelineSchema = z.looseObject({
  /** First month of the plan and its length: the review checks every month has a budget. */
  startMonth: month,
  months: z.number().int().min(1).max(36),
  milestones: z.array(
    z.looseObject({ id, title: textSchema, due: isoDate.nullable(), done: z.boolean() }),
  ),
  budget: z.array(z.looseObject({ month, category: z.enum(BUDGET_CATEGORIES), amount: money })),
  kpiTargets: z.array(z.looseObject({ month, kpiId: id, target: z.number().finite() })),
})

export const planSchema = z.looseObject({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id,
  name: z.string(),
  template: z.enum(TEMPLATE_IDS),
  currency: z.enum(CURRENCY_CODES),
  createdAt: z.string(),
  updatedAt: z.string(),
  shop: shopSchema,
  goals: z.array(kpiSchema),
  research: researchSchema,
  platforms: platformChoiceSchema,
  onboarding: z.array(checklistItemSchema),
  marketing: marketingSchema,
  services: z.array(serviceSchema),
  logistics: logisticsSchema,
  risks: z.array(riskSchema),
  timeline: timelineSchema,
})

export type Plan = z.infer<typeof planSchema>
export type Kpi = z.infer<typeof kpiFields>
export type Shop = z.infer<typeof shopSchema>
export type Competitor = z.infer<typeof competitorFields>
export type ChecklistItem = z.infer<typeof checklistItemSchema>
export type Service = z.infer<typeof serviceSchema>
export type BudgetLine = Plan['timeline']['budget'][number]
export type Milestone = Plan['timeline']['milestones'][number]
