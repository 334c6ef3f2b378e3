import {
  CopyOutlined,
  DeleteOutlined,
  DownloadOutlined,
  FolderOpenOutlined,
  ImportOutlined,
  PlusOutlined,
} from '@ant-design/icons'
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Progress,
  Row,
  Space,
  Spin,
  Tag,
  Tooltip,
  Typography,
} from 'antd'
import { useState } from 'react'
import { OpenFileButton } from '../../components/OpenFileButton'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Plan, TemplateId } from '@shared/plan/schema'
import { reviewPlan } from '@shared/plan/review'
import type { Problem } from '@shared/result'
import { usePlans } from '../../db/plans'
import { useSetting } from '../../db/settings'
import { NewPlanModal } from './NewPlanModal'
import { ProblemAlert } from '../../components/ProblemAlert'
import {
  activatePlan,
  createPlan,
  duplicatePlan,
  exportPlanFile,
  importPlanText,
  removePlan,
  undoRemove,
} from './plan-actions'

/** /plan: every plan with its score; new from a template, duplicate, delete with undo, export and import. */
export function PlanList() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const plans = usePlans()
  const profile = useSetting('profile') ?? null
  const active = useSetting('activePlan')
  const [creating, setCreating] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)

  const open = (plan: Plan) => {
    void activatePlan(plan.id)
    navigate(`/plan/${encodeURIComponent(plan.id)}/shop`)
  }

  const onCreate = async (template: TemplateId, name: string) => {
    const fallback = profile?.name || t(`planUi.templates.${template}.name`)
    const plan = await createPlan(template, name.trim() || fallback, profile)
    setCreating(false)
    navigate(`/plan/${encodeURIComponent(plan.id)}/shop`)
  }

  const onDelete = async (plan: Plan) => {
    const removed = await removePlan(plan.id)
    if (!removed) return
    const key = `deleted-${plan.id}`
    void message.open({
      key,
      type: 'success',
      duration: 8,
      content: (
        <span data-testid="plan-deleted">
          {t('planUi.list.deleted', { name: removed.plan.name })}{' '}
          <Button
            type="link"
            size="small"
            data-testid="undo-delete"
            onClick={() => {
              message.destroy(key)
              void undoRemove(removed).then(() => message.success(t('planUi.list.restored')))
            }}
          >
            {t('planUi.list.undo')}
          </Button>
        </span>
      ),
    })
  }

  const onFile = async (file: File) => {
    setProblem(null)
    try {
      const r = await importPlanText(await file.text(), (name) =>
        t('planUi.list.importedName', { name }),
      )
      if (r.ok) void message.success(t('planUi.list.imported', { name: r.value.name }))
      else setProblem(r.error)
    } catch {
      setProblem({ key: 'planUi.io.readFailed' })
    }
  }

  const locale = i18n.language === 'en' ? 'en' : 'zh-CN'
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <Flex vertical gap={16} data-testid="plan-list">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t('planUi.list.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('planUi.list.intro')}</Typography.Text>
      </div>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="new-plan"
          onClick={() => setCreating(true)}
        >
          {t('planUi.list.new')}
        </Button>
        <OpenFileButton
          icon={<ImportOutlined />}
          data-testid="import-plan"
          inputTestId="import-plan-input"
          accept=".json,application/json"
          onFile={(file) => void onFile(file)}
        >
          {t('planUi.list.import')}
        </OpenFileButton>
      </Flex>
      {problem && (
        <ProblemAlert problem={problem} testId="import-error" onClose={() => setProblem(null)} />
      )}
      {plans === undefined ? (
        <Spin />
      ) : plans.length === 0 ? (
        <Card>
          <Empty description={t('planUi.list.empty')}>
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('planUi.list.new')}
            </Button>
          </Empty>
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {plans.map((plan) => {
            const review = reviewPlan(plan, locale)
            return (
              <Col xs={24} md={12} xl={8} key={plan.id}>
                <Card
                  data-testid="plan-card"
                  data-plan-id={plan.id}
                  title={
                    <Space>
                      <Typography.Text strong data-testid="plan-card-name">
                        {plan.name || t('planUi.list.untitled')}
                      </Typography.Text>
                      {active === plan.id && <Tag color="orange">{t('planUi.list.active')}</Tag>}
                    </Space>
                  }
                  actions={[
                    <Tooltip key="open" title={t('planUi.list.open')}>
                      <Button
                        type="text"
                        icon={<FolderOpenOutlined />}
                        aria-label={t('planUi.list.open')}
                        data-testid="open-plan"
                        onClick={() => open(plan)}
                      />
                    </Tooltip>,
                    <Tooltip key="dup" title={t('planUi.list.duplicate')}>
                      <Button
                        type="text"
                        icon={<CopyOutlined />}
                        aria-label={t('planUi.list.duplicate')}
                        data-testid="duplicate-plan"
                        onClick={() =>
                          void duplicatePlan(
                            plan,
                            t('planUi.list.copyName', { name: plan.name }),
                          ).then(() => message.success(t('planUi.list.duplicated')))
                        }
                      />
                    </Tooltip>,
                    <Tooltip key="export" title={t('planUi.io.export')}>
                      <Button
                        type="text"
                        icon={<DownloadOutlined />}
                        aria-label={t('planUi.io.export')}
                        data-testid="export-plan-card"
                        onClick={() => void exportPlanFile(plan)}
                      />
                    </Tooltip>,
                    <Tooltip key="delete" title={t('planUi.list.delete')}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('planUi.list.delete')}
                        data-testid="delete-plan"
                        onClick={() => void onDelete(plan)}
                      />
                    </Tooltip>,
                  ]}
                >
                  <Flex gap={16} align="center">
                    <Progress
                      type="circle"
                      size={64}
                      percent={review.score}
                      aria-label={t('planUi.review.score')}
                    />
                    <Flex vertical gap={4} style={{ minWidth: 0 }}>
                      <Typography.Text type="secondary">
                        {t(`planUi.templates.${plan.template}.name`)}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('planUi.list.updated', { when: fmt.format(new Date(plan.updatedAt)) })}
                      </Typography.Text>
                      <Flex gap={4} wrap>
                        {plan.platforms.chosen.map((p) => (
                          <Tag key={p}>{t(`plan.platforms.${p}`)}</Tag>
                        ))}
                      </Flex>
                    </Flex>
                  </Flex>
                </Card>
              </Col>
            )
          })}
        </Row>
      )}
      <NewPlanModal
        open={creating}
        profile={profile}
        onCancel={() => setCreating(false)}
        onCreate={onCreate}
      />
    </Flex>
  )
}
