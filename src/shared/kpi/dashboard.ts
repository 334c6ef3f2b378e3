import { toEpochDay, type IsoDate } from '../dates'
import {
  KPI_METRICS,
  channelShare,
  compareKpis,
  computeKpis,
  funnel,
  presetRange,
  previousPeriod,
  timeSeries,
  topProducts,
  type ChannelShareRow,
  type Funnel,
  type Granularity,
  type KpiComparison,
  type KpiMetric,
  type Period,
  type PreparedKpiInput,
  type ProductRow,
  type TimeBucket,
} from './index'

/** Date-range choices of the dashboard: the fixed presets or a custom range. */
export type RangePreset =
  'last7' | 'last30' | 'last90' | 'thisMonth' | 'lastMonth' | 'thisYear' | 'custom'

/** Everything the dashboard shows for one period, channel and granularity. */
export interface DashboardModel {
  period: Period
  vsPrevious: KpiComparison
  vsLastYear: KpiComparison
  spark: Record<KpiMetric, (number | null)[]>
  series: TimeBucket[]
  previousSeries: TimeBucket[]
  channels: ChannelShareRow[]
  funnel: Funnel
  topSales: ProductRow[]
  topReturns: ProductRow[]
}

/**
 * The date presets count back from the last day with data, not from the calendar's today: a shop
 * owner who imports last quarter's export wants to see last quarter, not an empty "last 30 days".
 */
export function anchorDate(today: IsoDate, lastDataDate: IsoDate | null): IsoDate {
  if (!lastDataDate) return today
  return lastDataDate < today ? lastDataDate : today
}

/** The period of a preset (or the custom range) anchored at `anchor`. */
export function periodFor(
  preset: RangePreset,
  custom: { from: string; to: string } | null,
  anchor: IsoDate,
): Period {
  if (preset === 'custom' && custom && custom.from <= custom.to) {
    return { from: custom.from as IsoDate, to: custom.to as IsoDate }
  }
  return presetRange(preset === 'custom' ? 'last30' : preset, anchor)
}

function sparkGranularity(period: Period): Granularity {
  const days = toEpochDay(period.to) - toEpochDay(period.from) + 1
  return days <= 31 ? 'day' : days <= 26 * 7 ? 'week' : 'month'
}

/** Computes the whole dashboard; pure, so it is unit-tested and timed by the benchmark. */
export function buildDashboard(
  p: PreparedKpiInput,
  period: Period,
  granularity: Granularity,
  channel: string | null,
): DashboardModel {
  const opts = { channel }
  const vsPrevious = compareKpis(p, period, 'previousPeriod', opts)
  const vsLastYear = compareKpis(p, period, 'samePeriodLastYear', opts)
  const buckets = timeSeries(p, period, sparkGranularity(period), opts)
  const perBucket = buckets.map((b) => computeKpis(p, { from: b.from, to: b.to }, opts).kpis)
  const spark = Object.fromEntries(
    KPI_METRICS.map((f) => [f, perBucket.map((k) => k[f])]),
  ) as Record<KpiMetric, (number | null)[]>
  return {
    period,
    vsPrevious,
    vsLastYear,
    spark,
    series: timeSeries(p, period, granularity, opts),
    previousSeries: timeSeries(p, previousPeriod(period), granularity, opts),
    channels: channelShare(p, period),
    funnel: funnel(p, period, opts),
    topSales: topProducts(p, period, 'sales', 10, opts),
    topReturns: topProducts(p, period, 'returns', 10, opts).filter((r) => r.returnedQuantity > 0),
  }
}

/** What a dashboard model is computed for. */
export interface DashboardRequest {
  period: Period
  granularity: Granularity
  channel: string | null
}

/**
 * Dashboard models of one prepared input, computed once per request (period, granularity,
 * channel): the analytics worker answers repeated and pre-computed ("warm") requests from here.
 * Make a new cache when the data changes.
 */
export class DashboardCache {
  private readonly models = new Map<string, DashboardModel>()

  constructor(private readonly input: PreparedKpiInput) {}

  private static key(r: DashboardRequest): string {
    return `${r.period.from}|${r.period.to}|${r.granularity}|${r.channel ?? ''}`
  }

  /** True when the request's model is cached. */
  has(r: DashboardRequest): boolean {
    return this.models.has(DashboardCache.key(r))
  }

  /** The request's model, computed now when not cached. */
  get(r: DashboardRequest): DashboardModel {
    const key = DashboardCache.key(r)
    let model = this.models.get(key)
    if (!model) {
      model = buildDashboard(this.input, r.period, r.granularity, r.channel)
      this.models.set(key, model)
    }
    return model
  }
}
