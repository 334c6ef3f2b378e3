import { BookOutlined, DeleteOutlined, TeamOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, Flex, Result, Row, Spin, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { courseTitle } from '../../content/localize'
import { resetCourseProgress } from '../../content/progress'
import { CertificateCard } from './CertificateCard'
import { ContentProblems } from './ContentProblems'
import { CourseSwitcher } from './CourseSwitcher'
import { ModuleCard } from './ModuleCard'
import { ProgressCard } from './ProgressCard'
import { useLearn } from './use-learn'

/** /learn: the course, overall progress, modules with lessons and quizzes, certificate, glossary. */
export function CourseOverview() {
  const { t } = useTranslation()
  const { modal, message } = App.useApp()
  const state = useLearn()
  if (!state) return <Spin size="large" />
  const { entry, locale, courses } = state
  const { course } = entry

  const reset = () =>
    modal.confirm({
      title: t('learn.reset.confirmTitle'),
      content: t('learn.reset.confirmBody'),
      okText: t('learn.reset.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        await resetCourseProgress(entry.id)
        void message.success(t('learn.reset.done'))
      },
    })

  return (
    <Flex vertical gap={16} data-testid="learn-overview">
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="course-title">
            {courseTitle(course, locale, t)}
          </Typography.Title>
          <Typography.Text type="secondary">
            {course.pack
              ? [t('learn.packs.author', { author: course.pack.author }), course.pack.organisation]
                  .filter(Boolean)
                  .join(' · ')
              : t('learn.subtitle')}
          </Typography.Text>
        </div>
        <CourseSwitcher courses={courses} />
      </Flex>
      {entry.origin === 'builtin' && <ContentProblems problems={entry.problems} />}
      {course.modules.length === 0 ? (
        <Result status="warning" title={t('learn.emptyCourse')} />
      ) : (
        <>
          <ProgressCard state={state} />
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            {t('learn.modules')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {course.modules.map((m, i) => (
              <Col key={m.id} xs={24} xl={12}>
                <ModuleCard state={state} module={m} number={i + 1} />
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <CertificateCard state={state} />
            </Col>
            <Col xs={24} md={12}>
              <Card
                title={t('learn.glossary.title')}
                className="learn-card"
                data-testid="glossary-card"
              >
                <Flex vertical gap={12} align="start">
                  <Typography.Text>
                    {t('learn.glossary.count', { count: course.glossary.length })}
                  </Typography.Text>
                  <Link to="/learn/glossary">
                    <Button icon={<BookOutlined />} data-testid="open-glossary">
                      {t('learn.glossary.open')}
                    </Button>
                  </Link>
                </Flex>
              </Card>
            </Col>
          </Row>
        </>
      )}
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Link to="/learn/trainer" data-testid="open-trainer">
          <TeamOutlined /> {t('learn.trainer.link')}
        </Link>
        <Button danger icon={<DeleteOutlined />} onClick={reset} data-testid="reset-progress">
          {t('learn.reset.button')}
        </Button>
      </Flex>
    </Flex>
  )
}
