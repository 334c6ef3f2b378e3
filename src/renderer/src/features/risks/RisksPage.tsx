import { PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty, Flex, Select, Spin, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { PRODUCT_NAME } from '@shared/app-meta'
import { LOCALES, type Locale } from '@shared/locale'
import { planPrintPath } from '@shared/plan/document'
import { newPlan } from '@shared/plan/plan'
import { defaultRisks } from '@shared/risk/register'
import { RiskRegister } from '../../components/risk-register/RiskRegister'
import { uiLocale } from '../../components/risk-register/risk-text'
import { putPlan, usePlans } from '../../db/plans'
import { setSetting, useSetting } from '../../db/settings'

/**
 * The Risks area: the risk register of one plan (the active plan, switchable here). Risks live in
 * plans, so with no plan yet the page offers to create one from the blank template with the
 * course's default risks.
 */
export function RisksPage() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const plans = usePlans()
  const active = useSetting('activePlan')
  const profile = useSetting('profile')
  const [docLang, setDocLang] = useState<Locale>(uiLocale(i18n.language))
  const [creating, setCreating] = useState(false)

  if (plans === undefined || active === undefined || profile === undefined) return <Spin />

  // The active plan, or (unset or deleted) the most recently changed one.
  const plan = plans.find((p) => p.id === active) ?? plans[0]

  const create = async () => {
    setCreating(true)
    try {
      const now = new Date().toISOString()
      const name = profile?.name.trim() || t('risksUi.empty.defaultName')
      const base = newPlan(
        'blank',
        { name, location: profile?.city ?? '', currency: profile?.currency ?? 'CNY' },
        now,
      )
      // The blank template starts without risks; the Risks page starts from the course's list.
      const created = { ...base, risks: base.risks.length > 0 ? base.risks : defaultRisks() }
      await putPlan(created)
      await setSetting('activePlan', created.id)
      void message.success(t('risksUi.empty.created', { count: created.risks.length }))
    } catch {
      void message.error(t('errors.generic'))
    } finally {
      setCreating(false)
    }
  }

  return (
    <Flex vertical gap={16} data-testid="risks-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('risksUi.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('risksUi.intro')}
      </Typography.Paragraph>
      {!plan ? (
        <Card>
          <Empty
            data-testid="risks-empty"
            description={
              <Flex vertical gap={4} align="center">
                <Typography.Text strong>{t('risksUi.empty.title')}</Typography.Text>
                <Typography.Text type="secondary" style={{ maxWidth: 520 }}>
                  {t('risksUi.empty.body')}
                </Typography.Text>
              </Flex>
            }
          >
            <Button
              type="primary"
              icon={<PlusOutlined />}
              loading={creating}
              onClick={() => void create()}
              data-testid="risks-create-plan"
            >
              {t('risksUi.empty.create')}
            </Button>
          </Empty>
        </Card>
      ) : (
        <>
          <Flex gap={12} align="center" wrap>
            <Typography.Text>{t('risksUi.plan')}</Typography.Text>
            <Select
              value={plan.id}
              onChange={(id) => void setSetting('activePlan', id)}
              options={plans.map((p) => ({ value: p.id, label: p.name || PRODUCT_NAME }))}
              style={{ minWidth: 240 }}
              aria-label={t('risksUi.plan')}
              data-testid="risks-plan-select"
            />
            <Flex gap={8} align="center" style={{ marginLeft: 'auto' }}>
              <Typography.Text>{t('risksUi.docLanguage')}</Typography.Text>
              <Select
                value={docLang}
                onChange={setDocLang}
                aria-label={t('risksUi.docLanguage')}
                options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                style={{ width: 120 }}
              />
              <Button
                icon={<PrinterOutlined />}
                data-testid="risks-print-plan"
                onClick={() => void navigate(planPrintPath(plan.id, docLang))}
              >
                {t('risksUi.printPlan')}
              </Button>
            </Flex>
          </Flex>
          <RiskRegister key={plan.id} planId={plan.id} />
        </>
      )}
    </Flex>
  )
}
