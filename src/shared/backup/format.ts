import { z } from 'zod'
import { fail, ok, type Result } from '../result'
import { decodeValue, encodeValue } from './codec'
import { DB_SCHEMA_VERSION, TABLES, TABLE_NAMES, type TableName } from './tables'

/** Marks a file as ShopBridge's own backup. */
export const BACKUP_FORMAT = 'shopbridge-backup'
/** Version of the envelope (not of the data schema). */
export const BACKUP_FORMAT_VERSION = 1

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string().datetime(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.record(z.string(), z.array(z.unknown())),
})

/** Rows of every table, decoded and validated. */
export type BackupTables = Record<TableName, unknown[]>

/** A validated backup, ready to restore. */
export interface Backup {
  appVersion: string
  schemaVersion: number
  createdAt: string
  tables: BackupTables
}

/** What a backup holds, for the confirmation dialog before a restore. */
export interface BackupSummary {
  appVersion: string
  schemaVersion: number
  createdAt: string
  counts: Record<TableName, number>
  areas: Record<string, number>
}

/** SHA-256 hex of a string (Web Crypto: present in Node ≥ 19 and every browser). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Serialises every table into one versioned backup file (JSON text). */
export async function serializeBackup(
  tables: Record<string, unknown[]>,
  meta: { appVersion: string; createdAt: string },
): Promise<string> {
  const encoded: Record<string, unknown[]> = {}
  for (const name of TABLE_NAMES) encoded[name] = (tables[name] ?? []).map(encodeValue)
  const tablesJson = JSON.stringify(encoded)
  const envelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: DB_SCHEMA_VERSION,
    createdAt: meta.createdAt,
    checksum: await sha256Hex(tablesJson),
    tables: encoded,
  }
  return JSON.stringify(envelope)
}

/**
 * Upgrades tables written by an older schema to the current one, step by step.
 * Each step is a pure function keyed by the version it upgrades *from*; later issues add theirs.
 */
export const BACKUP_UPGRADES: Record<
  number,
  (t: Record<string, unknown[]>) => Record<string, unknown[]>
> = {}

function summarize(b: Backup): BackupSummary {
  const counts = {} as Record<TableName, number>
  const areas: Record<string, number> = {}
  for (const name of TABLE_NAMES) {
    const n = b.tables[name].length
    counts[name] = n
    const area = TABLES[name].area
    areas[area] = (areas[area] ?? 0) + n
  }
  return {
    appVersion: b.appVersion,
    schemaVersion: b.schemaVersion,
    createdAt: b.createdAt,
    counts,
    areas,
  }
}

/**
 * Reads and completely validates a backup file before anything is touched: JSON, envelope,
 * checksum, version, then every row of every table. Returns a translated problem otherwise.
 */
export async function parseBackup(
  text: string,
): Promise<Result<{ backup: Backup; summary: BackupSummary }>> {
  if (text.trim() === '') return fail('backup.errors.empty')
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return fail('backup.errors.notJson')
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('backup.errors.foreign')
  }
  // Versions first: a newer envelope may have a shape this version cannot validate ("newer", not "damaged").
  const head = raw as { formatVersion?: unknown; schemaVersion?: unknown; appVersion?: unknown }
  const isNewer = (v: unknown, current: number): boolean => typeof v === 'number' && v > current
  if (
    isNewer(head.formatVersion, BACKUP_FORMAT_VERSION) ||
    isNewer(head.schemaVersion, DB_SCHEMA_VERSION)
  ) {
    return fail('backup.errors.newer', {
      version: typeof head.appVersion === 'string' ? head.appVersion : '?',
    })
  }
  const env = envelopeSchema.safeParse(raw)
  if (!env.success) return fail('backup.errors.damaged')
  const e = env.data
  // The checksum covers the tables exactly as written, so any edit or truncation inside them shows.
  const rawTablesJson = JSON.stringify((raw as { tables: unknown }).tables)
  if ((await sha256Hex(rawTablesJson)) !== e.checksum) return fail('backup.errors.checksum')

  let tables: Record<string, unknown[]> = e.tables
  for (let v = e.schemaVersion; v < DB_SCHEMA_VERSION; v++) {
    const step = BACKUP_UPGRADES[v]
    if (step) tables = step(tables)
  }
  const unknownTable = Object.keys(tables).find((n) => !(n in TABLES))
  if (unknownTable) return fail('backup.errors.unknownTable', { table: unknownTable })

  const out = {} as BackupTables
  for (const name of TABLE_NAMES) {
    const rows = tables[name] ?? []
    const schema = TABLES[name].schema as z.ZodType
    const parsed: unknown[] = []
    for (let i = 0; i < rows.length; i++) {
      let decoded: unknown
      try {
        decoded = decodeValue(rows[i])
      } catch {
        return fail('backup.errors.invalidRow', { table: name, row: i + 1, field: '—' })
      }
      const r = schema.safeParse(decoded)
      if (!r.success) {
        const path = r.error.issues[0]?.path.join('.') ?? ''
        return fail('backup.errors.invalidRow', { table: name, row: i + 1, field: path || '—' })
      }
      parsed.push(r.data)
    }
    out[name] = parsed
  }
  const backup: Backup = {
    appVersion: e.appVersion,
    schemaVersion: DB_SCHEMA_VERSION,
    createdAt: e.createdAt,
    tables: out,
  }
  return ok({ backup, summary: summarize(backup) })
}

/** File name for a backup made on a given day: `shopbridge-backup-2026-11-25.json`. */
export function backupFileName(date: string, kind: 'manual' | 'auto' = 'manual'): string {
  return kind === 'auto' ? `shopbridge-auto-${date}.json` : `shopbridge-backup-${date}.json`
}
