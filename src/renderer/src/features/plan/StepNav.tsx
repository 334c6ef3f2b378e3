import { Grid, Progress, Select, Steps } from 'antd'
import { useTranslation } from 'react-i18next'
import {
  WIZARD_STEPS,
  progressPercent,
  type StepProgress,
  type WizardStep,
} from '@shared/plan/progress'

/**
 * The wizard's step list: every step reachable at any time, each with how complete it is. On a
 * narrow window it becomes a drop-down above the step.
 */
export function StepNav({
  current,
  progress,
  onChange,
}: {
  current: WizardStep
  progress: Record<WizardStep, StepProgress>
  onChange: (step: WizardStep) => void
}) {
  const { t } = useTranslation()
  const screens = Grid.useBreakpoint()
  const label = (s: WizardStep) => `${WIZARD_STEPS.indexOf(s) + 1}. ${t(`planUi.steps.${s}.title`)}`
  if (!screens.md)
    return (
      <Select
        data-testid="step-select"
        value={current}
        style={{ width: '100%' }}
        onChange={onChange}
        aria-label={t('planUi.wizard.steps')}
        options={WIZARD_STEPS.map((s) => ({
          value: s,
          label: `${label(s)} · ${progressPercent(progress[s])}%`,
        }))}
      />
    )
  return (
    <nav aria-label={t('planUi.wizard.steps')} className="plan-steps">
      <Steps
        orientation="vertical"
        size="small"
        current={WIZARD_STEPS.indexOf(current)}
        onChange={(i) => onChange(WIZARD_STEPS[i] ?? 'shop')}
        items={WIZARD_STEPS.map((s) => {
          const p = progress[s]
          const pct = progressPercent(p)
          const complete = p.total > 0 && p.done === p.total
          return {
            key: s,
            status: s === current ? 'process' : complete ? 'finish' : 'wait',
            title: (
              <span data-testid={`step-nav-${s}`} data-complete={complete}>
                {t(`planUi.steps.${s}.title`)}
              </span>
            ),
            content: (
              <Progress
                percent={pct}
                size="small"
                showInfo
                status={complete ? 'success' : 'normal'}
                aria-label={t('planUi.wizard.stepDone', { percent: pct })}
                className="plan-step-progress"
              />
            ),
          }
        })}
      />
    </nav>
  )
}
