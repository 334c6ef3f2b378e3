import type { IsoDate } from '@shared/dates'
import type { Granularity, KpiResult, Period } from '@shared/kpi'
import type { DashboardModel, DashboardRequest, RangePreset } from '@shared/kpi/dashboard'
import type { HandedOrders } from './orders-handoff'

export type { DashboardRequest }

/** The dashboard's choices as the page holds them (the period follows from the loaded data). */
export interface FirstDashboard {
  /** Today in the shop's time zone. */
  today: IsoDate
  preset: RangePreset
  custom: { from: string; to: string } | null
  granularity: Granularity
  channel: string | null
}

/** What the page asks the analytics worker. */
export type ToAnalytics =
  | {
      type: 'load'
      token: number
      /**
       * The orders (without order IDs) of the import `importId` that the import worker has just
       * committed (orders-handoff.ts): used instead of reading them back, when they match the
       * stored import. Transfer their typed arrays with the message.
       */
      handoff?: { importId: string; orders: HandedOrders }
      /** The import `stage`d before its write committed (now committed): adopted if it fits. */
      staged?: string
      /**
       * The dashboard's current choices: the worker computes their model right after loading and
       * sends it with 'loaded', saving the page a round trip before the first KPIs show.
       */
      first?: FirstDashboard
    }
  /**
   * The orders of an import whose write is still running, to prepare meanwhile (AnalyticsData
   * .stage); a later 'load' with `staged` adopts them once the write has committed.
   */
  | {
      type: 'stage'
      importId: string
      createdAt: string
      orders: HandedOrders
      first?: FirstDashboard
    }
  | { type: 'model'; id: number; period: Period; granularity: Granularity; channel: string | null }
  /**
   * Dashboard models the user is likely to ask for next (the other period presets), for the data
   * of `version` (the token of the load whose 'loaded' the page holds): computed one at a time
   * while the worker is idle and posted back as 'warmed' (warmer.ts).
   */
  | { type: 'warm'; version: number; requests: DashboardRequest[] }
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
      /** The model of the load's `first` choices, and the request it answers. */
      first?: { request: DashboardRequest; model: DashboardModel }
    }
  | { type: 'model'; id: number; model: DashboardModel }
  /** A model asked for by 'warm', of the data of `version`. */
  | { type: 'warmed'; version: number; request: DashboardRequest; model: DashboardModel }
  | { type: 'kpis'; id: number; results: KpiResult[] }
  | { type: 'failed'; token: number }
