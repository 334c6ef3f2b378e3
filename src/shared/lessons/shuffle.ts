import { mulberry32 } from '../analytics/sample'
import type { Quiz } from './schemas'

/** How one attempt shows a quiz: question order and, per question, option order. */
export interface AttemptLayout {
  questionOrder: string[]
  /** Question id → option ids in display order ([] for true/false and numeric questions). */
  optionOrder: Record<string, string[]>
}

/** Fisher–Yates shuffle of a copy, driven by `rand`. */
function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

/**
 * Lays out a quiz attempt, the same for the same seed: questions and options shuffled (retakes use
 * a new seed); an ordering question never starts in its correct order (≥ 2 options).
 */
export function prepareAttempt(quiz: Quiz, seed: number): AttemptLayout {
  const rand = mulberry32(seed)
  const questionOrder = shuffled(
    quiz.questions.map((q) => q.id),
    rand,
  )
  const optionOrder: Record<string, string[]> = {}
  for (const q of quiz.questions) {
    if (q.type === 'truefalse' || q.type === 'numeric') {
      optionOrder[q.id] = []
      continue
    }
    let order = shuffled(
      q.options.map((o) => o.id),
      rand,
    )
    if (q.type === 'ordering' && order.length >= 2 && order.every((id, i) => id === q.answer[i])) {
      order = [...order.slice(1), order[0] as string] // a rotation differs from the answer
    }
    optionOrder[q.id] = order
  }
  return { questionOrder, optionOrder }
}
