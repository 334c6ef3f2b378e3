import { resolveImports } from '@shared/analytics/resolve'
import { prepare, type PreparedKpiInput } from '@shared/kpi'
import { DashboardCache, anchorDate, periodFor } from '@shared/kpi/dashboard'
import { listImports, loadAllImports } from '../db/analytics'
import type { ShopBridgeDb } from '../db/db'
import type { DashboardRequest, FirstDashboard, FromAnalytics } from './analytics-protocol'
import { unpackOrders, type HandedOrders } from './orders-handoff'

type Loaded = Extract<FromAnalytics, { type: 'loaded' }>

/**
 * The analytics worker's data: every import merged and prepared, and the dashboard models
 * computed from it. Loading again with the same imports stored reuses what is loaded (imports
 * never change, they are only added or removed), so a worker that loaded right after an import
 * (while the wizard showed its result) answers the dashboard's load at once.
 */
export class AnalyticsData {
  prepared: PreparedKpiInput | null = null
  models: DashboardCache | null = null
  private loaded: {
    /** The ids of the imports the data holds. */
    ids: string
    channels: string[]
    range: Loaded['range']
    orders: number
  } | null = null

  constructor(private readonly database?: ShopBridgeDb) {}

  /**
   * Loads and prepares every stored import, the handed-over orders standing in for their import
   * (workers/orders-handoff.ts); without a hand-over, nothing is read again while the same
   * imports are stored. Returns false when nothing was (re)loaded.
   */
  async load(handoff: { importId: string; orders: HandedOrders } | null): Promise<boolean> {
    if (!handoff && this.loaded) {
      const ids = (await listImports(this.database)).map((r) => r.id).join(',')
      if (ids === this.loaded.ids) return false
    }
    const all = await loadAllImports(
      this.database,
      handoff ? { importId: handoff.importId, orders: unpackOrders(handoff.orders) } : null,
    )
    const resolved = resolveImports(
      all.map(({ row, chunks }) => ({
        id: row.id,
        kind: row.kind,
        createdAt: row.createdAt,
        orders: chunks.flatMap((c) => (c.orders ? [c.orders] : [])),
        rows: chunks.flatMap((c) => c.rows ?? []),
      })),
    )
    this.prepared = prepare(resolved)
    this.models = new DashboardCache(this.prepared)
    this.loaded = {
      ids: all.map((a) => a.row.id).join(','),
      channels: resolved.channels,
      range: resolved.range,
      orders: resolved.orders.length,
    }
    return true
  }

  /** The 'loaded' report, with the model of the dashboard's `first` choices when given. */
  loadedMessage(token: number, first: FirstDashboard | undefined): Loaded | null {
    if (!this.loaded || !this.models) return null
    const { channels, range, orders } = this.loaded
    const out: Loaded = { type: 'loaded', token, channels, range, orders }
    if (first) {
      // The same period and channel the dashboard derives from these choices and the data.
      const anchor = anchorDate(first.today, range?.to ?? null)
      const request: DashboardRequest = {
        period: periodFor(first.preset, first.custom, anchor),
        granularity: first.granularity,
        channel: first.channel && channels.includes(first.channel) ? first.channel : null,
      }
      out.first = { request, model: this.models.get(request) }
    }
    return out
  }
}
