import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prepareAttempt } from '../../../src/shared/lessons/shuffle'
import { quizSchema, type Quiz } from '../../../src/shared/lessons/schemas'
import { questions } from './fixtures'

const quiz: Quiz = quizSchema.parse({ module: 'm1', passMark: 0.8, questions: questions('m1') })
const sorted = (xs: readonly string[]): string[] => [...xs].sort()

/** A quiz with one ordering question of n options whose answer is o1 … on. */
function orderingQuiz(n: number): Quiz {
  const ids = Array.from({ length: n }, (_, i) => `o${i + 1}`)
  return quizSchema.parse({
    module: 'm1',
    passMark: 0.8,
    questions: [
      {
        ...(questions('m1')[3] as object),
        options: ids.map((id) => ({ id, text: { 'zh-CN': id, en: id } })),
        answer: ids,
      },
    ],
  })
}

describe('prepareAttempt', () => {
  it('is deterministic per seed', () => {
    expect(prepareAttempt(quiz, 42)).toEqual(prepareAttempt(quiz, 42))
  })

  it('leaves true/false and numeric questions without options', () => {
    const a = prepareAttempt(quiz, 7)
    expect(a.optionOrder.q3).toEqual([])
    expect(a.optionOrder.q5).toEqual([])
    expect(a.optionOrder.q7).toEqual([])
  })

  it('different seeds give different layouts (retakes are reshuffled)', () => {
    const layouts = new Set(
      Array.from({ length: 20 }, (_, s) => JSON.stringify(prepareAttempt(quiz, s))),
    )
    expect(layouts.size).toBeGreaterThan(15)
  })

  it('property: question order and option orders are permutations', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = prepareAttempt(quiz, seed)
        expect(sorted(a.questionOrder)).toEqual(sorted(quiz.questions.map((q) => q.id)))
        expect(sorted(Object.keys(a.optionOrder))).toEqual(sorted(quiz.questions.map((q) => q.id)))
        for (const q of quiz.questions) {
          const want =
            q.type === 'truefalse' || q.type === 'numeric' ? [] : q.options.map((o) => o.id)
          expect(sorted(a.optionOrder[q.id] ?? [])).toEqual(sorted(want))
        }
      }),
    )
  })

  it('property: an ordering question never starts in its correct order (≥ 2 options)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer(), (n, seed) => {
        const q = orderingQuiz(n)
        const order = prepareAttempt(q, seed).optionOrder.q4 as string[]
        expect(sorted(order)).toEqual(sorted(q.questions[0]?.answer as string[]))
        expect(order).not.toEqual(q.questions[0]?.answer)
      }),
      { numRuns: 500 },
    )
  })

  it('every start order other than the answer shows up for a 3-option ordering question', () => {
    const q = orderingQuiz(3)
    const seen = new Set<string>()
    for (let seed = 0; seed < 300; seed++)
      seen.add((prepareAttempt(q, seed).optionOrder.q4 as string[]).join())
    expect(seen.size).toBe(5) // 3! − the correct order
  })
})
