import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  defaultRisks,
  heatMap,
  newRisk,
  RISK_CATEGORIES,
  riskLevel,
  riskLevelKey,
  riskSchema,
  riskScore,
  sortByScore,
  updateRisk,
} from '../../../src/shared/risk/register'
import { isoDate, type IsoDate } from '../../../src/shared/dates'
import { en } from '../../../src/shared/i18n/en'

describe('risk score and level', () => {
  it('score = likelihood × impact', () => {
    expect(riskScore({ likelihood: 4, impact: 4 })).toBe(16)
    expect(riskScore({ likelihood: 2, impact: 5 })).toBe(10)
    expect(riskScore({ likelihood: 1, impact: 1 })).toBe(1)
    expect(riskScore({ likelihood: 5, impact: 5 })).toBe(25)
  })
  it('bands follow the course: 1–7 low, 8–14 medium, 15–25 high', () => {
    expect([1, 7, 8, 14, 15, 25].map(riskLevel)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ])
    // the course example: 4×4 = 16 high, 4×3 = 12 medium, 3×3 = 9 medium
    expect(riskLevel(riskScore({ likelihood: 4, impact: 4 }))).toBe('high')
    expect(riskLevel(riskScore({ likelihood: 3, impact: 3 }))).toBe('medium')
  })
  it('every possible score has a level with a string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (l, i) => {
        const level = riskLevel(riskScore({ likelihood: l, impact: i }))
        expect(en.plan.levels[level]).toBeTruthy()
        expect(riskLevelKey(level)).toBe(`plan.levels.${level}`)
      }),
    )
  })
})

describe('heatMap', () => {
  it('counts open risks per likelihood (row) and impact (column), ignoring closed ones', () => {
    const risks = [
      newRisk('a', { likelihood: 4, impact: 3 }),
      newRisk('b', { likelihood: 4, impact: 3 }),
      newRisk('c', { likelihood: 1, impact: 5 }),
      newRisk('d', { likelihood: 5, impact: 5, status: 'closed' }),
      newRisk('e', { likelihood: 2, impact: 2, status: 'mitigating' }),
    ]
    const g = heatMap(risks)
    expect(g).toHaveLength(5)
    expect(g[3]?.[2]).toBe(2)
    expect(g[0]?.[4]).toBe(1)
    expect(g[4]?.[4]).toBe(0)
    expect(g[1]?.[1]).toBe(1)
    expect(g.flat().reduce((a, b) => a + b, 0)).toBe(4)
  })
  it('is all zeros for no risks', () => {
    expect(heatMap([])).toEqual(Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]))
  })
})

describe('defaultRisks', () => {
  const risks = defaultRisks()
  it('are valid, bilingual, with unique ids and one per course/plan category', () => {
    for (const r of risks) {
      expect(riskSchema.safeParse(r).success).toBe(true)
      for (const t of [r.title, r.mitigation, r.contingency]) {
        expect(t['zh-CN']).toMatch(/[\u4e00-\u9fff]/)
        expect(t.en.trim()).not.toBe('')
      }
    }
    expect(new Set(risks.map((r) => r.id)).size).toBe(risks.length)
    const cats = new Set(risks.map((r) => r.category))
    for (const c of RISK_CATEGORIES.filter((c) => c !== 'other')) expect(cats.has(c)).toBe(true)
  })
  it('sortByScore puts market change (4×4 = 16) first', () => {
    expect(sortByScore(risks)[0]?.id).toBe('risk-market')
  })
  it('returns fresh objects each call', () => {
    expect(defaultRisks()).not.toBe(risks)
    expect(defaultRisks()).toEqual(risks)
  })
})

describe('updateRisk', () => {
  const r = newRisk('x', { likelihood: 4, impact: 4 })
  it('applies the patch and appends one history entry per changed field', () => {
    const u = updateRisk(r, { impact: 3, owner: 'Li', likelihood: 4 }, '2026-11-25T08:00:00.000Z')
    expect(u.impact).toBe(3)
    expect(u.owner).toBe('Li')
    expect(u.history).toEqual([
      { at: '2026-11-25T08:00:00.000Z', field: 'impact', from: 4, to: 3 },
      { at: '2026-11-25T08:00:00.000Z', field: 'owner', from: '', to: 'Li' },
    ])
    expect(r.impact).toBe(4) // input untouched
    expect(r.history).toEqual([])
    const v = updateRisk(u, { status: 'closed' }, '2026-12-01T00:00:00.000Z')
    expect(v.history).toHaveLength(3)
    expect(v.history[2]).toMatchObject({ field: 'status', from: 'open', to: 'closed' })
  })
  it('returns the same risk when nothing changes', () => {
    expect(updateRisk(r, { impact: 4 }, 'now')).toBe(r)
  })
  it('refuses out-of-range scores and bad dates', () => {
    expect(() => updateRisk(r, { impact: 6 }, 'now')).toThrow(RangeError)
    expect(() => updateRisk(r, { likelihood: 2.5 }, 'now')).toThrow(RangeError)
    expect(() => updateRisk(r, { reviewDate: '2026-02-30' as IsoDate }, 'now')).toThrow(RangeError)
    expect(updateRisk(r, { reviewDate: isoDate('2026-12-31') }, 'now').reviewDate).toBe(
      '2026-12-31',
    )
  })
})
