import { dateFromParts, daysInMonth, isIsoDate, toEpochDay, type IsoDate } from '../dates'
import type { KpiField, Period } from '../kpi/types'
import type { PlatformId } from './platforms'
import { planMonths } from './plan'
import type { Kpi, Milestone, Plan } from './schema'

/*
 * After launch the plan tracks progress (issue 5, item 13): onboarding completion, milestones due
 * and overdue, and KPI targets against the actuals Analyse computes from the shop's own exports.
 */

export interface ChecklistProgress {
  done: number
  total: number
  /** Per chosen platform, in the order they were chosen. */
  byPlatform: { platform: PlatformId; done: number; total: number }[]
}

/** Ticked onboarding items, overall and per chosen platform. */
export function checklistProgress(plan: Plan): ChecklistProgress {
  const byPlatform = plan.platforms.chosen.map((platform) => {
    const items = plan.onboarding.filter((i) => i.platform === platform)
    return { platform, done: items.filter((i) => i.done).length, total: items.length }
  })
  return {
    done: byPlatform.reduce((s, p) => s + p.done, 0),
    total: byPlatform.reduce((s, p) => s + p.total, 0),
    byPlatform,
  }
}

export type MilestoneState = 'done' | 'overdue' | 'dueSoon' | 'later' | 'noDate'

export interface MilestoneStatus {
  milestone: Milestone
  state: MilestoneState
  /** Days from today to the due date (negative: overdue); null without a date. */
  daysLeft: number | null
}

/**
 * The state of every milestone on `today`: done; overdue (due before today, not done); due soon
 * (today or within `soonDays` days); later; or no date. Sorted by due date, undated last.
 */
export function milestoneStatuses(plan: Plan, today: IsoDate, soonDays = 14): MilestoneStatus[] {
  const t0 = toEpochDay(today)
  const rows = plan.timeline.milestones.map((m, i) => {
    const daysLeft = m.due && isIsoDate(m.due) ? toEpochDay(m.due) - t0 : null
    const state: MilestoneState = m.done
      ? 'done'
      : daysLeft === null
        ? 'noDate'
        : daysLeft < 0
          ? 'overdue'
          : daysLeft <= soonDays
            ? 'dueSoon'
            : 'later'
    return { milestone: m, state, daysLeft, i }
  })
  rows.sort((a, b) =>
    a.milestone.due === b.milestone.due
      ? a.i - b.i
      : a.milestone.due === null
        ? 1
        : b.milestone.due === null
          ? -1
          : a.milestone.due < b.milestone.due
            ? -1
            : 1,
  )
  return rows.map(({ milestone, state, daysLeft }) => ({ milestone, state, daysLeft }))
}

/** First and last day of a `YYYY-MM` month. */
export function monthPeriod(month: string): Period {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return { from: dateFromParts(y, m, 1), to: dateFromParts(y, m, daysInMonth(y, m)) }
}

/** The month before a `YYYY-MM` month. */
export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return m === 1
    ? `${String(y - 1).padStart(4, '0')}-12`
    : `${month.slice(0, 4)}-${String(m - 1).padStart(2, '0')}`
}

/**
 * The periods whose actuals tracking needs: the month before the plan starts (the baseline for
 * growth goals), then every month of the plan.
 */
export function trackingPeriods(plan: Plan): Period[] {
  const months = planMonths(plan)
  const first = months[0] ?? plan.timeline.startMonth
  return [previousMonth(first), ...months].map(monthPeriod)
}

/**
 * The Analyse KPI a goal is measured with, or null when the data cannot measure it:
 * online sales → gross sales (a growth goal compares it with the period before), conversion and
 * return rate → the same rates, AOV → AOV, customers → buyers.
 */
export function goalField(goal: Pick<Kpi, 'metric' | 'unit'>): KpiField | null {
  switch (goal.metric) {
    case 'onlineSales':
      return goal.unit === 'count' ? 'orders' : 'grossSales'
    case 'conversionRate':
      return goal.unit === 'percent' ? 'conversionRate' : null
    case 'returnRate':
      return goal.unit === 'percent' ? 'returnRate' : null
    case 'aov':
      return goal.unit === 'minor' ? 'aov' : null
    case 'customers':
      return goal.unit === 'count' ? 'buyers' : null
    default:
      return null
  }
}

/** True when a goal is a growth rate (percent change of sales against the period before). */
export const isGrowthGoal = (goal: Pick<Kpi, 'metric' | 'unit'>): boolean =>
  goal.metric === 'onlineSales' && goal.unit === 'percent'

type Kpis = Partial<Record<KpiField, number | null>>

/**
 * A goal's actual value in the goal's own unit (percent as 12.5 for 12.5 %), from the KPIs of a
 * period and, for growth goals, of the period before; null when the data cannot say.
 */
export function goalActual(
  goal: Pick<Kpi, 'metric' | 'unit'>,
  current: Kpis | null,
  previous: Kpis | null,
): number | null {
  const field = goalField(goal)
  if (!field || !current) return null
  const v = current[field]
  if (v === null || v === undefined) return null
  if (isGrowthGoal(goal)) {
    const p = previous?.[field]
    if (p === null || p === undefined || p === 0) return null
    return ((v - p) / p) * 100
  }
  return goal.unit === 'percent' ? v * 100 : v
}

/** True when an actual meets a target in the goal's direction. */
export function meetsTarget(direction: Kpi['direction'], target: number, actual: number): boolean {
  return direction === 'atLeast' ? actual >= target : actual <= target
}

/**
 * The target of a goal for one month: the monthly KPI target set in the timeline, otherwise the
 * goal's own target when the goal is monthly; null when the month has no target.
 */
export function monthTarget(plan: Plan, goal: Kpi, month: string): number | null {
  const set = plan.timeline.kpiTargets.find((k) => k.kpiId === goal.id && k.month === month)
  if (set) return set.target
  return goal.period === 'month' ? goal.target : null
}

export interface TargetCell {
  month: string
  target: number | null
  actual: number | null
  /** null when there is no target or no actual to compare. */
  met: boolean | null
}

export interface GoalTracking {
  goal: Kpi
  measurable: boolean
  cells: TargetCell[]
}

/**
 * Targets against actuals for every goal and plan month. `results` are the KPIs of
 * trackingPeriods(plan), in that order (index 0 is the month before the plan); pass null when
 * there is no imported data.
 */
export function targetsVsActuals(
  plan: Plan,
  results: readonly (Kpis | null)[] | null,
): GoalTracking[] {
  const months = planMonths(plan)
  return plan.goals.map((goal) => ({
    goal,
    measurable: goalField(goal) !== null,
    cells: months.map((month, i) => {
      const target = monthTarget(plan, goal, month)
      const actual = results ? goalActual(goal, results[i + 1] ?? null, results[i] ?? null) : null
      return {
        month,
        target,
        actual,
        met:
          target === null || actual === null ? null : meetsTarget(goal.direction, target, actual),
      }
    }),
  }))
}

/**
 * A goal shown on a KPI card of the Analyse dashboard: its KPI field and whether the card's
 * figures meet it. Growth goals are compared with the change against the previous period
 * (`relativeChange`, a fraction); the others with the card's value.
 */
export function dashboardGoal(
  goal: Kpi,
  value: number | null,
  relativeChange: number | null,
): { field: KpiField; actual: number | null; met: boolean | null } | null {
  const field = goalField(goal)
  if (!field) return null
  const actual = isGrowthGoal(goal)
    ? relativeChange === null
      ? null
      : relativeChange * 100
    : goalActual(goal, { [field]: value }, null)
  return {
    field,
    actual,
    met: actual === null ? null : meetsTarget(goal.direction, goal.target, actual),
  }
}
