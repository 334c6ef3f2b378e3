/// <reference lib="webworker" />
import {
  sampleImports,
  type SampleImport,
  type SampleRequest,
} from '@shared/analytics/sample-imports'

/** Makes the sample data off the page's main thread (a few hundred ms on a slow laptop). */
const scope = self as unknown as DedicatedWorkerGlobalScope

/** What the sample worker answers: the imports to store, or that it failed. */
export type FromSample = { ok: true; parts: SampleImport[] } | { ok: false }

scope.onmessage = (e: MessageEvent<SampleRequest>) => {
  let answer: FromSample
  try {
    answer = { ok: true, parts: sampleImports(e.data) }
  } catch {
    answer = { ok: false }
  }
  scope.postMessage(answer)
}
