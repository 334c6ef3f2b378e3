import { PlusOutlined } from '@ant-design/icons'
import {
  Button,
  Checkbox,
  Divider,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Table,
  Typography,
} from 'antd'
import { useTranslation } from 'react-i18next'
import { isIsoDate, isoDate } from '@shared/dates'
import { formatMoney, minor } from '@shared/money'
import {
  budgetTotals,
  nextId,
  planMonths,
  setBudget,
  setTimeline,
  toggleMilestone,
} from '@shared/plan/plan'
import { BUDGET_CATEGORIES, type Kpi, type Milestone } from '@shared/plan/schema'
import { localText, userText } from '@shared/plan/text'
import { milestoneStatuses } from '@shared/plan/tracking'
import { Chart } from '../../../components/Chart'
import { DraftInput, DraftNumber, MoneyInput, useDraft, RemoveButton } from '../fields'
import type { StepProps } from '../step-props'
import { useToday } from '../use-today'
import { timelineOption } from './timeline-chart'

/** Step 9: milestones on a timeline, the monthly budget by category, KPI targets by month. */
export function TimelineStep({ plan, edit, locale }: StepProps) {
  const { t, i18n } = useTranslation()
  const today = useToday()
  const months = planMonths(plan)
  const totals = budgetTotals(plan)
  const statuses = milestoneStatuses(plan, today)
  const money = (n: number) => formatMoney(minor(n), plan.currency, i18n.language)
  const patchMilestone = (id: string, patch: Partial<Milestone>) =>
    edit((p, now) =>
      setTimeline(
        p,
        { milestones: p.timeline.milestones.map((m) => (m.id === id ? { ...m, ...patch } : m)) },
        now,
      ),
    )
  const amount = (month: string, category: string) =>
    plan.timeline.budget.find((b) => b.month === month && b.category === category)?.amount ?? 0
  const monthLabel = (m: string, i: number) => t('planUi.timeline.monthN', { n: i + 1, month: m })

  return (
    <>
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label={t('planUi.timeline.start')}>
          <Input
            type="month"
            value={plan.timeline.startMonth}
            data-testid="start-month"
            aria-label={t('planUi.timeline.start')}
            onChange={(e) => {
              const v = e.target.value
              if (/^\d{4}-(0[1-9]|1[0-2])$/.test(v))
                edit((p, now) => setTimeline(p, { startMonth: v }, now))
            }}
          />
        </Form.Item>
        <Form.Item label={t('planUi.timeline.months')}>
          <DraftNumber
            value={plan.timeline.months}
            min={1}
            max={36}
            width={90}
            testId="plan-months"
            ariaLabel={t('planUi.timeline.months')}
            onCommit={(n) => edit((p, now) => setTimeline(p, { months: Math.max(1, n) }, now))}
          />
        </Form.Item>
      </Form>

      <Divider titlePlacement="start">{t('planUi.timeline.milestones')}</Divider>
      {statuses.some((s) => s.milestone.due) ? (
        <Chart
          ariaLabel={t('planUi.timeline.milestones')}
          height={Math.max(160, 48 + 32 * statuses.filter((s) => s.milestone.due).length)}
          option={timelineOption(
            statuses,
            isoDate(`${plan.timeline.startMonth}-01`),
            today,
            (s) => localText(s.milestone.title, locale),
            t('planUi.timeline.today'),
          )}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('planUi.timeline.noDates')}</Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="milestones-table"
        dataSource={plan.timeline.milestones}
        locale={{ emptyText: t('planUi.timeline.noMilestones') }}
        columns={[
          {
            title: t('planUi.onboarding.done'),
            key: 'done',
            width: 60,
            render: (_, m: Milestone) => (
              <Checkbox
                checked={m.done}
                aria-label={localText(m.title, locale)}
                data-testid={`milestone-done-${m.id}`}
                onChange={() => edit((p, now) => toggleMilestone(p, m.id, now))}
              />
            ),
          },
          {
            title: t('planUi.timeline.milestone'),
            key: 'title',
            render: (_, m: Milestone) => (
              <DraftInput
                value={localText(m.title, locale)}
                ariaLabel={t('planUi.timeline.milestone')}
                testId={`milestone-title-${m.id}`}
                onCommit={(v) => patchMilestone(m.id, { title: userText(v, locale) })}
              />
            ),
          },
          {
            title: t('planUi.onboarding.due'),
            key: 'due',
            render: (_, m: Milestone) => {
              const st = statuses.find((s) => s.milestone.id === m.id)?.state
              return (
                <Flex gap={8} align="center">
                  <Input
                    type="date"
                    style={{ width: 160 }}
                    value={m.due ?? ''}
                    aria-label={t('planUi.onboarding.due')}
                    data-testid={`milestone-due-${m.id}`}
                    onChange={(e) => {
                      const v = e.target.value
                      if (v === '' || isIsoDate(v))
                        patchMilestone(m.id, { due: v === '' ? null : v })
                    }}
                  />
                  {st === 'overdue' && (
                    <Typography.Text type="danger">
                      {t('planUi.track.states.overdue')}
                    </Typography.Text>
                  )}
                </Flex>
              )
            },
          },
          {
            key: 'remove',
            render: (_, m: Milestone) => (
              <RemoveButton
                onRemove={() =>
                  edit((p, now) =>
                    setTimeline(
                      p,
                      { milestones: p.timeline.milestones.filter((x) => x.id !== m.id) },
                      now,
                    ),
                  )
                }
              />
            ),
          },
        ]}
      />
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 12 }}
        data-testid="add-milestone"
        onClick={() =>
          edit((p, now) =>
            setTimeline(
              p,
              {
                milestones: [
                  ...p.timeline.milestones,
                  {
                    id: nextId('ms', p.timeline.milestones),
                    title: userText(t('planUi.timeline.newMilestone'), locale),
                    due: null,
                    done: false,
                  },
                ],
              },
              now,
            ),
          )
        }
      >
        {t('planUi.timeline.addMilestone')}
      </Button>

      <Divider titlePlacement="start">{t('planUi.timeline.budget')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('planUi.timeline.budgetHelp')}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="category"
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="budget-table"
        dataSource={BUDGET_CATEGORIES.map((category) => ({ category }))}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('planUi.timeline.total')}</Typography.Text>
            </Table.Summary.Cell>
            {months.map((m, i) => (
              <Table.Summary.Cell index={i + 1} key={m}>
                <Typography.Text
                  strong
                  type={(totals.byMonth[m] ?? 0) === 0 ? 'danger' : undefined}
                  data-testid={`budget-total-${m}`}
                >
                  {money(totals.byMonth[m] ?? 0)}
                </Typography.Text>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={months.length + 1}>
              <Typography.Text strong data-testid="budget-total">
                {money(totals.total)}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        columns={[
          {
            title: t('planUi.timeline.category'),
            key: 'category',
            fixed: 'left',
            render: (_, r) => t(`plan.budgetCategories.${r.category}`),
          },
          ...months.map((m, i) => ({
            title: monthLabel(m, i),
            key: m,
            render: (_: unknown, r: { category: (typeof BUDGET_CATEGORIES)[number] }) => (
              <MoneyInput
                value={amount(m, r.category)}
                currency={plan.currency}
                width={120}
                testId={`budget-${r.category}-${m}`}
                ariaLabel={`${t(`plan.budgetCategories.${r.category}`)} ${m}`}
                onCommit={(v) => edit((p, now) => setBudget(p, m, r.category, v, now))}
              />
            ),
          })),
          {
            title: t('planUi.timeline.total'),
            key: 'total',
            render: (_, r) => money(totals.byCategory[r.category] ?? 0),
          },
        ]}
      />

      <Divider titlePlacement="start">{t('planUi.timeline.kpiTargets')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('planUi.timeline.kpiTargetsHelp')}
      </Typography.Paragraph>
      {plan.goals.length === 0 ? (
        <Empty description={t('planUi.goals.empty')} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="kpi-targets-table"
          dataSource={plan.goals}
          columns={[
            {
              title: t('planUi.goals.label'),
              key: 'goal',
              fixed: 'left',
              render: (_, g: Kpi) =>
                `${localText(g.label, locale)} (${g.direction === 'atLeast' ? '≥' : '≤'} ${t(`planUi.units.${g.unit}`)})`,
            },
            ...months.map((m, i) => ({
              title: monthLabel(m, i),
              key: m,
              render: (_: unknown, g: Kpi) => (
                <TargetInput
                  value={
                    plan.timeline.kpiTargets.find((k) => k.kpiId === g.id && k.month === m)
                      ?.target ?? null
                  }
                  unit={g.unit}
                  currency={plan.currency}
                  testId={`kpi-target-${g.id}-${m}`}
                  ariaLabel={`${localText(g.label, locale)} ${m}`}
                  onCommit={(v) =>
                    edit((p, now) =>
                      setTimeline(
                        p,
                        {
                          kpiTargets: [
                            ...p.timeline.kpiTargets.filter(
                              (k) => !(k.kpiId === g.id && k.month === m),
                            ),
                            ...(v === null ? [] : [{ month: m, kpiId: g.id, target: v }]),
                          ],
                        },
                        now,
                      ),
                    )
                  }
                />
              ),
            })),
          ]}
        />
      )}
    </>
  )
}

/** A monthly target: empty means "no target this month" (for money, 0 means no target). */
function TargetInput(p: {
  value: number | null
  unit: Kpi['unit']
  currency: string
  testId: string
  ariaLabel: string
  onCommit: (v: number | null) => void
}) {
  const d = useDraft<number | null>(p.value, p.onCommit)
  if (p.unit === 'minor')
    return (
      <MoneyInput
        value={p.value ?? 0}
        currency={p.currency}
        width={120}
        testId={p.testId}
        ariaLabel={p.ariaLabel}
        onCommit={(v) => p.onCommit(v === 0 ? null : v)}
      />
    )
  return (
    <InputNumber<number>
      value={d.value}
      precision={p.unit === 'count' ? 0 : 1}
      style={{ width: 110 }}
      data-testid={p.testId}
      aria-label={p.ariaLabel}
      suffix={p.unit === 'percent' ? '%' : undefined}
      onChange={(v) => d.onChange(typeof v === 'number' && Number.isFinite(v) ? v : null)}
      onBlur={d.onBlur}
    />
  )
}
