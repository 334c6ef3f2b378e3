/// <reference lib="webworker" />
import {
  CUT_WINDOW_BYTES,
  canImportInParts,
  findCut,
  importerPartTransfer,
} from '@shared/csv/parts'
import { createImporter, type ImporterOptions, type ImporterPart } from '@shared/csv/pipeline'
import type { Encoding } from '@shared/csv/decode'
import type { FromPart, PartJob } from './import-protocol'
import { readSlices } from './slices'

/**
 * The two-worker import of a big orders file (rules in @shared/csv/parts). The import worker
 * starts a second import worker — itself, by its own URL, so no second bundle — for the part of
 * the file after the cut, reads up to the cut itself, and merges the second part's orders when it
 * has confirmed the cut. Everything here is an optimisation: whenever the second part cannot
 * help (cut not confirmed, the second worker failed or could not start), the import worker reads
 * on alone and the result is the same.
 */

const SLICE = 4 << 20

/** The second part, as the first worker sees it. */
export interface LaterPart {
  /** Offset of the line feed that ends the first part. */
  cut: number
  /** Bytes and rows the second part has read so far (for progress). */
  progress: { bytes: number; rows: number }
  /** What it gathered; null when it failed or was stopped. */
  result: Promise<ImporterPart | null>
  /** Stops the second worker (its work is dropped). */
  stop(): void
}

/**
 * Starts the second part of `file` when the file is worth splitting and a cut is found; null
 * otherwise (the caller imports alone).
 */
export async function startLaterPart(
  file: File,
  options: ImporterOptions & { encoding: Encoding; bomLength: number },
  cores: number,
): Promise<LaterPart | null> {
  if (!canImportInParts(options.kind, options.encoding, file.size, cores)) return null
  // A little after the middle: the second part also reads the head of the file first.
  const from = Math.floor(file.size * 0.52)
  const window = new Uint8Array(await file.slice(from, from + CUT_WINDOW_BYTES).arrayBuffer())
  const cut = findCut(window, from)
  if (cut < 0 || cut >= file.size - 1) return null
  let worker: Worker
  try {
    worker = new Worker(self.location.href, { type: 'module', name: 'import-part' })
  } catch {
    return null
  }
  const progress = { bytes: 0, rows: 0 }
  let settle: (p: ImporterPart | null) => void = () => {}
  const result = new Promise<ImporterPart | null>((resolve) => (settle = resolve))
  const stop = (): void => {
    worker.terminate()
    settle(null)
  }
  worker.onmessage = (e: MessageEvent<FromPart>) => {
    const m = e.data
    if (m.type === 'part-progress') {
      progress.bytes = m.bytes
      progress.rows = m.rows
    } else {
      settle(m.type === 'part-done' ? m.part : null)
      worker.terminate()
    }
  }
  worker.onerror = stop
  worker.postMessage({ type: 'part', file, cut, options } satisfies PartJob)
  return { cut, progress, result, stop }
}

/** The second worker's job: the head for the formats, then the bytes after the cut. */
export async function runLaterPart(
  job: PartJob,
  post: (m: FromPart, transfer?: Transferable[]) => void,
): Promise<void> {
  const { file, cut, options } = job
  const later = createImporter({ ...options, laterPart: true })
  for await (const bytes of readSlices(file, 0, cut + 1, SLICE, 1)) {
    later.pushBytes(bytes)
    if (later.formatsFixed) break
  }
  if (!later.formatsFixed) return post({ type: 'part-failed' })
  // Lines numbered from a provisional 1: the first worker knows how many come before the cut.
  later.resumeAt(1)
  let lastPost = 0
  let at = cut + 1
  for await (const bytes of readSlices(file, cut + 1, file.size, SLICE)) {
    later.pushBytes(bytes)
    at += bytes.length
    const now = performance.now()
    if (now - lastPost > 100) {
      lastPost = now
      post({ type: 'part-progress', bytes: at - cut - 1, rows: later.rowCount })
    }
  }
  later.endBytes()
  const part = later.exportPart()
  if (!part.ok) return post({ type: 'part-failed' })
  post({ type: 'part-done', part: part.value }, importerPartTransfer(part.value))
}
