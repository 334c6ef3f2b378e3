import type { DatasetKind } from '@shared/analytics/model'
import type { MergeCounts } from '@shared/csv/merge'
import type { Encoding } from '@shared/csv/decode'
import type { ImportWarning, RowError } from '@shared/csv/issues'
import type { ImporterOptions, ImporterPart } from '@shared/csv/pipeline'
import type { Mapping } from '@shared/csv/mapping'
import type { Delimiter } from '@shared/csv/sniff'
import type { DateOrder } from '@shared/csv/values'
import type { Problem } from '@shared/result'
import type { HandedOrders } from './orders-handoff'

/** What the page asks the import worker to do. */
export type ToWorker =
  | {
      type: 'start'
      file: File
      kind: DatasetKind
      mapping: Mapping
      encoding: Encoding
      bomLength: number
      delimiter: Delimiter
      headerRow: number
      dateOrder?: DateOrder
      shopTimeZone: string
      currency: string
      headerSignature: string
      /** Field → the header of the column it was read from, shown in the imports list. */
      columns: Record<string, string>
      /** Commit without asking when no row was rejected. */
      autoCommit: boolean
      /**
       * Add the committed orders to 'done' for the analytics worker (orders-handoff.ts), when
       * this is the only orders import.
       */
      handOver?: boolean
      /** The computer's logical processors (`navigator.hardwareConcurrency`): see canImportInParts. */
      cores?: number
    }
  | { type: 'commit' }
  | { type: 'cancel' }

/**
 * What the import worker asks a second import worker (its own child) to do: import the part of
 * the file after the byte `cut` (see @shared/csv/parts).
 */
export interface PartJob {
  type: 'part'
  file: File
  cut: number
  options: ImporterOptions & { encoding: Encoding; bomLength: number }
}

/** What the second import worker reports to the first. */
export type FromPart =
  | { type: 'part-progress'; bytes: number; rows: number }
  | { type: 'part-done'; part: ImporterPart }
  | { type: 'part-failed' }

/** What the import worker reports. */
export type FromWorker =
  | { type: 'progress'; bytes: number; total: number; rows: number; elapsedMs: number }
  | {
      type: 'parsed'
      counts: MergeCounts & { rejected: number }
      errors: RowError[]
      errorCount: number
      warnings: ImportWarning[]
      rowCount: number
      nothingNew: boolean
      /** Workers that read the file: 2 when a big file was read in two parts (tests, benchmark). */
      parts: number
      /** The orders were settled one row per order, without grouping (pipeline.ts, fastLane). */
      oneRowPerOrder: boolean
    }
  /**
   * The orders about to be written, when this import will be the only one stored: the page has
   * the analytics worker prepare them while the write runs (AnalyticsData.stage). Typed arrays
   * transferred; 'done' then carries no orders.
   */
  | { type: 'staged'; importId: string; createdAt: string; orders: HandedOrders }
  | {
      type: 'done'
      importId: string | null
      counts: MergeCounts & { rejected: number }
      /**
       * The committed orders without their order IDs (orders-handoff.ts), typed arrays
       * transferred: for the analytics worker, when the start message asked for them.
       */
      orders?: HandedOrders
    }
  | { type: 'failed'; problem: Problem }
  | { type: 'cancelled' }
