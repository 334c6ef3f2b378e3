import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Problem } from '@shared/result'

/** A translated problem (what went wrong and what to do) as an error alert, closable when `onClose`. */
export function ProblemAlert({
  problem,
  testId,
  onClose,
}: {
  problem: Problem
  testId: string
  onClose?: () => void
}) {
  const { t } = useTranslation()
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={t(problem.key, problem.values)}
      {...(onClose ? { closable: { onClose } } : {})}
    />
  )
}
