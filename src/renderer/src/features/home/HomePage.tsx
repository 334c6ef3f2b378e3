import {
  BookOutlined,
  BarChartOutlined,
  FlagOutlined,
  GiftOutlined,
  SafetyOutlined,
  ShopOutlined,
} from '@ant-design/icons'
import { Button, Card, Col, Flex, Progress, Row, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { contentLocale, courseTitle } from '../../content/localize'
import { useActiveCourseSummary } from '../../content/progress'
import { resumeTarget } from '../../content/resume'
import { useSetting } from '../../db/settings'

interface Step {
  key: string
  to: string
  icon: ReactNode
}

const STEPS: Step[] = [
  { key: 'Profile', to: '/settings', icon: <ShopOutlined /> },
  { key: 'Learn', to: '/learn', icon: <BookOutlined /> },
  { key: 'Plan', to: '/plan', icon: <FlagOutlined /> },
  { key: 'Analyse', to: '/analyse', icon: <BarChartOutlined /> },
  { key: 'Promote', to: '/promote', icon: <GiftOutlined /> },
  { key: 'Protect', to: '/settings', icon: <SafetyOutlined /> },
]

/** Overall progress through the active course, and where to continue. */
function CourseProgressCard() {
  const { t, i18n } = useTranslation()
  const s = useActiveCourseSummary()
  if (!s) return null
  const locale = contentLocale(s.entry.course, i18n.language)
  const resume = resumeTarget(s, locale)
  const { lessonsDone, lessonsTotal, fraction } = s.summary
  return (
    <Card
      title={t('learn.homeCard')}
      size="small"
      data-testid="home-course"
      extra={<Link to="/learn">{t('learn.title')}</Link>}
    >
      <Flex gap={16} align="center" wrap>
        <BookOutlined style={{ fontSize: 28, color: '#d4380d' }} />
        <Flex vertical gap={2} style={{ flex: '1 1 280px' }}>
          <Typography.Text strong>{courseTitle(s.entry.course, locale, t)}</Typography.Text>
          <Progress
            percent={Math.round(fraction * 100)}
            aria-label={t('learn.overallProgress')}
            data-testid="home-course-progress"
          />
          <Typography.Text type="secondary">
            {t('learn.progress', { done: lessonsDone, total: lessonsTotal })}
          </Typography.Text>
        </Flex>
        {resume ? (
          <Link to={resume.to}>
            <Button type="primary" data-testid="home-resume">
              {resume.started ? t('learn.resume') : t('learn.start')}
            </Button>
          </Link>
        ) : (
          <Typography.Text type="success">{t('learn.allDone')}</Typography.Text>
        )}
      </Flex>
    </Card>
  )
}

/** The home page: the shop's name, course progress and where to start. */
export function HomePage() {
  const { t } = useTranslation()
  const profile = useSetting('profile')
  const name = profile?.name ?? ''
  const type = profile?.type
  return (
    <Flex vertical gap={24}>
      <div>
        <Typography.Title level={2} data-testid="home-greeting" style={{ marginBottom: 4 }}>
          {name ? t('home.greeting', { name }) : t('home.greetingNoName')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      </div>
      <Card title={t('home.shopCard')} size="small">
        <Flex gap={16} align="center" wrap>
          <ShopOutlined style={{ fontSize: 28, color: '#d4380d' }} />
          <div>
            <Typography.Text strong data-testid="home-shop-name">
              {name || t('home.noShopName')}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {[type ? t(`settings.types.${type}`) : '', profile?.city ?? '']
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </div>
        </Flex>
      </Card>
      <CourseProgressCard />
      <div>
        <Typography.Title level={3}>{t('home.whereToStart')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {STEPS.map((s, i) => (
            <Col key={s.key} xs={24} md={12} xl={8}>
              <Card size="small" className="step-card">
                <Flex vertical gap={8}>
                  <Typography.Text strong>
                    <span className="step-index">{i + 1}</span> {s.icon}{' '}
                    {t(`home.step${s.key}Title`)}
                  </Typography.Text>
                  <Typography.Text type="secondary">{t(`home.step${s.key}Desc`)}</Typography.Text>
                  <Link to={s.to}>
                    <Button size="small">{t('home.go')}</Button>
                  </Link>
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      </div>
      <Typography.Text type="secondary">{t('app.offline')}</Typography.Text>
    </Flex>
  )
}
