import { QuestionCircleOutlined } from '@ant-design/icons'
import { Card, Flex, Popover, Tag, Typography } from 'antd'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Change, KpiField, MissingSource } from '@shared/kpi'
import { Sparkline } from '../../components/Sparkline'
import { lessonForMetric, lessonPath } from '../../content/lesson-links'
import { formatChange, formatKpi, shownDirection } from './format'

/** Metrics where a rise is bad news (shown red when they go up). */
const LOWER_IS_BETTER: ReadonlySet<KpiField> = new Set([
  'refunds',
  'returnRate',
  'cac',
  'daysOfInventory',
])

/** Props of one KPI card. */
export interface KpiCardProps {
  field: KpiField
  value: number | null
  missing: MissingSource | undefined
  vsPrevious: Change | null
  vsLastYear: Change | null
  spark: (number | null)[]
  fedBy: string[] | undefined
  locale: string
  currency: string
}

function ChangeTag({
  change,
  field,
  label,
  locale,
}: {
  change: Change | null
  field: KpiField
  label: string
  locale: string
}) {
  if (!change) return <Typography.Text type="secondary">{label}: —</Typography.Text>
  const dir = shownDirection(change)
  const up = dir > 0
  const good = dir === 0 ? undefined : up !== LOWER_IS_BETTER.has(field)
  const unit = change.kind === 'points' ? ' pp' : ''
  return (
    <Typography.Text type="secondary">
      {label}:{' '}
      <Tag
        color={good === undefined ? 'default' : good ? 'green' : 'red'}
        style={{ marginInlineEnd: 0 }}
      >
        {up ? '▲' : dir < 0 ? '▼' : ''} {formatChange(change, locale)}
        {unit}
      </Tag>
    </Typography.Text>
  )
}

/** One metric: value, changes against the previous period and last year, sparkline and its definition. */
export const KpiCard = memo(function KpiCard(p: KpiCardProps) {
  const { t } = useTranslation()
  const how = (
    <div style={{ maxWidth: 360 }} data-testid={`kpi-how-${p.field}`}>
      <Typography.Paragraph>{t(`kpi.metrics.${p.field}.help`)}</Typography.Paragraph>
      {p.fedBy && p.fedBy.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('analyse.card.fedBy')}: {p.fedBy.join(', ')}
        </Typography.Paragraph>
      )}
      <Link to={lessonPath(lessonForMetric(p.field))} data-testid={`kpi-lesson-${p.field}`}>
        {t('analyse.card.lesson')}
      </Link>
    </div>
  )
  const hasSpark = p.spark.some((v) => v !== null)
  return (
    <Card size="small" data-testid={`kpi-${p.field}`} className="kpi-card">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{t(`kpi.metrics.${p.field}.name`)}</Typography.Text>
          <Popover content={how} title={t('analyse.card.howComputed')} trigger="click">
            <QuestionCircleOutlined
              role="button"
              aria-label={t('analyse.card.howComputed')}
              data-testid={`kpi-help-${p.field}`}
            />
          </Popover>
        </Flex>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid={`kpi-value-${p.field}`}>
          {p.value === null
            ? t('analyse.card.noData')
            : formatKpi(p.field, p.value, p.locale, p.currency)}
        </Typography.Title>
        {p.value === null && p.missing ? (
          <Typography.Text type="warning" data-testid={`kpi-missing-${p.field}`}>
            {t(`kpi.missing.${p.missing}`)}
          </Typography.Text>
        ) : (
          <>
            <ChangeTag
              change={p.vsPrevious}
              field={p.field}
              label={t('analyse.card.vsPrevious')}
              locale={p.locale}
            />
            <ChangeTag
              change={p.vsLastYear}
              field={p.field}
              label={t('analyse.card.vsLastYear')}
              locale={p.locale}
            />
          </>
        )}
        {hasSpark && <Sparkline values={p.spark} ariaLabel={t(`kpi.metrics.${p.field}.name`)} />}
      </Flex>
    </Card>
  )
})
