import { Button, Card, Flex, Progress, Typography } from 'antd'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { QuizGrade } from '@shared/lessons/grade'
import { percent } from './use-learn'

/** The result of a submitted attempt: score, pass or not, best score, retake. */
export function QuizResult({
  grade,
  passMark,
  best,
  onRetake,
}: {
  grade: QuizGrade
  passMark: number
  best: number | undefined
  onRetake: () => void
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus({ preventScroll: true }), [])
  return (
    <Card
      className={grade.passed ? 'quiz-result passed' : 'quiz-result failed'}
      data-testid="quiz-result"
      data-passed={grade.passed ? '1' : '0'}
    >
      <div ref={ref} tabIndex={-1} role="status" className="quiz-result-inner">
        <Flex gap={24} align="center" wrap>
          <Progress
            type="circle"
            size={104}
            percent={percent(grade.score)}
            status={grade.passed ? 'success' : 'exception'}
          />
          <Flex vertical gap={4} style={{ flex: '1 1 260px' }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="quiz-score">
              {t('learn.quiz.yourScore', { percent: percent(grade.score) })}
            </Typography.Title>
            <Typography.Text>
              {t('learn.quiz.scoreDetail', { correct: grade.correct, total: grade.total })}
            </Typography.Text>
            <Typography.Text type={grade.passed ? 'success' : 'warning'} strong>
              {grade.passed ? t('learn.quiz.passed') : t('learn.quiz.notPassed')}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="quiz-best">
              {best === undefined ? '' : t('learn.quiz.best', { percent: percent(best) })}
              {' · '}
              {t('learn.quiz.passMark', { percent: percent(passMark) })}
            </Typography.Text>
          </Flex>
          <Flex gap={8} wrap>
            <Button onClick={onRetake}>{t('learn.quiz.retake')}</Button>
            <Link to="/learn">
              <Button type={grade.passed ? 'primary' : 'default'}>{t('learn.backToCourse')}</Button>
            </Link>
          </Flex>
        </Flex>
      </div>
    </Card>
  )
}
