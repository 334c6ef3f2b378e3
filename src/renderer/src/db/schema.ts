/**
 * Every released version of the database schema, oldest first. Never edit a released entry:
 * add a new one (with an `upgrade` when rows must change) and bump DB_SCHEMA_VERSION in
 * src/shared/backup/tables.ts. test/renderer/db-migrations.test.ts opens each previous version
 * with real data and checks the current code upgrades it.
 */
import type { Transaction } from 'dexie'

/** One schema version: Dexie store definitions and an optional data upgrade. */
export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

/** The schema history. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // key-value settings: profile, ui preferences, bookkeeping (see shared/backup/tables.ts)
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // Analyse (issue 3): imports, their data chunks, remembered column mappings
      imports: '&id, kind, createdAt',
      chunks: '[importId+index], importId',
      mappings: '&signature',
    },
  },
  {
    version: 3,
    stores: {
      // Learn (issue 4): progress per course source, quiz attempts, trainer packs, coach view
      lessonProgress: '&key, source',
      quizAttempts: '++id, [source+module]',
      packs: '&id',
      learners: '&id',
    },
  },
  {
    version: 4,
    stores: {
      // Plan (issue 5): transformation plans, each with its risk register;
      // Promote (issue 6): campaigns by start date
      plans: '&id, updatedAt',
      campaigns: '&id, start',
    },
  },
]
