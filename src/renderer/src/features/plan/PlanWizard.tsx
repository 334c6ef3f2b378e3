import {
  ArrowLeftOutlined,
  DownloadOutlined,
  FilePdfOutlined,
  LeftOutlined,
  RightOutlined,
} from '@ant-design/icons'
import { Button, Card, Col, Flex, Result, Row, Spin, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate, useParams } from 'react-router'
import { planPrintPath } from '@shared/plan/document'
import { WIZARD_STEPS, stepProgress, type WizardStep } from '@shared/plan/progress'
import type { Plan } from '@shared/plan/schema'
import { usePlan, usePlans } from '../../db/plans'
import { setSetting, useSetting } from '../../db/settings'
import { DraftInput } from './fields'
import { exportPlanFile, useEditPlan } from './plan-actions'
import { SaveStatus } from './SaveStatus'
import { StepNav } from './StepNav'
import type { StepProps } from './step-props'
import { LogisticsStep } from './steps/LogisticsStep'
import { MarketingStep } from './steps/MarketingStep'
import { OnboardingStep } from './steps/OnboardingStep'
import { PlatformStep } from './steps/PlatformStep'
import { ResearchStep } from './steps/ResearchStep'
import { ReviewStep } from './steps/ReviewStep'
import { RisksStep } from './steps/RisksStep'
import { ServicesStep } from './steps/ServicesStep'
import { ShopStep } from './steps/ShopStep'
import { TimelineStep } from './steps/TimelineStep'
import { TrackStep } from './steps/TrackStep'

const STEP_VIEWS: Record<WizardStep, (p: StepProps) => React.JSX.Element> = {
  shop: ShopStep,
  research: ResearchStep,
  platforms: PlatformStep,
  onboarding: OnboardingStep,
  marketing: MarketingStep,
  services: ServicesStep,
  logistics: LogisticsStep,
  risks: RisksStep,
  timeline: TimelineStep,
  review: ReviewStep,
  track: TrackStep,
}

/**
 * `/plan/active/:step` opens that step of the active plan (or, with none set, of the most recently
 * changed plan; with no plan at all, the plan list). Lessons' "Try it" links use it
 * (content/tools.ts). Plan ids are UUIDs, so they never clash with `active`.
 */
export const ACTIVE_PLAN_ID = 'active'

/** /plan/:id/:step — the wizard around one plan. */
export function PlanWizard() {
  const { id = '', step } = useParams()
  return id === ACTIVE_PLAN_ID ? <OpenActivePlan step={step} /> : <PlanById id={id} step={step} />
}

function OpenActivePlan({ step }: { step: string | undefined }) {
  const plans = usePlans()
  const active = useSetting('activePlan')
  if (plans === undefined || active === undefined) return <Spin size="large" />
  const plan = plans.find((p) => p.id === active) ?? plans[0]
  return (
    <Navigate
      replace
      to={plan ? `/plan/${encodeURIComponent(plan.id)}/${step ?? 'shop'}` : '/plan'}
    />
  )
}

function PlanById({ id, step }: { id: string; step: string | undefined }) {
  const { t } = useTranslation()
  const plan = usePlan(id)
  const active = useSetting('activePlan')

  // Opening a plan makes it the active one (the Risks page and the Analyse targets follow it).
  useEffect(() => {
    if (plan && active !== undefined && active !== plan.id) void setSetting('activePlan', plan.id)
  }, [plan, active])

  if (plan === undefined) return <Spin size="large" />
  if (plan === null)
    return (
      <Result
        status="404"
        title={t('planUi.wizard.notFound')}
        extra={
          <Link to="/plan">
            <Button type="primary">{t('planUi.wizard.backToList')}</Button>
          </Link>
        }
      />
    )
  const current = (WIZARD_STEPS as readonly string[]).includes(step ?? '')
    ? (step as WizardStep)
    : 'shop'
  return <Wizard plan={plan} current={current} />
}

function Wizard({ plan, current }: { plan: Plan; current: WizardStep }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const edit = useEditPlan(plan.id)
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN'
  const progress = stepProgress(plan)
  const index = WIZARD_STEPS.indexOf(current)
  const go = (s: WizardStep) => navigate(`/plan/${encodeURIComponent(plan.id)}/${s}`)
  // A step opened from the bottom of a long one starts at its top.
  useEffect(() => {
    if (typeof window.scrollTo === 'function') window.scrollTo({ top: 0 })
  }, [current])
  const View = STEP_VIEWS[current]
  const prev = WIZARD_STEPS[index - 1]
  const next = WIZARD_STEPS[index + 1]

  return (
    <Flex vertical gap={16} data-testid="plan-wizard" data-plan-id={plan.id}>
      <Flex gap={12} wrap align="center">
        <Link to="/plan" aria-label={t('planUi.wizard.backToList')} data-testid="back-to-list">
          <Button type="text" icon={<ArrowLeftOutlined />}>
            {t('planUi.wizard.allPlans')}
          </Button>
        </Link>
        <div style={{ flex: '1 1 240px', maxWidth: 420 }}>
          <DraftInput
            value={plan.name}
            testId="plan-name"
            ariaLabel={t('planUi.list.planName')}
            maxLength={80}
            onCommit={(name) => edit((p, now) => ({ ...p, name, updatedAt: now }))}
          />
        </div>
        <SaveStatus />
        <Flex gap={8} style={{ marginInlineStart: 'auto' }} wrap>
          <Button
            icon={<DownloadOutlined />}
            data-testid="export-plan"
            onClick={() => void exportPlanFile(plan)}
          >
            {t('planUi.io.export')}
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            data-testid="print-plan"
            onClick={() => void navigate(planPrintPath(plan.id, locale))}
          >
            {t('planUi.io.print')}
          </Button>
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={7} lg={6} xxl={5}>
          <StepNav current={current} progress={progress} onChange={go} />
        </Col>
        <Col xs={24} md={17} lg={18} xxl={19}>
          <Card
            data-testid={`step-${current}`}
            title={
              <Flex vertical>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('planUi.wizard.stepOf', { n: index + 1, total: WIZARD_STEPS.length })}
                </Typography.Text>
                <span>{t(`planUi.steps.${current}.title`)}</span>
              </Flex>
            }
          >
            <Typography.Paragraph type="secondary">
              {t(`planUi.steps.${current}.help`)}
            </Typography.Paragraph>
            <View plan={plan} edit={edit} locale={locale} />
            <Flex justify="space-between" style={{ marginTop: 24 }}>
              {prev ? (
                <Button icon={<LeftOutlined />} data-testid="step-prev" onClick={() => go(prev)}>
                  {t(`planUi.steps.${prev}.title`)}
                </Button>
              ) : (
                <span />
              )}
              {next && (
                <Button type="primary" data-testid="step-next" onClick={() => go(next)}>
                  {t(`planUi.steps.${next}.title`)} <RightOutlined />
                </Button>
              )}
            </Flex>
          </Card>
        </Col>
      </Row>
    </Flex>
  )
}
