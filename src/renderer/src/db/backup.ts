import { serializeBackup, type BackupTables } from '@shared/backup/format'
import { TABLE_NAMES } from '@shared/backup/tables'
import { db, type ShopBridgeDb } from './db'

/** Every table's rows, read in one read-only transaction so the snapshot is consistent. */
export async function exportTables(
  database: ShopBridgeDb = db,
): Promise<Record<string, unknown[]>> {
  const tables = TABLE_NAMES.map((n) => database.table(n))
  return database.transaction('r', tables, async () => {
    const out: Record<string, unknown[]> = {}
    for (const t of tables) out[t.name] = await t.toArray()
    return out
  })
}

/** The whole database as backup file text. */
export async function createBackup(
  appVersion: string,
  database: ShopBridgeDb = db,
  now: Date = new Date(),
): Promise<string> {
  return serializeBackup(await exportTables(database), { appVersion, createdAt: now.toISOString() })
}

/**
 * Replaces every table with a validated backup's rows in ONE read-write transaction: IndexedDB
 * aborts the whole transaction on any failure, so a restore is all or nothing.
 */
export async function restoreTables(
  backup: BackupTables,
  database: ShopBridgeDb = db,
): Promise<void> {
  const tables = TABLE_NAMES.map((n) => database.table(n))
  await database.transaction('rw', tables, async () => {
    for (const t of tables) {
      await t.clear()
      const rows = backup[t.name as keyof BackupTables]
      if (rows.length > 0) await t.bulkAdd(rows)
    }
  })
}
