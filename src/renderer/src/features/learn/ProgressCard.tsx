import { PlayCircleOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Progress, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Locale } from '@shared/locale'
import type { CourseSummary } from '../../content/progress'
import { resumeTarget } from '../../content/resume'
import { percent } from './use-learn'

/** Overall progress: lessons done, modules mastered, reading time and where to continue. */
export function ProgressCard({ state }: { state: CourseSummary & { locale: Locale } }) {
  const { t } = useTranslation()
  const { summary, timeMs } = state
  const resume = resumeTarget(state, state.locale)
  return (
    <Card className="learn-card" data-testid="course-progress">
      <Flex gap={24} align="center" wrap>
        <Progress
          type="circle"
          size={96}
          percent={percent(summary.fraction)}
          aria-label={t('learn.overallProgress')}
        />
        <Flex vertical gap={4} style={{ flex: '1 1 240px' }}>
          <Typography.Text strong>{t('learn.overallProgress')}</Typography.Text>
          <Typography.Text data-testid="lessons-done">
            {t('learn.progress', { done: summary.lessonsDone, total: summary.lessonsTotal })}
          </Typography.Text>
          <Typography.Text data-testid="modules-mastered">
            {t('learn.modulesMastered', {
              done: summary.modulesMastered,
              total: summary.modulesTotal,
            })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('learn.timeSpent', { minutes: Math.round(timeMs / 60_000) })}
          </Typography.Text>
        </Flex>
        {resume ? (
          <Link to={resume.to}>
            <Button type="primary" size="large" icon={<PlayCircleOutlined />} data-testid="resume">
              {resume.started ? t('learn.resumeAt', { lesson: resume.title }) : t('learn.start')}
            </Button>
          </Link>
        ) : (
          <Typography.Text type="success">{t('learn.allDone')}</Typography.Text>
        )}
      </Flex>
    </Card>
  )
}
