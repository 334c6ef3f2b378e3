import { addDays, dateFromParts, isLeapYear, type IsoDate } from '../dates'
import { computeKpis } from './compute'
import { prepare, type PreparedKpiInput } from './prepare'
import {
  KPI_FIELDS,
  kpiKind,
  periodDays,
  type KpiField,
  type KpiInput,
  type KpiOptions,
  type KpiResult,
  type Period,
} from './types'

/** The two comparisons of the definitions (i18n: `kpi.comparison.<mode>`). */
export const COMPARISON_MODES = ['previousPeriod', 'samePeriodLastYear'] as const
/** A comparison. */
export type ComparisonMode = (typeof COMPARISON_MODES)[number]

/** The same number of days immediately before `from`. */
export function previousPeriod(period: Period): Period {
  const { days } = periodDays(period)
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) }
}

/** The same calendar date `years` years later (earlier when negative); 29 Feb maps to 28 Feb. */
export function shiftYears(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years
  const m = Number(date.slice(5, 7))
  let d = Number(date.slice(8, 10))
  if (m === 2 && d === 29 && !isLeapYear(y)) d = 28
  return dateFromParts(y, m, d)
}

/** The same dates one year earlier (29 Feb → 28 Feb). */
export function samePeriodLastYear(period: Period): Period {
  return { from: shiftYears(period.from, -1), to: shiftYears(period.to, -1) }
}

/** The period a comparison compares with. */
export function comparisonPeriod(period: Period, mode: ComparisonMode): Period {
  return mode === 'previousPeriod' ? previousPeriod(period) : samePeriodLastYear(period)
}

/**
 * A change between two values of a field: `points` for rates (an absolute difference of the
 * fractions: 0.012 = +1.2 percentage points), `relative` for counts, money and ratios
 * ((current − previous) ÷ |previous|: 0.25 = +25 %).
 */
export type Change = { kind: 'points'; value: number } | { kind: 'relative'; value: number }

/**
 * The change of a field, or null when either side is null or, for a relative change, the base is
 * 0. A rate going from 0 % to 5 % is +5 points (no division involved). ROAS, inventory turnover and
 * days of inventory are not percentages: their changes are relative.
 */
export function change(
  field: KpiField,
  current: number | null,
  previous: number | null,
): Change | null {
  if (current === null || previous === null) return null
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return null
  if (kpiKind(field) === 'rate') return { kind: 'points', value: current - previous }
  if (previous === 0) return null
  return { kind: 'relative', value: (current - previous) / Math.abs(previous) }
}

/** A period's KPIs next to those of the period it is compared with. */
export interface KpiComparison {
  mode: ComparisonMode
  current: KpiResult
  previous: KpiResult
  changes: Record<KpiField, Change | null>
}

/** Computes a period and its comparison period, and the change of every field. */
export function compareKpis(
  input: KpiInput | PreparedKpiInput,
  period: Period,
  mode: ComparisonMode,
  opts: KpiOptions = {},
): KpiComparison {
  const p = prepare(input)
  const current = computeKpis(p, period, opts)
  const previous = computeKpis(p, comparisonPeriod(period, mode), opts)
  const changes = Object.fromEntries(
    KPI_FIELDS.map((f) => [f, change(f, current.kpis[f], previous.kpis[f])]),
  ) as Record<KpiField, Change | null>
  return { mode, current, previous, changes }
}
