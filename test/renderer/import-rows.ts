import type { ImportRow } from '@shared/analytics/stored'

/** The imports-list row of an orders import of `recordCount` orders (test fixture). */
export const ordersImportRow = (id: string, recordCount: number, createdAt: string): ImportRow => ({
  id,
  kind: 'orders',
  fileName: `${id}.csv`,
  fileSize: 1,
  encoding: 'utf-8',
  delimiter: ',',
  headerSignature: null,
  mapping: {},
  createdAt,
  rowCount: recordCount,
  recordCount,
  counts: { new: recordCount, updated: 0, duplicate: 0, rejected: 0 },
  dateFrom: null,
  dateTo: null,
  sample: false,
  currency: 'CNY',
})
