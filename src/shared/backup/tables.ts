import { z } from 'zod'
import { defaultProfile, shopProfileSchema } from '../profile'
import { uiPrefsSchema } from '../locale'
import { chunkRowSchema, importRowSchema, mappingRowSchema } from '../analytics/stored'
import {
  learnerRowSchema,
  lessonProgressRowSchema,
  packRowSchema,
  quizAttemptRowSchema,
} from '../lessons/stored'
import { planSchema } from '../plan/schema'
import { campaignRowSchema, loyaltySettingSchema } from '../campaign/stored'

/**
 * What every persisted table holds, as zod schemas: the single description that backups,
 * restores and migration tests validate against. The Dexie schema in the renderer's `db` module
 * must declare exactly these tables (a test checks it). A later issue that adds a table adds it
 * here and bumps DB_SCHEMA_VERSION; a released version's schema is never edited.
 */
export const DB_SCHEMA_VERSION = 4

/** Setting keys and the shape of each value. */
export const settingValueSchemas = {
  profile: shopProfileSchema,
  ui: uiPrefsSchema,
  lastAutoBackup: z.string(),
  /** The learner's name on the certificate. */
  learnerName: z.string().trim().max(80),
  /** The course being taken: 'builtin' or 'pack:<id>'. */
  activeCourse: z.string().min(1).max(120),
  /** The plan the Risks page and the plan tracker show (a plan id). */
  activePlan: z.string().min(1).max(100),
  /** The loyalty-programme design in Promote. */
  loyalty: loyaltySettingSchema,
} as const
/** A setting key. */
export type SettingKey = keyof typeof settingValueSchemas
/** The value stored under a setting key. */
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingValueSchemas)[K]>

/**
 * Restore layer for one setting (Excalidraw's restore.ts): fills defaults for fields an older
 * file lacks and keeps fields it does not know, so files survive newer and older code alike.
 */
export function restoreSetting(key: string, value: unknown): z.ZodSafeParseResult<unknown> {
  if (key === 'profile' && value && typeof value === 'object') {
    const merged = { ...defaultProfile('Asia/Shanghai'), ...(value as object) }
    return shopProfileSchema.loose().safeParse(merged)
  }
  const schema = (settingValueSchemas as Record<string, z.ZodType>)[key]
  // Unknown keys come from newer versions of the app: keep them untouched.
  return schema ? schema.safeParse(value) : z.unknown().safeParse(value)
}

/** A row of the settings table. */
export const settingsRowSchema = z
  .object({ key: z.string().min(1).max(100), value: z.unknown() })
  .superRefine((row, ctx) => {
    const r = restoreSetting(row.key, row.value)
    if (!r.success) {
      for (const issue of r.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] })
      }
    }
  })
  .transform((row) => ({ key: row.key, value: restoreSetting(row.key, row.value).data }))

/** Every table: its row schema and the product area it belongs to (for restore summaries). */
export const TABLES = {
  settings: { schema: settingsRowSchema, area: 'settings' },
  imports: { schema: importRowSchema, area: 'analyse' },
  chunks: { schema: chunkRowSchema, area: 'analyse' },
  mappings: { schema: mappingRowSchema, area: 'analyse' },
  lessonProgress: { schema: lessonProgressRowSchema, area: 'learn' },
  quizAttempts: { schema: quizAttemptRowSchema, area: 'learn' },
  packs: { schema: packRowSchema, area: 'learn' },
  learners: { schema: learnerRowSchema, area: 'learn' },
  plans: { schema: planSchema, area: 'plan' },
  campaigns: { schema: campaignRowSchema, area: 'promote' },
} as const satisfies Record<string, { schema: z.ZodType; area: string }>

/** A table name. */
export type TableName = keyof typeof TABLES
/** All table names in a stable order. */
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]
