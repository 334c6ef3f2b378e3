import { useMemo } from 'react'
import type { TFunction } from 'i18next'
import type { Change, KpiField } from '@shared/kpi'
import { formatMoney, minor } from '@shared/money'
import type { Kpi } from '@shared/plan/schema'
import { dashboardGoal, goalField, isGrowthGoal } from '@shared/plan/tracking'
import { usePlan } from '../../db/plans'
import { useSetting } from '../../db/settings'

/** A plan goal as a KPI card shows it: the text and whether the card's figures meet it. */
export interface CardGoal {
  text: string
  met: boolean | null
}

/** The active plan's goals (Plan → Shop and goals) by the KPI that measures them; the first goal of a field wins. */
export function useActivePlanGoals(): Map<KpiField, Kpi> {
  const id = useSetting('activePlan')
  const plan = usePlan(id ?? null)
  return useMemo(() => {
    const out = new Map<KpiField, Kpi>()
    for (const g of plan?.goals ?? []) {
      const f = goalField(g)
      if (f && !out.has(f)) out.set(f, g)
    }
    return out
  }, [plan])
}

/** The goal line of one card, or undefined when the plan has no goal for this KPI. */
export function cardGoal(
  goal: Kpi | undefined,
  value: number | null,
  vsPrevious: Change | null,
  t: TFunction,
  locale: string,
  currency: string,
): CardGoal | undefined {
  if (!goal) return undefined
  const judged = dashboardGoal(
    goal,
    value,
    vsPrevious?.kind === 'relative' ? vsPrevious.value : null,
  )
  if (!judged) return undefined
  const shown =
    goal.unit === 'minor'
      ? formatMoney(minor(Math.round(goal.target)), currency, locale)
      : goal.unit === 'percent'
        ? `${goal.target}%`
        : new Intl.NumberFormat(locale).format(goal.target)
  const dir = goal.direction === 'atLeast' ? '≥' : '≤'
  const text = t(isGrowthGoal(goal) ? 'planUi.analyse.growthGoal' : 'planUi.analyse.goal', {
    dir,
    value: shown,
  })
  return {
    text:
      judged.met === null
        ? text
        : `${text} · ${t(judged.met ? 'planUi.analyse.met' : 'planUi.analyse.notMet')}`,
    met: judged.met,
  }
}
