import { App, Button, Flex, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { attemptFromGrade } from '@shared/lessons/coach'
import type { CourseModule } from '@shared/lessons/course'
import { gradeQuiz, type QuizGrade, type QuizResponse } from '@shared/lessons/grade'
import type { Quiz } from '@shared/lessons/schemas'
import { prepareAttempt } from '@shared/lessons/shuffle'
import { addQuizAttempt } from '../../content/progress'
import { QuestionCard } from './QuestionCard'
import { isAnswered } from './quiz-answers'
import { QuizResult } from './QuizResult'
import type { LearnState } from './use-learn'

/** A fresh layout seed for each attempt. */
const newSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0] as number

/**
 * One attempt at a module quiz: questions and options in this attempt's shuffled order (the seed
 * lives in state; "Retake" draws a new one), graded on submit and stored in db.quizAttempts.
 */
export function QuizAttemptView({ state, module }: { state: LearnState; module: CourseModule }) {
  const { t } = useTranslation()
  const { modal, message } = App.useApp()
  const quiz = module.quiz as Quiz
  const [seed, setSeed] = useState(newSeed)
  const layout = useMemo(() => prepareAttempt(quiz, seed), [quiz, seed])
  const [responses, setResponses] = useState<Record<string, QuizResponse>>({})
  const [grade, setGrade] = useState<QuizGrade | null>(null)
  const [saving, setSaving] = useState(false)
  const byId = useMemo(() => new Map(quiz.questions.map((q) => [q.id, q])), [quiz])
  const unanswered = quiz.questions.filter((q) => !isAnswered(q, responses[q.id])).length

  const submit = async () => {
    // An untouched ordering question is answered with the order it was shown in.
    const full: Record<string, QuizResponse> = {}
    for (const q of quiz.questions)
      full[q.id] =
        q.type === 'ordering' && responses[q.id] === undefined
          ? layout.optionOrder[q.id]
          : responses[q.id]
    const g = gradeQuiz(quiz, full)
    setSaving(true)
    try {
      await addQuizAttempt(state.entry.id, attemptFromGrade(module.id, new Date().toISOString(), g))
      setGrade(g)
      window.scrollTo?.(0, 0)
    } catch {
      void message.error(t('errors.generic'))
    } finally {
      setSaving(false)
    }
  }
  const onSubmit = () => {
    if (unanswered === 0) return void submit()
    modal.confirm({
      title: t('learn.quiz.unanswered', { count: unanswered }),
      okText: t('learn.quiz.submitAnyway'),
      cancelText: t('common.cancel'),
      onOk: submit,
    })
  }
  const retake = () => {
    setSeed(newSeed())
    setResponses({})
    setGrade(null)
    window.scrollTo?.(0, 0)
  }

  return (
    <Flex vertical gap={16} data-testid="quiz-attempt" data-seed={seed}>
      {grade && (
        <QuizResult
          grade={grade}
          passMark={quiz.passMark}
          best={state.scores.best[module.id]}
          onRetake={retake}
        />
      )}
      {layout.questionOrder.map((id, i) => {
        const q = byId.get(id)
        if (!q) return null
        return (
          <QuestionCard
            key={`${seed}-${id}`}
            question={q}
            number={i + 1}
            total={layout.questionOrder.length}
            order={layout.optionOrder[id] ?? []}
            response={responses[id]}
            onChange={(r) => setResponses((prev) => ({ ...prev, [id]: r }))}
            result={grade ? grade.perQuestion[id] : undefined}
            locale={state.locale}
          />
        )
      })}
      <Flex gap={12} align="center" wrap className="quiz-actions">
        {grade ? (
          <>
            <Button type="primary" size="large" onClick={retake} data-testid="retake">
              {t('learn.quiz.retake')}
            </Button>
            <Link to="/learn">
              <Button size="large">{t('learn.backToCourse')}</Button>
            </Link>
          </>
        ) : (
          <>
            <Button
              type="primary"
              size="large"
              loading={saving}
              onClick={onSubmit}
              data-testid="submit-quiz"
            >
              {t('learn.quiz.submit')}
            </Button>
            {unanswered > 0 && (
              <Typography.Text type="secondary" data-testid="unanswered">
                {t('learn.quiz.unanswered', { count: unanswered })}
              </Typography.Text>
            )}
          </>
        )}
      </Flex>
    </Flex>
  )
}
