import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import type { IsoDate } from '@shared/dates'
import type { KpiResult, Period } from '@shared/kpi'
import { listImports } from '../db/analytics'
import type { FromAnalytics, ToAnalytics } from '../workers/analytics-protocol'

/** The shop's actual KPIs for some periods, from the data imported in Analyse. */
export type KpiActuals =
  | { state: 'loading' }
  /** Nothing imported (or no orders): there are no actuals to show. */
  | { state: 'none' }
  | { state: 'failed' }
  | {
      state: 'ready'
      /** First and last day with orders. */
      range: { from: IsoDate; to: IsoDate }
      /** One result per requested period, in the same order. */
      results: KpiResult[]
      hasSample: boolean
    }

/**
 * KPIs of the imported data for the given periods, computed in the analytics worker (the same
 * code as Analyse's dashboard), so Plan and Promote can compare targets and baselines with what
 * actually happened without touching Analyse's feature code. The worker loads the imports once
 * (again only when they change) and stays while the component is shown, so changing the periods
 * (e.g. the owner picking another baseline period) asks it for KPIs without reloading the data.
 */
export function useKpiActuals(
  periods: readonly Period[],
  channel: string | null = null,
): KpiActuals {
  const imports = useLiveQuery(() => listImports(), [])
  const importsKey = imports?.map((i) => i.id).join(',')
  const hasSample = imports?.some((i) => i.sample) ?? false
  const worker = useRef<Worker | null>(null)
  const pending = useRef(new Map<number, (results: KpiResult[]) => void>())
  const nextId = useRef(0)
  const [loaded, setLoaded] = useState<{
    importsKey: string
    state: 'ready' | 'none' | 'failed'
    range: { from: IsoDate; to: IsoDate } | null
  } | null>(null)
  const [out, setOut] = useState<{ key: string; results: KpiResult[] } | null>(null)

  // One worker per set of imports: it loads and prepares the data once.
  useEffect(() => {
    if (!importsKey) return
    const w = new Worker(new URL('../workers/analytics.worker.ts', import.meta.url), {
      type: 'module',
    })
    worker.current = w
    const waiting = pending.current
    const settle = (
      state: 'ready' | 'none' | 'failed',
      range: { from: IsoDate; to: IsoDate } | null,
    ): void => setLoaded({ importsKey, state, range })
    w.onmessage = (e: MessageEvent<FromAnalytics>) => {
      const m = e.data
      if (m.type === 'loaded') settle(m.range && m.orders > 0 ? 'ready' : 'none', m.range)
      else if (m.type === 'kpis') {
        waiting.get(m.id)?.(m.results)
        waiting.delete(m.id)
      } else if (m.type === 'failed') settle('failed', null)
    }
    w.onerror = () => settle('failed', null)
    w.postMessage({ type: 'load', token: 1 } satisfies ToAnalytics)
    return () => {
      w.terminate()
      worker.current = null
      waiting.clear()
    }
  }, [importsKey])

  const ready = loaded !== null && loaded.importsKey === importsKey && loaded.state === 'ready'
  const key = `${importsKey ?? ''}|${periods.map((p) => `${p.from}..${p.to}`).join(',')}|${channel ?? ''}`

  // Each new set of periods is one request to the loaded worker.
  useEffect(() => {
    const w = worker.current
    if (!ready || !w || periods.length === 0) return
    let live = true
    const id = ++nextId.current
    const waiting = pending.current
    waiting.set(id, (results) => {
      if (live) setOut({ key, results })
    })
    w.postMessage({ type: 'kpis', id, periods: [...periods], channel } satisfies ToAnalytics)
    return () => {
      live = false
      waiting.delete(id)
    }
    // `key` encodes every input
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, key])

  if (importsKey === '') return { state: 'none' }
  if (!loaded || loaded.importsKey !== importsKey) return { state: 'loading' }
  if (loaded.state !== 'ready' || !loaded.range)
    return { state: loaded.state === 'ready' ? 'none' : loaded.state }
  const range = loaded.range
  if (periods.length === 0) return { state: 'ready', range, results: [], hasSample }
  return out && out.key === key
    ? { state: 'ready', range, results: out.results, hasSample }
    : { state: 'loading' }
}
