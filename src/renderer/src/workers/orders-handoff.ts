import type { OrderColumns } from '@shared/analytics/model'

/**
 * Handing a just-imported file's orders from the import worker to the analytics worker, so the
 * dashboard shown right after an import need not read back and re-merge what was just written
 * (docs/performance.md). The page makes a MessageChannel per import: the import worker gets one
 * end with its 'start' message and posts on it once its IndexedDB write has COMMITTED (never
 * before, so a failed write hands nothing over); the page passes the other end to the analytics
 * worker with its next 'load'. The typed arrays are transferred, not copied, and the messages
 * never pass through the page's main thread.
 *
 * The order IDs are left out (a million strings: ~50 ms to serialise, as much to read, and tens of
 * MiB while the import worker's heap is at its largest). The dashboard never reads them; they only
 * serve to merge several orders imports, so a hand-over stands in for an import only while it is
 * the ONLY orders import stored (loadAllImports checks; otherwise the import is read back).
 */

/**
 * What the import worker posts on the hand-over port: the committed orders (with an empty
 * `orderId`: see above), or nothing.
 */
export type OrdersHandoff = { importId: string; orders: OrderColumns } | { importId: null }

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

/**
 * Posts the committed orders on the port without their order IDs, transferring their typed
 * arrays (the sender's columns are unusable afterwards), or `{ importId: null }` when there is
 * nothing to hand over.
 */
export function handOverOrders(
  port: MessagePort,
  handoff: { importId: string; orders: OrderColumns } | null,
): void {
  if (!handoff) return port.postMessage({ importId: null } satisfies OrdersHandoff)
  const orders: OrderColumns = { ...handoff.orders, orderId: [] }
  port.postMessage(
    { importId: handoff.importId, orders } satisfies OrdersHandoff,
    columnBuffers(orders),
  )
}

/**
 * The first message on the port (then closed), or null when none arrives within `timeoutMs` —
 * the caller then reads the data from IndexedDB as if nothing had been handed over.
 */
export function receiveOrders(port: MessagePort, timeoutMs = 5000): Promise<OrdersHandoff | null> {
  return new Promise((resolve) => {
    const finish = (value: OrdersHandoff | null): void => {
      clearTimeout(timer)
      port.onmessage = null
      port.close()
      resolve(value)
    }
    const timer = setTimeout(() => finish(null), timeoutMs)
    port.onmessage = (e: MessageEvent<OrdersHandoff>) => finish(e.data)
    port.onmessageerror = () => finish(null)
    port.start()
  })
}

/**
 * Runs an import's write, then hands its orders over on `port`: after a commit, the orders (or
 * nothing when there are none); after a failed write, nothing — the error is rethrown. Returns
 * whether orders were handed over (their typed arrays are then no longer usable here).
 */
export async function commitThenHandOver(
  commit: () => Promise<void>,
  port: MessagePort | null,
  handoff: { importId: string; orders: OrderColumns } | null,
): Promise<boolean> {
  try {
    await commit()
  } catch (e) {
    if (port) handOverOrders(port, null)
    throw e
  }
  if (!port) return false
  if (handoff) {
    try {
      handOverOrders(port, handoff)
      return true
    } catch {
      // e.g. a column that cannot be cloned: the analytics worker reads the import back instead.
    }
  }
  handOverOrders(port, null)
  return false
}
