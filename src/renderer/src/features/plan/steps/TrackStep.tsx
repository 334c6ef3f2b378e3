import { Alert, Button, Card, Col, Empty, Flex, Progress, Row, Table, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatMoney, minor } from '@shared/money'
import type { Kpi } from '@shared/plan/schema'
import { localText } from '@shared/plan/text'
import {
  checklistProgress,
  milestoneStatuses,
  targetsVsActuals,
  trackingPeriods,
  type GoalTracking,
  type MilestoneState,
  type TargetCell,
} from '@shared/plan/tracking'
import { useKpiActuals } from '../../../data/kpi-actuals'
import type { StepProps } from '../step-props'
import { useToday } from '../use-today'

const STATE_COLOR: Record<MilestoneState, string> = {
  done: 'green',
  overdue: 'red',
  dueSoon: 'orange',
  later: 'blue',
  noDate: 'default',
}

/** After launch: onboarding completion, milestones due and overdue, KPI targets against actuals from Analyse. */
export function TrackStep({ plan, locale }: StepProps) {
  const { t, i18n } = useTranslation()
  const today = useToday()
  const checklist = checklistProgress(plan)
  const milestones = milestoneStatuses(plan, today)
  const periods = useMemo(() => trackingPeriods(plan), [plan])
  const actuals = useKpiActuals(periods)
  const tracking = targetsVsActuals(
    plan,
    actuals.state === 'ready' ? actuals.results.map((r) => r.kpis) : null,
  )
  const overdue = milestones.filter((m) => m.state === 'overdue').length

  const fmt = (g: Kpi, v: number | null) => {
    if (v === null) return '—'
    if (g.unit === 'minor') return formatMoney(minor(Math.round(v)), plan.currency, i18n.language)
    if (g.unit === 'percent') return `${v.toFixed(1)}%`
    return new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(v)
  }

  return (
    <Flex vertical gap={16} data-testid="track-step">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('planUi.track.checklist')} size="small">
            {checklist.byPlatform.length === 0 ? (
              <Typography.Text type="secondary">
                {t('planUi.onboarding.noPlatform')}
              </Typography.Text>
            ) : (
              <Flex vertical gap={8}>
                {checklist.byPlatform.map((p) => (
                  <div key={p.platform} data-testid={`track-checklist-${p.platform}`}>
                    <Flex justify="space-between">
                      <Typography.Text>{t(`plan.platforms.${p.platform}`)}</Typography.Text>
                      <Typography.Text type="secondary">
                        {t('planUi.onboarding.count', { done: p.done, total: p.total })}
                      </Typography.Text>
                    </Flex>
                    <Progress
                      percent={p.total === 0 ? 0 : Math.round((100 * p.done) / p.total)}
                      size="small"
                    />
                  </div>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={t('planUi.track.milestones')}
            size="small"
            extra={
              overdue > 0 ? (
                <Tag color="red" data-testid="overdue-count">
                  {t('planUi.track.overdueCount', { count: overdue })}
                </Tag>
              ) : null
            }
          >
            {milestones.length === 0 ? (
              <Typography.Text type="secondary">
                {t('planUi.timeline.noMilestones')}
              </Typography.Text>
            ) : (
              <Flex vertical gap={6}>
                {milestones.map((m) => (
                  <Flex key={m.milestone.id} gap={8} align="center" data-testid="track-milestone">
                    <Tag color={STATE_COLOR[m.state]} data-state={m.state}>
                      {t(`planUi.track.states.${m.state}`)}
                    </Tag>
                    <Typography.Text delete={m.state === 'done'}>
                      {localText(m.milestone.title, locale)}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
                      {m.milestone.due ?? ''}
                      {m.daysLeft !== null && m.state !== 'done'
                        ? ` · ${
                            m.daysLeft < 0
                              ? t('planUi.track.daysLate', { count: -m.daysLeft })
                              : t('planUi.track.daysLeft', { count: m.daysLeft })
                          }`
                        : ''}
                    </Typography.Text>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>

      <Card title={t('planUi.track.targets')} size="small">
        {actuals.state === 'none' || actuals.state === 'failed' ? (
          <Alert
            type="info"
            showIcon
            data-testid="no-actuals"
            title={t(actuals.state === 'none' ? 'planUi.track.noData' : 'planUi.track.failed')}
            action={
              <Link to="/analyse">
                <Button size="small">{t('planUi.track.openAnalyse')}</Button>
              </Link>
            }
          />
        ) : actuals.state === 'ready' && actuals.hasSample ? (
          <Alert
            type="warning"
            showIcon
            title={t('planUi.track.sample')}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        {plan.goals.length === 0 ? (
          <Empty description={t('planUi.goals.empty')} />
        ) : (
          <Table<GoalTracking>
            size="small"
            rowKey={(r) => r.goal.id}
            pagination={false}
            loading={actuals.state === 'loading'}
            scroll={{ x: 'max-content' }}
            data-testid="targets-table"
            dataSource={tracking}
            columns={[
              {
                title: t('planUi.goals.label'),
                key: 'goal',
                fixed: 'left',
                render: (_, r) => (
                  <Flex vertical>
                    <span>{localText(r.goal.label, locale)}</span>
                    {!r.measurable && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('planUi.track.notMeasurable')}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              ...(tracking[0]?.cells ?? []).map((c0, i) => ({
                title: c0.month,
                key: c0.month,
                render: (_: unknown, r: GoalTracking) => {
                  const c = r.cells[i] as TargetCell
                  return (
                    <Flex vertical data-testid={`target-cell-${r.goal.id}-${c.month}`}>
                      <Typography.Text
                        type={c.met === null ? undefined : c.met ? 'success' : 'danger'}
                        strong
                      >
                        {fmt(r.goal, c.actual)}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {c.target === null
                          ? t('planUi.track.noTarget')
                          : t('planUi.track.target', {
                              dir: r.goal.direction === 'atLeast' ? '≥' : '≤',
                              value: fmt(r.goal, c.target),
                            })}
                      </Typography.Text>
                    </Flex>
                  )
                },
              })),
            ]}
          />
        )}
      </Card>
    </Flex>
  )
}
