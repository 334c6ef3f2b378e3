import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildOrderColumns } from '@shared/analytics/columns'
import type { OrderColumns } from '@shared/analytics/model'
import { resolveImports, sliceOrders, type StoredImport } from '@shared/analytics/resolve'
import { generateSampleData } from '@shared/analytics/sample'
import type { AppChunk } from '@shared/analytics/stored'
import { isoDate } from '@shared/dates'
import { prepare, PERIOD_PRESETS } from '@shared/kpi'
import { buildDashboard, periodFor, type DashboardModel } from '@shared/kpi/dashboard'
import { commitImport, loadAllImports } from '@renderer/db/analytics'
import { db } from '@renderer/db/db'
import { AnalyticsData } from '@renderer/workers/analytics-data'
import {
  commitThenHandOver,
  handedBuffers,
  handedOrders,
  unpackOrders,
  type HandedOrders,
} from '@renderer/workers/orders-handoff'
import { ordersImportRow } from './import-rows'

// The analytics worker's load, as it runs there: stored imports (or the handed-over orders in
// place of one of them) → resolve → prepare → dashboard models.
async function models(
  handed: { importId: string; orders: OrderColumns } | null,
): Promise<{ orders: number; models: DashboardModel[] }> {
  const all = await loadAllImports(db, handed)
  const resolved = resolveImports(
    all.map(({ row, chunks }) => ({
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt,
      orders: chunks.flatMap((c) => (c.orders ? [c.orders] : [])),
      rows: chunks.flatMap((c) => c.rows ?? []),
    })) satisfies StoredImport[],
  )
  const p = prepare(resolved)
  const anchor = resolved.range?.to ?? isoDate('2026-06-30')
  return {
    orders: resolved.orders.length,
    models: PERIOD_PRESETS.filter((x) => x !== 'custom').map((preset) =>
      buildDashboard(p, periodFor(preset, null, anchor), 'day', null),
    ),
  }
}

const row = ordersImportRow

/** The import worker's columns (newest order first, as platforms export) and its stored chunks. */
function importOf(id: string, seed: number, chunkSize: number) {
  const records = generateSampleData({ seed, endDate: isoDate('2026-06-30'), currency: 'CNY' })
    .orders.slice()
    .reverse()
  const cols = buildOrderColumns(records)
  const chunks: AppChunk[] = []
  for (let i = 0, index = 0; i < cols.length; i += chunkSize, index++)
    chunks.push({
      importId: id,
      index,
      kind: 'orders',
      orders: sliceOrders(cols, i, Math.min(cols.length, i + chunkSize)),
    })
  return { cols, chunks }
}

/**
 * The import worker's write and hand-over, then the hop to the analytics worker: a real
 * MessageChannel with the typed arrays transferred, as the workers' postMessage does.
 */
async function handOver(
  commit: () => Promise<void>,
  id: string,
  cols: OrderColumns,
): Promise<{ importId: string; orders: OrderColumns } | null | 'threw'> {
  let orders: HandedOrders | null
  try {
    orders = await commitThenHandOver(commit, cols)
  } catch {
    return 'threw'
  }
  if (!orders) return null
  const channel = new MessageChannel()
  const received = new Promise<{ importId: string; orders: HandedOrders }>((resolve) => {
    channel.port2.onmessage = (e: MessageEvent<{ importId: string; orders: HandedOrders }>) =>
      resolve(e.data)
  })
  channel.port1.postMessage({ importId: id, orders }, handedBuffers(orders))
  const message = await received
  const handed = { importId: message.importId, orders: unpackOrders(message.orders) }
  channel.port1.close()
  channel.port2.close()
  return handed
}

/** The dashboard's choices the page sends with a load (last 90 days of the data). */
const first = {
  today: isoDate('2026-07-15'),
  preset: 'last90' as const,
  custom: null,
  granularity: 'day' as const,
  channel: null,
}

beforeAll(async () => {
  await db.open()
})
afterEach(async () => {
  await Promise.all([db.imports.clear(), db.chunks.clear()])
})

describe('handing the committed orders to the analytics worker', () => {
  it('gives the same dashboard as reading the import back from IndexedDB', async () => {
    const { cols, chunks } = importOf('imp-new', 42, 4_096)
    expect(chunks.length).toBeGreaterThan(2)
    const n = cols.length

    const received = await handOver(
      () => commitImport(row('imp-new', n, '2026-02-01T00:00:00.000Z'), chunks, db),
      'imp-new',
      cols,
    )
    // Transferred, not copied: the import worker's typed arrays are released.
    expect(cols.day.length).toBe(0)
    expect(received).not.toBeNull()
    const handed = received as { importId: string; orders: OrderColumns }
    expect(handed.importId).toBe('imp-new')
    expect(handed.orders.length).toBe(n)
    expect(handed.orders.orderId).toEqual([]) // left out: the dashboard never reads them
    expect(handed.orders.customers).toEqual(importOf('imp-new', 42, 4_096).cols.customers)

    // The handed-over orders stand in for the stored chunks of that import.
    const loaded = await loadAllImports(db, handed)
    expect(loaded.map((l) => l.chunks.length)).toEqual([1])
    expect(loaded[0]?.chunks[0]?.orders).toBe(handed.orders)

    const fromDb = await models(null)
    const fromHandoff = await models(handed)
    expect(fromDb.orders).toBe(n)
    expect(fromDb.models[0]?.vsPrevious.current.kpis.orders).toBeGreaterThan(0)
    expect(fromHandoff.orders).toBe(n)
    expect(fromHandoff.models).toEqual(fromDb.models)
  })

  it('reads the import back when another orders import needs merging by order ID', async () => {
    const older = importOf('imp-old', 7, 5_000)
    await commitImport(
      row('imp-old', older.cols.length, '2026-01-01T00:00:00.000Z'),
      older.chunks,
      db,
    )
    const { cols, chunks } = importOf('imp-new', 42, 4_096)
    await commitImport(row('imp-new', cols.length, '2026-02-01T00:00:00.000Z'), chunks, db)
    const handed = { importId: 'imp-new', orders: { ...cols, orderId: [] } }
    const loaded = await loadAllImports(db, handed)
    expect(loaded.map((l) => l.chunks.length)).toEqual([older.chunks.length, chunks.length])
    expect((await models(handed)).models).toEqual((await models(null)).models)
  })

  it('hands nothing over when the write fails, and nothing is shown', async () => {
    const { cols, chunks } = importOf('imp-x', 3, 4_096)
    // A chunk that is already stored makes the transaction fail: nothing of the import is kept.
    await db.chunks.add(chunks[1] as AppChunk)
    const received = await handOver(
      () => commitImport(row('imp-x', cols.length, '2026-02-01T00:00:00.000Z'), chunks, db),
      'imp-x',
      cols,
    )
    expect(received).toBe('threw')
    expect(cols.day.length).toBe(cols.length) // kept, not transferred
    expect(await db.imports.count()).toBe(0)
    await db.chunks.clear()
    // Orders handed over for an import that is not stored are never shown.
    expect((await models({ importId: 'imp-x', orders: cols })).orders).toBe(0)
  })

  it('ignores handed-over orders that do not match the stored import', async () => {
    const { cols, chunks } = importOf('imp-y', 5, 4_096)
    await commitImport(row('imp-y', cols.length, '2026-02-01T00:00:00.000Z'), chunks, db)
    const wrong = sliceOrders(cols, 0, 10)
    const result = await models({ importId: 'imp-y', orders: wrong })
    expect(result.orders).toBe(cols.length)
    expect(result.models).toEqual((await models(null)).models)
  })

  it('a worker that loaded right after an import answers the same imports without reading again', async () => {
    const { cols, chunks } = importOf('imp-a', 11, 4_096)
    const n = cols.length
    await commitImport(row('imp-a', n, '2026-02-01T00:00:00.000Z'), chunks, db)
    const expected = await models(null)
    const data = new AnalyticsData(db)
    expect(await data.load({ importId: 'imp-a', orders: handedOrders(cols) })).toBe(true)
    const preloaded = data.loadedMessage(-1, first)
    expect(preloaded?.orders).toBe(n)
    // The model sent with the data is the dashboard's for those choices (last 90 days of data).
    expect(preloaded?.first?.model).toEqual(expected.models[2])
    expect(preloaded?.first?.request.period).toEqual(expected.models[2]?.period)

    // The dashboard's own load finds the same imports stored: nothing is read again (the chunks,
    // removed behind its back here, are not needed).
    await db.chunks.clear()
    expect(await data.load(null)).toBe(false)
    expect(data.loadedMessage(1, first)?.orders).toBe(n)

    // Another import stored: everything is read again.
    const other = importOf('imp-b', 12, 4_096)
    await commitImport(
      row('imp-b', other.cols.length, '2026-03-01T00:00:00.000Z'),
      other.chunks,
      db,
    )
    expect(await data.load(null)).toBe(true)
    expect(data.loadedMessage(2, first)?.orders).toBe(other.cols.length)
  })
})

describe('preparing an import while its write runs (AnalyticsData.stage)', () => {
  const created = '2026-02-01T00:00:00.000Z'

  it('is adopted once the write has committed, without reading the import back', async () => {
    const { cols, chunks } = importOf('imp-s', 21, 4_096)
    const n = cols.length
    const data = new AnalyticsData(db)
    data.stage('imp-s', created, handedOrders(cols), first)
    await commitImport(row('imp-s', n, created), chunks, db)
    const expected = await models(null)
    // The chunks are not needed: the staged data stands in for them.
    await db.chunks.clear()
    expect(await data.load(null, 'imp-s')).toBe(true)
    const loaded = data.loadedMessage(-1, first)
    expect(loaded?.orders).toBe(n)
    expect(loaded?.first?.model).toEqual(expected.models[2])
  })

  it('stands in for its import when something else turned out to be stored', async () => {
    const { cols, chunks } = importOf('imp-s', 21, 4_096)
    const data = new AnalyticsData(db)
    data.stage('imp-s', created, handedOrders(cols), first)
    await commitImport(row('imp-s', cols.length, created), chunks, db)
    // Another import, stored while the first was written.
    const later = importOf('imp-later', 7, 5_000)
    await commitImport(
      row('imp-later', later.cols.length, '2026-03-01T00:00:00.000Z'),
      later.chunks,
    )
    const expected = await models(null)
    expect(await data.load(null, 'imp-s')).toBe(true)
    const loaded = data.loadedMessage(-1, first)
    expect(loaded?.orders).toBe(expected.orders)
    expect(loaded?.first?.model).toEqual(expected.models[2])
  })

  it('shows nothing when the write did not commit', async () => {
    const { cols } = importOf('imp-f', 3, 4_096)
    const data = new AnalyticsData(db)
    data.stage('imp-f', created, handedOrders(cols), first)
    expect(await data.load(null, 'imp-f')).toBe(true)
    expect(data.loadedMessage(-1, first)?.orders).toBe(0)
  })
})
