import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { newPlan } from '@shared/plan/plan'
import type { Kpi } from '@shared/plan/schema'
import { db } from '@renderer/db/db'
import { putPlan } from '@renderer/db/plans'
import { setSetting } from '@renderer/db/settings'
import { cardGoal, useActivePlanGoals } from '@renderer/features/analyse/plan-goals'
import { i18next, initI18n } from '@renderer/i18n'

const NOW = '2026-11-20T08:00:00.000Z'

beforeAll(async () => {
  await initI18n('zh-CN')
})
beforeEach(async () => {
  await Promise.all([db.plans.clear(), db.settings.clear()])
})
afterEach(cleanup)

const goal = (patch: Partial<Kpi>): Kpi => ({
  id: 'g',
  metric: 'returnRate',
  label: { 'zh-CN': '退货率', en: 'Return rate' },
  unit: 'percent',
  direction: 'atMost',
  target: 15,
  period: 'month',
  ...patch,
})

describe('plan goals on the Analyse cards', () => {
  const t = i18next.t.bind(i18next)
  it('a value goal: the target and whether the card value meets it', () => {
    expect(cardGoal(goal({}), 0.12, null, t, 'zh-CN', 'CNY')).toEqual({
      text: '规划目标：≤ 15% · 已达成',
      met: true,
    })
    expect(cardGoal(goal({}), 0.2, null, t, 'zh-CN', 'CNY')?.met).toBe(false)
    expect(cardGoal(goal({}), null, null, t, 'zh-CN', 'CNY')).toEqual({
      text: '规划目标：≤ 15%',
      met: null,
    })
    expect(
      cardGoal(
        goal({ metric: 'aov', unit: 'minor', direction: 'atLeast', target: 8_800 }),
        9_000,
        null,
        t,
        'zh-CN',
        'CNY',
      )?.text,
    ).toBe('规划目标：≥ ¥88.00 · 已达成')
  })
  it('a growth goal is judged on the change against the previous period', () => {
    const growth = goal({ metric: 'onlineSales', direction: 'atLeast', target: 20 })
    expect(
      cardGoal(growth, 1_000_000, { kind: 'relative', value: 0.1 }, t, 'zh-CN', 'CNY'),
    ).toEqual({ text: '规划目标：环比 ≥ 20% · 未达成', met: false })
    expect(cardGoal(growth, 1_000_000, null, t, 'zh-CN', 'CNY')?.met).toBeNull()
    expect(cardGoal(undefined, 1, null, t, 'zh-CN', 'CNY')).toBeUndefined()
    expect(cardGoal(goal({ metric: 'other' }), 1, null, t, 'zh-CN', 'CNY')).toBeUndefined()
  })
  it('reads the goals of the active plan, by the KPI that measures them', async () => {
    function Probe() {
      const goals = useActivePlanGoals()
      return <div data-testid="fields">{[...goals.keys()].join(',')}</div>
    }
    const plan = newPlan(
      'apparel',
      { name: '城西服装店', location: '', currency: 'CNY' },
      NOW,
      'p1',
    )
    await putPlan(plan)
    render(<Probe />)
    expect(screen.getByTestId('fields').textContent).toBe('')
    await setSetting('activePlan', 'p1')
    await waitFor(() =>
      expect(screen.getByTestId('fields').textContent).toBe('grossSales,returnRate,conversionRate'),
    )
  })
})
