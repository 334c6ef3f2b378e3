import { generateSampleData } from '@shared/analytics/sample'
import { buildOrderColumns } from '@shared/analytics/columns'
import { CHUNK_SIZE, type AppChunk, type ImportRow } from '@shared/analytics/stored'
import type { Dataset, DatasetKind } from '@shared/analytics/model'
import type { IsoDate } from '@shared/dates'
import { commitImports } from '../../db/analytics'

/** Stores one kind of a dataset as one import flagged as sample. */
function asImport(
  kind: DatasetKind,
  records: readonly unknown[],
  orders: Dataset['orders'] | null,
  meta: { fileName: string; createdAt: string; currency: string; range: [IsoDate, IsoDate] },
): { row: ImportRow; chunks: AppChunk[] } {
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

/** Generates two years of a small shop up to `endDate` and stores it, clearly flagged as sample. */
export async function loadSampleData(
  endDate: IsoDate,
  currency: string,
  fileName: string,
): Promise<void> {
  const ds = generateSampleData({ seed: 20261125, endDate, currency })
  const first = ds.orders.reduce<IsoDate>((m, o) => (o.date < m ? o.date : m), endDate)
  const meta = {
    fileName,
    createdAt: new Date().toISOString(),
    currency,
    range: [first, endDate] as [IsoDate, IsoDate],
  }
  const parts: { row: ImportRow; chunks: AppChunk[] }[] = [
    asImport('orders', ds.orders, ds.orders, meta),
  ]
  if (ds.traffic) parts.push(asImport('traffic', ds.traffic, null, meta))
  if (ds.spend) parts.push(asImport('spend', ds.spend, null, meta))
  if (ds.inventory) parts.push(asImport('inventory', ds.inventory, null, meta))
  if (ds.products) parts.push(asImport('products', ds.products, null, meta))
  await commitImports(parts)
}
