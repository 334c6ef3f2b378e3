import { CRITERIA, type Criterion, type Scores, type Weights } from './platforms'

/** What scoring needs of a platform: an id and 1–5 scores. */
export interface Scored {
  id: string
  scores: Scores
}

export interface RankedPlatform {
  id: string
  /** Weighted mean score, 0–5. */
  score: number
  /** 1 = best; equal scores share a rank. */
  rank: number
}

/** Weights normalised to sum 1; all-zero (or invalid) weights become equal weights. */
export function normaliseWeights(weights: Weights): Weights {
  const clean = CRITERIA.map((c) =>
    Number.isFinite(weights[c]) && weights[c] > 0 ? weights[c] : 0,
  )
  const sum = clean.reduce((a, b) => a + b, 0)
  const out = {} as Weights
  CRITERIA.forEach((c, i) => {
    out[c] = sum === 0 ? 1 / CRITERIA.length : (clean[i] ?? 0) / sum
  })
  return out
}

/** Weighted mean of one platform's scores. */
export function weightedScore(scores: Scores, weights: Weights): number {
  const w = normaliseWeights(weights)
  return CRITERIA.reduce((s, c) => s + w[c] * scores[c], 0)
}

const EPS = 1e-9

/** Platforms ranked by weighted score, best first; ties keep input order and share a rank. */
export function weightedScores(profiles: readonly Scored[], weights: Weights): RankedPlatform[] {
  const rows = profiles.map((p, i) => ({ id: p.id, score: weightedScore(p.scores, weights), i }))
  rows.sort((a, b) => (Math.abs(b.score - a.score) < EPS ? a.i - b.i : b.score - a.score))
  const out: RankedPlatform[] = []
  rows.forEach((r, k) => {
    const prev = out[k - 1]
    const rank = prev && Math.abs(prev.score - r.score) < EPS ? prev.rank : k + 1
    out.push({ id: r.id, score: r.score, rank })
  })
  return out
}

export interface SensitivitySegment {
  /** Weight of the criterion (normalised, 0–1) where this segment starts and ends. */
  from: number
  to: number
  winner: string
}

export interface CriterionSensitivity {
  criterion: Criterion
  /** The criterion's current normalised weight. */
  current: number
  /** Winner at the current weights. */
  winner: string
  /** The range of this criterion's weight over which `winner` stays the winner. */
  stable: { from: number; to: number }
  /** Who wins as the weight moves from 0 to 1 (others rescaled in proportion). */
  segments: SensitivitySegment[]
}

/**
 * For each criterion c: set its weight to x ∈ [0, 1] and rescale the other weights so they keep
 * their proportions and sum to 1 − x (if they are all zero, they share 1 − x equally). Each
 * platform's score is then linear in x, so the winner changes only where two lines cross:
 * we compute those crossings and the winner between them. Ties go to the earlier profile.
 */
export function sensitivity(profiles: readonly Scored[], weights: Weights): CriterionSensitivity[] {
  if (profiles.length === 0) return []
  const w = normaliseWeights(weights)
  return CRITERIA.map((c) => {
    const others = CRITERIA.filter((o) => o !== c)
    const rest = others.reduce((s, o) => s + w[o], 0)
    // score_p(x) = x * a_p + (1 - x) * b_p
    const lines = profiles.map((p) => {
      const b =
        rest > EPS
          ? others.reduce((s, o) => s + w[o] * p.scores[o], 0) / rest
          : others.reduce((s, o) => s + p.scores[o], 0) / others.length
      return { id: p.id, a: p.scores[c], b }
    })
    const at = (x: number): string => {
      let best = lines[0] as (typeof lines)[number]
      let bestV = best.b + x * (best.a - best.b)
      for (const l of lines) {
        const v = l.b + x * (l.a - l.b)
        if (v > bestV + EPS) {
          best = l
          bestV = v
        }
      }
      return best.id
    }
    const cuts = new Set<number>([0, 1])
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const li = lines[i] as (typeof lines)[number]
        const lj = lines[j] as (typeof lines)[number]
        const slope = li.a - li.b - (lj.a - lj.b)
        if (Math.abs(slope) < EPS) continue
        const x = (lj.b - li.b) / slope
        if (x > EPS && x < 1 - EPS) cuts.add(x)
      }
    }
    const xs = [...cuts].sort((a, b) => a - b)
    const segments: SensitivitySegment[] = []
    for (let k = 0; k + 1 < xs.length; k++) {
      const from = xs[k] as number
      const to = xs[k + 1] as number
      const winner = at((from + to) / 2)
      const last = segments[segments.length - 1]
      if (last && last.winner === winner) last.to = to
      else segments.push({ from, to, winner })
    }
    const current = w[c]
    const winner = at(current)
    const seg = segments.find(
      (s) => s.winner === winner && current >= s.from - EPS && current <= s.to + EPS,
    ) ?? { from: current, to: current }
    return { criterion: c, current, winner, stable: { from: seg.from, to: seg.to }, segments }
  })
}
