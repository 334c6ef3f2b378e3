import { DeleteOutlined, EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons'
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Spin,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addRisk, removeRisk, updatePlanRisk } from '@shared/plan/plan'
import { pickText } from '@shared/plan/document'
import { withDefaultRisks } from '@shared/risk/defaults'
import {
  heatMap,
  newRisk,
  riskLevel,
  riskScore,
  sortByScore,
  type Risk,
  type RiskPatch,
} from '@shared/risk/register'
import { updatePlan, usePlan } from '../../db/plans'
import { HeatMap } from './HeatMap'
import { RiskEditor } from './RiskEditor'
import { RiskHistory } from './RiskHistory'
import { RecentChanges } from './RecentChanges'
import { LEVEL_TAG, uiLocale } from './risk-text'
import './risk-register.css'

type Editing = { risk: Risk; isNew: boolean } | null

/** Today on this computer's calendar, `YYYY-MM-DD` (review dates are calendar dates). */
function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/**
 * The risk register of one plan: used by the Risks page and by the plan wizard's risk step, so a
 * risk edited in one shows in the other (both read and write the plan through db/plans.ts, each
 * edit in one transaction, and updateRisk records every changed field in the risk's history).
 */
export function RiskRegister({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const l = uiLocale(i18n.language)
  const plan = usePlan(planId)
  const [editing, setEditing] = useState<Editing>(null)
  const [historyOf, setHistoryOf] = useState<string | null>(null)
  const [hideClosed, setHideClosed] = useState(false)

  if (plan === undefined) return <Spin />
  if (plan === null) return <Empty description={t('risksUi.doc.missingPlan')} />

  const now = () => new Date().toISOString()
  const today = localToday()
  const title = (r: Risk) => pickText(r.title, l) || t('risksUi.register.untitled')

  const save = async (patch: RiskPatch) => {
    if (!editing) return
    const { risk, isNew } = editing
    const done = await updatePlan(planId, (p) =>
      isNew ? addRisk(p, patch, now()) : updatePlanRisk(p, risk.id, patch, now()),
    )
    if (!done) throw new Error(t('risksUi.doc.missingPlan'))
    setEditing(null)
    void message.success(t('risksUi.register.saved'))
  }

  const remove = async (id: string) => {
    await updatePlan(planId, (p) => removeRisk(p, id, now()))
    void message.success(t('risksUi.register.removed'))
  }

  const addDefaults = async () => {
    const before = plan.risks.length
    const next = await updatePlan(planId, (p) => {
      const risks = withDefaultRisks(p.risks)
      return risks === p.risks ? p : { ...p, risks, updatedAt: now() }
    })
    void message.success(
      t('risksUi.register.defaultsAdded', { count: (next?.risks.length ?? before) - before }),
    )
  }

  const rows = sortByScore(plan.risks).filter((r) => !hideClosed || r.status !== 'closed')
  const missingDefaults = withDefaultRisks(plan.risks) !== plan.risks
  const historyRisk = plan.risks.find((r) => r.id === historyOf)

  return (
    <Flex vertical gap={16} className="risk-register" data-testid="risk-register">
      <Card title={t('risksUi.register.heatMap')} size="small">
        <Flex gap={24} wrap align="start">
          <HeatMap grid={heatMap(plan.risks)} />
          <Typography.Paragraph type="secondary" style={{ maxWidth: 360 }}>
            {t('risksUi.register.heatMapHelp')}
          </Typography.Paragraph>
        </Flex>
      </Card>
      <Card
        size="small"
        title={
          <Flex gap={8} align="center">
            {t('risksUi.register.list')}
            <Tag>{t('risksUi.register.count', { count: plan.risks.length })}</Tag>
          </Flex>
        }
        extra={
          <Flex gap={12} align="center" wrap>
            <Flex gap={6} align="center">
              <Switch
                size="small"
                checked={hideClosed}
                onChange={setHideClosed}
                data-testid="risk-hide-closed"
              />
              <Typography.Text>{t('risksUi.register.filterOpen')}</Typography.Text>
            </Flex>
            {missingDefaults && (
              <Button onClick={() => void addDefaults()} data-testid="risk-add-defaults">
                {t('risksUi.register.addDefaults')}
              </Button>
            )}
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="risk-add"
              onClick={() => setEditing({ risk: newRisk('new'), isNew: true })}
            >
              {t('risksUi.register.add')}
            </Button>
          </Flex>
        }
      >
        <Table<Risk>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 990 }}
          locale={{ emptyText: t('risksUi.register.empty') }}
          onRow={(r) =>
            ({ 'data-testid': `risk-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              key: 'title',
              title: t('risksUi.register.risk'),
              width: 190,
              render: (_, r) => (
                <Flex vertical>
                  <Typography.Text strong data-testid={`risk-title-${r.id}`}>
                    {title(r)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`plan.riskCategories.${r.category}`)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'score',
              title: t('risksUi.register.scoreColumn'),
              align: 'center',
              width: 100,
              render: (_, r) => {
                const score = riskScore(r)
                const level = riskLevel(score)
                return (
                  <Flex vertical align="center" gap={2}>
                    <Tooltip
                      title={`${t('plan.riskFields.likelihood')} × ${t('plan.riskFields.impact')}`}
                    >
                      <Typography.Text type="secondary" data-testid={`risk-li-${r.id}`}>
                        {r.likelihood} × {r.impact}
                      </Typography.Text>
                    </Tooltip>
                    <Tag color={LEVEL_TAG[level]} data-testid={`risk-score-${r.id}`}>
                      {score} {t(`plan.levels.${level}`)}
                    </Tag>
                  </Flex>
                )
              },
            },
            {
              key: 'mitigation',
              title: t('plan.riskFields.mitigation'),
              width: 170,
              render: (_, r) => (
                <span className="risk-cell-text" data-testid={`risk-mitigation-${r.id}`}>
                  {pickText(r.mitigation, l) || t('risksUi.register.none')}
                </span>
              ),
            },
            {
              key: 'contingency',
              title: t('plan.riskFields.contingency'),
              width: 160,
              render: (_, r) => (
                <span className="risk-cell-text">
                  {pickText(r.contingency, l) || t('risksUi.register.none')}
                </span>
              ),
            },
            {
              key: 'owner',
              title: t('plan.riskFields.owner'),
              width: 80,
              render: (_, r) => r.owner || t('risksUi.register.none'),
            },
            {
              key: 'reviewDate',
              title: t('plan.riskFields.reviewDate'),
              width: 100,
              render: (_, r) =>
                r.reviewDate === null ? (
                  t('risksUi.register.none')
                ) : (
                  <Flex vertical align="start">
                    {r.reviewDate}
                    {r.status !== 'closed' && r.reviewDate <= today && (
                      <Tag color="red" data-testid={`risk-review-due-${r.id}`}>
                        {t('risksUi.register.reviewDue')}
                      </Tag>
                    )}
                  </Flex>
                ),
            },
            {
              key: 'status',
              title: t('plan.riskFields.status'),
              width: 90,
              render: (_, r) => (
                <span data-testid={`risk-status-${r.id}`}>{t(`plan.riskStatus.${r.status}`)}</span>
              ),
            },
            {
              key: 'actions',
              title: t('risksUi.register.actions'),
              width: 100,
              fixed: 'right',
              render: (_, r) => (
                <Flex gap={2}>
                  <Tooltip title={t('risksUi.register.edit')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('risksUi.register.edit')}
                      data-testid={`risk-edit-${r.id}`}
                      onClick={() => setEditing({ risk: r, isNew: false })}
                    />
                  </Tooltip>
                  <Tooltip title={t('risksUi.register.history')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<HistoryOutlined />}
                      aria-label={t('risksUi.register.history')}
                      data-testid={`risk-history-${r.id}`}
                      onClick={() => setHistoryOf(r.id)}
                    >
                      {r.history.length > 0 ? r.history.length : null}
                    </Button>
                  </Tooltip>
                  <Popconfirm
                    title={t('risksUi.register.removeConfirm')}
                    onConfirm={() => void remove(r.id)}
                    okButtonProps={{ 'data-testid': `risk-remove-ok-${r.id}` }}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('risksUi.register.remove')}
                      data-testid={`risk-remove-${r.id}`}
                    />
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <RecentChanges risks={plan.risks} />
      {editing && (
        <RiskEditor
          key={editing.risk.id}
          risk={editing.risk}
          isNew={editing.isNew}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
      {historyRisk && <RiskHistory risk={historyRisk} onClose={() => setHistoryOf(null)} />}
    </Flex>
  )
}
