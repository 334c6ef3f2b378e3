/// <reference lib="webworker" />
import { computeKpis } from '@shared/kpi'
import { AnalyticsData } from './analytics-data'
import type { FromAnalytics, ToAnalytics } from './analytics-protocol'
import { Warmer } from './warmer'

type ToLoad = Extract<ToAnalytics, { type: 'load' }>

/**
 * Holds the merged, prepared data of every import and computes dashboard models on request, so
 * nothing proportional to the number of orders ever runs on the page's main thread (a million
 * orders take seconds to load and prepare: docs/performance.md).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (m: FromAnalytics): void => scope.postMessage(m)

const data = new AnalyticsData()
let latestToken = 0
/** Loads run one after another (a load may reuse the data of the one before: AnalyticsData). */
let loading: Promise<void> = Promise.resolve()

/** The other presets' models, computed while idle and posted to the page (warmer.ts). */
const warmer = new Warmer(
  () => data.models,
  (version, request, model) => post({ type: 'warmed', version, request, model }),
)

async function load(token: number, m: ToLoad): Promise<void> {
  // Loaded even when a newer load is waiting: that one may reuse it.
  await data.load(m.handoff ?? null, m.staged ?? null)
  if (token !== latestToken) return // a newer load superseded this one
  const loaded = data.loadedMessage(token, m.first)
  if (loaded) post(loaded)
}

scope.onmessage = (e: MessageEvent<ToAnalytics>) => {
  const m = e.data
  if (m.type === 'load') {
    latestToken = m.token
    warmer.loading(m.token)
    loading = loading.then(() =>
      load(m.token, m).catch(() => post({ type: 'failed', token: m.token })),
    )
  } else if (m.type === 'stage') {
    // In turn with the loads (a load waiting for this stage would otherwise not find it).
    // A stage that fails leaves nothing staged: the load then reads the import back.
    loading = loading
      .then(() => data.stage(m.importId, m.createdAt, m.orders, m.first))
      .catch(() => {})
  } else if (m.type === 'model' && data.models) {
    post({ type: 'model', id: m.id, model: data.models.get(m) })
  } else if (m.type === 'warm') {
    warmer.warm(m.version, m.requests)
  } else if (m.type === 'kpis' && data.prepared) {
    const p = data.prepared
    post({
      type: 'kpis',
      id: m.id,
      results: m.periods.map((period) => computeKpis(p, period, { channel: m.channel })),
    })
  }
}
