import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { IsoDate } from '@shared/dates'
import type { KpiResult, Period } from '@shared/kpi'
import {
  baselineFromKpis,
  defaultBaselinePeriod,
  type CampaignPlan,
  type ImportedBaseline,
} from '@shared/campaign/planner'
import { listImports } from '../../../db/analytics'
import { useKpiActuals } from '../../../data/kpi-actuals'

/**
 * What the imported Analyse data says about campaigns, for the planner (one campaign: baseline
 * and its window's actual KPIs) and the print documents (the baselines of many campaigns). One
 * implementation, so a campaign's PDF and its planner always read the same baseline.
 */

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

/** One campaign to read: its dates, the chosen baseline period, and whether to read its window. */
export interface CampaignDataRequest {
  start: IsoDate
  end: IsoDate
  /** The baseline period the owner chose; null: the automatic one (defaultBaselinePeriod). */
  chosen: Period | null
  /** Also compute the KPIs of the campaign's own days (the planner's review). */
  window: boolean
}

const NO_PERIODS: readonly Period[] = []

/**
 * The baseline (and, when asked, the window's KPIs) of each requested campaign, in one run of
 * the analytics worker. Pass a memoised `requests` array: a new one recomputes.
 */
export function useCampaignsData(requests: readonly CampaignDataRequest[]): CampaignData[] {
  const range = useOrdersRange()
  const layout = useMemo(() => {
    if (!range) return null
    const periods: Period[] = []
    const slots = requests.map((r) => {
      const baselinePeriod = r.chosen ?? defaultBaselinePeriod(r.start, range)
      const from = r.start > range.from ? r.start : range.from
      const to = r.end < range.to ? r.end : range.to
      const window = r.window && from <= to && r.start <= r.end ? { from, to } : null
      const base = baselinePeriod ? periods.push(baselinePeriod) - 1 : -1
      const win = window ? periods.push(window) - 1 : -1
      return { baselinePeriod, window, base, win }
    })
    return { periods, slots }
  }, [range, requests])
  const actuals = useKpiActuals(layout?.periods ?? NO_PERIODS)
  return useMemo(() => {
    const all = (d: CampaignData): CampaignData[] => requests.map(() => d)
    if (range === undefined) return all(empty('loading'))
    if (range === null || !layout) return all(empty('none'))
    if (actuals.state === 'loading') return all({ ...empty('loading'), range })
    if (actuals.state !== 'ready') return all({ ...empty(actuals.state), range })
    const results = actuals.results
    return layout.slots.map((s) => {
      const base = s.base >= 0 ? results[s.base] : undefined
      const win = s.win >= 0 ? results[s.win] : undefined
      return {
        state: 'ready',
        range,
        baselinePeriod: s.baselinePeriod,
        imported: base ? baselineFromKpis(base) : null,
        window: s.window,
        actual: win ?? null,
        hasSample: actuals.hasSample,
      }
    })
  }, [requests, range, layout, actuals])
}

/** The planner's view of one campaign: its baseline period and figures, its window's KPIs. */
export function useCampaignData(start: IsoDate, end: IsoDate, chosen: Period | null): CampaignData {
  const requests = useMemo(() => [{ start, end, chosen, window: true }], [start, end, chosen])
  return useCampaignsData(requests)[0] ?? empty('loading')
}

/**
 * The imported baseline of each plan whose baseline reads imported data (by campaign id), for
 * the print documents; `ready` false while it is being computed. Plans with typed figures need
 * none and are left out.
 */
export function useImportedBaselines(plans: readonly CampaignPlan[] | undefined): {
  ready: boolean
  byId: ReadonlyMap<string, ImportedBaseline | null>
} {
  const wanted = useMemo(
    () => (plans ?? []).filter((p) => p.baseline.source === 'imported'),
    [plans],
  )
  const requests = useMemo(
    () =>
      wanted.map((p) => ({ start: p.start, end: p.end, chosen: p.baseline.period, window: false })),
    [wanted],
  )
  const data = useCampaignsData(requests)
  return useMemo(() => {
    const byId = new Map<string, ImportedBaseline | null>()
    if (plans === undefined || data.some((d) => d.state === 'loading'))
      return { ready: false, byId }
    wanted.forEach((p, i) => byId.set(p.id, data[i]?.imported ?? null))
    return { ready: true, byId }
  }, [plans, wanted, data])
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
