import { describe, expect, it } from 'vitest'
import { isoDate } from '../../../src/shared/dates'
import {
  choosePlatforms,
  newPlan,
  setBudget,
  setLogistics,
  setMarketing,
  setShop,
  setTimeline,
  toggleChecklistItem,
  updateChecklistItem,
} from '../../../src/shared/plan/plan'
import {
  WIZARD_STEPS,
  progressPercent,
  stepOfSection,
  stepProgress,
} from '../../../src/shared/plan/progress'
import { reviewPlan } from '../../../src/shared/plan/review'

const NOW = '2026-11-25T08:00:00.000Z'
const shop = { name: '城西服装店', location: '杭州', currency: 'CNY' as const }

describe('stepProgress', () => {
  it('a blank plan: every step has checks and most are open', () => {
    const p = newPlan('blank', { ...shop, name: '', location: '' }, NOW)
    const s = stepProgress(p)
    expect(Object.keys(s)).toEqual([...WIZARD_STEPS])
    for (const k of WIZARD_STEPS) expect(s[k].total).toBeGreaterThan(0)
    expect(s.shop.done).toBe(0)
    expect(s.platforms).toEqual({ done: 0, total: 1 })
    expect(s.onboarding).toEqual({ done: 0, total: 1 })
    expect(s.track).toEqual({ done: 0, total: 1 })
  })

  it('follows the edits of each step', () => {
    let p = newPlan('apparel', shop, NOW)
    const before = stepProgress(p)
    p = setShop(p, { monthlySales: 8_500_000, staff: 4 }, NOW)
    expect(stepProgress(p).shop).toEqual({ done: 7, total: 7 })
    expect(before.shop.done).toBe(5)

    p = choosePlatforms(p, ['xiaohongshu'], NOW)
    expect(stepProgress(p).platforms).toEqual({ done: 1, total: 1 })
    expect(stepProgress(p).onboarding).toEqual({ done: 0, total: 12 })
    p = toggleChecklistItem(p, 'xiaohongshu-idCard', NOW)
    p = updateChecklistItem(
      p,
      'xiaohongshu-deposit',
      { owner: '小王', due: isoDate('2026-12-01') },
      NOW,
    )
    p = updateChecklistItem(p, 'xiaohongshu-bankAccount', { owner: '小王' }, NOW) // no date yet
    expect(stepProgress(p).onboarding).toEqual({ done: 2, total: 12 })

    p = setMarketing(p, { channels: [{ id: 'c', channel: 'shortVideo', sharePercent: 60 }] }, NOW)
    expect(stepProgress(p).marketing).toEqual({ done: 1, total: 3 })
    p = setMarketing(p, { channels: [{ id: 'c', channel: 'shortVideo', sharePercent: 100 }] }, NOW)
    expect(stepProgress(p).marketing).toEqual({ done: 2, total: 3 })

    p = setLogistics(p, { targetHours: 48, peakOrdersPerDay: 300 }, NOW)
    expect(stepProgress(p).logistics).toEqual({ done: 3, total: 6 })

    p = setTimeline(p, { months: 2 }, NOW)
    const [m1, m2] = [p.timeline.startMonth, '2026-12']
    p = setBudget(p, m1, 'marketing', 500_000, NOW)
    expect(stepProgress(p).timeline.done).toBe(1) // milestones exist, undated; month 2 has no budget
    p = setBudget(p, m2, 'staff', 100_000, NOW)
    expect(stepProgress(p).timeline.done).toBe(2)

    // Review progress is the review's own checks; tracking counts what has been executed.
    expect(stepProgress(p).review).toEqual({
      done: reviewPlan(p).passed,
      total: reviewPlan(p).total,
    })
    expect(stepProgress(p).track.done).toBe(1)
  })

  it('progressPercent rounds and never divides by zero', () => {
    expect(progressPercent({ done: 1, total: 3 })).toBe(33)
    expect(progressPercent({ done: 0, total: 0 })).toBe(0)
    expect(progressPercent({ done: 6, total: 6 })).toBe(100)
  })

  it('a review gap of a section leads to the wizard step that fixes it', () => {
    expect(stepOfSection('goals')).toBe('shop')
    expect(stepOfSection('timeline')).toBe('timeline')
    expect(stepOfSection('platforms')).toBe('platforms')
    expect(stepOfSection('nonsense')).toBe('review')
  })
})
