import { CheckCircleFilled, EditOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CourseModule } from '@shared/lessons/course'
import { MASTERY } from '@shared/lessons/grade'
import type { LessonStatus } from '@shared/lessons/progress'
import { lessonPath } from '../../content/lesson-links'
import { lessonIn, pickText } from '../../content/localize'
import { percent, type LearnState } from './use-learn'

const STATUS_COLOR: Record<LessonStatus, string> = {
  'not-started': 'default',
  reading: 'processing',
  done: 'success',
}

/** A lesson's reading state as a tag. */
export function StatusTag({ status }: { status: LessonStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATUS_COLOR[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`learn.status.${status}`)}
    </Tag>
  )
}

/** One module: its lessons with their state and length, and its quiz with the best score. */
export function ModuleCard({
  state,
  module,
  number,
}: {
  state: LearnState
  module: CourseModule
  number: number
}) {
  const { t } = useTranslation()
  const { locale, record, scores } = state
  const best = scores.best[module.id]
  const mastered = best !== undefined && best >= MASTERY - 1e-9
  return (
    <Card
      className="learn-card module-card"
      data-testid={`module-${module.id}`}
      title={
        <span className="module-card-title">
          <span className="module-number">{t('learn.moduleN', { n: number })}</span>
          {pickText(module.title, locale)}
        </span>
      }
      extra={
        mastered ? (
          <CheckCircleFilled className="mastered-icon" aria-label={t('learn.quiz.mastered')} />
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" className="module-summary">
        {pickText(module.summary, locale)}
      </Typography.Paragraph>
      <ol className="lesson-list">
        {module.lessons.map((l) => {
          const content = lessonIn(l, locale)
          const status = record.progress[l.id]?.status ?? 'not-started'
          return (
            <li key={l.id} data-testid={`lesson-row-${l.id}`}>
              <div className="lesson-row">
                <Link to={lessonPath(l.id)} className="lesson-link">
                  {content?.title ?? l.id}
                </Link>
                <span className="lesson-meta">
                  <Typography.Text type="secondary">
                    {t('learn.minutes', { count: content?.minutes ?? 0 })}
                  </Typography.Text>
                  <StatusTag status={status} />
                </span>
              </div>
            </li>
          )
        })}
      </ol>
      <Flex className="module-quiz" justify="space-between" align="center" gap={12} wrap>
        <Flex vertical>
          <Typography.Text strong>{t('learn.quiz.title')}</Typography.Text>
          <Typography.Text type="secondary" data-testid={`best-${module.id}`}>
            {best === undefined
              ? t('learn.quiz.notTaken')
              : t('learn.quiz.best', { percent: percent(best) })}
            {' · '}
            {mastered ? (
              <Tag color="success">{t('learn.quiz.mastered')}</Tag>
            ) : (
              t('learn.quiz.mastery')
            )}
          </Typography.Text>
        </Flex>
        {module.quiz && (
          <Link to={`/learn/quiz/${module.id}`}>
            <Button icon={<EditOutlined />} data-testid={`quiz-${module.id}`}>
              {best === undefined ? t('learn.quiz.start') : t('learn.quiz.retake')}
            </Button>
          </Link>
        )}
      </Flex>
    </Card>
  )
}
