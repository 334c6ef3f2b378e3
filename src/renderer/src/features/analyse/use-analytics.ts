import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { resolveImports, type ResolvedData } from '@shared/analytics/resolve'
import type { ImportRow } from '@shared/analytics/stored'
import { prepare, type PreparedKpiInput } from '@shared/kpi'
import { listImports, loadAllImports } from '../../db/analytics'

/** The merged data of every import, prepared for fast KPI queries. */
export interface AnalyticsData {
  resolved: ResolvedData
  prepared: PreparedKpiInput
  hasSample: boolean
}

/** Loads and merges all imports whenever the list of imports changes (a date-range change reuses it). */
export function useAnalyticsData(): {
  imports: ImportRow[] | undefined
  data: AnalyticsData | null
  error: boolean
} {
  const imports = useLiveQuery(() => listImports(), [])
  const key = imports?.map((i) => i.id).join(',')
  const [state, setState] = useState<{ key: string; data: AnalyticsData } | null>(null)
  const [error, setError] = useState(false)

  useEffect(() => {
    if (key === undefined) return
    let live = true
    loadAllImports()
      .then((all) => {
        const resolved = resolveImports(
          all.map(({ row, chunks }) => ({
            id: row.id,
            kind: row.kind,
            createdAt: row.createdAt,
            orders: chunks.flatMap((c) => (c.orders ? [c.orders] : [])),
            rows: chunks.flatMap((c) => c.rows ?? []),
          })),
        )
        const data = {
          resolved,
          prepared: prepare(resolved),
          hasSample: all.some((a) => a.row.sample),
        }
        if (live) setState({ key, data })
      })
      .catch(() => live && setError(true))
    return () => {
      live = false
    }
  }, [key])

  return { imports, data: state && state.key === key ? state.data : null, error }
}
