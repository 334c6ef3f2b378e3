import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Risk } from '@shared/risk/register'
import { fieldLabel, formatAt, formatValue, uiLocale } from './risk-text'

/** One change of a risk: when, optionally which risk, and the field's old and new value. */
export function ChangeLine({
  change,
  riskTitle,
  testId,
}: {
  change: Risk['history'][number]
  /** Shown between the time and the change (the register-wide list names the risk). */
  riskTitle?: string
  testId?: string
}) {
  const { t, i18n } = useTranslation()
  const l = uiLocale(i18n.language)
  return (
    <li data-testid={testId}>
      <Typography.Text type="secondary" style={{ minWidth: 150 }}>
        {formatAt(change.at, i18n.language)}
      </Typography.Text>
      {riskTitle !== undefined && (
        <Typography.Text strong style={{ minWidth: 160 }}>
          {riskTitle}
        </Typography.Text>
      )}
      <Typography.Text style={{ flex: 1 }}>
        {t('risksUi.register.changed', {
          field: fieldLabel(t, change.field),
          from: formatValue(t, change.field, change.from, l),
          to: formatValue(t, change.field, change.to, l),
        })}
      </Typography.Text>
    </li>
  )
}
