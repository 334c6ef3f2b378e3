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

/**
 * Orders as handed over: the columns without order IDs (see above), with the customer dictionary
 * (~200k names for a million orders) packed into one string and its end offsets, so that the
 * page's main thread, which passes it on, deserialises one string instead of 200k.
 */
export interface HandedOrders {
  columns: Omit<OrderColumns, 'orderId' | 'customers'>
  customersText: string
  customerEnds: Int32Array
}

/** The distinct buffers behind the handed-over typed arrays (a buffer may be listed only once). */
export function handedBuffers(h: HandedOrders): ArrayBuffer[] {
  const c = h.columns
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
    h.customerEnds,
  ]
  const buffers = new Set<ArrayBuffer>()
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer)
  return [...buffers]
}

/** The orders to hand over: the same typed arrays, no order IDs, the customers packed. */
export function handedOrders(orders: OrderColumns): HandedOrders {
  const { orderId: _ids, customers, ...columns } = orders
  const customerEnds = new Int32Array(customers.length)
  let end = 0
  for (let i = 0; i < customers.length; i++) {
    end += (customers[i] as string).length
    customerEnds[i] = end
  }
  return { columns, customersText: customers.join(''), customerEnds }
}

/** The handed-over orders as columns again (with an empty `orderId`). */
export function unpackOrders(h: HandedOrders): OrderColumns {
  const n = h.customerEnds.length
  const customers = new Array<string>(n)
  for (let i = 0, start = 0; i < n; i++) {
    const end = h.customerEnds[i] as number
    customers[i] = h.customersText.slice(start, end)
    start = end
  }
  return { ...h.columns, orderId: [], customers }
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
