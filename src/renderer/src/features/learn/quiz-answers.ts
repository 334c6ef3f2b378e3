import type { TFunction } from 'i18next'
import { parseNumericResponse, type QuizResponse } from '@shared/lessons/grade'
import type { Question } from '@shared/lessons/schemas'
import type { Locale } from '@shared/locale'
import { pickText } from '../../content/localize'
import { listOf } from './use-learn'

/** True when the learner gave an answer (an ordering question always has one: its current order). */
export function isAnswered(q: Question, response: QuizResponse): boolean {
  switch (q.type) {
    case 'single':
      return typeof response === 'string' && response !== ''
    case 'multiple':
      return Array.isArray(response) && response.length > 0
    case 'truefalse':
      return typeof response === 'boolean'
    case 'ordering':
      return true
    case 'numeric':
      return typeof response === 'string' && response.trim() !== ''
  }
}

/** True when a typed number cannot be read (the learner is told before submitting). */
export function isUnreadableNumber(response: QuizResponse): boolean {
  return (
    typeof response === 'string' &&
    response.trim() !== '' &&
    parseNumericResponse(response) === null
  )
}

/** The correct answer in words, for the results. */
export function correctAnswerText(q: Question, locale: Locale, t: TFunction): string {
  const option = (id: unknown): string =>
    q.type === 'truefalse' || q.type === 'numeric'
      ? String(id)
      : pickText(q.options.find((o) => o.id === id)?.text, locale)
  switch (q.type) {
    case 'single':
      return option(q.answer[0])
    case 'multiple':
      return listOf(q.answer.map(option), locale)
    case 'ordering':
      return q.answer.map(option).join(' → ')
    case 'truefalse':
      return q.answer[0] === true ? t('learn.quiz.true') : t('learn.quiz.false')
    case 'numeric': {
      const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(
        q.answer[0] as number,
      )
      const unit = pickText(q.unit, locale)
      return unit ? `${n} ${unit}` : n
    }
  }
}
