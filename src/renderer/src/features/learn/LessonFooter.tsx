import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  CheckOutlined,
  EditOutlined,
} from '@ant-design/icons'
import { Button, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { LessonStatus } from '@shared/lessons/progress'
import type { Locale } from '@shared/locale'
import { lessonPath } from '../../content/lesson-links'
import { lessonIn } from '../../content/localize'
import type { LessonPlace } from './use-learn'

/** The end of a lesson: mark as done, previous and next lesson, the module quiz after its last lesson. */
export function LessonFooter({
  place,
  status,
  onDone,
  locale,
}: {
  place: LessonPlace
  status: LessonStatus
  onDone: () => void | Promise<void>
  locale: Locale
}) {
  const { t } = useTranslation()
  const { previous, next } = place
  const done = status === 'done'
  return (
    <Flex vertical gap={12} className="lesson-footer">
      <Flex gap={12} align="center" wrap>
        <Button
          type={done ? 'default' : 'primary'}
          size="large"
          icon={<CheckOutlined />}
          disabled={done}
          onClick={() => void onDone()}
          data-testid="mark-done"
        >
          {done ? t('learn.markedDone') : t('learn.markDone')}
        </Button>
        {place.lastInModule && place.module.quiz && (
          <Link to={`/learn/quiz/${place.module.id}`}>
            <Button size="large" icon={<EditOutlined />} data-testid="lesson-quiz">
              {t('learn.quiz.start')}
            </Button>
          </Link>
        )}
      </Flex>
      <Flex justify="space-between" gap={12} wrap className="lesson-nav">
        {previous ? (
          <Link
            to={lessonPath(previous.id)}
            data-testid="previous-lesson"
            className="lesson-nav-link"
          >
            <ArrowLeftOutlined /> {t('learn.previousLesson')}
            <br />
            <Typography.Text type="secondary">{lessonIn(previous, locale)?.title}</Typography.Text>
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={lessonPath(next.id)} data-testid="next-lesson" className="lesson-nav-link next">
            {t('learn.nextLesson')} <ArrowRightOutlined />
            <br />
            <Typography.Text type="secondary">{lessonIn(next, locale)?.title}</Typography.Text>
          </Link>
        )}
      </Flex>
      <Typography.Text type="secondary" className="keyboard-hint">
        {t('learn.keyboardHint')}
      </Typography.Text>
    </Flex>
  )
}
