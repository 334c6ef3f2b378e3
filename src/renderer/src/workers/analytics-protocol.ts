import type { IsoDate } from '@shared/dates'
import type { Granularity, KpiResult, Period } from '@shared/kpi'
import type { DashboardModel } from '@shared/kpi/dashboard'

/** What the page asks the analytics worker. */
export type ToAnalytics =
  | { type: 'load'; token: number }
  | { type: 'model'; id: number; period: Period; granularity: Granularity; channel: string | null }
  /** KPIs of several periods at once (Plan's targets against actuals, Promote's baseline). */
  | { type: 'kpis'; id: number; periods: Period[]; channel: string | null }

/** What the analytics worker answers. */
export type FromAnalytics =
  | {
      type: 'loaded'
      token: number
      channels: string[]
      range: { from: IsoDate; to: IsoDate } | null
      orders: number
    }
  | { type: 'model'; id: number; model: DashboardModel }
  | { type: 'kpis'; id: number; results: KpiResult[] }
  | { type: 'failed'; token: number }
