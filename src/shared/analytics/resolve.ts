import { fromEpochDay, type IsoDate } from '../dates'
import type { KpiInput } from '../kpi/types'
import { concatOrderColumns, emptyOrderColumns, gatherOrders, sortByDay } from './columns'
import { widenOrders, type StoredOrderColumns } from './narrow'
import type {
  DatasetKind,
  InventoryRecord,
  OrderColumns,
  ProductRecord,
  SpendRecord,
  TrafficRecord,
} from './model'

/** One stored import as the resolver reads it. */
export interface StoredImport {
  id: string
  kind: DatasetKind
  createdAt: string
  /** Its chunks' orders, as stored (narrow.ts) or as the app holds them. */
  orders: readonly StoredOrderColumns[]
  rows: readonly unknown[]
}

/** The merged data of every import, ready for the KPI engine. */
export interface ResolvedData extends KpiInput {
  /** Channels seen in orders, traffic or spend, sorted. */
  channels: string[]
  /** First and last order date, or null without orders. */
  range: { from: IsoDate; to: IsoDate } | null
}

/** The orders at `keep` (ascending indices) of a columns block, with its dictionaries kept as they are. */
export function selectOrders<C extends StoredOrderColumns>(
  cols: C,
  keep: Int32Array,
): C | OrderColumns {
  return keep.length === cols.length ? cols : gatherOrders(cols, keep)
}

/** Keeps, for each key, the row of the newest import (imports are given oldest first). */
function newestWins<T>(
  imports: readonly StoredImport[],
  kind: DatasetKind,
  key: (r: T) => string,
): T[] | null {
  const relevant = imports.filter((i) => i.kind === kind)
  if (relevant.length === 0) return null
  const byKey = new Map<string, T>()
  for (const imp of relevant) for (const row of imp.rows as T[]) byKey.set(key(row), row)
  return [...byKey.values()]
}

/**
 * Merges every import into one dataset. Overlapping exports merge by order ID and the newest
 * import wins (its version of an order replaces older ones); removing that import brings the
 * older version back, because each import keeps exactly its own rows.
 */
export function resolveImports(imports: readonly StoredImport[]): ResolvedData {
  const seen = new Set<string>()
  const parts: StoredOrderColumns[] = []
  // With one orders import no ID can repeat (its lines were grouped into orders when it was read,
  // and de-duplicated against nothing): skip the million-entry Set.
  const single = imports.filter((i) => i.kind === 'orders').length === 1
  for (let k = imports.length - 1; k >= 0; k--) {
    const imp = imports[k] as StoredImport
    if (imp.kind !== 'orders') continue
    if (single) {
      parts.push(...imp.orders)
      continue
    }
    for (const cols of imp.orders) {
      const keep = new Int32Array(cols.length)
      let n = 0
      for (let i = 0; i < cols.length; i++) {
        const id = cols.orderId[i] as string
        if (seen.has(id)) continue
        seen.add(id)
        keep[n++] = i
      }
      if (n > 0) parts.push(selectOrders(cols, keep.subarray(0, n)))
    }
  }
  // One part (e.g. an import handed over whole by the import worker) needs no merging: its
  // dictionaries already hold distinct values, so re-mapping them would change nothing.
  const orders =
    parts.length === 0
      ? emptyOrderColumns()
      : sortByDay(
          parts.length === 1
            ? widenOrders(parts[0] as StoredOrderColumns)
            : concatOrderColumns(parts.reverse()),
        )
  const traffic = newestWins<TrafficRecord>(
    imports,
    'traffic',
    (r) => `${r.date}|${r.channel ?? ''}`,
  )
  const spend = newestWins<SpendRecord>(imports, 'spend', (r) => `${r.date}|${r.channel ?? ''}`)
  const inventory = newestWins<InventoryRecord>(imports, 'inventory', (r) => `${r.date}|${r.sku}`)
  const products = newestWins<ProductRecord>(imports, 'products', (r) => r.sku)

  const channels = new Set<string>()
  for (let i = 0; i < orders.length; i++) {
    const c = orders.channel[i] as number
    if (c >= 0) channels.add(orders.channels[c] as string)
  }
  for (const r of [...(traffic ?? []), ...(spend ?? [])]) if (r.channel) channels.add(r.channel)
  const range =
    orders.length > 0
      ? {
          from: fromEpochDay(orders.day[0] as number),
          to: fromEpochDay(orders.day[orders.length - 1] as number),
        }
      : null
  return { orders, traffic, spend, inventory, products, channels: [...channels].sort(), range }
}

/** Remaps one dictionary-encoded column to a dictionary holding only the values it uses. */
function compactColumn(
  ids: Int32Array,
  dict: readonly string[],
): { ids: Int32Array; dict: string[] } {
  const remap = new Int32Array(dict.length).fill(-1)
  const out: string[] = []
  const next = new Int32Array(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number
    if (id < 0) {
      next[i] = -1
      continue
    }
    let m = remap[id] as number
    if (m < 0) {
      m = out.length
      remap[id] = m
      out.push(dict[id] as string)
    }
    next[i] = m
  }
  return { ids: next, dict: out }
}

/**
 * Orders `from` .. `to` − 1 of a columns block as a self-contained block: typed-array slices and
 * dictionaries cut down to the values the slice uses (a stored chunk must not carry every
 * customer of the whole import: docs/performance.md).
 */
export function sliceOrders(cols: OrderColumns, from: number, to: number): OrderColumns {
  const l0 = cols.lineStart[from] as number
  const l1 = cols.lineStart[to] as number
  const lineStart = cols.lineStart.slice(from, to + 1)
  for (let i = 0; i < lineStart.length; i++) lineStart[i] = (lineStart[i] as number) - l0
  const customers = compactColumn(cols.customer.subarray(from, to), cols.customers)
  const channels = compactColumn(cols.channel.subarray(from, to), cols.channels)
  const skus = compactColumn(cols.lineSku.subarray(l0, l1), cols.skus)
  return {
    length: to - from,
    orderId: cols.orderId.slice(from, to),
    day: cols.day.slice(from, to),
    amountPaid: cols.amountPaid.slice(from, to),
    refund: cols.refund.slice(from, to),
    status: cols.status.slice(from, to),
    customer: customers.ids,
    channel: channels.ids,
    customers: customers.dict,
    channels: channels.dict,
    lineStart,
    lineSku: skus.ids,
    lineQty: cols.lineQty.slice(l0, l1),
    lineUnitPrice: cols.lineUnitPrice.slice(l0, l1),
    skus: skus.dict,
  }
}
