import { describe, expect, it } from 'vitest'
import { planSchema } from '../../../src/shared/plan/schema'
import { newPlan, planProfiles, resetScores, setScore } from '../../../src/shared/plan/plan'
import { profileOf } from '../../../src/shared/plan/platforms'
import { weightedScores } from '../../../src/shared/plan/scoring'

const NOW = '2026-11-25T08:00:00.000Z'
const plan = newPlan('grocery', { name: '邻里超市', location: '成都', currency: 'CNY' }, NOW)
const clone = (): Record<string, any> => JSON.parse(JSON.stringify(plan)) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const firstPath = (v: unknown): string => {
  const r = planSchema.safeParse(v)
  return r.success ? 'valid' : r.error.issues[0]!.path.join('.')
}

describe('planSchema', () => {
  it('accepts a new plan and keeps unknown fields', () => {
    const p = clone()
    p.extra = { a: 1 }
    const r = planSchema.safeParse(p)
    expect(r.success && r.data.extra).toEqual({ a: 1 })
  })
  it('money must be integer minor units', () => {
    const p = clone()
    p.shop.monthlySales = 100.5
    expect(firstPath(p)).toBe('shop.monthlySales')
    p.shop.monthlySales = 10050
    expect(firstPath(p)).toBe('valid')
    p.timeline.budget = [
      { month: '2026-11', category: 'stock', amount: Number.MAX_SAFE_INTEGER + 2 },
    ]
    expect(firstPath(p)).toBe('timeline.budget.0.amount')
  })
  it('dates are real YYYY-MM-DD dates; months are YYYY-MM', () => {
    const p = clone()
    p.timeline.milestones[0].due = '2026-13-01'
    expect(firstPath(p)).toBe('timeline.milestones.0.due')
    p.timeline.milestones[0].due = '2028-02-29'
    expect(firstPath(p)).toBe('valid')
    p.timeline.startMonth = '2026-1'
    expect(firstPath(p)).toBe('timeline.startMonth')
  })
  it('rejects unknown enums, out-of-range scores and a wrong version', () => {
    expect(firstPath({ ...clone(), template: 'bakery' })).toBe('template')
    expect(firstPath({ ...clone(), schemaVersion: 2 })).toBe('schemaVersion')
    const p = clone()
    p.platforms.scoreOverrides = {
      taobao: { marketFit: 6, support: 1, logistics: 1, traffic: 1, fees: 1 },
    }
    expect(firstPath(p)).toBe('platforms.scoreOverrides.taobao.marketFit')
    const q = clone()
    q.marketing.channels = [{ id: 'c', channel: 'tv', sharePercent: 10 }]
    expect(firstPath(q)).toBe('marketing.channels.0.channel')
  })
  it('a missing section is an error (restore in io.ts fills it; the schema alone does not)', () => {
    const p = clone()
    delete p.logistics
    expect(firstPath(p)).toBe('logistics')
  })
})

describe('score edits', () => {
  it('setScore overrides one criterion, feeds scoring, and resetScores undoes it', () => {
    const p = setScore(plan, 'ownSite', 'traffic', 9, NOW)
    expect(p.platforms.scoreOverrides.ownSite).toEqual({
      ...profileOf('ownSite').scores,
      traffic: 5,
    })
    expect(planSchema.safeParse(p).success).toBe(true)
    const edited = planProfiles(p).find((x) => x.id === 'ownSite')
    expect(edited).toMatchObject({ edited: true, scores: { traffic: 5 } })
    const before = weightedScores(planProfiles(plan), plan.platforms.weights).find(
      (r) => r.id === 'ownSite',
    )!
    const after = weightedScores(planProfiles(p), p.platforms.weights).find(
      (r) => r.id === 'ownSite',
    )!
    expect(after.score).toBeGreaterThan(before.score)
    expect(
      planProfiles(resetScores(p, 'ownSite', NOW)).find((x) => x.id === 'ownSite')?.edited,
    ).toBe(false)
  })
})
