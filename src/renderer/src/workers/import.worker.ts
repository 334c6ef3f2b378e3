/// <reference lib="webworker" />
import { buildOrderColumns } from '@shared/analytics/columns'
import { planOrderImport, storedOrderHashes, storedRowFingerprints } from '@shared/analytics/dedupe'
import type { DatasetKind, OrderColumns, RecordsByKind } from '@shared/analytics/model'
import { selectOrders, sliceOrders, type StoredImport } from '@shared/analytics/resolve'
import { CHUNK_SIZE, type AppChunk, type ImportRow } from '@shared/analytics/stored'
import { mergeRecords } from '@shared/csv/merge'
import {
  createImporter,
  reserveRows,
  type Importer,
  type ImporterOptions,
  type ImporterPart,
  type ImportResult,
} from '@shared/csv/pipeline'
import { commitImport, loadAllImports } from '../db/analytics'
import { runLaterPart, startLaterPart, type LaterPart } from './import-parts'
import type { FromPart, FromWorker, PartJob, ToWorker } from './import-protocol'
import { commitThenHandOver, handedBuffers, handedOrders } from './orders-handoff'
import { readSlices } from './slices'

/**
 * The import worker (our own module worker: PapaParse's `worker: true` needs a blob: URL that the
 * CSP forbids). It reads the file in slices, decodes, parses and converts them as they come,
 * reports progress, de-duplicates against what is stored, and writes the import in ONE IndexedDB
 * transaction only when the page confirms — so cancelling, closing or crashing before that point
 * stores nothing, and a crash during the write aborts the transaction.
 */

const SLICE = 4 << 20
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (m: FromWorker): void => scope.postMessage(m)

let cancelled = false
/** The second part of a big file, while it runs (see readFile). */
let later: LaterPart | null = null
/** How many workers read the file (1, or 2 when the second part was merged). */
let partsRead = 1
/** The orders were settled one row per order (the importer's fast lane held). */
let oneRowPerOrder = false
let pendingCommit: (() => Promise<void>) | null = null

/**
 * Reads, decodes, parses and converts the file slice by slice, reporting progress. Orders are
 * first settled one row per order (pipeline.ts, fastLane); when the file turns out not to be so,
 * it is read again with the grouper. A big orders file is read in two parts by two workers at
 * once (./import-parts.ts): this one reads up to the cut, then merges the other's part — or, when
 * the cut cannot be confirmed, reads on alone.
 */
async function readFile(
  job: Extract<ToWorker, { type: 'start' }>,
  started: number,
): Promise<ReturnType<Importer['finish']> | 'cancelled'> {
  const options: ImporterOptions = {
    kind: job.kind,
    mapping: job.mapping,
    shopTimeZone: job.shopTimeZone,
    currency: job.currency,
    encoding: job.encoding,
    delimiter: job.delimiter,
    headerRow: job.headerRow,
    bomLength: job.bomLength,
    ...(job.dateOrder ? { dateOrder: job.dateOrder } : {}),
    // Orders straight into columns: no object per order (a million orders: docs/performance.md).
    output: 'columns',
  }
  const once = await readOnce(job, options, started, true)
  const result = once === 'restart' ? await readOnce(job, options, started, false) : once
  if (result === 'restart') throw new Error('readFile: the grouper never asks to read again')
  return result
}

/** One reading of the file (`fastLane`: see readFile); 'restart' when the lane gave up. */
async function readOnce(
  job: Extract<ToWorker, { type: 'start' }>,
  options: ImporterOptions,
  started: number,
  fastLane: boolean,
): Promise<ReturnType<Importer['finish']> | 'cancelled' | 'restart'> {
  // Both parts take the lane, or neither does (pipeline.ts, absorb).
  later = await startLaterPart(
    job.file,
    { ...options, encoding: job.encoding, bomLength: job.bomLength, fastLane },
    job.cores ?? 1,
  )
  const importer = createImporter({ ...options, fastLane })
  const total = job.file.size
  let lastPost = 0
  const report = (bytes: number): void => {
    post({
      type: 'progress',
      bytes: Math.min(total, bytes + (later?.progress.bytes ?? 0)),
      total,
      rows: importer.rowCount + (later?.progress.rows ?? 0),
      elapsedMs: performance.now() - started,
    })
  }
  let at = 0
  // The first part (up to the cut, when a second worker reads the rest), then the rest.
  const cut = later ? later.cut + 1 : total
  let estimated = false
  /** Pushes `file[from..to)`; false when cancelled. Stops early when the importer must restart. */
  const readRange = async (from: number, to: number): Promise<boolean> => {
    for await (const bytes of readSlices(job.file, from, to, SLICE)) {
      if (cancelled) return false
      importer.pushBytes(bytes)
      at += bytes.length
      if (importer.restartNeeded) break
      if (!estimated) estimated = reserveRows(importer, at, cut)
      const now = performance.now()
      if (now - lastPost > 100) {
        lastPost = now
        report(at)
      }
    }
    return !cancelled
  }
  if (!(await readRange(0, cut))) return 'cancelled'
  partsRead = 1
  if (later) {
    const boundary = !importer.restartNeeded && importer.atRecordBoundary()
    const part = boundary ? await waitForPart(later, () => report(at)) : null
    later.stop()
    later = null
    if (cancelled) return 'cancelled'
    if (part) {
      partsRead = 2
      importer.absorb(part)
    } else if (!importer.restartNeeded && !(await readRange(cut, total))) return 'cancelled'
    // Else the cut was not a record boundary, or the second part failed: read on alone.
  }
  importer.endBytes()
  if (importer.restartNeeded) return 'restart'
  const result = importer.finish()
  oneRowPerOrder = importer.oneRowPerOrder
  report(total)
  return result
}

/** The second part's result, reporting progress while it is still reading. */
async function waitForPart(part: LaterPart, report: () => void): Promise<ImporterPart | null> {
  const timer = setInterval(report, 100)
  try {
    return await part.result
  } finally {
    clearInterval(timer)
  }
}

async function start(job: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  const result = await readFile(job, performance.now())
  if (result === 'cancelled' || cancelled) return post({ type: 'cancelled' })
  if (!result.ok) return post({ type: 'failed', problem: result.error })
  await plan(job, result.value)
}

/**
 * De-duplicates an orders import against the stored data. A function of its own so that the
 * whole-file columns are not kept alive by the (async) caller's frame; `chunks()` cuts the kept
 * orders into stored chunks one at a time, as the write consumes them.
 */
function planOrders(
  id: string,
  result: Extract<ImportResult, { kind: 'orders' }>,
  stored: StoredImport[],
): {
  chunks: () => Generator<AppChunk>
  counts: { new: number; updated: number; duplicate: number }
  written: number
  kept: OrderColumns
} {
  const cols = result.columns ?? buildOrderColumns(result.records)
  const planned = planOrderImport(storedOrderHashes(stored), cols)
  const kept = selectOrders(cols, planned.keep)
  function* chunks(): Generator<AppChunk> {
    for (let i = 0, index = 0; i < kept.length; i += CHUNK_SIZE, index++) {
      const part = sliceOrders(kept, i, Math.min(kept.length, i + CHUNK_SIZE))
      yield { importId: id, index, kind: 'orders', orders: part }
    }
  }
  return { chunks, counts: planned.counts, written: kept.length, kept }
}

/** De-duplicates against the stored data and prepares the write; commits at once or waits. */
async function plan(
  job: Extract<ToWorker, { type: 'start' }>,
  result: ImportResult,
): Promise<void> {
  const stored: StoredImport[] = (await loadAllImports()).map(({ row, chunks }) => ({
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt,
    orders: chunks.flatMap((c) => (c.orders ? [c.orders] : [])),
    rows: chunks.flatMap((c) => c.rows ?? []),
  }))
  const id = `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
  let makeChunks: () => Iterable<AppChunk> = () => []
  let counts: { new: number; updated: number; duplicate: number }
  let written: number
  // The kept orders, handed to the analytics worker once committed (orders-handoff.ts).
  let kept: OrderColumns | null = null
  if (result.kind === 'orders') {
    const planned = planOrders(id, result, stored)
    counts = planned.counts
    written = planned.written
    makeChunks = planned.chunks
    kept = planned.kept
    // Only the kept columns stay referenced from here on (held by makeChunks).
    result.records = []
    delete result.columns
  } else {
    const kind = result.kind as Exclude<DatasetKind, 'orders'>
    const merged = mergeRecords(
      kind,
      storedRowFingerprints(kind, stored),
      result.records as RecordsByKind[typeof kind][],
    )
    counts = merged.counts
    written = merged.toWrite.length
    const rows = merged.toWrite as unknown as Record<string, unknown>[]
    makeChunks = () => (rows.length > 0 ? [{ importId: id, index: 0, kind, rows }] : [])
  }
  const all = { ...counts, rejected: result.errorCount }
  const nothingNew = written === 0
  post({
    type: 'parsed',
    counts: all,
    errors: result.errors,
    errorCount: result.errorCount,
    warnings: result.warnings,
    rowCount: result.rowCount,
    nothingNew,
    parts: partsRead,
    oneRowPerOrder,
  })
  const row: ImportRow = {
    id,
    kind: result.kind,
    fileName: job.file.name,
    fileSize: job.file.size,
    encoding: job.encoding,
    delimiter: job.delimiter,
    headerSignature: job.headerSignature,
    mapping: job.mapping,
    columns: job.columns,
    createdAt: new Date().toISOString(),
    rowCount: result.rowCount,
    recordCount: written,
    counts: all,
    dateFrom: result.dateRange?.from ?? null,
    dateTo: result.dateRange?.to ?? null,
    sample: false,
    currency: job.currency,
  }
  // Only the only orders import is handed over (see orders-handoff.ts); before its write when
  // nothing at all is stored (the analytics worker prepares it meanwhile: AnalyticsData.stage).
  const handOver = job.handOver === true && !stored.some((s) => s.kind === 'orders')
  const stage = handOver && stored.length === 0
  pendingCommit = async () => {
    if (nothingNew) return post({ type: 'done', importId: null, counts: all })
    if (stage && kept) {
      // The chunks are cut first (copies), so that the orders can be moved to the page.
      const chunks = [...makeChunks()]
      const orders = handedOrders(kept)
      kept = null
      scope.postMessage(
        { type: 'staged', importId: id, createdAt: row.createdAt, orders } satisfies FromWorker,
        handedBuffers(orders),
      )
      await commitImport(row, chunks)
      return post({ type: 'done', importId: id, counts: all })
    }
    // Committed: only now may the analytics worker see these orders ('done' carries them; the
    // transfer leaves `kept` unusable here, and the page terminates this worker at once).
    const orders = await commitThenHandOver(
      () => commitImport(row, makeChunks()),
      handOver ? kept : null,
    )
    kept = null
    const done: FromWorker = { type: 'done', importId: id, counts: all }
    try {
      if (orders) return scope.postMessage({ ...done, orders }, handedBuffers(orders))
    } catch {
      // Could not be transferred: the analytics worker reads the import back instead.
    }
    post(done)
  }
  if (job.autoCommit && result.errorCount === 0) await commitNow()
}

async function commitNow(): Promise<void> {
  const commit = pendingCommit
  pendingCommit = null
  if (!commit || cancelled) return
  try {
    await commit()
  } catch {
    post({ type: 'failed', problem: { key: 'analyse.wizard.failed' } })
  }
}

scope.onmessage = (e: MessageEvent<ToWorker | PartJob>) => {
  const m = e.data
  if (m.type === 'part') {
    // This worker is the second part of another import worker's file.
    const postPart = (p: FromPart, transfer: Transferable[] = []): void =>
      scope.postMessage(p, transfer)
    runLaterPart(m, postPart).catch(() => postPart({ type: 'part-failed' }))
  } else if (m.type === 'start') {
    start(m).catch(() => post({ type: 'failed', problem: { key: 'analyse.wizard.failed' } }))
  } else if (m.type === 'commit') void commitNow()
  else if (m.type === 'cancel') {
    cancelled = true
    later?.stop()
    pendingCommit = null
    post({ type: 'cancelled' })
  }
}
