import type { OrderColumns } from '@shared/analytics/model'
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

  /** An import prepared while its write was still running (see `stage`). */
  private staged: {
    importId: string
    recordCount: number
    orders: OrderColumns
    prepared: PreparedKpiInput
    models: DashboardCache
    loaded: NonNullable<AnalyticsData['loaded']>
  } | null = null

  constructor(private readonly database?: ShopBridgeDb) {}

  /**
   * Prepares the orders of an import whose IndexedDB write is still running, when it will be the
   * only import stored (the import worker saw nothing stored): the dashboard's data is then ready
   * when the write commits, instead of being prepared after it. Nothing of it is shown until a
   * `load` with `staged` finds exactly that import stored. `first`: the dashboard's choices, whose
   * model is computed too.
   */
  stage(importId: string, createdAt: string, handed: HandedOrders, first?: FirstDashboard): void {
    const orders = unpackOrders(handed)
    const resolved = resolveImports([
      { id: importId, kind: 'orders', createdAt, orders: [orders], rows: [] },
    ])
    const prepared = prepare(resolved)
    const models = new DashboardCache(prepared)
    const loaded = {
      ids: importId,
      channels: resolved.channels,
      range: resolved.range,
      orders: resolved.orders.length,
    }
    this.staged = { importId, recordCount: orders.length, orders, prepared, models, loaded }
    if (first) models.get(firstRequest(first, loaded.range, loaded.channels))
  }

  /**
   * Loads and prepares every stored import, the handed-over orders standing in for their import
   * (workers/orders-handoff.ts); without a hand-over, nothing is read again while the same
   * imports are stored. Returns false when nothing was (re)loaded.
   */
  async load(
    handoff: { importId: string; orders: HandedOrders } | null,
    staged: string | null = null,
  ): Promise<boolean> {
    const stage = this.staged
    this.staged = null
    let handed = handoff
      ? { importId: handoff.importId, orders: unpackOrders(handoff.orders) }
      : null
    if (stage && stage.importId === staged) {
      // Adopted when the write committed and nothing else is stored (what `stage` prepared for).
      const rows = await listImports(this.database)
      const [only] = rows
      if (
        rows.length === 1 &&
        only?.id === staged &&
        only.kind === 'orders' &&
        only.recordCount === stage.recordCount
      ) {
        this.prepared = stage.prepared
        this.models = stage.models
        this.loaded = stage.loaded
        return true
      }
      // Something else is stored after all: the staged orders stand in for their import.
      handed = { importId: stage.importId, orders: stage.orders }
    }
    if (!handed && this.loaded) {
      const ids = (await listImports(this.database)).map((r) => r.id).join(',')
      if (ids === this.loaded.ids) return false
    }
    const all = await loadAllImports(this.database, handed)
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
      const request = firstRequest(first, range, channels)
      out.first = { request, model: this.models.get(request) }
    }
    return out
  }
}

/** The same period and channel the dashboard derives from its choices and the data. */
function firstRequest(
  first: FirstDashboard,
  range: Loaded['range'],
  channels: readonly string[],
): DashboardRequest {
  const anchor = anchorDate(first.today, range?.to ?? null)
  return {
    period: periodFor(first.preset, first.custom, anchor),
    granularity: first.granularity,
    channel: first.channel && channels.includes(first.channel) ? first.channel : null,
  }
}
