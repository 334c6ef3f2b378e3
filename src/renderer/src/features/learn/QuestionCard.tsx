import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import { Card, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { QuizResponse } from '@shared/lessons/grade'
import type { Question } from '@shared/lessons/schemas'
import type { Locale } from '@shared/locale'
import { lessonPath } from '../../content/lesson-links'
import { pickText } from '../../content/localize'
import { QuestionInput } from './QuestionInput'
import { correctAnswerText } from './quiz-answers'

/** One question of an attempt: prompt, input, and after submitting its result and explanation. */
export function QuestionCard({
  question: q,
  number,
  total,
  order,
  response,
  onChange,
  result,
  locale,
}: {
  question: Question
  number: number
  total: number
  order: readonly string[]
  response: QuizResponse
  onChange: (r: QuizResponse) => void
  /** Undefined before the attempt is submitted. */
  result: boolean | undefined
  locale: Locale
}) {
  const { t } = useTranslation()
  const labelId = `prompt-${q.id}`
  const hint =
    q.type === 'multiple'
      ? t('learn.quiz.selectAll')
      : q.type === 'ordering'
        ? t('learn.quiz.orderHint')
        : q.type === 'single'
          ? t('learn.quiz.selectOne')
          : null
  return (
    <Card
      size="small"
      className={
        result === undefined ? 'question' : result ? 'question correct' : 'question incorrect'
      }
      data-testid={`question-${q.id}`}
      data-type={q.type}
      data-result={result === undefined ? undefined : result ? 'correct' : 'incorrect'}
      title={
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary">
            {t('learn.quiz.questionOf', { n: number, total })}
          </Typography.Text>
          {result !== undefined &&
            (result ? (
              <Tag color="success" icon={<CheckCircleFilled />} data-testid="question-correct">
                {t('learn.quiz.correct')}
              </Tag>
            ) : (
              <Tag color="error" icon={<CloseCircleFilled />} data-testid="question-incorrect">
                {t('learn.quiz.incorrect')}
              </Tag>
            ))}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph strong id={labelId} className="question-prompt" style={{ margin: 0 }}>
          {pickText(q.prompt, locale)}
        </Typography.Paragraph>
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        <QuestionInput
          question={q}
          order={order}
          response={response}
          onChange={onChange}
          disabled={result !== undefined}
          reveal={result !== undefined}
          locale={locale}
          labelId={labelId}
        />
        {result !== undefined && (
          <div className="question-feedback" data-testid="question-feedback">
            {!result && (
              <Typography.Paragraph style={{ margin: 0 }}>
                {t('learn.quiz.correctAnswer', { answer: correctAnswerText(q, locale, t) })}
              </Typography.Paragraph>
            )}
            <Typography.Paragraph style={{ margin: '4px 0' }}>
              <Typography.Text strong>
                {t('learn.quiz.explanation')}
                {t('learn.colon')}
              </Typography.Text>
              {pickText(q.explanation, locale)}
            </Typography.Paragraph>
            <Link to={lessonPath(q.lesson, q.section)} data-testid="go-to-section">
              {t('learn.quiz.goToSection')}
            </Link>
          </div>
        )}
      </Flex>
    </Card>
  )
}
