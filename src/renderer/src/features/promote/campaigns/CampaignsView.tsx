import { PlusOutlined, ReadOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Flex, Spin, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Route, Routes, useNavigate } from 'react-router'
import { restorePlan, type CampaignPlan } from '@shared/campaign/planner'
import { formatDate } from '@shared/dates'
import { lessonPath } from '../../../content/lesson-links'
import { useCampaigns } from '../../../db/campaigns'
import { CampaignEditorRoute } from './CampaignEditor'
import { todayIso } from './ChecklistCard'
import { NewCampaignModal } from './NewCampaignModal'

/** Promote's campaigns tab: the list at /promote, one campaign's planner at /promote/c/:id. */
export function CampaignsView() {
  return (
    <Routes>
      <Route index element={<CampaignList />} />
      <Route path="c/:id" element={<CampaignEditorRoute />} />
      <Route path="*" element={<CampaignList />} />
    </Routes>
  )
}

function statusOf(p: CampaignPlan, today: string): 'upcoming' | 'running' | 'ended' {
  if (p.start > today) return 'upcoming'
  return p.end < today ? 'ended' : 'running'
}
const STATUS_COLOR = { upcoming: 'blue', running: 'green', ended: 'default' } as const

function CampaignList() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const rows = useCampaigns()
  const [open, setOpen] = useState(false)
  const plans = useMemo(
    () => (rows ?? []).map(restorePlan).filter((p): p is CampaignPlan => p !== null),
    [rows],
  )
  const today = todayIso()
  if (rows === undefined) return <Spin />
  return (
    <Flex vertical gap={16} data-testid="campaign-list">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {t('promoteUi.list.intro')}{' '}
          <Link to={lessonPath('m4-l4')}>
            <ReadOutlined /> {t('promoteUi.lesson')}
          </Link>
        </Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setOpen(true)}
          data-testid="new-campaign"
        >
          {t('promoteUi.list.new')}
        </Button>
      </Flex>
      <Card>
        {plans.length === 0 ? (
          <Empty description={t('promoteUi.list.empty')} data-testid="campaigns-empty" />
        ) : (
          <Flex vertical>
            {plans.map((p, i) => {
              const status = statusOf(p, today)
              const to = `/promote/c/${encodeURIComponent(p.id)}`
              return (
                <Flex
                  key={p.id}
                  data-testid="campaign-row"
                  justify="space-between"
                  align="center"
                  gap={12}
                  wrap
                  style={{
                    padding: '12px 0',
                    borderTop: i === 0 ? undefined : '1px solid rgba(5, 5, 5, 0.06)',
                  }}
                >
                  <Flex vertical gap={4}>
                    <Link to={to} style={{ fontSize: 16, fontWeight: 500 }}>
                      {p.name || t('promoteUi.untitled')}
                    </Link>
                    <Flex gap={6} wrap align="center">
                      <Typography.Text type="secondary">
                        {formatDate(p.start, i18n.language, 'short')} –{' '}
                        {formatDate(p.end, i18n.language, 'short')}
                      </Typography.Text>
                      <Tag color={STATUS_COLOR[status]}>{t(`promoteUi.list.status.${status}`)}</Tag>
                      {p.promotions.map((x, j) => (
                        <Tag key={j} color="volcano">
                          {t(`promoteUi.types.${x.type}`)}
                        </Tag>
                      ))}
                    </Flex>
                  </Flex>
                  <Link to={to}>{t('promoteUi.list.open')}</Link>
                </Flex>
              )
            })}
          </Flex>
        )}
      </Card>
      <NewCampaignModal
        open={open}
        onClose={() => setOpen(false)}
        onCreated={(id) => {
          setOpen(false)
          void navigate(`/promote/c/${encodeURIComponent(id)}`)
        }}
      />
    </Flex>
  )
}
