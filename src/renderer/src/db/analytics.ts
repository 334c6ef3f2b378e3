import type { OrderColumns } from '@shared/analytics/model'
import { narrowOrders } from '@shared/analytics/narrow'
import type { AppChunk, ChunkRow, ImportRow, MappingRow } from '@shared/analytics/stored'
import { db, type ShopBridgeDb } from './db'

/**
 * Analyse's persistence: an import and its chunks are written in ONE transaction and removed in
 * one, so a crash, reload or cancel never leaves part of an import behind.
 */
export async function commitImport(
  row: ImportRow,
  chunks: Iterable<AppChunk>,
  database: ShopBridgeDb = db,
): Promise<void> {
  await database.transaction('rw', database.imports, database.chunks, async () => {
    await database.imports.add(row)
    // One chunk at a time: IndexedDB copies a value when it is added, so a generator can cut each
    // chunk just before its add and drop it right after — a big import never holds all its chunk
    // copies at once (the write is when memory peaks). The adds are not awaited one by one.
    // Orders columns are stored in the narrowest arrays that hold them (narrow.ts).
    const adds: Promise<unknown>[] = []
    for (const chunk of chunks)
      adds.push(
        database.chunks.add(
          chunk.orders ? { ...chunk, orders: narrowOrders(chunk.orders) } : chunk,
        ),
      )
    await Promise.all(adds)
  })
}

/** Writes several imports (e.g. the sample data's five files) in one transaction. */
export async function commitImports(
  parts: readonly { row: ImportRow; chunks: readonly AppChunk[] }[],
  database: ShopBridgeDb = db,
): Promise<void> {
  await database.transaction('rw', database.imports, database.chunks, async () => {
    for (const p of parts) await commitImport(p.row, p.chunks, database)
  })
}

/** Removes an import and exactly its data. */
export async function removeImport(id: string, database: ShopBridgeDb = db): Promise<void> {
  await database.transaction('rw', database.imports, database.chunks, async () => {
    await database.chunks.where('importId').equals(id).delete()
    await database.imports.delete(id)
  })
}

/** Removes every import flagged as sample data. */
export async function removeSampleImports(database: ShopBridgeDb = db): Promise<number> {
  const ids = (await database.imports.toArray()).filter((r) => r.sample).map((r) => r.id)
  for (const id of ids) await removeImport(id, database)
  return ids.length
}

/** All imports, oldest first. */
export async function listImports(database: ShopBridgeDb = db): Promise<ImportRow[]> {
  return database.imports.orderBy('createdAt').toArray()
}

/**
 * Every import with its chunks, oldest first, read in one transaction (a consistent snapshot).
 * `handed`: the orders of an import already in hand, without their order IDs (handed over by
 * the import worker that has just committed them: workers/orders-handoff.ts). They stand in for
 * that import's stored chunks (as one chunk) when it is stored with exactly that many orders and
 * is the only orders import (no order ID is then needed to merge imports); an import that is not
 * stored (its write failed, or it was removed since) is not shown, whatever was handed over.
 */
export async function loadAllImports(
  database: ShopBridgeDb = db,
  handed: { importId: string; orders: OrderColumns } | null = null,
): Promise<{ row: ImportRow; chunks: ChunkRow[] }[]> {
  return database.transaction('r', database.imports, database.chunks, async () => {
    const rows = await database.imports.orderBy('createdAt').toArray()
    const out: { row: ImportRow; chunks: ChunkRow[] }[] = []
    const onlyOrders = rows.filter((r) => r.kind === 'orders').length === 1
    for (const row of rows) {
      if (
        handed &&
        onlyOrders &&
        row.id === handed.importId &&
        row.kind === 'orders' &&
        row.recordCount === handed.orders.length
      ) {
        out.push({
          row,
          chunks: [{ importId: row.id, index: 0, kind: 'orders', orders: handed.orders }],
        })
        continue
      }
      const chunks = await database.chunks.where('importId').equals(row.id).sortBy('index')
      out.push({ row, chunks })
    }
    return out
  })
}

/** The mapping the user last confirmed for files with this header, if any. */
export async function getRememberedMapping(
  signature: string,
  database: ShopBridgeDb = db,
): Promise<MappingRow | undefined> {
  return database.mappings.get(signature)
}

/** Remembers a confirmed mapping for files with the same header. */
export async function rememberMapping(row: MappingRow, database: ShopBridgeDb = db): Promise<void> {
  await database.mappings.put(row)
}
