import Dexie, { type Table } from 'dexie'
import { DB_SCHEMA_VERSION, TABLE_NAMES } from '@shared/backup/tables'
import type { ChunkRow, ImportRow, MappingRow } from '@shared/analytics/stored'
import type { LearnerRow, LessonProgressRow, PackRow, QuizAttemptRow } from '@shared/lessons/stored'
import type { Plan } from '@shared/plan/schema'
import type { CampaignRow } from '@shared/campaign/stored'
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema'

/** A row of the settings table. */
export interface SettingRow {
  key: string
  value: unknown
}

/** The database's name in IndexedDB (the origin is app://shopbridge in the desktop app). */
export const DB_NAME = 'shopbridge'

/** The app's single Dexie database. */
export class ShopBridgeDb extends Dexie {
  settings!: Table<SettingRow, string>
  imports!: Table<ImportRow, string>
  chunks!: Table<ChunkRow, [string, number]>
  mappings!: Table<MappingRow, string>
  lessonProgress!: Table<LessonProgressRow, string>
  quizAttempts!: Table<QuizAttemptRow, number>
  packs!: Table<PackRow, string>
  learners!: Table<LearnerRow, string>
  plans!: Table<Plan, string>
  campaigns!: Table<CampaignRow, string>

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name)
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores)
      if (v.upgrade) declared.upgrade(v.upgrade)
    }
  }
}

if (SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version !== DB_SCHEMA_VERSION) {
  throw new Error('db/schema.ts and DB_SCHEMA_VERSION disagree')
}

/** The shared instance the app uses. */
export const db = new ShopBridgeDb()

/** Table names the database holds, in the order backups list them. */
export const tableNames = (): readonly string[] => TABLE_NAMES
