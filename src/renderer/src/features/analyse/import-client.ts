import type { FromWorker, ToWorker } from '../../workers/import-protocol'
import type { FirstDashboard, ToAnalytics } from '../../workers/analytics-protocol'
import { handedBuffers, type HandedOrders } from '../../workers/orders-handoff'

/** A running import in the worker. */
export interface ImportJob {
  commit(): void
  cancel(): void
}

/**
 * An analytics worker started as soon as an import has committed, with the import's orders
 * handed over when the import worker sent them (workers/orders-handoff.ts): it loads and prepares
 * while the page still shows the wizard's result, and the dashboard adopts it
 * (takePreloadedAnalytics). When the import is the first thing stored, the worker starts earlier,
 * with the orders the import worker sent before its write ('staged'), and prepares them while the
 * write runs; after the commit it only checks that the import is stored. Dropped when another
 * import starts, the import fails, or nobody adopts it soon (it holds the prepared data in memory).
 */
let preloaded: {
  worker: Worker
  timer: ReturnType<typeof setTimeout>
  /** The import whose orders this worker prepared before their write committed ('staged'). */
  staged?: string
} | null = null
const PRELOAD_TTL_MS = 60_000
/** The token of the preloading 'load' (the page's own loads count from 1). */
export const PRELOAD_TOKEN = -1

/** A preload about to start (see startImport's 'done'): started at once if adopted sooner. */
let startSoon: (() => void) | null = null

function dropPreloaded(): void {
  startSoon = null
  if (!preloaded) return
  clearTimeout(preloaded.timer)
  preloaded.worker.terminate()
  preloaded = null
}

/** The preloaded analytics worker, if any (the caller owns it from now on). */
export function takePreloadedAnalytics(): Worker | null {
  startSoon?.()
  if (!preloaded) return null
  const { worker, timer } = preloaded
  clearTimeout(timer)
  preloaded = null
  return worker
}

function analyticsWorker(): Worker {
  return new Worker(new URL('../../workers/analytics.worker.ts', import.meta.url), {
    type: 'module',
  })
}

function preloadAnalytics(
  importId: string,
  handoff: { importId: string; orders: HandedOrders } | null,
  dashboard: (() => FirstDashboard) | undefined,
): void {
  // The worker that prepared this import while it was written, else a new one.
  const staged = preloaded?.staged === importId ? preloaded : null
  if (!staged) dropPreloaded()
  const worker = staged?.worker ?? analyticsWorker()
  if (staged) clearTimeout(staged.timer)
  const first = dashboard?.()
  worker.postMessage(
    {
      type: 'load',
      token: PRELOAD_TOKEN,
      ...(handoff ? { handoff } : {}),
      ...(staged ? { staged: importId } : {}),
      ...(first ? { first } : {}),
    } satisfies ToAnalytics,
    handoff ? handedBuffers(handoff.orders) : [],
  )
  preloaded = { worker, timer: setTimeout(dropPreloaded, PRELOAD_TTL_MS) }
}

/** Has a new analytics worker prepare an import's orders while their write runs (see 'staged'). */
function stageAnalytics(
  m: Extract<FromWorker, { type: 'staged' }>,
  dashboard: (() => FirstDashboard) | undefined,
): void {
  dropPreloaded()
  const worker = analyticsWorker()
  const first = dashboard?.()
  worker.postMessage(
    {
      type: 'stage',
      importId: m.importId,
      createdAt: m.createdAt,
      orders: m.orders,
      ...(first ? { first } : {}),
    } satisfies ToAnalytics,
    handedBuffers(m.orders),
  )
  preloaded = { worker, timer: setTimeout(dropPreloaded, PRELOAD_TTL_MS), staged: m.importId }
}

/** Starts an import in our own module worker and forwards its messages. */
export function startImport(
  start: Extract<ToWorker, { type: 'start' }>,
  onMessage: (m: FromWorker) => void,
  /** The dashboard's choices, for the model the preloaded analytics worker computes first. */
  dashboard?: () => FirstDashboard,
): ImportJob {
  // An import is about to hold a whole file: no prepared data of an earlier one meanwhile.
  dropPreloaded()
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
    type: 'module',
  })
  let finished = false
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    let m = e.data
    if (m.type === 'staged') return stageAnalytics(m, dashboard)
    if (m.type === 'failed' || m.type === 'cancelled') dropPreloaded()
    if (m.type === 'done' || m.type === 'failed' || m.type === 'cancelled') {
      finished = true
      worker.terminate()
      if (m.type === 'done') {
        const { orders, ...rest } = m
        // Committed: the dashboard's data can be loaded now — once the wizard has shown its
        // result (after the next frame), so that the worker's start does not delay it.
        const importId = m.importId
        if (importId) {
          const begin = (): void => {
            if (startSoon !== begin) return // started already, or dropped
            startSoon = null
            preloadAnalytics(importId, orders ? { importId, orders } : null, dashboard)
          }
          // Keep a worker that prepared this import while it was written (preloadAnalytics).
          if (preloaded?.staged !== importId) dropPreloaded()
          startSoon = begin
          requestAnimationFrame(() => setTimeout(begin, 0))
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
    dropPreloaded() // what was staged for this import will not be stored
    onMessage({ type: 'failed', problem: { key: 'analyse.wizard.failed' } })
  }
  worker.postMessage({
    ...start,
    handOver: true,
    cores: navigator.hardwareConcurrency || 1,
  } satisfies ToWorker)
  return {
    commit: () => worker.postMessage({ type: 'commit' } satisfies ToWorker),
    // Terminating stops the worker wherever it is: before the write nothing was stored, and an
    // IndexedDB transaction still open when its worker dies is aborted, never half-committed.
    cancel: () => {
      if (finished) return
      finished = true
      worker.terminate()
      dropPreloaded() // what was staged for this import will not be stored
      onMessage({ type: 'cancelled' })
    },
  }
}
