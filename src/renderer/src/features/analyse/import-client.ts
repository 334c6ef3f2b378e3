import type { FromWorker, ToWorker } from '../../workers/import-protocol'
import type { HandedOrders } from '../../workers/orders-handoff'

/** A running import in the worker. */
export interface ImportJob {
  commit(): void
  cancel(): void
}

/** A committed import's orders, handed over for the analytics worker (workers/orders-handoff.ts). */
export interface Handoff {
  importId: string
  orders: HandedOrders
}

/**
 * The hand-over of the last committed import's orders: the analytics worker's next load takes
 * it. Set only from the import worker's 'done' (sent after its write committed); dropped when a
 * newer import finishes or nobody takes it soon (it holds the orders in memory).
 */
let pending: { handoff: Handoff; timer: ReturnType<typeof setTimeout> } | null = null
const HANDOFF_TTL_MS = 60_000

function dropHandoff(): void {
  if (pending) clearTimeout(pending.timer)
  pending = null
}

/** Takes the pending hand-over, if any (the caller should transfer its typed arrays on). */
export function takeHandoff(): Handoff | null {
  const handoff = pending?.handoff ?? null
  dropHandoff()
  return handoff
}

/** Starts an import in our own module worker and forwards its messages. */
export function startImport(
  start: Extract<ToWorker, { type: 'start' }>,
  onMessage: (m: FromWorker) => void,
): ImportJob {
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
    type: 'module',
  })
  let finished = false
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    let m = e.data
    if (m.type === 'done' || m.type === 'failed' || m.type === 'cancelled') {
      finished = true
      worker.terminate()
      dropHandoff()
      if (m.type === 'done' && m.orders) {
        const { orders, ...rest } = m
        if (m.importId)
          pending = {
            handoff: { importId: m.importId, orders },
            timer: setTimeout(dropHandoff, HANDOFF_TTL_MS),
          }
        m = rest
      }
    }
    onMessage(m)
  }
  worker.onerror = () => {
    if (finished) return
    finished = true
    worker.terminate()
    onMessage({ type: 'failed', problem: { key: 'analyse.wizard.failed' } })
  }
  worker.postMessage({ ...start, handOver: true } satisfies ToWorker)
  return {
    commit: () => worker.postMessage({ type: 'commit' } satisfies ToWorker),
    // Terminating stops the worker wherever it is: before the write nothing was stored, and an
    // IndexedDB transaction still open when its worker dies is aborted, never half-committed.
    cancel: () => {
      if (finished) return
      finished = true
      worker.terminate()
      onMessage({ type: 'cancelled' })
    },
  }
}
