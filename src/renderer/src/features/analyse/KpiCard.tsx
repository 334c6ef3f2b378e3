import { QuestionCircleOutlined } from '@ant-design/icons'
import { Popover, Typography } from 'antd'
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
  /** The active plan's goal for this metric, and whether it is met (null: cannot tell). */
  goalText?: string | undefined
  goalMet?: boolean | null | undefined
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
  if (!change) return <span className="kpi-change">{label}: —</span>
  const dir = shownDirection(change)
  const up = dir > 0
  const tone = dir === 0 ? 'flat' : up !== LOWER_IS_BETTER.has(field) ? 'good' : 'bad'
  const unit = change.kind === 'points' ? ' pp' : ''
  return (
    <span className="kpi-change">
      {label}:{' '}
      <span className={`kpi-chg kpi-chg-${tone}`}>
        {up ? '▲' : dir < 0 ? '▼' : ''} {formatChange(change, locale)}
        {unit}
      </span>
    </span>
  )
}

/**
 * The card's "how is this computed" button and popover. Memoised apart from the card: a period
 * change re-renders every card's value, and antd's Popover costs far more to render than the
 * card's plain elements, for a definition that does not change with the period.
 */
const HowComputed = memo(
  function HowComputed({ field, fedBy }: { field: KpiField; fedBy: string[] | undefined }) {
    const { t } = useTranslation()
    const how = (
      <div style={{ maxWidth: 360 }} data-testid={`kpi-how-${field}`}>
        <Typography.Paragraph>{t(`kpi.metrics.${field}.help`)}</Typography.Paragraph>
        {fedBy && fedBy.length > 0 && (
          <Typography.Paragraph type="secondary">
            {t('analyse.card.fedBy')}: {fedBy.join(', ')}
          </Typography.Paragraph>
        )}
        <Link to={lessonPath(lessonForMetric(field))} data-testid={`kpi-lesson-${field}`}>
          {t('analyse.card.lesson')}
        </Link>
      </div>
    )
    return (
      <Popover content={how} title={t('analyse.card.howComputed')} trigger="click">
        <QuestionCircleOutlined
          role="button"
          aria-label={t('analyse.card.howComputed')}
          data-testid={`kpi-help-${field}`}
        />
      </Popover>
    )
  },
  // Each model brings new fedBy arrays; the same columns are the same definition.
  (a, b) =>
    a.field === b.field && (a.fedBy ?? []).join('\u0000') === (b.fedBy ?? []).join('\u0000'),
)

/** One metric: value, changes against the previous period and last year, sparkline and its definition. */
export const KpiCard = memo(function KpiCard(p: KpiCardProps) {
  const { t } = useTranslation()
  const hasSpark = p.spark.some((v) => v !== null)
  // Plain elements and CSS (styles.css) rather than antd components: twenty cards re-render on
  // every period change, and the dashboard must update within 100 ms (docs/performance.md).
  return (
    <div data-testid={`kpi-${p.field}`} className="kpi-card">
      <div className="kpi-head">
        <span className="kpi-name">{t(`kpi.metrics.${p.field}.name`)}</span>
        <HowComputed field={p.field} fedBy={p.fedBy} />
      </div>
      <div className="kpi-value" role="heading" aria-level={3} data-testid={`kpi-value-${p.field}`}>
        {p.value === null
          ? t('analyse.card.noData')
          : formatKpi(p.field, p.value, p.locale, p.currency)}
      </div>
      {p.value === null && p.missing ? (
        <span className="kpi-missing" data-testid={`kpi-missing-${p.field}`}>
          {t(`kpi.missing.${p.missing}`)}
        </span>
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
      {p.goalText && (
        <span className="kpi-change" data-testid={`kpi-goal-${p.field}`}>
          <span
            className={`kpi-chg kpi-chg-${p.goalMet === true ? 'good' : p.goalMet === false ? 'bad' : 'flat'}`}
          >
            {p.goalText}
          </span>
        </span>
      )}
      {hasSpark && <Sparkline values={p.spark} ariaLabel={t(`kpi.metrics.${p.field}.name`)} />}
    </div>
  )
})
