import type { FromWorker, ToWorker } from '../../workers/import-protocol'

/** A running import in the worker. */
export interface ImportJob {
  commit(): void
  cancel(): void
}

/**
 * The hand-over of the last committed import's orders (workers/orders-handoff.ts): the analytics
 * worker's next load takes it. Only set once the import worker said its write committed; dropped
 * when a newer import replaces it or nobody takes it soon (the port holds the orders in memory).
 */
let pendingHandoff: {
  importId: string
  port: MessagePort
  timer: ReturnType<typeof setTimeout>
} | null = null
const HANDOFF_TTL_MS = 60_000

function dropHandoff(): void {
  if (!pendingHandoff) return
  clearTimeout(pendingHandoff.timer)
  pendingHandoff.port.close()
  pendingHandoff = null
}

/** Takes the pending hand-over (the caller owns its port), if any. */
export function takeHandoff(): { importId: string; port: MessagePort } | null {
  if (!pendingHandoff) return null
  const { importId, port, timer } = pendingHandoff
  clearTimeout(timer)
  pendingHandoff = null
  return { importId, port }
}

/** Starts an import in our own module worker and forwards its messages. */
export function startImport(
  start: Omit<Extract<ToWorker, { type: 'start' }>, 'handoff'>,
  onMessage: (m: FromWorker) => void,
): ImportJob {
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
    type: 'module',
  })
  const channel = new MessageChannel()
  let finished = false
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data
    if (m.type === 'done' || m.type === 'failed' || m.type === 'cancelled') {
      finished = true
      worker.terminate()
      dropHandoff()
      if (m.type === 'done' && m.importId && m.handedOver)
        pendingHandoff = {
          importId: m.importId,
          port: channel.port2,
          timer: setTimeout(dropHandoff, HANDOFF_TTL_MS),
        }
      else channel.port2.close()
    }
    onMessage(m)
  }
  worker.onerror = () => {
    if (finished) return
    finished = true
    worker.terminate()
    channel.port2.close()
    onMessage({ type: 'failed', problem: { key: 'analyse.wizard.failed' } })
  }
  worker.postMessage({ ...start, handoff: channel.port1 } satisfies ToWorker, [channel.port1])
  return {
    commit: () => worker.postMessage({ type: 'commit' } satisfies ToWorker),
    // Terminating stops the worker wherever it is: before the write nothing was stored, and an
    // IndexedDB transaction still open when its worker dies is aborted, never half-committed.
    cancel: () => {
      if (finished) return
      finished = true
      worker.terminate()
      channel.port2.close()
      onMessage({ type: 'cancelled' })
    },
  }
}
