import { Alert, Card, Col, Descriptions, Row, Statistic, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  loyaltyCosts,
  pointsFor,
  tierFor,
  type Loyalty,
  type LoyaltyCosts,
} from '@shared/campaign/loyalty'
import { addDays } from '@shared/dates'
import { formatMoney, minor } from '@shared/money'
import { useKpiActuals } from '../../../data/kpi-actuals'
import { todayIn, useProfile } from '../calendar/use-calendar'
import { formatPct } from './units'

/** The design's cost share, break-even and — with imported orders — its cost in money. */
export function LoyaltyResult({
  design,
  costs,
  currency,
}: {
  design: Loyalty
  costs: LoyaltyCosts
  currency: string
}) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const profile = useProfile()
  const today = todayIn(profile)
  const periods = useMemo(() => [{ from: addDays(today, -364), to: today }], [today])
  const actuals = useKpiActuals(periods)
  const kpis = actuals.state === 'ready' ? actuals.results[0]?.kpis : undefined
  const money = (n: number) => formatMoney(minor(Math.round(n)), currency, locale)
  const aov = kpis?.aov ?? null
  const exampleAov = aov ?? 10 ** 4 // ¥100 when there is no data
  const points = pointsFor(design, minor(exampleAov))
  const value = (points * design.burnValue) / design.burnPoints
  const sales = kpis?.netSales ?? null
  const withSales = sales !== null ? loyaltyCosts(design, minor(sales)) : null
  const spend = kpis?.revenuePerBuyer ?? null
  const tier = spend !== null ? tierFor(design, minor(spend)) : -1

  return (
    <Card size="small" title={t('calendarUi.loyalty.result')} data-testid="loyalty-result">
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Statistic
            title={t('calendarUi.loyalty.costShare')}
            value={formatPct(costs.costShare, locale)}
            data-testid="loyalty-cost-share"
          />
        </Col>
        <Col xs={24} sm={8}>
          <Statistic
            title={t('calendarUi.loyalty.pointsRate')}
            value={formatPct(costs.pointsRate, locale)}
            data-testid="loyalty-points-rate"
          />
        </Col>
        <Col xs={24} sm={8}>
          <Statistic
            title={t('calendarUi.loyalty.nonMembers')}
            value={formatPct(costs.nonMemberShare, locale, 0)}
          />
        </Col>
      </Row>
      <Alert
        style={{ marginTop: 12 }}
        type={costs.breakEvenUplift === null ? 'error' : 'info'}
        showIcon
        data-testid="loyalty-break-even"
        title={
          costs.breakEvenUplift === null
            ? t('calendarUi.loyalty.breakEvenNone')
            : t('calendarUi.loyalty.breakEven', {
                uplift: formatPct(costs.breakEvenUplift, locale, 1),
              })
        }
      />
      <Typography.Paragraph style={{ marginTop: 12 }}>
        {t('calendarUi.loyalty.example', {
          aov: money(exampleAov),
          points,
          value: money(value),
        })}
      </Typography.Paragraph>
      {kpis ? (
        <>
          <Typography.Title level={5}>{t('calendarUi.loyalty.data')}</Typography.Title>
          {actuals.state === 'ready' && actuals.hasSample && (
            <Typography.Paragraph type="secondary">
              {t('calendarUi.loyalty.sample')}
            </Typography.Paragraph>
          )}
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered data-testid="loyalty-data">
            <Descriptions.Item label={t('calendarUi.loyalty.sales')}>
              {sales !== null ? money(sales) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendarUi.loyalty.yearlyCost')}>
              {withSales?.yearlyCost != null ? money(withSales.yearlyCost) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendarUi.loyalty.buyers')}>
              {kpis.buyers !== null ? new Intl.NumberFormat(locale).format(kpis.buyers) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendarUi.loyalty.aov')}>
              {aov !== null ? money(aov) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendarUi.loyalty.repeatRate')}>
              {kpis.repeatPurchaseRate !== null
                ? formatPct(kpis.repeatPurchaseRate, locale, 1)
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendarUi.loyalty.spendPerBuyer')}>
              {spend !== null ? money(spend) : '—'}
            </Descriptions.Item>
          </Descriptions>
          {spend !== null && (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              {tier >= 0
                ? t('calendarUi.loyalty.reaches', { tier: design.tiers[tier]!.name })
                : t('calendarUi.loyalty.reachesNone')}
            </Typography.Paragraph>
          )}
        </>
      ) : (
        <Typography.Paragraph type="secondary" data-testid="loyalty-no-data">
          {t('calendarUi.loyalty.noData')}
        </Typography.Paragraph>
      )}
    </Card>
  )
}
