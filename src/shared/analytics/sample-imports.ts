import { generateSampleData } from './sample'
import { buildOrderColumns } from './columns'
import { CHUNK_SIZE, type AppChunk, type ImportRow } from './stored'
import type { Dataset, DatasetKind } from './model'
import type { IsoDate } from '../dates'

/** What the sample data is made for. */
export interface SampleRequest {
  /** Its last day (today in the shop's time zone). */
  endDate: IsoDate
  currency: string
  /** The name its imports are listed under (translated). */
  fileName: string
  /** When it is stored (ISO time). */
  createdAt: string
}

/** One stored import: its row and its chunks. */
export interface SampleImport {
  row: ImportRow
  chunks: AppChunk[]
}

/** One kind of the dataset as one import flagged as sample. */
function asImport(
  kind: DatasetKind,
  records: readonly unknown[],
  orders: Dataset['orders'] | null,
  meta: SampleRequest & { range: [IsoDate, IsoDate] },
): SampleImport {
  const id = `sample-${kind}`
  const chunks: AppChunk[] = []
  if (orders) {
    for (let i = 0, index = 0; i < orders.length; i += CHUNK_SIZE, index++) {
      chunks.push({
        importId: id,
        index,
        kind,
        orders: buildOrderColumns(orders.slice(i, i + CHUNK_SIZE)),
      })
    }
  } else {
    chunks.push({ importId: id, index: 0, kind, rows: records as Record<string, unknown>[] })
  }
  const n = records.length
  return {
    row: {
      id,
      kind,
      fileName: meta.fileName,
      fileSize: 0,
      encoding: null,
      delimiter: null,
      headerSignature: null,
      mapping: null,
      createdAt: meta.createdAt,
      rowCount: n,
      recordCount: n,
      counts: { new: n, updated: 0, duplicate: 0, rejected: 0 },
      dateFrom: meta.range[0],
      dateTo: meta.range[1],
      sample: true,
      currency: meta.currency,
    },
    chunks,
  }
}

/**
 * Two years of a small shop up to `endDate` (generateSampleData), as the imports to store: one per
 * kind, each flagged as sample. Pure; the app runs it in a worker (a few hundred ms of work).
 */
export function sampleImports(r: SampleRequest): SampleImport[] {
  const ds = generateSampleData({ seed: 20261125, endDate: r.endDate, currency: r.currency })
  const first = ds.orders.reduce<IsoDate>((m, o) => (o.date < m ? o.date : m), r.endDate)
  const meta = { ...r, range: [first, r.endDate] as [IsoDate, IsoDate] }
  const parts = [asImport('orders', ds.orders, ds.orders, meta)]
  if (ds.traffic) parts.push(asImport('traffic', ds.traffic, null, meta))
  if (ds.spend) parts.push(asImport('spend', ds.spend, null, meta))
  if (ds.inventory) parts.push(asImport('inventory', ds.inventory, null, meta))
  if (ds.products) parts.push(asImport('products', ds.products, null, meta))
  return parts
}
