import {
  ArrowLeftOutlined,
  DeleteOutlined,
  FilePdfOutlined,
  PlusOutlined,
  SaveOutlined,
} from '@ant-design/icons'
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Dropdown,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Result,
  Row,
  Spin,
  Tag,
  Typography,
} from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { stackOrder } from '@shared/campaign/economics'
import {
  PROMOTION_TYPES,
  campaignDays,
  defaultPromotion,
  peakDailyOrders,
  plannedEconomics,
  rescheduleChecklist,
  resolveBaseline,
  restorePlan,
  validatePlan,
  type CampaignPlan,
  type PlanIssue,
} from '@shared/campaign/planner'
import { reviewCampaign } from '@shared/campaign/review'
import { addDays, isIsoDate, type IsoDate } from '@shared/dates'
import { minor } from '@shared/money'
import { deleteCampaign, putCampaign, updateCampaign, useCampaign } from '../../../db/campaigns'
import { BaselineCard } from './BaselineCard'
import { ChecklistCard, todayIso } from './ChecklistCard'
import { EconomicsCard } from './EconomicsCard'
import { Field, MoneyInput, PercentInput } from './inputs'
import { PromotionEditor } from './PromotionEditor'
import { ReviewCard } from './ReviewCard'
import { useFormat } from './format'
import { useCampaignData } from '../data/use-campaign-data'

/** Pause after the last edit before a valid campaign is saved by itself. */
const AUTOSAVE_MS = 800

/** The day the last points earned in the campaign expire: its end + the longest expiry. */
function pointsUntil(plan: CampaignPlan): IsoDate | null {
  const days = plan.promotions.flatMap((p) => (p.type === 'points' ? [p.expiryDays] : []))
  return days.length > 0 ? addDays(plan.end, Math.max(...days)) : null
}

/** /promote/c/:id — loads the stored campaign and edits it. */
export function CampaignEditorRoute() {
  const { id } = useParams()
  const row = useCampaign(id)
  const { t } = useTranslation()
  const plan = useMemo(() => (row ? restorePlan(row) : null), [row])
  if (row === undefined) return <Spin />
  if (!plan)
    return (
      <Result
        status="404"
        title={t('promoteUi.notFound')}
        extra={<Link to="/promote">{t('promoteUi.backToList')}</Link>}
      />
    )
  return <CampaignEditor key={plan.id} stored={plan} />
}

/** The planner of one campaign: settings, baseline, economics, checklist and review. */
export function CampaignEditor({ stored }: { stored: CampaignPlan }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const f = useFormat()
  // The campaign being edited; null until the first edit (until then the stored one is shown and
  // follows changes stored elsewhere). A valid edit is saved by itself shortly after the last
  // keystroke; an invalid one is shown with its problems and never stored.
  const [local, setLocal] = useState<CampaignPlan | null>(null)
  const [saved, setSaved] = useState<CampaignPlan | null>(null)
  const [showIssues, setShowIssues] = useState(false)
  const draft = local ?? stored
  const dirty = local !== null && local !== saved
  const today = todayIso()

  const edit = (patch: Partial<CampaignPlan>) => setLocal((d) => ({ ...(d ?? stored), ...patch }))
  const data = useCampaignData(draft.start, draft.end, draft.baseline.period)
  const resolved = useMemo(
    () => resolveBaseline(draft.baseline, data.imported),
    [draft.baseline, data.imported],
  )
  const liveIssues = useMemo(() => validatePlan(draft), [draft])
  const computed = useMemo(
    () => plannedEconomics(draft, resolved, liveIssues),
    [draft, resolved, liveIssues],
  )

  const days = draft.end >= draft.start ? campaignDays(draft) : 0
  const review = useMemo(() => {
    if (!resolved || !computed || !data.actual) return null
    return reviewCampaign({
      baseline: resolved.baseline,
      actual: data.actual,
      planned: computed.economics,
      adSpend: draft.review.actualAdSpend ?? draft.adSpend,
      campaignDays: days,
    })
  }, [resolved, computed, data.actual, draft.review.actualAdSpend, draft.adSpend, days])
  const reviewStatus =
    draft.start > today
      ? 'notStarted'
      : !resolved || !computed
        ? 'noBaseline'
        : review
          ? 'ready'
          : 'noData'

  const write = async (plan: CampaignPlan): Promise<boolean> => {
    try {
      await putCampaign({ ...plan, name: plan.name.trim(), updatedAt: new Date().toISOString() })
      setSaved(plan)
      return true
    } catch {
      void message.error(t('promoteUi.saveRefused'))
      return false
    }
  }

  useEffect(() => {
    if (!local || local === saved || liveIssues.length > 0) return
    const timer = setTimeout(() => void write(local), AUTOSAVE_MS)
    return () => clearTimeout(timer)
    // `write` only closes over stable setters and the message API
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [local, saved, liveIssues])

  const save = async () => {
    setShowIssues(true)
    if (liveIssues.length > 0) {
      void message.error(t('promoteUi.saveRefused'))
      return
    }
    if (await write(draft)) void message.success(t('promoteUi.saved'))
  }
  const issues: PlanIssue[] = showIssues || dirty ? liveIssues : []

  /** The campaign's plan as a printable page (the stored campaign: pending edits are saved first). */
  const openPdf = async () => {
    if (dirty) {
      if (liveIssues.length > 0) {
        setShowIssues(true)
        void message.error(t('promoteUi.pdfUnsaved'))
        return
      }
      if (!(await write(draft))) return
    }
    void navigate(`/print/campaign?id=${encodeURIComponent(draft.id)}`)
  }

  const setChecklist = (checklist: CampaignPlan['checklist']) => {
    setLocal((d) => (d ? { ...d, checklist } : d))
    void updateCampaign(draft.id, (r) => ({ ...r, checklist })).catch(() =>
      message.error(t('promoteUi.saveRefused')),
    )
  }

  const setDate = (which: 'start' | 'end', value: string) => {
    if (!isIsoDate(value)) return
    const next = { ...draft, [which]: value as IsoDate }
    edit({ [which]: value, checklist: rescheduleChecklist(draft.checklist, next.start, next.end) })
  }

  const order = stackOrder(draft.promotions).map((p) => t(`promoteUi.types.${p.type}`))

  return (
    <Flex vertical gap={16} data-testid="campaign-editor">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8}>
          <Link to="/promote" data-testid="back-to-list">
            <ArrowLeftOutlined /> {t('promoteUi.backToList')}
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="campaign-title">
            {draft.name || t('promoteUi.untitled')}
          </Typography.Title>
          {dirty && liveIssues.length > 0 && (
            <Tag color="red" data-testid="campaign-status">
              {t('promoteUi.unsaved')}
            </Tag>
          )}
          {dirty && liveIssues.length === 0 && (
            <Tag color="orange" data-testid="campaign-status">
              {t('promoteUi.saving')}
            </Tag>
          )}
          {local && !dirty && (
            <Tag color="green" data-testid="campaign-status">
              {t('promoteUi.autosaved')}
            </Tag>
          )}
        </Flex>
        <Flex gap={8}>
          <Button
            icon={<FilePdfOutlined />}
            onClick={() => void openPdf()}
            data-testid="campaign-pdf"
          >
            {t('promoteUi.pdf')}
          </Button>
          <Popconfirm
            title={t('promoteUi.deleteConfirm', { name: draft.name })}
            okText={t('promoteUi.delete')}
            onConfirm={async () => {
              await deleteCampaign(draft.id)
              void navigate('/promote')
            }}
          >
            <Button danger icon={<DeleteOutlined />} data-testid="campaign-delete">
              {t('promoteUi.delete')}
            </Button>
          </Popconfirm>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            onClick={() => void save()}
            data-testid="campaign-save"
          >
            {t('promoteUi.save')}
          </Button>
        </Flex>
      </Flex>
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="campaign-issues"
          title={t('promoteUi.saveRefused')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {issues.map((i) => (
                <li key={`${i.key}-${i.field}`}>{t(i.key, i.values)}</li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Flex vertical gap={16}>
            <Card title={t('promoteUi.settings.title')} data-testid="settings">
              <Flex vertical gap={12}>
                <Flex wrap gap={12}>
                  <Field label={t('promoteUi.settings.name')}>
                    <Input
                      value={draft.name}
                      maxLength={200}
                      data-testid="campaign-name"
                      status={liveIssues.some((i) => i.field === 'name') ? 'error' : undefined}
                      onChange={(e) => edit({ name: e.target.value })}
                    />
                  </Field>
                </Flex>
                <Flex wrap gap={12}>
                  <Field label={t('promoteUi.settings.start')}>
                    <Input
                      type="date"
                      value={draft.start}
                      data-testid="campaign-start"
                      onChange={(e) => setDate('start', e.target.value)}
                    />
                  </Field>
                  <Field label={t('promoteUi.settings.end')}>
                    <Input
                      type="date"
                      value={draft.end}
                      data-testid="campaign-end"
                      status={liveIssues.some((i) => i.field === 'end') ? 'error' : undefined}
                      onChange={(e) => setDate('end', e.target.value)}
                    />
                  </Field>
                </Flex>
                <Field label={t('promoteUi.settings.products')} block>
                  <Input
                    value={draft.products}
                    maxLength={500}
                    placeholder={t('promoteUi.settings.productsPlaceholder')}
                    onChange={(e) => edit({ products: e.target.value })}
                  />
                </Field>
                <Typography.Text strong>{t('promoteUi.settings.promotions')}</Typography.Text>
                {draft.promotions.length === 0 && (
                  <Empty description={t('promoteUi.settings.noPromotions')} />
                )}
                {draft.promotions.map((p, i) => (
                  <PromotionEditor
                    key={i}
                    index={i}
                    promotion={p}
                    onChange={(np) =>
                      edit({ promotions: draft.promotions.map((x, j) => (j === i ? np : x)) })
                    }
                    onRemove={() =>
                      edit({ promotions: draft.promotions.filter((_, j) => j !== i) })
                    }
                  />
                ))}
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: PROMOTION_TYPES.map((type) => ({
                      key: type,
                      label: (
                        <span data-testid={`add-type-${type}`}>{t(`promoteUi.types.${type}`)}</span>
                      ),
                    })),
                    onClick: ({ key }) =>
                      edit({
                        promotions: [
                          ...draft.promotions,
                          defaultPromotion(key as (typeof PROMOTION_TYPES)[number], f.unit),
                        ],
                      }),
                  }}
                >
                  <Button
                    icon={<PlusOutlined />}
                    data-testid="add-promotion"
                    disabled={draft.promotions.length >= 10}
                  >
                    {t('promoteUi.settings.addPromotion')}
                  </Button>
                </Dropdown>
                {draft.promotions.length > 1 && (
                  <Alert
                    type="info"
                    showIcon
                    data-testid="stack-order"
                    title={t('promoteUi.settings.stackOrder', { order: order.join(' → ') })}
                    description={t('promoteUi.settings.stackRules')}
                  />
                )}
                <Flex wrap gap={12}>
                  <Field
                    label={t('promoteUi.settings.adSpend')}
                    help={t('promoteUi.settings.adSpendHelp')}
                  >
                    <MoneyInput
                      value={draft.adSpend}
                      onChange={(v) => edit({ adSpend: minor(v) })}
                      testId="campaign-ads"
                    />
                  </Field>
                  <Field
                    label={t('promoteUi.settings.uplift')}
                    help={t('promoteUi.settings.upliftHelp')}
                  >
                    <PercentInput
                      value={draft.expectedUplift}
                      max={2000}
                      min={-100}
                      onChange={(expectedUplift) => edit({ expectedUplift })}
                      testId="campaign-uplift"
                    />
                  </Field>
                  <Field
                    label={t('promoteUi.settings.floor')}
                    help={t('promoteUi.settings.floorHelp')}
                  >
                    <PercentInput
                      value={draft.marginFloor}
                      onChange={(marginFloor) => edit({ marginFloor })}
                      testId="campaign-floor"
                    />
                  </Field>
                </Flex>
              </Flex>
            </Card>
            <BaselineCard
              value={draft.baseline}
              onChange={(baseline) => edit({ baseline })}
              data={data}
              resolved={resolved}
            />
          </Flex>
        </Col>
        <Col xs={24} xl={13}>
          <Flex vertical gap={16}>
            {computed && resolved ? (
              <EconomicsCard
                economics={computed.economics}
                curve={computed.curve}
                baseline={resolved.baseline}
                expectedUplift={draft.expectedUplift}
                days={days}
                pointsUntil={pointsUntil(draft)}
              />
            ) : (
              <Card title={t('promoteUi.economics.title')} data-testid="economics-empty">
                <Empty
                  description={t(
                    resolved ? 'promoteUi.economics.fixInputs' : 'promoteUi.economics.needBaseline',
                  )}
                />
              </Card>
            )}
            <ChecklistCard
              items={draft.checklist}
              onChange={setChecklist}
              campaignName={draft.name}
              peakOrders={
                resolved ? peakDailyOrders(resolved.baseline, draft.expectedUplift) : null
              }
              today={today}
            />
            <ReviewCard
              review={review}
              status={reviewStatus}
              value={draft.review}
              onChange={(r) => edit({ review: r })}
            />
          </Flex>
        </Col>
      </Row>
    </Flex>
  )
}
