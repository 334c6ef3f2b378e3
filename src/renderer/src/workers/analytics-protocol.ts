import type { IsoDate } from '@shared/dates'
import type { Granularity, KpiResult, Period } from '@shared/kpi'
import type { DashboardModel, DashboardRequest } from '@shared/kpi/dashboard'

export type { DashboardRequest }

/** What the page asks the analytics worker. */
export type ToAnalytics =
  | {
      type: 'load'
      token: number
      /**
       * The port on which the import worker handed over the orders of the import `importId` it
       * has just committed (orders-handoff.ts): used instead of reading them back, when they match
       * the stored import. Transfer the port with the message.
       */
      handoff?: { importId: string; port: MessagePort }
    }
  | { type: 'model'; id: number; period: Period; granularity: Granularity; channel: string | null }
  /**
   * Dashboard models the user is likely to ask for next (the other period presets): computed one
   * at a time while the worker is idle and cached, so switching to them shows at once.
   */
  | { type: 'warm'; requests: DashboardRequest[] }
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
