import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { pickText } from '@shared/plan/document'
import type { Risk } from '@shared/risk/register'
import { ChangeLine } from './ChangeLine'
import { uiLocale } from './risk-text'

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
          <ChangeLine
            key={`${risk.id}-${c.at}-${c.field}-${i}`}
            change={c}
            riskTitle={pickText(risk.title, l) || t('risksUi.register.untitled')}
          />
        ))}
      </ul>
    </Card>
  )
}
