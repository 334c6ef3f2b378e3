import type {
  DatasetKind,
  InventoryRecord,
  OrderRecord,
  ProductRecord,
  RecordsByKind,
  SpendRecord,
  TrafficRecord,
} from '../analytics/model'
import type { Minor } from '../money'

/**
 * De-duplication across imports (bad-inputs #37): re-importing the same export adds nothing;
 * overlapping exports (`orders_export_1.csv` Jan–Mar, `orders_export_1 (1).csv` Mar–May) merge by
 * key, and the newest import wins for a key whose content changed (a refund added later).
 *
 * Keys: orders by order ID — an order's lines live inside its record in file order, so line
 * position is part of the order's content and the same SKU twice in one order is kept (never a
 * key on order + SKU); traffic and spend by (date, channel); inventory by (date, SKU); products
 * by SKU.
 */

/** How an import changed the stored data. */
export interface MergeCounts {
  /** Keys not stored before. */
  new: number
  /** Keys stored before with different content (the incoming record replaces it). */
  updated: number
  /** Keys stored before with the same content (nothing to write). */
  duplicate: number
}

/** The counts and the records to write (new and updated ones). */
export interface MergeResult<T> {
  counts: MergeCounts
  toWrite: T[]
}

const SEP = '\u001f'

/** The de-duplication key of a record of a kind. */
export function recordKey<K extends DatasetKind>(kind: K, record: RecordsByKind[K]): string {
  switch (kind) {
    case 'orders':
      return (record as OrderRecord).orderId
    case 'traffic':
    case 'spend': {
      const r = record as TrafficRecord | SpendRecord
      return `${r.date}${SEP}${r.channel ?? ''}`
    }
    case 'inventory': {
      const r = record as InventoryRecord
      return `${r.date}${SEP}${r.sku}`
    }
    default:
      return (record as ProductRecord).sku
  }
}

/** A string that changes when anything the KPIs read of an order changes (lines in order). */
export function orderFingerprint(r: OrderRecord): string {
  const lines = r.lines
    .map((l) => [l.sku, l.name ?? '', l.quantity, l.unitPrice ?? ''].join(SEP))
    .join('\u001e')
  return [
    r.date,
    r.amountPaid,
    r.refund,
    r.status,
    r.statusRaw,
    r.customerId ?? '',
    r.channel ?? '',
    r.currency ?? '',
    lines,
  ].join('\u001d')
}

/** A content fingerprint of a record of any kind. */
export function fingerprint<K extends DatasetKind>(kind: K, record: RecordsByKind[K]): string {
  if (kind === 'orders') return orderFingerprint(record as OrderRecord)
  const r = record as unknown as Record<string, unknown>
  return Object.keys(r)
    .sort()
    .map((k) => `${k}=${String(r[k] ?? '')}`)
    .join(SEP)
}

/**
 * Merges incoming records of one kind into stored ones, given as key → fingerprint. Within the
 * incoming list a later record with the same key wins.
 */
export function mergeRecords<K extends DatasetKind>(
  kind: K,
  existing: ReadonlyMap<string, string>,
  incoming: readonly RecordsByKind[K][],
): MergeResult<RecordsByKind[K]> {
  const latest = new Map<string, RecordsByKind[K]>()
  for (const r of incoming) {
    const key = recordKey(kind, r)
    latest.delete(key) // keep the newest one, in its own position
    latest.set(key, r)
  }
  const counts: MergeCounts = { new: 0, updated: 0, duplicate: 0 }
  const toWrite: RecordsByKind[K][] = []
  for (const [key, r] of latest) {
    const stored = existing.get(key)
    if (stored === undefined) {
      counts.new++
      toWrite.push(r)
    } else if (stored !== fingerprint(kind, r)) {
      counts.updated++
      toWrite.push(r)
    } else counts.duplicate++
  }
  return { counts, toWrite }
}

/** Merges incoming orders into stored ones (order ID → fingerprint); see `mergeRecords`. */
export function mergeImports(
  existing: ReadonlyMap<string, string>,
  incoming: readonly OrderRecord[],
): MergeResult<OrderRecord> {
  return mergeRecords('orders', existing, incoming)
}

/**
 * Combines rows of ONE file that share a key, before merging with stored data: traffic and spend
 * rows of the same day and channel are added (per-campaign or per-page breakdowns); inventory rows
 * of the same date and SKU are added (one row per location) with the first known unit cost;
 * products keep the first row of a SKU. Returns the records and how many rows were folded in.
 */
export function combineWithinFile<K extends Exclude<DatasetKind, 'orders'>>(
  kind: K,
  records: readonly RecordsByKind[K][],
): { records: RecordsByKind[K][]; combined: number } {
  const byKey = new Map<string, RecordsByKind[K]>()
  let combined = 0
  for (const r of records) {
    const key = recordKey(kind, r)
    const prev = byKey.get(key)
    if (!prev) {
      byKey.set(key, { ...r })
      continue
    }
    combined++
    if (kind === 'traffic') (prev as TrafficRecord).visitors += (r as TrafficRecord).visitors
    else if (kind === 'spend') {
      const p = prev as SpendRecord
      p.spend = (p.spend + (r as SpendRecord).spend) as Minor
    } else if (kind === 'inventory') {
      const p = prev as InventoryRecord
      const n = r as InventoryRecord
      p.onHand += n.onHand
      if (p.unitCost === null) p.unitCost = n.unitCost
    }
  }
  return { records: [...byKey.values()], combined }
}
