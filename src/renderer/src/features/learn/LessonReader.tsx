import { PrinterOutlined } from '@ant-design/icons'
import { App, Breadcrumb, Button, Col, Flex, Result, Row, Spin, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { courseLessons } from '@shared/lessons/course'
import { finishLesson, openLesson, readSection, toggleBookmark } from '@shared/lessons/progress'
import { builtinCourse } from '../../content/courses'
import { lessonPath } from '../../content/lesson-links'
import { lessonIn, pickText } from '../../content/localize'
import { updateLessonProgress } from '../../content/progress'
import { setActiveCourse } from '../../content/use-courses'
import { useImageResolver } from '../../content/use-images'
import { LessonBody } from './LessonBody'
import { LessonFooter } from './LessonFooter'
import { LessonSidebar } from './LessonSidebar'
import { LessonTerms } from './LessonTerms'
import { StatusTag } from './ModuleCard'
import { TryItCard } from './TryItCard'
import { findLesson, useLearn, type LearnState, type LessonPlace } from './use-learn'
import { useLessonKeys } from './use-lesson-keys'
import { useLessonText } from './use-lesson-text'
import { useReadingTime } from './use-reading-time'
import { scrollToSection, useSections } from './use-sections'

/** /learn/lesson/:lessonId — finds the lesson in the active course. */
export function LessonReader() {
  const { t } = useTranslation()
  const { lessonId = '' } = useParams()
  const state = useLearn()
  if (!state) return <Spin size="large" />
  const place = findLesson(state, lessonId)
  if (!place) {
    // Links from elsewhere in the app (a KPI's "Read the lesson") point at the built-in course.
    const inBuiltin =
      state.entry.origin !== 'builtin' &&
      courseLessons(builtinCourse().course).some((l) => l.id === lessonId)
    return (
      <Result
        status="404"
        title={t('learn.lessonNotFound')}
        subTitle={inBuiltin ? t('learn.lessonInBuiltin') : undefined}
        extra={
          <Flex gap={8} justify="center" wrap>
            {inBuiltin && (
              <Button type="primary" onClick={() => void setActiveCourse('builtin')}>
                {t('learn.switchToBuiltin')}
              </Button>
            )}
            <Link to="/learn">
              <Button type={inBuiltin ? 'default' : 'primary'}>{t('learn.backToCourse')}</Button>
            </Link>
          </Flex>
        }
      />
    )
  }
  return <LessonView key={`${state.entry.id}|${lessonId}`} state={state} place={place} />
}

/** The reader: contents, text with bookmarks, terms, exercise, notes, done and neighbours. */
function LessonView({ state, place }: { state: LearnState; place: LessonPlace }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const { entry, locale, record } = state
  const { lesson, module } = place
  const source = entry.id
  const content = lessonIn(lesson, locale)
  const body = content?.body ?? ''
  const progress = record.progress[lesson.id]
  const { parts, headings, sectionIds, sources } = useLessonText(body)
  const resolveImage = useImageResolver(entry.images, content?.file ?? '', sources)
  const current = useSections(lesson.id, sectionIds)

  useEffect(() => {
    void updateLessonProgress(source, lesson.id, (p) => openLesson(p, Date.now()))
  }, [source, lesson.id])
  useEffect(() => {
    if (!current) return
    const timer = window.setTimeout(
      () =>
        void updateLessonProgress(source, lesson.id, (p) => readSection(p, current, Date.now())),
      800,
    )
    return () => window.clearTimeout(timer)
  }, [current, source, lesson.id])
  useReadingTime(source, lesson.id)
  useLessonKeys(
    place.previous ? lessonPath(place.previous.id) : null,
    place.next ? lessonPath(place.next.id) : null,
  )

  const bookmarks = progress?.bookmarks ?? []
  const onBookmark = (id: string) =>
    void updateLessonProgress(source, lesson.id, (p) => toggleBookmark(p, id, Date.now()))
  const onDone = async () => {
    await updateLessonProgress(source, lesson.id, (p) => finishLesson(p, Date.now()))
    void message.success(t('learn.markedDone'))
  }
  const goTo = (id: string) => {
    navigate(lessonPath(lesson.id, id), { replace: true })
    scrollToSection(id)
    void updateLessonProgress(source, lesson.id, (p) => readSection(p, id, Date.now()))
  }

  return (
    <Flex vertical gap={16} data-testid="lesson-reader" data-lesson={lesson.id}>
      <Breadcrumb
        items={[
          { title: <Link to="/learn">{t('learn.title')}</Link> },
          {
            title: `${t('learn.moduleN', { n: place.moduleNumber })} ${pickText(module.title, locale)}`,
          },
          { title: t('learn.lessonN', { n: place.lessonNumber }) },
        ]}
      />
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={17}>
          <article className="lesson" lang={locale}>
            <header className="lesson-header">
              <Typography.Title level={1} className="lesson-title" data-testid="lesson-title">
                {content?.title ?? lesson.id}
              </Typography.Title>
              <Flex gap={12} align="center" wrap>
                <Typography.Text type="secondary">
                  {t('learn.minutes', { count: content?.minutes ?? 0 })}
                </Typography.Text>
                <StatusTag status={progress?.status ?? 'not-started'} />
                <Link to={`/print/lesson?lesson=${encodeURIComponent(lesson.id)}`}>
                  <Button size="small" icon={<PrinterOutlined />} data-testid="print-lesson">
                    {t('learn.printLesson')}
                  </Button>
                </Link>
              </Flex>
            </header>
            <LessonBody
              parts={parts}
              bookmarks={bookmarks}
              onBookmark={onBookmark}
              resolveImage={resolveImage}
            />
            <LessonTerms course={entry.course} termIds={lesson.glossary} locale={locale} />
            <TryItCard tryIt={lesson.tryIt} />
            <LessonFooter
              place={place}
              status={progress?.status ?? 'not-started'}
              onDone={onDone}
              locale={locale}
            />
          </article>
        </Col>
        <Col xs={24} lg={7}>
          <LessonSidebar
            key={lesson.id}
            source={source}
            lessonId={lesson.id}
            headings={headings}
            current={current}
            bookmarks={bookmarks}
            notes={progress?.notes ?? ''}
            onGoTo={goTo}
          />
        </Col>
      </Row>
    </Flex>
  )
}
