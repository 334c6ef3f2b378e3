import { Alert, App, Flex, Input, Modal, Radio, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  PROMOTION_TYPES,
  newCampaign,
  validatePlan,
  type PromotionType,
} from '@shared/campaign/planner'
import { addDays, isIsoDate, type IsoDate } from '@shared/dates'
import { putCampaign } from '../../../db/campaigns'
import { todayIso } from './ChecklistCard'
import { Field } from './inputs'
import { useFormat } from './format'
import { useOrdersRange } from '../data/use-campaign-data'

/** Creates a campaign of one type with its dates; the planner opens on it. */
export function NewCampaignModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean
  onClose: () => void
  onCreated: (id: string) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const f = useFormat()
  const range = useOrdersRange()
  const start0 = addDays(todayIso(), 14)
  const [name, setName] = useState('')
  const [type, setType] = useState<PromotionType>('threshold')
  const [start, setStart] = useState<string>(start0)
  const [end, setEnd] = useState<string>(addDays(start0, 6))
  const [errors, setErrors] = useState<string[]>([])

  const create = async () => {
    if (!isIsoDate(start) || !isIsoDate(end)) {
      setErrors([t('promoteUi.errors.date')])
      return
    }
    const plan = newCampaign({
      id: `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      name: name.trim(),
      start: start as IsoDate,
      end: end as IsoDate,
      type,
      hasImports: Boolean(range),
      now: new Date().toISOString(),
      moneyUnit: f.unit,
    })
    const issues = validatePlan(plan).filter((i) => !i.field.startsWith('baseline'))
    if (issues.length > 0) {
      setErrors(issues.map((i) => t(i.key, i.values)))
      return
    }
    try {
      await putCampaign(plan)
      setErrors([])
      setName('')
      onCreated(plan.id)
    } catch {
      void message.error(t('promoteUi.saveRefused'))
    }
  }

  return (
    <Modal
      open={open}
      title={t('promoteUi.list.new')}
      okText={t('promoteUi.list.create')}
      onOk={() => void create()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'new-create' }}
      width={640}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="new-campaign-modal">
        <Field label={t('promoteUi.settings.name')} block>
          <Input
            value={name}
            maxLength={200}
            placeholder={t('promoteUi.list.namePlaceholder')}
            data-testid="new-name"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Flex gap={12} wrap>
          <Field label={t('promoteUi.settings.start')}>
            <Input
              type="date"
              value={start}
              data-testid="new-start"
              onChange={(e) => setStart(e.target.value)}
            />
          </Field>
          <Field label={t('promoteUi.settings.end')}>
            <Input
              type="date"
              value={end}
              data-testid="new-end"
              onChange={(e) => setEnd(e.target.value)}
            />
          </Field>
        </Flex>
        <Typography.Text type="secondary">{t('promoteUi.list.chooseType')}</Typography.Text>
        <Radio.Group
          value={type}
          onChange={(e) => setType(e.target.value as PromotionType)}
          data-testid="new-type"
        >
          <Flex wrap gap={8}>
            {PROMOTION_TYPES.map((x) => (
              <Radio.Button key={x} value={x} data-testid={`new-type-${x}`}>
                {t(`promoteUi.types.${x}`)}
              </Radio.Button>
            ))}
          </Flex>
        </Radio.Group>
        <Typography.Text type="secondary">{t(`promoteUi.typeHints.${type}`)}</Typography.Text>
        {errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="new-errors"
            title={t('promoteUi.saveRefused')}
            description={errors.join(' ')}
          />
        )}
      </Flex>
    </Modal>
  )
}
