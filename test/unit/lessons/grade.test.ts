import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  gradeQuestion,
  gradeQuiz,
  MASTERY,
  parseNumericResponse,
} from '../../../src/shared/lessons/grade'
import { quizSchema, type Question, type Quiz } from '../../../src/shared/lessons/schemas'
import { questions } from './fixtures'

const quiz: Quiz = quizSchema.parse({ module: 'm1', passMark: 0.8, questions: questions('m1') })
const q = (id: string): Question => quiz.questions.find((x) => x.id === id) as Question

describe('gradeQuestion', () => {
  it('single: exactly the answer option', () => {
    expect(gradeQuestion(q('q1'), 'b').correct).toBe(true)
    expect(gradeQuestion(q('q1'), ['b']).correct).toBe(true)
    expect(gradeQuestion(q('q1'), 'a').correct).toBe(false)
    expect(gradeQuestion(q('q1'), ['b', 'a']).correct).toBe(false)
    expect(gradeQuestion(q('q1'), []).correct).toBe(false)
    expect(gradeQuestion(q('q1'), undefined).correct).toBe(false)
    expect(gradeQuestion(q('q1'), true).correct).toBe(false)
  })

  it('multiple: exactly the set, in any order', () => {
    expect(gradeQuestion(q('q2'), ['a', 'c']).correct).toBe(true)
    expect(gradeQuestion(q('q2'), ['c', 'a']).correct).toBe(true)
    expect(gradeQuestion(q('q2'), ['c', 'a', 'a']).correct).toBe(true)
    expect(gradeQuestion(q('q2'), ['a']).correct).toBe(false)
    expect(gradeQuestion(q('q2'), ['a', 'b', 'c']).correct).toBe(false)
    expect(gradeQuestion(q('q2'), []).correct).toBe(false)
    expect(gradeQuestion(q('q2'), 'a').correct).toBe(false)
    expect(gradeQuestion(q('q2'), null).correct).toBe(false)
  })

  it('truefalse: the boolean only', () => {
    expect(gradeQuestion(q('q3'), true).correct).toBe(true)
    expect(gradeQuestion(q('q3'), false).correct).toBe(false)
    expect(gradeQuestion(q('q3'), 'true').correct).toBe(false)
    expect(gradeQuestion(q('q3'), undefined).correct).toBe(false)
    expect(gradeQuestion(q('q7'), false).correct).toBe(true)
  })

  it('ordering: the exact order', () => {
    expect(gradeQuestion(q('q4'), ['y', 'z', 'x']).correct).toBe(true)
    expect(gradeQuestion(q('q4'), ['x', 'y', 'z']).correct).toBe(false)
    expect(gradeQuestion(q('q4'), ['y', 'z']).correct).toBe(false)
    expect(gradeQuestion(q('q4'), ['y', 'z', 'x', 'x']).correct).toBe(false)
  })

  it('numeric: within the tolerance, typed in many ways', () => {
    const pct = q('q5') // 12.5 ± 0.1
    for (const r of [
      12.5,
      12.4,
      12.6,
      '12.5',
      ' 12.5 ',
      '12,5',
      '１２．５',
      '12.5%',
      '１２．５％',
      '12,45',
      '+12.5',
      '12。5',
    ])
      expect(gradeQuestion(pct, r).correct, String(r)).toBe(true)
    for (const r of [
      12.7,
      12.39,
      '12.7',
      '125',
      '12.5.0',
      'abc',
      '',
      '12 5x',
      null,
      undefined,
      NaN,
      Infinity,
      true,
      ['12.5'],
    ])
      expect(gradeQuestion(pct, r as never).correct, String(r)).toBe(false)
    const exact = q('q8') // 3, no tolerance
    expect(gradeQuestion(exact, 3).correct).toBe(true)
    expect(gradeQuestion(exact, '3.0').correct).toBe(true)
    expect(gradeQuestion(exact, 3.0001).correct).toBe(false)
    // Float noise is not a wrong answer.
    const third = quizSchema.parse({
      module: 'm1',
      passMark: 0.8,
      questions: [{ ...(questions('m1')[7] as object), answer: [0.3], tolerance: 0.1 }],
    }).questions[0] as Question
    expect(gradeQuestion(third, 0.1 + 0.1).correct).toBe(true)
    expect(gradeQuestion(third, 0.4).correct).toBe(true)
  })
})

describe('parseNumericResponse', () => {
  it('reads the usual ways of typing a number', () => {
    const cases: [unknown, number | null][] = [
      ['42', 42],
      ['-3.5', -3.5],
      ['−3.5', -3.5],
      ['－３', -3],
      ['.5', 0.5],
      ['5.', 5],
      ['0,125', 0.125],
      ['1,234', 1234],
      ['12,345,678', 12345678],
      ['1,234.5', 1234.5],
      ['1 234,5', 1234.5],
      ['２５％', 25],
      ['1,2,3', null],
      ['1.2.3', null],
      ['12a', null],
      ['%', null],
      ['', null],
      ['1e3', null],
      [undefined, null],
      [7, 7],
      [Number.NaN, null],
    ]
    for (const [input, want] of cases) expect(parseNumericResponse(input), String(input)).toBe(want)
  })

  it('property: a number written out (ASCII or full-width, with or without %) reads back', () => {
    const toFullWidth = (s: string): string =>
      s.replace(/[0-9.\-%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, d) => {
          const x = n / 10 ** d
          const s = x.toFixed(d)
          expect(parseNumericResponse(s)).toBeCloseTo(x, 9)
          expect(parseNumericResponse(`${s}%`)).toBeCloseTo(x, 9)
          expect(parseNumericResponse(toFullWidth(s))).toBeCloseTo(x, 9)
          // A decimal comma, except "1,000"-like text, which reads as thousands.
          if (d > 0 && (d !== 3 || Math.abs(x) < 1))
            expect(parseNumericResponse(s.replace('.', ','))).toBeCloseTo(x, 9)
        },
      ),
    )
  })
})

describe('grading properties', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f']
  const multipleQuestion = (answer: string[]): Question =>
    quizSchema.parse({
      module: 'm1',
      passMark: 0.8,
      questions: [
        {
          ...(questions('m1')[1] as object),
          options: ids.map((id) => ({ id, text: { 'zh-CN': id, en: id } })),
          answer,
        },
      ],
    }).questions[0] as Question

  it('multiple: correct exactly when the chosen set equals the answer set', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ids, { minLength: 1 }),
        fc.shuffledSubarray(ids),
        (answer, chosen) => {
          const question = multipleQuestion(answer)
          expect(gradeQuestion(question, [...answer].reverse()).correct).toBe(true)
          const same = chosen.length === answer.length && chosen.every((c) => answer.includes(c))
          expect(gradeQuestion(question, chosen).correct).toBe(same)
        },
      ),
    )
  })

  it('numeric: correct exactly when |x − answer| ≤ tolerance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: 0, max: 500 }),
        (a, x, t) => {
          const base = questions('m1')[7] as object
          const question = quizSchema.parse({
            module: 'm1',
            passMark: 0.8,
            questions: [{ ...base, answer: [a / 100], tolerance: t / 100 }],
          }).questions[0] as Question
          const want = Math.abs(x - a) <= t
          expect(gradeQuestion(question, x / 100).correct).toBe(want)
          expect(gradeQuestion(question, (x / 100).toFixed(2)).correct).toBe(want)
        },
      ),
    )
  })

  it('gradeQuiz: score = correct / total and passed ⇔ score ≥ passMark', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (rights) => {
        const right: Record<string, unknown> = {
          q1: 'b',
          q2: ['a', 'c'],
          q3: true,
          q4: ['y', 'z', 'x'],
          q5: '12.5',
          q6: 'a',
          q7: false,
          q8: 3,
        }
        const wrong: Record<string, unknown> = {
          q1: 'a',
          q2: ['a'],
          q3: false,
          q4: ['x', 'y', 'z'],
          q5: '13',
          q6: 'b',
          q7: true,
          q8: 4,
        }
        const responses: Record<string, never> = {}
        quiz.questions.forEach(
          (qq, i) => (responses[qq.id] = (rights[i] ? right : wrong)[qq.id] as never),
        )
        const g = gradeQuiz(quiz, responses)
        const n = rights.filter(Boolean).length
        expect(g.correct).toBe(n)
        expect(g.total).toBe(8)
        expect(g.score).toBeCloseTo(n / 8, 12)
        expect(g.passed).toBe(n >= 7) // 6/8 = 0.75 < 0.8 ≤ 7/8
        expect(Object.values(g.perQuestion)).toEqual(rights)
      }),
    )
  })
})

describe('gradeQuiz', () => {
  it('counts unanswered questions as wrong and passes at the pass mark', () => {
    expect(MASTERY).toBe(0.8)
    const none = gradeQuiz(quiz, {})
    expect(none).toMatchObject({ score: 0, correct: 0, total: 8, passed: false })
    const five: Quiz = { ...quiz, questions: quiz.questions.slice(0, 5) }
    const g = gradeQuiz(five, { q1: 'b', q2: ['c', 'a'], q3: true, q4: ['y', 'z', 'x'] })
    expect(g).toEqual({
      score: 0.8,
      correct: 4,
      total: 5,
      passed: true,
      perQuestion: { q1: true, q2: true, q3: true, q4: true, q5: false },
    })
    expect(gradeQuiz({ ...quiz, questions: [] }, {})).toMatchObject({
      score: 0,
      total: 0,
      passed: false,
    })
  })

  it('ignores answers to unknown questions and inherited properties', () => {
    const g = gradeQuiz(quiz, Object.assign(Object.create({ q1: 'b' }) as object, { zz: 'a' }))
    expect(g.correct).toBe(0)
  })
})
