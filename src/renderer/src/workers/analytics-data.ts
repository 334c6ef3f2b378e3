import type { OrderColumns } from '@shared/analytics/model'
import { resolveImports, type StoredImport } from '@shared/analytics/resolve'
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
  private loaded: Prepared['loaded'] | null = null

  /** An import prepared while its write was still running (see `stage`). */
  private staged: (Prepared & { importId: string; orders: OrderColumns }) | null = null

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
    const staged = prepareImports([
      { id: importId, kind: 'orders', createdAt, orders: [orders], rows: [] },
    ])
    this.staged = { ...staged, importId, orders }
    const { range, channels } = staged.loaded
    if (first) staged.models.get(firstRequest(first, range, channels))
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
        only.recordCount === stage.orders.length
      ) {
        this.adopt(stage)
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
    this.adopt(
      prepareImports(
        all.map(({ row, chunks }) => ({
          id: row.id,
          kind: row.kind,
          createdAt: row.createdAt,
          orders: chunks.flatMap((c) => (c.orders ? [c.orders] : [])),
          rows: chunks.flatMap((c) => c.rows ?? []),
        })),
      ),
    )
    return true
  }

  private adopt(p: Prepared): void {
    this.prepared = p.prepared
    this.models = p.models
    this.loaded = p.loaded
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

/** Imports merged and prepared, with their dashboard models (computed on demand) and summary. */
interface Prepared {
  prepared: PreparedKpiInput
  models: DashboardCache
  loaded: {
    /** The ids of the imports the data holds. */
    ids: string
    channels: string[]
    range: Loaded['range']
    orders: number
  }
}

function prepareImports(imports: StoredImport[]): Prepared {
  const resolved = resolveImports(imports)
  const prepared = prepare(resolved)
  return {
    prepared,
    models: new DashboardCache(prepared),
    loaded: {
      ids: imports.map((i) => i.id).join(','),
      channels: resolved.channels,
      range: resolved.range,
      orders: resolved.orders.length,
    },
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
