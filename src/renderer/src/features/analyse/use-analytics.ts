import { useLiveQuery } from 'dexie-react-hooks'
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { ImportRow } from '@shared/analytics/stored'
import { dateInZone, type IsoDate } from '@shared/dates'
import type { Granularity, Period } from '@shared/kpi'
import type { DashboardModel } from '@shared/kpi/dashboard'
import { listImports } from '../../db/analytics'
import type {
  DashboardRequest,
  FirstDashboard,
  FromAnalytics,
  ToAnalytics,
} from '../../workers/analytics-protocol'
import { useAnalyseStore } from './analyse-store'
import { takePreloadedAnalytics } from './import-client'

/** What is known about the merged data once the analytics worker has loaded it. */
export interface AnalyticsMeta {
  /** Increases with every reload of the data (so models are recomputed). */
  version: number
  channels: string[]
  range: { from: IsoDate; to: IsoDate } | null
  hasSample: boolean
  /** The model the worker computed with the load for the dashboard's choices then, if any. */
  first?: { request: DashboardRequest; model: DashboardModel }
}

/** The dashboard's current choices (its store) and today in the shop's time zone. */
export function dashboardChoices(timeZone: string): FirstDashboard {
  const { preset, custom, granularity, channel } = useAnalyseStore.getState()
  return { today: dateInZone(new Date(), timeZone), preset, custom, granularity, channel }
}

/** The key of one model request of one loaded version of the data. */
function modelKey(
  version: number,
  period: Period,
  granularity: Granularity,
  channel: string | null,
): string {
  return `${version}|${period.from}|${period.to}|${granularity}|${channel ?? ''}`
}

/**
 * The imports list (live) and a handle on the analytics worker, which reloads whenever the list
 * changes and computes dashboard models on request — the main thread only renders.
 */
export function useAnalyticsData(
  /** The dashboard's choices at load time (its first model then comes with the data). */
  firstChoices?: () => FirstDashboard,
): {
  imports: ImportRow[] | undefined
  meta: AnalyticsMeta | null
  error: boolean
  requestModel: (
    period: Period,
    granularity: Granularity,
    channel: string | null,
  ) => Promise<DashboardModel>
  /** The model of a request, when the page already holds it (the first, or a warmed one). */
  cachedModel: (
    period: Period,
    granularity: Granularity,
    channel: string | null,
  ) => DashboardModel | null
  /**
   * Asks the worker to compute these models of the data of `version` while idle and send them
   * here, so switching to them shows at once.
   */
  warm: (version: number, requests: DashboardRequest[]) => void
} {
  const imports = useLiveQuery(() => listImports(), [])
  const key = imports?.map((i) => i.id).join(',')
  const hasSample = imports?.some((i) => i.sample) ?? false
  const worker = useRef<Worker | null>(null)
  const pending = useRef(new Map<number, (m: DashboardModel) => void>())
  const nextId = useRef(0)
  const [loaded, setLoaded] = useState<{
    key: string
    version: number
    channels: string[]
    range: AnalyticsMeta['range']
    first?: AnalyticsMeta['first']
  } | null>(null)
  const [error, setError] = useState(false)
  /** The models the worker warmed (modelKey → model), of the loaded version only. */
  const [warmed] = useState(() => new Map<string, DashboardModel>())
  const keyRef = useRef<string | undefined>(undefined)
  const loadToken = useRef(0)
  const firstRef = useRef(firstChoices)
  // Before the load effect below (effects run in order).
  useEffect(() => {
    firstRef.current = firstChoices
  })

  useEffect(() => {
    // Right after an import, the worker that already loaded it (import-client.ts); its next load
    // of the same imports then costs nothing.
    const w =
      takePreloadedAnalytics() ??
      new Worker(new URL('../../workers/analytics.worker.ts', import.meta.url), {
        type: 'module',
      })
    worker.current = w
    const waiting = pending.current
    w.onmessage = (e: MessageEvent<FromAnalytics>) => {
      const m = e.data
      // Only the answer to the latest load counts (not the preload's, nor a superseded one's).
      if ((m.type === 'loaded' || m.type === 'failed') && m.token !== loadToken.current) return
      // In a transition: the first showing of the dashboard (toolbar, every card) then renders
      // in slices that yield to the browser, not as one long main-thread task.
      if (m.type === 'loaded') {
        warmed.clear()
        const next = {
          key: keyRef.current ?? '',
          version: m.token,
          channels: m.channels,
          range: m.range,
          ...(m.first ? { first: m.first } : {}),
        }
        startTransition(() => setLoaded(next))
      } else if (m.type === 'warmed') {
        const r = m.request
        warmed.set(modelKey(m.version, r.period, r.granularity, r.channel), m.model)
      } else if (m.type === 'model') {
        waiting.get(m.id)?.(m.model)
        waiting.delete(m.id)
      } else setError(true)
    }
    w.onerror = () => setError(true)
    return () => {
      w.terminate()
      worker.current = null
      waiting.clear()
    }
  }, [warmed])

  useEffect(() => {
    if (key === undefined || !worker.current) return
    keyRef.current = key
    const token = ++nextId.current
    loadToken.current = token
    const first = firstRef.current?.()
    worker.current.postMessage({
      type: 'load',
      token,
      ...(first ? { first } : {}),
    } satisfies ToAnalytics)
  }, [key])

  const requestModel = useCallback(
    (period: Period, granularity: Granularity, channel: string | null) =>
      new Promise<DashboardModel>((resolve) => {
        const id = ++nextId.current
        pending.current.set(id, resolve)
        worker.current?.postMessage({
          type: 'model',
          id,
          period,
          granularity,
          channel,
        } satisfies ToAnalytics)
      }),
    [],
  )

  const warm = useCallback((version: number, requests: DashboardRequest[]) => {
    worker.current?.postMessage({ type: 'warm', version, requests } satisfies ToAnalytics)
  }, [])

  const meta =
    loaded && loaded.key === key
      ? {
          version: loaded.version,
          channels: loaded.channels,
          range: loaded.range,
          hasSample,
          ...(loaded.first ? { first: loaded.first } : {}),
        }
      : null
  const cachedModel = (
    period: Period,
    granularity: Granularity,
    channel: string | null,
  ): DashboardModel | null => {
    if (!meta) return null
    const wanted = modelKey(meta.version, period, granularity, channel)
    const first = meta.first
    if (
      first &&
      wanted ===
        modelKey(
          meta.version,
          first.request.period,
          first.request.granularity,
          first.request.channel,
        )
    )
      return first.model
    return warmed.get(wanted) ?? null
  }
  return { imports, meta, error, requestModel, cachedModel, warm }
}

/**
 * The dashboard model for a period. One the page holds (the first, or a warmed one) shows in the
 * same render as the new period; any other is computed in the worker, and meanwhile the model
 * shown last stays shown (never one of another period that was shown before it).
 */
export function useDashboardModel(
  analytics: Pick<ReturnType<typeof useAnalyticsData>, 'meta' | 'requestModel' | 'cachedModel'>,
  period: Period | null,
  granularity: Granularity,
  channel: string | null,
): DashboardModel | null {
  const { meta, requestModel, cachedModel } = analytics
  const [model, setModel] = useState<{ key: string; model: DashboardModel } | null>(null)
  const [shown, setShown] = useState<DashboardModel | null>(null)
  const wanted = meta && period ? modelKey(meta.version, period, granularity, channel) : null
  const cached = meta && period ? cachedModel(period, granularity, channel) : null
  useEffect(() => {
    if (!wanted || !period || cached) return
    let live = true
    void requestModel(period, granularity, channel).then((m) => {
      if (live) setModel({ key: wanted, model: m })
    })
    return () => {
      live = false
    }
    // `wanted` encodes every input
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, cached, requestModel])
  const current = cached ?? (model && model.key === wanted ? model.model : null)
  // Remembered during render (React's pattern for state that follows the props), so that what
  // stays shown while a model is computed is the one shown last.
  if (current && current !== shown) setShown(current)
  return current ?? shown ?? meta?.first?.model ?? null
}
