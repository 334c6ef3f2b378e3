import {
  CheckCircleOutlined,
  DownloadOutlined,
  FilePdfOutlined,
  RightOutlined,
} from '@ant-design/icons'
import { Alert, Button, Card, Col, Flex, List, Progress, Result, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { planPrintPath } from '@shared/plan/document'
import { stepOfSection } from '@shared/plan/progress'
import { reviewPlan } from '@shared/plan/review'
import { exportPlanFile } from '../plan-actions'
import type { StepProps } from '../step-props'

/** Step 10: the plan score with specific gaps (each linking to the step that fixes it) and the exports. */
export function ReviewStep({ plan, locale }: StepProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const review = reviewPlan(plan, locale)
  const color = review.score >= 80 ? '#52c41a' : review.score >= 50 ? '#fa8c16' : '#ff4d4f'
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <Card>
          <Flex vertical align="center" gap={8}>
            <Progress
              type="dashboard"
              percent={review.score}
              strokeColor={color}
              format={(p) => <span data-testid="review-score">{p}</span>}
              aria-label={t('planUi.review.score')}
            />
            <Typography.Text strong>{t('planUi.review.score')}</Typography.Text>
            <Typography.Text type="secondary">
              {t('planUi.review.passed', { passed: review.passed, total: review.total })}
            </Typography.Text>
          </Flex>
        </Card>
        <Card title={t('planUi.review.export')} style={{ marginTop: 16 }}>
          <Flex vertical gap={8}>
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              block
              data-testid="review-print"
              onClick={() => void navigate(planPrintPath(plan.id, locale))}
            >
              {t('planUi.io.print')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              block
              data-testid="review-export-json"
              onClick={() => void exportPlanFile(plan)}
            >
              {t('planUi.io.export')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('planUi.review.exportHelp')}
            </Typography.Text>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        {review.gaps.length === 0 ? (
          <Result
            icon={<CheckCircleOutlined style={{ color: '#52c41a' }} />}
            title={t('planUi.review.noGaps')}
          />
        ) : (
          <>
            <Alert
              type="warning"
              showIcon
              title={t('planUi.review.gapsTitle', { count: review.gaps.length })}
              style={{ marginBottom: 12 }}
            />
            <List
              bordered
              data-testid="review-gaps"
              dataSource={review.gaps}
              renderItem={(gap, i) => {
                const step = stepOfSection(gap.section)
                return (
                  <List.Item
                    key={`${gap.key}-${i}`}
                    data-testid="review-gap"
                    data-gap={gap.key}
                    actions={[
                      <Button
                        key="fix"
                        type="link"
                        size="small"
                        onClick={() => navigate(`/plan/${encodeURIComponent(plan.id)}/${step}`)}
                      >
                        {t(`planUi.steps.${step}.title`)} <RightOutlined />
                      </Button>,
                    ]}
                  >
                    {t(gap.key, gap.values)}
                  </List.Item>
                )
              }}
            />
          </>
        )}
      </Col>
    </Row>
  )
}
