import { fingerprint, recordKey } from '../csv/merge'
import type { MergeCounts } from '../csv/merge'
import type { DatasetKind, OrderColumns, RecordsByKind } from './model'
import type { StoredOrderColumns } from './narrow'
import type { StoredImport } from './resolve'

/**
 * De-duplication of a new import against what is stored (bad-inputs #37), on the columnar layout:
 * an order counts as a duplicate when its ID is stored with the same content, as updated when the
 * content differs (the new import then wins), as new otherwise. Only new and updated orders are
 * written, so re-importing the same export adds nothing.
 */

/** FNV-1a over a string, continuing from `h`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A content hash of order `i`: everything the KPIs read (day, money, status, customer, channel, lines). */
export function orderContentHash(c: StoredOrderColumns, i: number): number {
  let h = 0x811c9dc5
  const cust = c.customer[i] as number
  const ch = c.channel[i] as number
  h = fnv(
    h,
    `${c.day[i]}|${c.amountPaid[i]}|${c.refund[i]}|${c.status[i]}|${cust >= 0 ? c.customers[cust] : ''}|${ch >= 0 ? c.channels[ch] : ''}`,
  )
  for (let j = c.lineStart[i] as number; j < (c.lineStart[i + 1] as number); j++) {
    h = fnv(h, `|${c.skus[c.lineSku[j] as number]}:${c.lineQty[j]}:${c.lineUnitPrice[j]}`)
  }
  return h
}

/** Stored orders' content hashes by order ID, the newest import winning (as resolveImports does). */
export function storedOrderHashes(imports: readonly StoredImport[]): Map<string, number> {
  const out = new Map<string, number>()
  for (let k = imports.length - 1; k >= 0; k--) {
    const imp = imports[k] as StoredImport
    if (imp.kind !== 'orders') continue
    for (const cols of imp.orders) {
      for (let i = 0; i < cols.length; i++) {
        const id = cols.orderId[i] as string
        if (!out.has(id)) out.set(id, orderContentHash(cols, i))
      }
    }
  }
  return out
}

/** Which incoming orders to write (ascending indices) and the new / updated / duplicate counts. */
export function planOrderImport(
  stored: ReadonlyMap<string, number>,
  incoming: OrderColumns,
): { counts: MergeCounts; keep: Int32Array } {
  const counts: MergeCounts = { new: 0, updated: 0, duplicate: 0 }
  if (stored.size === 0) {
    // Nothing stored yet: every order is new (no million look-ups against an empty map).
    counts.new = incoming.length
    return { counts, keep: Int32Array.from({ length: incoming.length }, (_, i) => i) }
  }
  const keep = new Int32Array(incoming.length)
  let n = 0
  for (let i = 0; i < incoming.length; i++) {
    const prev = stored.get(incoming.orderId[i] as string)
    if (prev === undefined) counts.new++
    else if (prev !== orderContentHash(incoming, i)) counts.updated++
    else {
      counts.duplicate++
      continue
    }
    keep[n++] = i
  }
  return { counts, keep: keep.subarray(0, n) }
}

/** Stored rows of a small kind by key → fingerprint, the newest import winning. */
export function storedRowFingerprints<K extends Exclude<DatasetKind, 'orders'>>(
  kind: K,
  imports: readonly StoredImport[],
): Map<string, string> {
  const out = new Map<string, string>()
  for (const imp of imports) {
    if (imp.kind !== kind) continue
    for (const row of imp.rows as RecordsByKind[K][]) out.set(recordKey(kind, row), fingerprint(kind, row))
  }
  return out
}
