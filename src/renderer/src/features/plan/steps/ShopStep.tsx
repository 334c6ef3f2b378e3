import { PlusOutlined } from '@ant-design/icons'
import { Button, Col, Divider, Flex, Form, Row, Select, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { nextId, setGoals, setShop } from '@shared/plan/plan'
import { KPI_METRICS, type Kpi } from '@shared/plan/schema'
import { linesToTexts, localText, textLines, userText } from '@shared/plan/text'
import { DraftInput, DraftNumber, DraftTextArea, MoneyInput, RemoveButton } from '../fields'
import type { StepProps } from '../step-props'

/** Step 1: what the shop sells, where, sales, staff, why go online; goals as measurable KPI targets. */
export function ShopStep({ plan, edit, locale }: StepProps) {
  const { t } = useTranslation()
  const shop = plan.shop
  const patchGoal = (id: string, patch: Partial<Kpi>) =>
    edit((p, now) =>
      setGoals(
        p,
        p.goals.map((g) => (g.id === id ? { ...g, ...patch } : g)),
        now,
      ),
    )
  return (
    <>
      <Form layout="vertical">
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item label={t('planUi.shop.name')}>
              <DraftInput
                value={shop.name}
                testId="shop-name"
                ariaLabel={t('planUi.shop.name')}
                onCommit={(name) => edit((p, now) => setShop(p, { name }, now))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={t('planUi.shop.location')}>
              <DraftInput
                value={shop.location}
                testId="shop-location"
                ariaLabel={t('planUi.shop.location')}
                placeholder={t('planUi.shop.locationPlaceholder')}
                onCommit={(location) => edit((p, now) => setShop(p, { location }, now))}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('planUi.shop.sells')}>
              <DraftInput
                value={localText(shop.sells, locale)}
                testId="shop-sells"
                ariaLabel={t('planUi.shop.sells')}
                onCommit={(v) => edit((p, now) => setShop(p, { sells: userText(v, locale) }, now))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('planUi.shop.monthlySales')}>
              <MoneyInput
                value={shop.monthlySales}
                currency={plan.currency}
                testId="shop-monthly-sales"
                ariaLabel={t('planUi.shop.monthlySales')}
                width="100%"
                onCommit={(monthlySales) => edit((p, now) => setShop(p, { monthlySales }, now))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('planUi.shop.staff')}>
              <DraftNumber
                value={shop.staff}
                max={100000}
                testId="shop-staff"
                ariaLabel={t('planUi.shop.staff')}
                width="100%"
                onCommit={(staff) => edit((p, now) => setShop(p, { staff }, now))}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('planUi.shop.reasons')} extra={t('planUi.common.onePerLine')}>
              <DraftTextArea
                value={textLines(shop.reasons, locale)}
                testId="shop-reasons"
                ariaLabel={t('planUi.shop.reasons')}
                onCommit={(v) =>
                  edit((p, now) =>
                    setShop(p, { reasons: linesToTexts(v, p.shop.reasons, locale) }, now),
                  )
                }
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Divider titlePlacement="start">{t('planUi.goals.title')}</Divider>
      <Typography.Paragraph type="secondary">{t('planUi.goals.help')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="goals-table"
        dataSource={plan.goals}
        locale={{ emptyText: t('planUi.goals.empty') }}
        columns={[
          {
            title: t('planUi.goals.label'),
            key: 'label',
            render: (_, g: Kpi) => (
              <DraftInput
                value={localText(g.label, locale)}
                testId={`goal-label-${g.id}`}
                ariaLabel={t('planUi.goals.label')}
                onCommit={(v) => patchGoal(g.id, { label: userText(v, locale) })}
              />
            ),
          },
          {
            title: t('planUi.goals.metric'),
            key: 'metric',
            render: (_, g: Kpi) => (
              <Select
                value={g.metric}
                style={{ width: 150 }}
                aria-label={t('planUi.goals.metric')}
                onChange={(metric) => patchGoal(g.id, { metric })}
                options={KPI_METRICS.map((m) => ({ value: m, label: t(`planUi.metrics.${m}`) }))}
              />
            ),
          },
          {
            title: t('planUi.goals.target'),
            key: 'target',
            render: (_, g: Kpi) => (
              <Flex gap={4} align="center">
                <Select
                  value={g.direction}
                  style={{ width: 70 }}
                  aria-label={t('planUi.goals.direction')}
                  onChange={(direction) => patchGoal(g.id, { direction })}
                  options={[
                    { value: 'atLeast', label: '≥' },
                    { value: 'atMost', label: '≤' },
                  ]}
                />
                {g.unit === 'minor' ? (
                  <MoneyInput
                    value={g.target}
                    currency={plan.currency}
                    width={130}
                    testId={`goal-target-${g.id}`}
                    ariaLabel={t('planUi.goals.target')}
                    onCommit={(target) => patchGoal(g.id, { target })}
                  />
                ) : (
                  <DraftNumber
                    value={g.target}
                    min={g.unit === 'percent' ? -100 : 0}
                    max={g.unit === 'percent' ? 1000 : 1e9}
                    precision={g.unit === 'percent' ? 1 : 0}
                    width={110}
                    testId={`goal-target-${g.id}`}
                    ariaLabel={t('planUi.goals.target')}
                    onCommit={(target) => patchGoal(g.id, { target })}
                  />
                )}
                <Select
                  value={g.unit}
                  style={{ width: 90 }}
                  aria-label={t('planUi.goals.unit')}
                  onChange={(unit) => patchGoal(g.id, { unit, target: 0 })}
                  options={(['percent', 'count', 'minor'] as const).map((u) => ({
                    value: u,
                    label: t(`planUi.units.${u}`),
                  }))}
                />
              </Flex>
            ),
          },
          {
            title: t('planUi.goals.period'),
            key: 'period',
            render: (_, g: Kpi) => (
              <Select
                value={g.period}
                style={{ width: 90 }}
                aria-label={t('planUi.goals.period')}
                onChange={(period) => patchGoal(g.id, { period })}
                options={(['month', 'quarter', 'year'] as const).map((u) => ({
                  value: u,
                  label: t(`planUi.periods.${u}`),
                }))}
              />
            ),
          },
          {
            key: 'remove',
            render: (_, g: Kpi) => (
              <RemoveButton
                onRemove={() =>
                  edit((p, now) =>
                    setGoals(
                      p,
                      p.goals.filter((x) => x.id !== g.id),
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
        data-testid="add-goal"
        onClick={() =>
          edit((p, now) =>
            setGoals(
              p,
              [
                ...p.goals,
                {
                  id: nextId('kpi', p.goals),
                  metric: 'onlineSales',
                  label: userText(t('planUi.goals.newLabel'), locale),
                  unit: 'percent',
                  direction: 'atLeast',
                  target: 10,
                  period: 'month',
                },
              ],
              now,
            ),
          )
        }
      >
        {t('planUi.goals.add')}
      </Button>
    </>
  )
}
