import { describe, expect, it } from 'vitest'
import { buildOrderColumns } from '@shared/analytics/columns'
import { widenOrders } from '@shared/analytics/narrow'
import { resolveImports, sliceOrders, type StoredImport } from '@shared/analytics/resolve'
import { generateSampleData } from '@shared/analytics/sample'
import type { ImportRow } from '@shared/analytics/stored'
import { parseBackup } from '@shared/backup/format'
import { isoDate } from '@shared/dates'
import { commitImport, loadAllImports } from '@renderer/db/analytics'
import { createBackup, restoreTables } from '@renderer/db/backup'
import { ShopBridgeDb } from '@renderer/db/db'
import { ordersImportRow } from './import-rows'

let n = 0
async function freshDb(): Promise<ShopBridgeDb> {
  const db = new ShopBridgeDb(`chunks-${Date.now()}-${n++}`)
  await db.open()
  return db
}

const row = (id: string, recordCount: number): ImportRow =>
  ordersImportRow(id, recordCount, '2026-12-07T06:00:00.000Z')

const cols = buildOrderColumns(
  generateSampleData({ seed: 3, endDate: isoDate('2026-06-30'), currency: 'CNY' }).orders,
)
const half = Math.floor(cols.length / 2)
const chunks = [sliceOrders(cols, 0, half), sliceOrders(cols, half, cols.length)].map(
  (orders, index) => ({ importId: 'imp-a', index, kind: 'orders' as const, orders }),
)

/** What the analytics worker computes with: the stored imports resolved (resolve.ts). */
function resolved(all: Awaited<ReturnType<typeof loadAllImports>>) {
  return resolveImports(
    all.map(({ row, chunks: c }) => ({
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt,
      orders: c.flatMap((x) => (x.orders ? [x.orders] : [])),
      rows: [],
    })) satisfies StoredImport[],
  ).orders
}
const expected = resolveImports([
  { id: 'imp-a', kind: 'orders', createdAt: '', orders: chunks.map((c) => c.orders), rows: [] },
]).orders
/** Every stored chunk's orders, widened. */
const widened = (all: Awaited<ReturnType<typeof loadAllImports>>) =>
  all[0]?.chunks.map((c) => (c.orders ? widenOrders(c.orders) : null))

// Two years of sample orders through fake-indexeddb's structured clone: 6 s on a slow, busy
// two-core machine (CI once hit vitest's default 5 s).
describe('stored orders chunks (real IndexedDB)', { timeout: 60_000 }, () => {
  it('are stored in narrow arrays and resolve to the app’s columns, value for value', async () => {
    const db = await freshDb()
    await commitImport(row('imp-a', cols.length), chunks, db)
    const raw = await db.chunks.where('importId').equals('imp-a').sortBy('index')
    expect(raw[0]?.orders?.amountPaid).toBeInstanceOf(Int32Array)
    expect(raw[0]?.orders?.lineSku).toBeInstanceOf(Int16Array)
    const all = await loadAllImports(db)
    expect(widened(all)).toEqual(chunks.map((c) => c.orders))
    const merged = resolved(all)
    expect(merged).toEqual(expected)
    expect(merged.amountPaid).toBeInstanceOf(Float64Array)
    expect(merged.lineSku).toBeInstanceOf(Int32Array)
    // One chunk alone (no merging) is widened too.
    const one = resolveImports([
      { id: 'x', kind: 'orders', createdAt: '', orders: [raw[0]?.orders as never], rows: [] },
    ]).orders
    expect(one.amountPaid).toBeInstanceOf(Float64Array)
    expect(one.length).toBe(half)
  })

  it('written wide before 2026-12, are read the same', async () => {
    const db = await freshDb()
    await db.transaction('rw', db.imports, db.chunks, async () => {
      await db.imports.add(row('imp-a', cols.length))
      await db.chunks.bulkAdd(chunks)
    })
    expect(resolved(await loadAllImports(db))).toEqual(expected)
  })

  it('survive a backup and restore narrow, and load back the same', async () => {
    const db = await freshDb()
    await commitImport(row('imp-a', cols.length), chunks, db)
    const parsed = await parseBackup(await createBackup('0.1.0', db))
    if (!parsed.ok) throw new Error(parsed.error.key)
    const other = await freshDb()
    await restoreTables(parsed.value.backup.tables, other)
    const raw = await other.chunks.toArray()
    expect(raw[0]?.orders?.channel).toBeInstanceOf(Int8Array)
    const all = await loadAllImports(other)
    expect(widened(all)).toEqual(chunks.map((c) => c.orders))
    expect(resolved(all)).toEqual(expected)
  })
})
