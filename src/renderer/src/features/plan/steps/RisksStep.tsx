import { Button, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { riskLevel, riskScore } from '@shared/risk/register'
import { RiskRegister } from '../../../components/risk-register/RiskRegister'
import type { StepProps } from '../step-props'

/** Step 8: the plan's risk register (the same component and rows as the Risks page). */
export function RisksStep({ plan }: StepProps) {
  const { t } = useTranslation()
  const open = plan.risks.filter((r) => r.status !== 'closed')
  const high = open.filter((r) => riskLevel(riskScore(r)) === 'high').length
  return (
    <Flex vertical gap={12} data-testid="risks-step">
      <Flex gap={8} align="center" wrap>
        <Typography.Text data-testid="risk-summary">
          {t('planUi.risks.summary', { count: plan.risks.length, open: open.length })}
        </Typography.Text>
        {high > 0 && <Tag color="red">{t('planUi.risks.high', { count: high })}</Tag>}
        <Link to="/risks" style={{ marginInlineStart: 'auto' }}>
          <Button size="small">{t('planUi.risks.openPage')}</Button>
        </Link>
      </Flex>
      <RiskRegister planId={plan.id} />
    </Flex>
  )
}
