/** The KPI engine: the metrics of the team's KPI definitions over the canonical data model. */
export * from './types'
export { prepare, PreparedKpiInput, type PrepareOptions } from './prepare'
export { computeKpis } from './compute'
export {
  COMPARISON_MODES,
  change,
  compareKpis,
  comparisonPeriod,
  previousPeriod,
  samePeriodLastYear,
  shiftYears,
  type Change,
  type ComparisonMode,
  type KpiComparison,
} from './compare'
export {
  GRANULARITIES,
  channelShare,
  funnel,
  isoWeek,
  timeSeries,
  topProducts,
  weekdayOf,
  type ChannelShareRow,
  type Funnel,
  type Granularity,
  type ProductRow,
  type TimeBucket,
} from './series'
export { PERIOD_PRESETS, presetRange, type FixedPreset, type PeriodPreset } from './presets'
