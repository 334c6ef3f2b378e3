import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  CRITERIA,
  DEFAULT_WEIGHTS,
  PLATFORM_IDS,
  PLATFORM_PROFILES,
  type Scores,
  type Weights,
} from '../../../src/shared/plan/platforms'
import {
  normaliseWeights,
  sensitivity,
  weightedScore,
  weightedScores,
} from '../../../src/shared/plan/scoring'

const s = (
  marketFit: number,
  support: number,
  logistics: number,
  traffic: number,
  fees: number,
): Scores => ({
  marketFit,
  support,
  logistics,
  traffic,
  fees,
})
const A = { id: 'A', scores: s(5, 1, 1, 1, 1) }
const B = { id: 'B', scores: s(1, 3, 3, 3, 3) }
const w = (marketFit: number, support = 1, logistics = 1, traffic = 1, fees = 1): Weights => ({
  marketFit,
  support,
  logistics,
  traffic,
  fees,
})

describe('built-in platform profiles', () => {
  it('has the eleven platforms with 1–5 integer scores, a check date and a bilingual note', () => {
    expect(PLATFORM_PROFILES.map((p) => p.id)).toEqual([...PLATFORM_IDS])
    expect(PLATFORM_PROFILES).toHaveLength(11)
    for (const p of PLATFORM_PROFILES) {
      for (const c of CRITERIA)
        expect(Number.isInteger(p.scores[c]) && p.scores[c] >= 1 && p.scores[c] <= 5).toBe(true)
      expect(p.checkedOn).toBe('2026-11')
      expect(p.note['zh-CN']).toMatch(/规则/)
      expect(p.note.en).toMatch(/check the platform's current rules/)
      expect(p.nameKey).toBe(`plan.platforms.${p.id}`)
    }
  })
})

describe('weightedScores', () => {
  it('equal weights: plain mean (A 9/5 = 1.8, B 13/5 = 2.6)', () => {
    const r = weightedScores([A, B], DEFAULT_WEIGHTS)
    expect(r.map((x) => x.id)).toEqual(['B', 'A'])
    expect(r[0]?.score).toBeCloseTo(2.6, 12)
    expect(r[1]?.score).toBeCloseTo(1.8, 12)
    expect(r.map((x) => x.rank)).toEqual([1, 2])
  })
  it('market fit weighted 3 of 7: A 19/7, B 15/7', () => {
    const r = weightedScores([A, B], w(3))
    expect(r.map((x) => x.id)).toEqual(['A', 'B'])
    expect(r[0]?.score).toBeCloseTo(19 / 7, 12)
    expect(r[1]?.score).toBeCloseTo(15 / 7, 12)
  })
  it('weights are scale-free; all-zero or negative weights act as equal weights', () => {
    expect(weightedScore(A.scores, w(6, 2, 2, 2, 2))).toBeCloseTo(weightedScore(A.scores, w(3)), 12)
    expect(weightedScore(B.scores, w(0, 0, 0, 0, 0))).toBeCloseTo(2.6, 12)
    expect(normaliseWeights(w(-1, 1, 1, 1, 1)).marketFit).toBe(0)
    expect(normaliseWeights(w(-1, 1, 1, 1, 1)).fees).toBeCloseTo(0.25, 12)
  })
  it('ties share a rank and keep input order', () => {
    const r = weightedScores(
      [{ id: 'x', scores: s(3, 3, 3, 3, 3) }, A, { id: 'y', scores: s(3, 3, 3, 3, 3) }],
      DEFAULT_WEIGHTS,
    )
    expect(r.map((x) => `${x.id}${x.rank}`)).toEqual(['x1', 'y1', 'A3'])
  })
})

describe('sensitivity', () => {
  it('the winner flips from B to A at a market-fit weight of exactly 1/3', () => {
    // A(x) = 5x + (1 − x)·1 = 1 + 4x; B(x) = x + (1 − x)·3 = 3 − 2x; equal at x = 1/3.
    const mf = sensitivity([A, B], DEFAULT_WEIGHTS).find((c) => c.criterion === 'marketFit')
    expect(mf?.current).toBeCloseTo(0.2, 12)
    expect(mf?.winner).toBe('B')
    expect(mf?.segments.map((g) => g.winner)).toEqual(['B', 'A'])
    expect(mf?.segments[0]?.from).toBe(0)
    expect(mf?.segments[0]?.to).toBeCloseTo(1 / 3, 12)
    expect(mf?.segments[1]?.to).toBe(1)
    expect(mf?.stable.from).toBe(0)
    expect(mf?.stable.to).toBeCloseTo(1 / 3, 12)
  })
  it('a criterion on which B is better never hands A the win', () => {
    const sup = sensitivity([A, B], DEFAULT_WEIGHTS).find((c) => c.criterion === 'support')
    expect(sup?.segments).toEqual([{ from: 0, to: 1, winner: 'B' }])
    expect(sup?.stable).toEqual({ from: 0, to: 1 })
  })
  it('with three platforms the segments follow the upper envelope', () => {
    // With equal other scores, score(x) = b + x(a − b). C: a=3,b=3 (flat 3); A: 1+4x; B: 3−2x.
    const C = { id: 'C', scores: s(3, 3, 3, 3, 3) }
    const mf = sensitivity([B, C, A], DEFAULT_WEIGHTS).find((c) => c.criterion === 'marketFit')
    // B and C tie at x=0 (B is listed first), C beats B for x>0, A beats C for x>1/2.
    expect(mf?.segments.map((g) => g.winner)).toEqual(['C', 'A'])
    expect(mf?.segments[0]?.to).toBeCloseTo(0.5, 12)
    expect(mf?.winner).toBe('C')
  })
  it('agrees with weightedScores at every point (property)', () => {
    const score = fc.integer({ min: 1, max: 5 })
    const scores = fc.record({
      marketFit: score,
      support: score,
      logistics: score,
      traffic: score,
      fees: score,
    })
    const weight = fc.integer({ min: 0, max: 10 })
    fc.assert(
      fc.property(
        fc.array(scores, { minLength: 1, maxLength: 6 }),
        fc.record({
          marketFit: weight,
          support: weight,
          logistics: weight,
          traffic: weight,
          fees: weight,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (all, weights, x) => {
          const profiles = all.map((sc, i) => ({ id: `p${i}`, scores: sc }))
          const sens = sensitivity(profiles, weights)
          const nw = normaliseWeights(weights)
          for (const c of sens) {
            // segments cover [0, 1] without gaps
            expect(c.segments[0]?.from).toBe(0)
            expect(c.segments[c.segments.length - 1]?.to).toBe(1)
            c.segments.forEach((g, k) => k > 0 && expect(g.from).toBe(c.segments[k - 1]?.to))
            // the winner at x scores as high as the best of weightedScores at the moved weights
            const rest = 1 - nw[c.criterion]
            const moved = { ...nw }
            for (const o of CRITERIA)
              moved[o] =
                o === c.criterion ? x : rest > 1e-12 ? (nw[o] * (1 - x)) / rest : (1 - x) / 4
            const seg = c.segments.find((g) => x >= g.from && x <= g.to)
            const top = weightedScores(profiles, moved)[0]?.score ?? 0
            const segWinner = profiles.find((p) => p.id === seg?.winner)
            expect(segWinner && weightedScore(segWinner.scores, moved)).toBeGreaterThanOrEqual(
              top - 1e-6,
            )
          }
        },
      ),
      { numRuns: 200 },
    )
  })
  it('returns nothing for no platforms', () => {
    expect(sensitivity([], DEFAULT_WEIGHTS)).toEqual([])
  })
})
