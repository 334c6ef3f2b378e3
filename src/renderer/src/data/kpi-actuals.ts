import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
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
 * actually happened without touching Analyse's feature code. Recomputed when imports change or
 * the periods change. Pass a stable `periodsKey` (e.g. the periods joined) to avoid refetching.
 */
export function useKpiActuals(
  periods: readonly Period[],
  channel: string | null = null,
): KpiActuals {
  const imports = useLiveQuery(() => listImports(), [])
  const importsKey = imports?.map((i) => i.id).join(',')
  const hasSample = imports?.some((i) => i.sample) ?? false
  const periodsKey = periods.map((p) => `${p.from}..${p.to}`).join(',')
  const [out, setOut] = useState<{ key: string; value: KpiActuals } | null>(null)
  const key = `${importsKey ?? ''}|${periodsKey}|${channel ?? ''}`

  useEffect(() => {
    if (importsKey === undefined || importsKey === '') return
    let live = true
    const w = new Worker(new URL('../workers/analytics.worker.ts', import.meta.url), {
      type: 'module',
    })
    const done = (value: KpiActuals): void => {
      if (live) setOut({ key, value })
      w.terminate()
    }
    let range: { from: IsoDate; to: IsoDate } | null = null
    w.onmessage = (e: MessageEvent<FromAnalytics>) => {
      const m = e.data
      if (m.type === 'loaded') {
        if (!m.range || m.orders === 0 || periods.length === 0) {
          done(
            m.range && periods.length === 0
              ? { state: 'ready', range: m.range, results: [], hasSample }
              : { state: 'none' },
          )
          return
        }
        range = m.range
        w.postMessage({ type: 'kpis', id: 1, periods: [...periods], channel } satisfies ToAnalytics)
      } else if (m.type === 'kpis' && range) {
        done({ state: 'ready', range, results: m.results, hasSample })
      } else if (m.type === 'failed') done({ state: 'failed' })
    }
    w.onerror = () => done({ state: 'failed' })
    w.postMessage({ type: 'load', token: 1 } satisfies ToAnalytics)
    return () => {
      live = false
      w.terminate()
    }
    // `key` encodes every input
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  if (importsKey === '') return { state: 'none' }
  return out && out.key === key ? out.value : { state: 'loading' }
}
