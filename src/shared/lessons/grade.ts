import type { Question, Quiz } from './schemas'

/** A module counts as mastered from this quiz score (fraction) on; the certificate needs it everywhere. */
export const MASTERY = 0.8

/** A learner's answer: an option id (single), option ids (multiple, ordering), a boolean or a number/text. */
export type QuizResponse = string | number | boolean | readonly string[] | null | undefined

/** Outcome of a whole quiz attempt. */
export interface QuizGrade {
  /** Correct answers / questions, 0–1. */
  score: number
  correct: number
  total: number
  passed: boolean
  /** Question id → answered correctly. */
  perQuestion: Record<string, boolean>
}

const EPSILON = 1e-9

/**
 * Reads a typed number: full-width digits and signs, a decimal comma ("12,5"), thousands
 * separators ("1,234.5", "1,234"), spaces and a trailing % ("12.5%" → 12.5). Null when unreadable.
 */
export function parseNumericResponse(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null
  if (typeof input !== 'string') return null
  let s = input
    .normalize('NFKC')
    .replace(/[\s\u00a0\u2009\u202f]/g, '')
    .replace(/[−–—]/g, '-')
    .replace(/。/g, '.')
  if (s.endsWith('%')) s = s.slice(0, -1)
  if (!/^[+-]?[\d.,]+$/.test(s)) return null
  const sign = s.startsWith('-') ? -1 : 1
  s = s.replace(/^[+-]/, '')
  if (s.includes('.') && s.includes(',')) {
    // "1,234.5": commas group thousands.
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null
    s = s.replace(/,/g, '')
  } else if (s.includes(',')) {
    // "1,234" / "12,345,678" group thousands; any other single comma is a decimal comma ("12,5", "0,125").
    if (/^[1-9]\d{0,2}(,\d{3})+$/.test(s)) s = s.replace(/,/g, '')
    else if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.')
    else return null
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(s)) return null
  const n = sign * Number(s)
  return Number.isFinite(n) ? n : null
}

const asList = (r: QuizResponse): readonly string[] | null =>
  Array.isArray(r) ? (r as readonly string[]) : typeof r === 'string' ? [r] : null

/** Grades one answer: single (the option), multiple (exactly the set), ordering (exact order), truefalse, numeric (within tolerance). */
export function gradeQuestion(q: Question, response: QuizResponse): { correct: boolean } {
  switch (q.type) {
    case 'single': {
      const list = asList(response)
      return { correct: list !== null && list.length === 1 && list[0] === q.answer[0] }
    }
    case 'multiple': {
      const list = asList(response)
      if (list === null || list.some((x) => typeof x !== 'string')) return { correct: false }
      const given = new Set(list)
      const want = new Set(q.answer as string[])
      return { correct: given.size === want.size && [...want].every((a) => given.has(a)) }
    }
    case 'ordering': {
      const list = asList(response)
      return {
        correct:
          list !== null &&
          list.length === q.answer.length &&
          list.every((x, i) => x === q.answer[i]),
      }
    }
    case 'truefalse':
      return { correct: typeof response === 'boolean' && response === q.answer[0] }
    case 'numeric': {
      const x = parseNumericResponse(response)
      const want = q.answer[0] as number
      const tolerance = q.tolerance ?? 0
      return {
        correct:
          x !== null && Math.abs(x - want) <= tolerance + EPSILON * Math.max(1, Math.abs(want)),
      }
    }
  }
}

/** Grades a quiz attempt: score, count, pass (score ≥ the quiz's pass mark) and each question's result. */
export function gradeQuiz(
  quiz: Quiz,
  responses: Readonly<Record<string, QuizResponse>>,
): QuizGrade {
  const perQuestion: Record<string, boolean> = {}
  let correct = 0
  for (const q of quiz.questions) {
    const ok = Object.prototype.hasOwnProperty.call(responses, q.id)
      ? gradeQuestion(q, responses[q.id]).correct
      : false
    perQuestion[q.id] = ok
    if (ok) correct++
  }
  const total = quiz.questions.length
  const score = total === 0 ? 0 : correct / total
  return {
    score,
    correct,
    total,
    passed: total > 0 && score >= quiz.passMark - EPSILON,
    perQuestion,
  }
}
