import type { FromWorker, ToWorker } from '../../workers/import-protocol'

/** A running import in the worker. */
export interface ImportJob {
  commit(): void
  cancel(): void
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
    if (e.data.type === 'done' || e.data.type === 'failed' || e.data.type === 'cancelled') {
      finished = true
      worker.terminate()
    }
    onMessage(e.data)
  }
  worker.onerror = () => {
    if (finished) return
    finished = true
    worker.terminate()
    onMessage({ type: 'failed', problem: { key: 'analyse.wizard.failed' } })
  }
  worker.postMessage(start)
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
