import type { Result } from '../result'
import type { Encoding } from './decode'
import { grouperPartTransfer } from './group'
import { singleRowPartTransfer } from './single-row'
import {
  createImporter,
  type Importer,
  type ImporterOptions,
  type ImporterPart,
  type ImportResult,
} from './pipeline'

/**
 * A big orders file is imported by two workers at once (docs/performance.md): the first reads the
 * file from its start up to a cut, the second reads from the cut to the end, and the first merges
 * the second's orders into its own. This module holds the rules both follow, and `importInParts`,
 * the same steps on bytes in memory (tests compare it with a one-part import).
 *
 * The cut is the first line feed after the middle of the file. It is only a guess: a line feed can
 * be inside a quoted cell. The second part starts there speculatively; the first part, which reads
 * the file from its start and so knows, confirms it (`atRecordBoundary` once it has read up to and
 * including the cut). If it cannot confirm, or the second part fails, the first part reads on to
 * the end of the file alone and the second part's work is dropped — the result is the same, only
 * slower.
 *
 * - Encodings: only UTF-8 and GB18030, in which the byte 0x0A is always a line feed (never part of
 *   a multi-byte character), so the second part decodes from the byte after the cut.
 * - Line numbers: the second part numbers its lines from a provisional 1; the first part, which
 *   has counted its own physical lines up to the cut, shifts them when it absorbs the part.
 * - Formats (decimal comma, day/month order…) are inferred from the first rows of the file; the
 *   second part reads the head of the file first and infers them from the same rows.
 */

/** Files smaller than this are imported in one part (two workers would not pay off). */
export const MIN_PARTS_BYTES = 16 << 20
/**
 * Two parts only on computers with at least this many logical processors. On two, the second
 * worker competes with the page, the browser and the garbage collector for the only other core:
 * measured on this project's 2-core benchmark machine, a million grouped orders took 0.6–0.8 s
 * less (3.0 instead of 3.6–3.9 s) but the import's peak memory rose by ~130 MiB, past the 1 GiB
 * budget; with both parts settling one row per order (pipeline.ts, fastLane), reading took ~5 %
 * less and the peak rose by ~80 MiB, to within ~60 MiB of it (docs/performance.md).
 */
export const MIN_PARTS_CORES = 4
/** How far after the middle the cut may be (a longer record: no split). */
export const CUT_WINDOW_BYTES = 1 << 16

/** True when a file of this kind, encoding and size is imported in two parts on `cores` processors. */
export function canImportInParts(
  kind: ImporterOptions['kind'],
  encoding: Encoding,
  size: number,
  cores: number,
): boolean {
  return (
    kind === 'orders' &&
    (encoding === 'utf-8' || encoding === 'gb18030') &&
    size >= MIN_PARTS_BYTES &&
    cores >= MIN_PARTS_CORES
  )
}

/**
 * The cut: the offset (in the file) of the first line feed at or after `from`, given the bytes
 * `window` that start at `from`; -1 when the window has none.
 */
export function findCut(window: Uint8Array, from: number): number {
  const at = window.indexOf(0x0a)
  return at < 0 ? -1 : from + at
}

/** The typed arrays of an ImporterPart, to transfer with postMessage. */
export function importerPartTransfer(part: ImporterPart): ArrayBuffer[] {
  if (part.single) return singleRowPartTransfer(part.single)
  return part.grouper ? grouperPartTransfer(part.grouper) : []
}

/** Options of `importInParts`. */
export type PartsOptions = ImporterOptions & {
  encoding: Encoding
  bomLength: number
  /** Bytes decoded per slice (default 1 MiB). */
  sliceBytes?: number
}

/** Pushes `bytes[from, to)` into `importer` in slices of `step` bytes; `stop` ends early. */
function pushSlices(
  importer: Importer,
  bytes: Uint8Array,
  from: number,
  to: number,
  step: number,
  stop: () => boolean = () => false,
): void {
  for (let at = from; at < to && !stop(); at += step)
    importer.pushBytes(bytes.subarray(at, Math.min(to, at + step)))
}

/**
 * The second part's work on bytes in memory: read the head until the formats are fixed, then the
 * bytes after `cut`. Null when the head up to the cut does not fix the formats (no split).
 */
export function importLaterPart(
  bytes: Uint8Array,
  cut: number,
  opts: PartsOptions,
): Result<ImporterPart> | null {
  const step = opts.sliceBytes ?? 1 << 20
  const later = createImporter({ ...opts, laterPart: true })
  pushSlices(later, bytes, 0, cut + 1, step, () => later.formatsFixed)
  if (!later.formatsFixed) return null
  // Numbered from a provisional line 1: the first part shifts them (it knows its line count).
  later.resumeAt(1)
  pushSlices(later, bytes, cut + 1, bytes.length, step)
  later.endBytes()
  return later.exportPart()
}

/**
 * Imports `bytes` in two parts cut at `cut` (a line feed's offset), the way the import workers do
 * it, and says whether the parts were merged (`split`) or the first part read on alone, and
 * whether the one-row lane (`opts.fastLane`) gave up, so that the file was read again, alone,
 * with the grouper (`restarted`).
 */
export function importInParts(
  bytes: Uint8Array,
  cut: number,
  opts: PartsOptions,
): { result: Result<ImportResult>; split: boolean; restarted: boolean } {
  const step = opts.sliceBytes ?? 1 << 20
  const first = createImporter(opts)
  const stop = (): boolean => first.restartNeeded
  pushSlices(first, bytes, 0, cut + 1, step, stop)
  const part = first.restartNeeded ? null : importLaterPart(bytes, cut, opts)
  let split = false
  if (first.atRecordBoundary() && part?.ok) {
    // As the workers do: the part arrives as a structured clone with its buffers transferred.
    first.absorb(structuredClone(part.value, { transfer: importerPartTransfer(part.value) }))
    split = true
  } else pushSlices(first, bytes, cut + 1, bytes.length, step, stop)
  first.endBytes()
  if (!first.restartNeeded) return { result: first.finish(), split, restarted: false }
  const again = createImporter({ ...opts, fastLane: false })
  pushSlices(again, bytes, 0, bytes.length, step)
  again.endBytes()
  return { result: again.finish(), split: false, restarted: true }
}
