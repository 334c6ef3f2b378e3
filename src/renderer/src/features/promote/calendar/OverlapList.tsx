import { Alert, Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import type { OverlapWarning } from '@shared/calendar/plan'

/** Overlap warnings of the shop's campaigns (with each other, with big shopping days, festivals). */
export function OverlapList({ warnings }: { warnings: readonly OverlapWarning[] }) {
  const { t } = useTranslation()
  return (
    <Card size="small" title={t('calendarUi.overlap.title')} data-testid="overlaps">
      {warnings.length === 0 ? (
        <Alert type="success" showIcon title={t('calendarUi.overlap.none')} />
      ) : (
        <Flex vertical gap={8}>
          {warnings.map((w, i) => (
            <Alert
              key={`${w.campaignId}-${w.key}-${i}`}
              type={w.key === 'calendarUi.overlap.festival' ? 'info' : 'warning'}
              showIcon
              title={t(w.key, w.values)}
              data-testid="overlap-warning"
            />
          ))}
        </Flex>
      )}
    </Card>
  )
}
