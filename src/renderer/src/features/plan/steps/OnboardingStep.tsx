import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Input,
  Progress,
  Steps,
  Table,
  Typography,
} from 'antd'
import { useTranslation } from 'react-i18next'
import { isIsoDate } from '@shared/dates'
import { toggleChecklistItem, updateChecklistItem } from '@shared/plan/plan'
import { STEPS, type ChecklistItem } from '@shared/plan/schema'
import { checklistProgress } from '@shared/plan/tracking'
import { DraftInput } from '../fields'
import type { StepProps } from '../step-props'

/** Step 4: for each chosen platform, the materials and the steps choose → prepare → apply → review → go live. */
export function OnboardingStep({ plan, edit }: StepProps) {
  const { t } = useTranslation()
  const progress = checklistProgress(plan)
  if (plan.platforms.chosen.length === 0)
    return <Empty description={t('planUi.onboarding.noPlatform')} />
  const columns = [
    {
      title: t('planUi.onboarding.done'),
      key: 'done',
      width: 60,
      render: (_: unknown, i: ChecklistItem) => (
        <Checkbox
          checked={i.done}
          data-testid={`check-${i.id}`}
          aria-label={t(
            i.kind === 'material' ? `plan.materials.${i.item}` : `plan.steps.${i.item}`,
          )}
          onChange={() => edit((p, now) => toggleChecklistItem(p, i.id, now))}
        />
      ),
    },
    {
      title: t('planUi.onboarding.item'),
      key: 'item',
      render: (_: unknown, i: ChecklistItem) => (
        <Typography.Text delete={i.done}>
          {t(i.kind === 'material' ? `plan.materials.${i.item}` : `plan.steps.${i.item}`)}
        </Typography.Text>
      ),
    },
    {
      title: t('planUi.onboarding.owner'),
      key: 'owner',
      render: (_: unknown, i: ChecklistItem) => (
        <DraftInput
          value={i.owner}
          ariaLabel={t('planUi.onboarding.owner')}
          testId={`owner-${i.id}`}
          maxLength={80}
          onCommit={(owner) => edit((p, now) => updateChecklistItem(p, i.id, { owner }, now))}
        />
      ),
    },
    {
      title: t('planUi.onboarding.due'),
      key: 'due',
      render: (_: unknown, i: ChecklistItem) => (
        <Input
          type="date"
          value={i.due ?? ''}
          style={{ width: 160 }}
          aria-label={t('planUi.onboarding.due')}
          data-testid={`due-${i.id}`}
          onChange={(e) => {
            const v = e.target.value
            if (v === '' || isIsoDate(v))
              edit((p, now) => updateChecklistItem(p, i.id, { due: v === '' ? null : v }, now))
          }}
        />
      ),
    },
  ]
  return (
    <Flex vertical gap={16}>
      {progress.byPlatform.map((bp) => {
        const items = plan.onboarding.filter((i) => i.platform === bp.platform)
        const steps = items.filter((i) => i.kind === 'step')
        const firstOpen = STEPS.findIndex((s) => !steps.find((i) => i.item === s)?.done)
        const pct = bp.total === 0 ? 0 : Math.round((100 * bp.done) / bp.total)
        return (
          <Card
            key={bp.platform}
            data-testid={`onboarding-${bp.platform}`}
            title={t(`plan.platforms.${bp.platform}`)}
            extra={
              <Flex gap={8} align="center" style={{ minWidth: 200 }}>
                <Typography.Text type="secondary">
                  {t('planUi.onboarding.count', { done: bp.done, total: bp.total })}
                </Typography.Text>
                <Progress percent={pct} size="small" style={{ width: 100, margin: 0 }} />
              </Flex>
            }
          >
            <Steps
              size="small"
              current={firstOpen === -1 ? STEPS.length : firstOpen}
              items={STEPS.map((s) => ({ key: s, title: t(`plan.steps.${s}`) }))}
              style={{ marginBottom: 16 }}
            />
            <Typography.Title level={5}>{t('planUi.onboarding.steps')}</Typography.Title>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={steps}
              columns={columns}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('planUi.onboarding.materials')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('planUi.onboarding.materialsHelp')}
            </Typography.Paragraph>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={items.filter((i) => i.kind === 'material')}
              columns={columns}
            />
            <Button
              type="link"
              style={{ paddingInline: 0 }}
              onClick={() =>
                edit((p, now) => {
                  let next = p
                  for (const i of p.onboarding)
                    if (i.platform === bp.platform && !i.done)
                      next = updateChecklistItem(next, i.id, { done: true }, now)
                  return next
                })
              }
            >
              {t('planUi.onboarding.allDone')}
            </Button>
          </Card>
        )
      })}
    </Flex>
  )
}
