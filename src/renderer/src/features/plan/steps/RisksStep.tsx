import { Button, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { RiskRegister } from '../../../components/risk-register/RiskRegister'
import type { StepProps } from '../step-props'

/**
 * Step 8: the plan's risk register, the same component and rows as the Risks page (which shows the
 * active plan, and opening a plan in the wizard makes it active), so an edit in one shows in the
 * other. The register has its own counts and heat map; the step only adds the way to that page.
 */
export function RisksStep({ plan }: StepProps) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={12} data-testid="risks-step">
      <Flex justify="end">
        <Link to="/risks" data-testid="risks-open-page">
          <Button size="small">{t('planUi.risks.openPage')}</Button>
        </Link>
      </Flex>
      <RiskRegister planId={plan.id} />
    </Flex>
  )
}
