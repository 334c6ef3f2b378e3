import { z } from 'zod'
import { isIsoDate } from '../dates'
import { DATASET_KINDS, type OrderColumns } from './model'

/**
 * How Analyse persists imports: one row per import (what the imports list shows), its data in
 * chunks (orders columnar, up to CHUNK_SIZE orders a chunk; the small kinds as plain rows), and
 * remembered column mappings keyed by header signature. An import's row and chunks are written in
 * one transaction and removed in one, so an import is all or nothing.
 */

/** Orders per stored chunk. */
export const CHUNK_SIZE = 65_536

const isoDate = z.string().refine(isIsoDate, 'not a YYYY-MM-DD date')
const typed = <T>(ctor: abstract new (...a: never[]) => unknown) => z.custom<T>((v) => v instanceof ctor)

/** One import as listed in Analyse → Imports. */
export const importRowSchema = z
  .object({
    id: z.string().min(1).max(100),
    kind: z.enum(DATASET_KINDS),
    fileName: z.string().max(500),
    fileSize: z.number().int().nonnegative(),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    headerSignature: z.string().nullable(),
    mapping: z.unknown(),
    /** Field → header of the column it came from (absent for sample data). */
    columns: z.record(z.string(), z.string()).optional(),
    createdAt: z.string().datetime(),
    rowCount: z.number().int().nonnegative(),
    recordCount: z.number().int().nonnegative(),
    counts: z.object({
      new: z.number().int().nonnegative(),
      updated: z.number().int().nonnegative(),
      duplicate: z.number().int().nonnegative(),
      rejected: z.number().int().nonnegative(),
    }),
    dateFrom: isoDate.nullable(),
    dateTo: isoDate.nullable(),
    sample: z.boolean(),
    currency: z.string().nullable(),
  })
  .loose()
/** One import as listed in Analyse → Imports. */
export type ImportRow = z.infer<typeof importRowSchema>

/** Orders of one chunk in columnar form (see OrderColumns). */
export const storedOrderColumnsSchema = z
  .object({
    length: z.number().int().nonnegative(),
    orderId: z.array(z.string()),
    day: typed<Int32Array>(Int32Array),
    amountPaid: z.union([typed<Float64Array>(Float64Array), typed<Int32Array>(Int32Array)]),
    refund: z.union([typed<Float64Array>(Float64Array), typed<Int32Array>(Int32Array)]),
    status: typed<Uint8Array>(Uint8Array),
    customer: typed<Int32Array>(Int32Array),
    channel: z.union([typed<Int32Array>(Int32Array), typed<Int8Array>(Int8Array)]),
    customers: z.array(z.string()),
    channels: z.array(z.string()),
    lineStart: typed<Int32Array>(Int32Array),
    lineSku: z.union([typed<Int32Array>(Int32Array), typed<Int16Array>(Int16Array)]),
    lineQty: z.union([typed<Float64Array>(Float64Array), typed<Int32Array>(Int32Array)]),
    lineUnitPrice: z.union([typed<Float64Array>(Float64Array), typed<Int32Array>(Int32Array)]),
    skus: z.array(z.string()),
  })
  .refine(
    (c) =>
      c.orderId.length === c.length &&
      c.day.length === c.length &&
      c.amountPaid.length === c.length &&
      c.refund.length === c.length &&
      c.status.length === c.length &&
      c.customer.length === c.length &&
      c.channel.length === c.length &&
      c.lineStart.length === c.length + 1 &&
      c.lineSku.length === c.lineQty.length &&
      c.lineQty.length === c.lineUnitPrice.length,
    'column lengths disagree',
  )

/** One stored chunk of an import's data. */
export const chunkRowSchema = z
  .object({
    importId: z.string().min(1),
    index: z.number().int().nonnegative(),
    kind: z.enum(DATASET_KINDS),
    orders: storedOrderColumnsSchema.optional(),
    rows: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .refine((c) => (c.kind === 'orders') === (c.orders !== undefined), 'orders chunk without columns')
/** One stored chunk of an import's data (orders possibly in narrower arrays: narrow.ts). */
export type ChunkRow = z.infer<typeof chunkRowSchema>
/**
 * A chunk as the app makes it: orders in the arrays it computes with (OrderColumns). Stored, the
 * same chunk's orders may be narrower arrays (narrow.ts): db/analytics.ts's commitImport narrows
 * them; resolveImports reads either form and gives OrderColumns.
 */
export type AppChunk = Omit<ChunkRow, 'orders'> & { orders?: OrderColumns }

/** A column mapping the user confirmed, remembered for files with the same header. */
export const mappingRowSchema = z
  .object({
    signature: z.string().min(1),
    kind: z.enum(DATASET_KINDS),
    mapping: z.unknown(),
    updatedAt: z.string().datetime(),
  })
  .loose()
/** A remembered column mapping. */
export type MappingRow = z.infer<typeof mappingRowSchema>
