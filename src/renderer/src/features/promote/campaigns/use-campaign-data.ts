import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { IsoDate } from '@shared/dates'
import type { KpiResult, Period } from '@shared/kpi'
import {
  baselineFromKpis,
  defaultBaselinePeriod,
  type ImportedBaseline,
} from '@shared/campaign/planner'
import { listImports } from '../../../db/analytics'
import { useKpiActuals } from '../../../data/kpi-actuals'

/** First and last day of the imported orders: undefined while loading, null when none. */
export function useOrdersRange(): Period | null | undefined {
  return useLiveQuery(async () => {
    const rows = (await listImports()).filter(
      (r) => r.kind === 'orders' && r.dateFrom !== null && r.dateTo !== null,
    )
    if (rows.length === 0) return null
    let from = rows[0]?.dateFrom as IsoDate
    let to = rows[0]?.dateTo as IsoDate
    for (const r of rows) {
      if ((r.dateFrom as IsoDate) < from) from = r.dateFrom as IsoDate
      if ((r.dateTo as IsoDate) > to) to = r.dateTo as IsoDate
    }
    return { from, to }
  }, [])
}

/** What the imported data says about a campaign: its baseline and its window's actual KPIs. */
export interface CampaignData {
  state: 'loading' | 'none' | 'ready' | 'failed'
  range: Period | null
  /** The baseline period used (the chosen one, else the automatic one). */
  baselinePeriod: Period | null
  imported: ImportedBaseline | null
  /** The part of the campaign window the data covers, and its KPIs. */
  window: Period | null
  actual: KpiResult | null
  hasSample: boolean
}

/** The baseline period and the campaign window's KPIs, computed by the analytics worker. */
export function useCampaignData(start: IsoDate, end: IsoDate, chosen: Period | null): CampaignData {
  const range = useOrdersRange()
  const { baselinePeriod, window } = useMemo(() => {
    if (!range) return { baselinePeriod: null, window: null }
    const bp = chosen ?? defaultBaselinePeriod(start, range)
    const from = start > range.from ? start : range.from
    const to = end < range.to ? end : range.to
    return { baselinePeriod: bp, window: from <= to && start <= end ? { from, to } : null }
  }, [range, chosen, start, end])
  const periods = useMemo(
    () => [baselinePeriod, window].filter((p): p is Period => p !== null),
    [baselinePeriod, window],
  )
  const actuals = useKpiActuals(periods)
  if (range === undefined) return empty('loading')
  if (range === null) return empty('none')
  if (actuals.state === 'loading') return { ...empty('loading'), range }
  if (actuals.state !== 'ready') return { ...empty(actuals.state), range }
  const results = actuals.results
  const base = baselinePeriod ? results[0] : undefined
  const win = window ? results[baselinePeriod ? 1 : 0] : undefined
  return {
    state: 'ready',
    range,
    baselinePeriod,
    imported: base ? baselineFromKpis(base) : null,
    window,
    actual: win ?? null,
    hasSample: actuals.hasSample,
  }
}

function empty(state: CampaignData['state']): CampaignData {
  return {
    state,
    range: null,
    baselinePeriod: null,
    imported: null,
    window: null,
    actual: null,
    hasSample: false,
  }
}
