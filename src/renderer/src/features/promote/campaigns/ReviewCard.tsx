import { Alert, Card, Col, Flex, Input, Row, Statistic, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { CampaignReview } from '@shared/campaign/review'
import type { CampaignPlan } from '@shared/campaign/planner'
import { minor } from '@shared/money'
import { Field, MoneyInput } from './inputs'
import { useFormat } from './format'

/** After the campaign: the window's actual orders against the baseline, and the owner's lessons. */
export function ReviewCard({
  review,
  status,
  value,
  onChange,
}: {
  review: CampaignReview | null
  /** Why there is no review: not started / no data / no baseline. */
  status: 'ready' | 'notStarted' | 'noData' | 'noBaseline'
  value: CampaignPlan['review']
  onChange: (v: CampaignPlan['review']) => void
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const red = '#cf1322'
  const green = '#389e0d'
  const stat = (key: string, v: string, testId: string, color?: string) => (
    <Col xs={12} md={8}>
      <Statistic
        title={t(`promoteUi.review.${key}`)}
        value={v}
        styles={{ content: { fontSize: 20, color } }}
        data-testid={testId}
      />
    </Col>
  )
  return (
    <Card title={t('promoteUi.review.title')} data-testid="review">
      <Flex vertical gap={12}>
        {status !== 'ready' || !review ? (
          <Typography.Text type="secondary" data-testid="review-empty">
            {t(`promoteUi.review.${status === 'ready' ? 'noData' : status}`)}
          </Typography.Text>
        ) : (
          <>
            <Alert
              type={review.verdict === 'paid' ? 'success' : 'warning'}
              showIcon
              data-testid="review-verdict"
              title={t(`promoteUi.review.verdicts.${review.verdict}`, {
                inc: f.money(review.incrementalProfit),
              })}
              description={
                review.reachedBreakEven === null
                  ? undefined
                  : t(
                      `promoteUi.review.breakEven.${review.reachedBreakEven ? 'reached' : 'missed'}`,
                    )
              }
            />
            <Flex gap={8} wrap>
              {review.days < review.campaignDays && (
                <Tag color="gold">
                  {t('promoteUi.review.partial', { days: review.days, total: review.campaignDays })}
                </Tag>
              )}
              <Tag>{t(`promoteUi.review.cost.${review.costSource}`)}</Tag>
            </Flex>
            <Row gutter={[16, 16]}>
              {stat(
                'orders',
                `${f.num(review.orders)} / ${f.num(review.baselineOrders, 1)}`,
                'rev-orders',
              )}
              {stat(
                'lift',
                review.lift === null ? '—' : f.pct(review.lift),
                'rev-lift',
                (review.lift ?? 0) < 0 ? red : green,
              )}
              {stat(
                'sales',
                `${f.money(review.sales)} / ${f.money(review.baselineSales)}`,
                'rev-sales',
              )}
              {stat('grossProfit', f.money(review.grossProfit), 'rev-gp')}
              {stat(
                'incrementalProfit',
                f.money(review.incrementalProfit),
                'rev-inc',
                review.incrementalProfit < 0 ? red : green,
              )}
              {stat('roi', review.roi === null ? '—' : f.pct(review.roi), 'rev-roi')}
            </Row>
            <Typography.Text type="secondary">{t('promoteUi.review.how')}</Typography.Text>
          </>
        )}
        <Field
          label={t('promoteUi.review.actualAds')}
          help={t('promoteUi.review.actualAdsHelp')}
          block
        >
          <div style={{ maxWidth: 220 }}>
            <MoneyInput
              value={value.actualAdSpend ?? 0}
              onChange={(v) => onChange({ ...value, actualAdSpend: v === 0 ? null : minor(v) })}
              testId="review-ads"
            />
          </div>
        </Field>
        <Field label={t('promoteUi.review.lessons')} block>
          <Input.TextArea
            rows={4}
            maxLength={4000}
            showCount
            data-testid="review-lessons"
            placeholder={t('promoteUi.review.lessonsPlaceholder')}
            value={value.lessons}
            onChange={(e) => onChange({ ...value, lessons: e.target.value })}
          />
        </Field>
      </Flex>
    </Card>
  )
}
