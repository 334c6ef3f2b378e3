import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { IsoDate } from '@shared/dates'
import type { Period } from '@shared/kpi'
import { listImports } from '../../../db/analytics'
import { useKpiActuals } from '../../../data/kpi-actuals'
import {
  baselinePeriodFor,
  importedFigures,
  wantsImported,
  type ImportedFigures,
} from './campaign-economics'

/** First and last day of the imported orders: undefined while loading, null when none. */
function useOrdersRange(): Period | null | undefined {
  return useLiveQuery(async () => {
    const rows = (await listImports()).filter(
      (r) => r.kind === 'orders' && r.dateFrom !== null && r.dateTo !== null,
    )
    if (rows.length === 0) return null
    let from = rows[0]!.dateFrom as IsoDate
    let to = rows[0]!.dateTo as IsoDate
    for (const r of rows) {
      if ((r.dateFrom as IsoDate) < from) from = r.dateFrom as IsoDate
      if ((r.dateTo as IsoDate) > to) to = r.dateTo as IsoDate
    }
    return { from, to }
  }, [])
}

/**
 * Imported baseline figures of the campaigns whose baseline reads imported data (by campaign id),
 * computed in the analytics worker; `ready` false while they are being computed.
 */
export function useImportedBaselines(rows: readonly Record<string, unknown>[] | undefined): {
  ready: boolean
  byId: Map<string, ImportedFigures | null>
} {
  const range = useOrdersRange()
  const wanted = useMemo(
    () =>
      range && rows
        ? rows
            .filter(wantsImported)
            .map((r) => ({ id: String(r['id']), period: baselinePeriodFor(r, range) }))
        : [],
    [rows, range],
  )
  const periods = useMemo(
    () => wanted.map((w) => w.period).filter((p): p is Period => p !== null),
    [wanted],
  )
  const actuals = useKpiActuals(periods)
  return useMemo(() => {
    const byId = new Map<string, ImportedFigures | null>()
    if (range === undefined || rows === undefined) return { ready: false, byId }
    if (range === null || wanted.length === 0) return { ready: true, byId }
    if (actuals.state === 'loading') return { ready: false, byId }
    let i = 0
    for (const w of wanted) {
      const result = w.period && actuals.state === 'ready' ? actuals.results[i++] : undefined
      byId.set(w.id, result ? importedFigures(result) : null)
    }
    return { ready: true, byId }
  }, [range, rows, wanted, actuals])
}
