import { Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { pickText } from '@shared/plan/document'
import type { Risk } from '@shared/risk/register'
import { fieldLabel, formatAt, formatValue, uiLocale } from './risk-text'

const SHOWN = 8

/** The latest changes across the whole register (each risk's history, merged, newest first). */
export function RecentChanges({ risks }: { risks: readonly Risk[] }) {
  const { t, i18n } = useTranslation()
  const l = uiLocale(i18n.language)
  const changes = risks
    .flatMap((r) => r.history.map((c) => ({ risk: r, c })))
    .sort((a, b) => (a.c.at < b.c.at ? 1 : a.c.at > b.c.at ? -1 : 0))
    .slice(0, SHOWN)
  if (changes.length === 0) return null
  return (
    <Card size="small" title={t('risksUi.register.recent')}>
      <ul className="risk-changes" data-testid="risk-recent">
        {changes.map(({ risk, c }, i) => (
          <li key={`${risk.id}-${c.at}-${c.field}-${i}`}>
            <Typography.Text type="secondary" style={{ minWidth: 150 }}>
              {formatAt(c.at, i18n.language)}
            </Typography.Text>
            <Typography.Text strong style={{ minWidth: 160 }}>
              {pickText(risk.title, l) || t('risksUi.register.untitled')}
            </Typography.Text>
            <Typography.Text style={{ flex: 1 }}>
              {t('risksUi.register.changed', {
                field: fieldLabel(t, c.field),
                from: formatValue(t, c.field, c.from, l),
                to: formatValue(t, c.field, c.to, l),
              })}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  )
}
