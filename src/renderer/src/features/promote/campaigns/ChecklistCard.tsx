import {
  AlertOutlined,
  CheckCircleOutlined,
  DeleteOutlined,
  PlusOutlined,
  ReadOutlined,
} from '@ant-design/icons'
import { App, Button, Card, Checkbox, Flex, Input, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { CHECKLIST_RISK, nextChecklistId } from '@shared/campaign/planner'
import type { CampaignChecklistItem } from '@shared/campaign/stored'
import { formatDate, isIsoDate, type IsoDate } from '@shared/dates'
import { addRisk } from '@shared/plan/plan'
import { lessonPath } from '../../../content/lesson-links'
import { updatePlan, usePlan } from '../../../db/plans'
import { useSetting } from '../../../db/settings'

/** The preparation checklist; built-in risky items can be added to the active plan's risk register. */
export function ChecklistCard({
  items,
  onChange,
  campaignName,
  peakOrders,
  today,
}: {
  items: CampaignChecklistItem[]
  onChange: (items: CampaignChecklistItem[]) => void
  campaignName: string
  peakOrders: number | null
  today: IsoDate
}) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const activePlanId = useSetting('activePlan')
  const plan = usePlan(activePlanId ?? null)
  const [text, setText] = useState('')
  const set = (id: string, patch: Partial<CampaignChecklistItem>) =>
    onChange(items.map((i) => (i.id === id ? { ...i, ...patch } : i)))
  const label = (i: CampaignChecklistItem) =>
    i.key ? t(`promoteUi.checklist.items.${i.key}`, { peak: peakOrders ?? '—' }) : i.text

  const addAsRisk = async (item: CampaignChecklistItem) => {
    if (!plan || !item.key) return
    const category = CHECKLIST_RISK[item.key]
    if (!category) return
    const both = (key: string) => ({
      'zh-CN': i18n.getFixedT('zh-CN')(key, { name: campaignName, peak: peakOrders ?? '—' }),
      en: i18n.getFixedT('en')(key, { name: campaignName, peak: peakOrders ?? '—' }),
    })
    try {
      const next = await updatePlan(plan.id, (p) =>
        addRisk(
          p,
          {
            category,
            title: both(`promoteUi.checklist.risks.${item.key}`),
            mitigation: both(`promoteUi.checklist.items.${item.key}`),
            likelihood: 3,
            impact: 4,
            reviewDate: item.due,
          },
          new Date().toISOString(),
        ),
      )
      const riskId = next?.risks[next.risks.length - 1]?.id ?? null
      set(item.id, { riskId })
      void message.success(t('promoteUi.checklist.riskAdded'))
    } catch {
      void message.error(t('promoteUi.checklist.riskFailed'))
    }
  }

  return (
    <Card
      title={t('promoteUi.checklist.title')}
      data-testid="checklist"
      extra={
        <Link to={lessonPath('m6-l3', 'case-peak-delivery')}>
          <ReadOutlined /> {t('promoteUi.lesson')}
        </Link>
      }
    >
      <Flex vertical gap={8}>
        {!plan && (
          <Typography.Text type="secondary">{t('promoteUi.checklist.noPlan')}</Typography.Text>
        )}
        <Flex vertical>
          {items.map((item, index) => {
            const late = !item.done && item.due !== null && item.due < today
            const risky = item.key !== null && CHECKLIST_RISK[item.key] !== undefined
            return (
              <Flex
                key={item.id}
                data-testid={`check-${item.id}`}
                justify="space-between"
                align="center"
                gap={8}
                wrap
                style={{
                  padding: '8px 0',
                  borderTop: index === 0 ? undefined : '1px solid rgba(5, 5, 5, 0.06)',
                }}
              >
                <Flex gap={8} align="center" wrap style={{ flex: '1 1 240px' }}>
                  <Checkbox
                    checked={item.done}
                    data-testid={`check-done-${item.id}`}
                    onChange={(e) => set(item.id, { done: e.target.checked })}
                  >
                    <Typography.Text delete={item.done}>{label(item)}</Typography.Text>
                  </Checkbox>
                  {item.due && (
                    <Tag color={late ? 'red' : item.done ? 'default' : 'processing'}>
                      {t('promoteUi.checklist.due', {
                        date: formatDate(item.due, i18n.language, 'short'),
                      })}
                    </Tag>
                  )}
                </Flex>
                {risky && plan && !item.riskId && (
                  <Tooltip title={t('promoteUi.checklist.addRiskHelp', { plan: plan.name })}>
                    <Button
                      size="small"
                      icon={<AlertOutlined />}
                      data-testid={`check-risk-${item.id}`}
                      onClick={() => void addAsRisk(item)}
                    >
                      {t('promoteUi.checklist.addRisk')}
                    </Button>
                  </Tooltip>
                )}
                {item.riskId && (
                  <Tag icon={<CheckCircleOutlined />} color="blue">
                    <Link to="/risks">{t('promoteUi.checklist.inRegister')}</Link>
                  </Tag>
                )}
                {!item.key && (
                  <Button
                    size="small"
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('promoteUi.checklist.remove')}
                    onClick={() => onChange(items.filter((i) => i.id !== item.id))}
                  />
                )}
              </Flex>
            )
          })}
        </Flex>
        <Flex gap={8}>
          <Input
            value={text}
            maxLength={300}
            data-testid="check-new"
            placeholder={t('promoteUi.checklist.newPlaceholder')}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={() => add()}
          />
          <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="check-add">
            {t('promoteUi.checklist.add')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  )

  function add() {
    const v = text.trim()
    if (!v) return
    onChange([
      ...items,
      { id: nextChecklistId(items), key: null, text: v, due: null, done: false, riskId: null },
    ])
    setText('')
  }
}

/** Today's date for late items (the shop's zone is not needed for a day-level warning). */
export function todayIso(): IsoDate {
  const d = new Date()
  const s = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return (isIsoDate(s) ? s : '1970-01-01') as IsoDate
}
