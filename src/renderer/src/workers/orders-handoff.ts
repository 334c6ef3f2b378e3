import type { OrderColumns } from '@shared/analytics/model'

/**
 * Handing a just-imported file's orders from the import worker to the analytics worker, so the
 * dashboard shown right after an import need not read back and re-merge what was just written
 * (docs/performance.md). The import worker adds them to its 'done' message — sent only once its
 * IndexedDB write has COMMITTED, so a failed write hands nothing over — and the page passes them
 * on with the analytics worker's next 'load'. Both hops are dedicated-worker messages with the
 * typed arrays transferred: moved, not copied (a MessagePort between the two workers would copy
 * every transferred buffer into its message and again out of it: ~70 MiB more at the import's
 * memory peak, measured).
 *
 * The order IDs are left out (a million strings: ~50 ms to serialise, as much to read, and tens of
 * MiB while the import worker's heap is at its largest). The dashboard never reads them; they only
 * serve to merge several orders imports, so a hand-over stands in for an import only while it is
 * the ONLY orders import stored (loadAllImports checks; otherwise the import is read back).
 */

/** Orders as handed over: columns with an empty `orderId` (see above). */
export type HandedOrders = OrderColumns

/** The distinct buffers behind the columns' typed arrays (a buffer may be listed only once). */
export function columnBuffers(c: OrderColumns): ArrayBuffer[] {
  const arrays = [
    c.day,
    c.amountPaid,
    c.refund,
    c.status,
    c.customer,
    c.channel,
    c.lineStart,
    c.lineSku,
    c.lineQty,
    c.lineUnitPrice,
  ]
  const buffers = new Set<ArrayBuffer>()
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer)
  return [...buffers]
}

/** The columns to hand over: the same typed arrays and dictionaries, without the order IDs. */
export function handedOrders(orders: OrderColumns): HandedOrders {
  return { ...orders, orderId: [] }
}

/**
 * Runs an import's write, then gives what to hand over: the orders without their IDs, or null
 * when there are none. A failed write rejects, and nothing is handed over.
 */
export async function commitThenHandOver(
  commit: () => Promise<void>,
  orders: OrderColumns | null,
): Promise<HandedOrders | null> {
  await commit()
  return orders ? handedOrders(orders) : null
}
