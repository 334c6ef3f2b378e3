import { Card, Col, Form, Input, Modal, Row, Typography, type ButtonProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TEMPLATE_IDS, type TemplateId } from '@shared/plan/schema'
import { TEMPLATES } from '@shared/plan/templates'
import { localText } from '@shared/plan/text'
import type { ShopProfile } from '@shared/profile'

/** The template a shop kind suggests. */
const suggested = (profile: ShopProfile | null): TemplateId =>
  profile && profile.type !== 'other' ? profile.type : 'blank'

/** "New plan": choose a template (each pre-fills content to edit) and a name. */
export function NewPlanModal({
  open,
  profile,
  onCancel,
  onCreate,
}: {
  open: boolean
  profile: ShopProfile | null
  onCancel: () => void
  onCreate: (template: TemplateId, name: string) => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN'
  const [template, setTemplate] = useState<TemplateId | null>(null)
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const chosen = template ?? suggested(profile)
  return (
    <Modal
      open={open}
      width={760}
      title={t('planUi.list.newTitle')}
      okText={t('planUi.list.create')}
      cancelText={t('planUi.common.cancel')}
      okButtonProps={{ 'data-testid': 'create-plan', loading: busy } as ButtonProps}
      onCancel={onCancel}
      destroyOnHidden
      onOk={async () => {
        setBusy(true)
        try {
          await onCreate(chosen, name)
          setTemplate(null)
          setName('')
        } finally {
          setBusy(false)
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('planUi.list.newHelp')}</Typography.Paragraph>
      <Row gutter={[12, 12]} role="radiogroup" aria-label={t('planUi.list.template')}>
        {TEMPLATE_IDS.map((id) => (
          <Col xs={24} sm={12} key={id}>
            <Card
              size="small"
              hoverable
              role="radio"
              aria-checked={chosen === id}
              tabIndex={0}
              data-testid={`template-${id}`}
              className={chosen === id ? 'plan-template plan-template-on' : 'plan-template'}
              onClick={() => setTemplate(id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') setTemplate(id)
              }}
            >
              <Typography.Text strong>{t(`planUi.templates.${id}.name`)}</Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {t(`planUi.templates.${id}.description`)}
              </Typography.Paragraph>
              {id !== 'blank' && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('planUi.list.sells', { what: localText(TEMPLATES[id].sells, locale) })}
                </Typography.Text>
              )}
            </Card>
          </Col>
        ))}
      </Row>
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item label={t('planUi.list.planName')}>
          <Input
            data-testid="new-plan-name"
            value={name}
            maxLength={80}
            placeholder={profile?.name || t('planUi.list.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
