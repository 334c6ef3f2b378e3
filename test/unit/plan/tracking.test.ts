import { describe, expect, it } from 'vitest'
import { isoDate } from '../../../src/shared/dates'
import {
  choosePlatforms,
  newPlan,
  setGoals,
  setTimeline,
  toggleChecklistItem,
} from '../../../src/shared/plan/plan'
import type { Kpi, Plan } from '../../../src/shared/plan/schema'
import {
  checklistProgress,
  dashboardGoal,
  goalActual,
  goalField,
  meetsTarget,
  milestoneStatuses,
  monthPeriod,
  monthTarget,
  previousMonth,
  targetsVsActuals,
  trackingPeriods,
} from '../../../src/shared/plan/tracking'

const NOW = '2026-11-25T08:00:00.000Z'
const shop = { name: '城西服装店', location: '杭州', currency: 'CNY' as const }
const base = (): Plan => newPlan('apparel', shop, NOW, 'p1')

const goal = (patch: Partial<Kpi>): Kpi => ({
  id: 'g',
  metric: 'conversionRate',
  label: { 'zh-CN': '转化率', en: 'Conversion' },
  unit: 'percent',
  direction: 'atLeast',
  target: 2,
  period: 'month',
  ...patch,
})

describe('checklistProgress', () => {
  it('counts ticked items overall and per chosen platform, in choice order', () => {
    let p = choosePlatforms(base(), ['xiaohongshu', 'taobao'], NOW)
    expect(checklistProgress(p)).toEqual({
      done: 0,
      total: 24,
      byPlatform: [
        { platform: 'xiaohongshu', done: 0, total: 12 },
        { platform: 'taobao', done: 0, total: 12 },
      ],
    })
    p = toggleChecklistItem(p, 'taobao-idCard', NOW)
    p = toggleChecklistItem(p, 'taobao-goLive', NOW)
    p = toggleChecklistItem(p, 'xiaohongshu-deposit', NOW)
    const r = checklistProgress(p)
    expect(r.done).toBe(3)
    expect(r.byPlatform.map((b) => b.done)).toEqual([1, 2])
  })
  it('is empty without a chosen platform', () => {
    expect(checklistProgress(base())).toEqual({ done: 0, total: 0, byPlatform: [] })
  })
})

describe('milestoneStatuses', () => {
  const withMilestones = (): Plan =>
    setTimeline(
      base(),
      {
        milestones: [
          { id: 'a', title: { 'zh-CN': 'A', en: 'A' }, due: isoDate('2026-11-20'), done: false },
          { id: 'b', title: { 'zh-CN': 'B', en: 'B' }, due: isoDate('2026-11-20'), done: true },
          { id: 'c', title: { 'zh-CN': 'C', en: 'C' }, due: null, done: false },
          { id: 'd', title: { 'zh-CN': 'D', en: 'D' }, due: isoDate('2026-12-09'), done: false },
          { id: 'e', title: { 'zh-CN': 'E', en: 'E' }, due: isoDate('2026-12-10'), done: false },
          { id: 'f', title: { 'zh-CN': 'F', en: 'F' }, due: isoDate('2026-11-25'), done: false },
        ],
      },
      NOW,
    )
  it('flags overdue (before today, not done), due soon (within 14 days, today included), later, no date and done', () => {
    const rows = milestoneStatuses(withMilestones(), isoDate('2026-11-25'))
    expect(rows.map((r) => [r.milestone.id, r.state, r.daysLeft])).toEqual([
      ['a', 'overdue', -5],
      ['b', 'done', -5],
      ['f', 'dueSoon', 0],
      ['d', 'dueSoon', 14],
      ['e', 'later', 15],
      ['c', 'noDate', null],
    ])
  })
  it('the window of "due soon" is a parameter', () => {
    const rows = milestoneStatuses(withMilestones(), isoDate('2026-11-25'), 0)
    expect(rows.find((r) => r.milestone.id === 'd')?.state).toBe('later')
    expect(rows.find((r) => r.milestone.id === 'f')?.state).toBe('dueSoon')
  })
  it('a milestone is no longer overdue once it is done', () => {
    const p = withMilestones()
    const done = {
      ...p,
      timeline: {
        ...p.timeline,
        milestones: p.timeline.milestones.map((m) => ({ ...m, done: true })),
      },
    }
    expect(milestoneStatuses(done, isoDate('2030-01-01')).every((r) => r.state === 'done')).toBe(
      true,
    )
  })
})

describe('months and periods', () => {
  it('monthPeriod covers the whole month, leap years included', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(monthPeriod('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' })
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  })
  it('previousMonth crosses the year', () => {
    expect(previousMonth('2027-01')).toBe('2026-12')
    expect(previousMonth('2026-11')).toBe('2026-10')
  })
  it('trackingPeriods: the month before the plan, then every plan month', () => {
    const p = setTimeline(base(), { startMonth: '2027-01', months: 3 }, NOW)
    expect(trackingPeriods(p).map((x) => x.from)).toEqual([
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
    ])
  })
})

describe('goals against actuals', () => {
  it('maps goals to the KPI that measures them', () => {
    expect(goalField(goal({ metric: 'onlineSales', unit: 'percent' }))).toBe('grossSales')
    expect(goalField(goal({ metric: 'onlineSales', unit: 'minor' }))).toBe('grossSales')
    expect(goalField(goal({ metric: 'onlineSales', unit: 'count' }))).toBe('orders')
    expect(goalField(goal({ metric: 'conversionRate' }))).toBe('conversionRate')
    expect(goalField(goal({ metric: 'returnRate' }))).toBe('returnRate')
    expect(goalField(goal({ metric: 'aov', unit: 'minor' }))).toBe('aov')
    expect(goalField(goal({ metric: 'customers', unit: 'count' }))).toBe('buyers')
    expect(goalField(goal({ metric: 'other' }))).toBeNull()
    expect(goalField(goal({ metric: 'aov', unit: 'percent' }))).toBeNull()
  })
  it('rates become percents; growth compares with the period before; money stays minor units', () => {
    expect(goalActual(goal({}), { conversionRate: 0.025 }, null)).toBeCloseTo(2.5)
    const growth = goal({ metric: 'onlineSales', unit: 'percent' })
    expect(goalActual(growth, { grossSales: 120_00 }, { grossSales: 100_00 })).toBeCloseTo(20)
    expect(goalActual(growth, { grossSales: 120_00 }, { grossSales: 0 })).toBeNull()
    expect(goalActual(growth, { grossSales: 120_00 }, null)).toBeNull()
    expect(goalActual(goal({ metric: 'aov', unit: 'minor' }), { aov: 8_850 }, null)).toBe(8_850)
    expect(goalActual(goal({}), { conversionRate: null }, null)).toBeNull()
    expect(goalActual(goal({}), null, null)).toBeNull()
  })
  it('meetsTarget follows the direction, boundaries included', () => {
    expect(meetsTarget('atLeast', 2, 2)).toBe(true)
    expect(meetsTarget('atLeast', 2, 1.99)).toBe(false)
    expect(meetsTarget('atMost', 15, 15)).toBe(true)
    expect(meetsTarget('atMost', 15, 15.1)).toBe(false)
  })
  it('monthTarget: the monthly target of the timeline, else the goal itself when it is monthly', () => {
    let p = setGoals(base(), [goal({ id: 'm' }), goal({ id: 'q', period: 'quarter' })], NOW)
    p = setTimeline(p, { kpiTargets: [{ month: '2026-12', kpiId: 'm', target: 3 }] }, NOW)
    const [m, q] = p.goals as [Kpi, Kpi]
    expect(monthTarget(p, m, '2026-12')).toBe(3)
    expect(monthTarget(p, m, '2027-01')).toBe(2)
    expect(monthTarget(p, q, '2027-01')).toBeNull()
  })
  it('targetsVsActuals lines up months with the results (index 0 = the month before)', () => {
    let p = setTimeline(base(), { startMonth: '2027-01', months: 2 }, NOW)
    p = setGoals(
      p,
      [
        goal({ id: 'conv' }),
        goal({ id: 'ret', metric: 'returnRate', direction: 'atMost', target: 15 }),
        goal({ id: 'grow', metric: 'onlineSales', unit: 'percent', target: 10 }),
        goal({ id: 'x', metric: 'other' }),
      ],
      NOW,
    )
    const results = [
      { grossSales: 100_000, conversionRate: 0.01, returnRate: 0.2 },
      { grossSales: 105_000, conversionRate: 0.03, returnRate: 0.1 },
      { grossSales: 126_000, conversionRate: 0.015, returnRate: 0.16 },
    ]
    const rows = targetsVsActuals(p, results)
    const cells = (id: string) => rows.find((r) => r.goal.id === id)?.cells.map((c) => c.met)
    expect(cells('conv')).toEqual([true, false])
    expect(cells('ret')).toEqual([true, false])
    // Growth: +5 % then +20 % against a 10 % target.
    expect(
      rows.find((r) => r.goal.id === 'grow')?.cells.map((c) => Math.round(c.actual ?? -1)),
    ).toEqual([5, 20])
    expect(cells('grow')).toEqual([false, true])
    expect(rows.find((r) => r.goal.id === 'x')?.measurable).toBe(false)
    expect(cells('x')).toEqual([null, null])
    // Without data: targets, no actuals, nothing judged.
    const none = targetsVsActuals(p, null)
    expect(none[0]?.cells).toEqual([
      { month: '2027-01', target: 2, actual: null, met: null },
      { month: '2027-02', target: 2, actual: null, met: null },
    ])
  })
  it('dashboardGoal: value goals use the card value, growth goals the change against the previous period', () => {
    expect(dashboardGoal(goal({}), 0.031, null)).toEqual({
      field: 'conversionRate',
      actual: expect.closeTo(3.1) as unknown as number,
      met: true,
    })
    const growth = goal({ metric: 'onlineSales', unit: 'percent', target: 20 })
    expect(dashboardGoal(growth, 500_000, 0.1)?.met).toBe(false)
    expect(dashboardGoal(growth, 500_000, 0.25)?.met).toBe(true)
    expect(dashboardGoal(growth, 500_000, null)?.met).toBeNull()
    expect(dashboardGoal(goal({ metric: 'other' }), 1, 1)).toBeNull()
  })
})
