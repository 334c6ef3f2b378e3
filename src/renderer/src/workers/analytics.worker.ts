/// <reference lib="webworker" />
import { resolveImports } from '@shared/analytics/resolve'
import { computeKpis, prepare, type PreparedKpiInput } from '@shared/kpi'
import { DashboardCache, anchorDate, periodFor } from '@shared/kpi/dashboard'
import { listImports, loadAllImports } from '../db/analytics'
import type { DashboardRequest, FromAnalytics, ToAnalytics } from './analytics-protocol'
import { unpackOrders } from './orders-handoff'

type ToLoad = Extract<ToAnalytics, { type: 'load' }>

/**
 * Holds the merged, prepared data of every import and computes dashboard models on request, so
 * nothing proportional to the number of orders ever runs on the page's main thread (a million
 * orders take seconds to load and prepare: docs/performance.md).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (m: FromAnalytics): void => scope.postMessage(m)

let prepared: PreparedKpiInput | null = null
let latestToken = 0

/** Models of the loaded data, by request (replaced when the data is reloaded). */
let models: DashboardCache | null = null
/** Requests to compute while idle (see 'warm'). */
let warmQueue: DashboardRequest[] = []
let warming = false

/** Computes one queued request, then yields so that the page's own requests come first. */
function warmStep(): void {
  const next = warmQueue.shift()
  if (!next || !models) {
    warming = false
    return
  }
  models.get(next)
  setTimeout(warmStep, 0)
}

/** What the loaded data is: the ids of the imports it holds, and what 'loaded' reports. */
let loaded: {
  ids: string
  channels: string[]
  range: Extract<FromAnalytics, { type: 'loaded' }>['range']
  orders: number
} | null = null
/** Loads run one after another (a load may reuse the data of the one before: see load). */
let loading: Promise<void> = Promise.resolve()

async function load(
  token: number,
  handoff: ToLoad['handoff'],
  first: ToLoad['first'],
): Promise<void> {
  // The same imports as the data already loaded (e.g. loaded right after an import, before the
  // dashboard asked): nothing to read again. Imports never change, they are only added or removed.
  if (!handoff && loaded) {
    const ids = (await listImports()).map((r) => r.id).join(',')
    if (token !== latestToken) return // a newer load superseded this one
    if (ids === loaded.ids) return postLoaded(token, first)
  }
  // The orders the import worker handed over after committing them (orders-handoff.ts), if any.
  const all = await loadAllImports(
    undefined,
    handoff ? { importId: handoff.importId, orders: unpackOrders(handoff.orders) } : null,
  )
  // Prepared even when a newer load is waiting: that one may reuse it (see above).
  const resolved = resolveImports(
    all.map(({ row, chunks }) => ({
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt,
      orders: chunks.flatMap((c) => (c.orders ? [c.orders] : [])),
      rows: chunks.flatMap((c) => c.rows ?? []),
    })),
  )
  prepared = prepare(resolved)
  models = new DashboardCache(prepared)
  warmQueue = []
  loaded = {
    ids: all.map((a) => a.row.id).join(','),
    channels: resolved.channels,
    range: resolved.range,
    orders: resolved.orders.length,
  }
  if (token !== latestToken) return // a newer load superseded this one
  postLoaded(token, first)
}

/** Reports the loaded data, with the model of the dashboard's `first` choices when given. */
function postLoaded(token: number, first: ToLoad['first']): void {
  if (!loaded || !models) return
  const { channels, range, orders } = loaded
  let firstModel: Extract<FromAnalytics, { type: 'loaded' }>['first']
  if (first) {
    // The same period and channel the dashboard derives from these choices and the loaded data.
    const anchor = anchorDate(first.today, range?.to ?? null)
    const request: DashboardRequest = {
      period: periodFor(first.preset, first.custom, anchor),
      granularity: first.granularity,
      channel: first.channel && channels.includes(first.channel) ? first.channel : null,
    }
    firstModel = { request, model: models.get(request) }
  }
  post({
    type: 'loaded',
    token,
    channels,
    range,
    orders,
    ...(firstModel ? { first: firstModel } : {}),
  })
}

scope.onmessage = (e: MessageEvent<ToAnalytics>) => {
  const m = e.data
  if (m.type === 'load') {
    latestToken = m.token
    loading = loading.then(() =>
      load(m.token, m.handoff, m.first).catch(() => post({ type: 'failed', token: m.token })),
    )
  } else if (m.type === 'model' && models) {
    post({ type: 'model', id: m.id, model: models.get(m) })
  } else if (m.type === 'warm' && models) {
    const cache = models
    warmQueue = m.requests.filter((r) => !cache.has(r))
    if (!warming && warmQueue.length > 0) {
      warming = true
      setTimeout(warmStep, 0)
    }
  } else if (m.type === 'kpis' && prepared) {
    const p = prepared
    post({
      type: 'kpis',
      id: m.id,
      results: m.periods.map((period) => computeKpis(p, period, { channel: m.channel })),
    })
  }
}
