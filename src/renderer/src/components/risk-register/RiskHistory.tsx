import { Empty, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { pickText } from '@shared/plan/document'
import type { Risk } from '@shared/risk/register'
import { ChangeLine } from './ChangeLine'
import { uiLocale } from './risk-text'

/** The history of one risk, newest change first. */
export function RiskHistory({ risk, onClose }: { risk: Risk; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const l = uiLocale(i18n.language)
  const changes = [...risk.history].reverse()
  return (
    <Modal
      open
      title={t('risksUi.register.historyTitle', {
        risk: pickText(risk.title, l) || t('risksUi.register.untitled'),
      })}
      onCancel={onClose}
      footer={null}
      width={640}
    >
      {changes.length === 0 ? (
        <Empty description={t('risksUi.register.noHistory')} />
      ) : (
        <ul className="risk-changes" data-testid="risk-history">
          {changes.map((c, i) => (
            <ChangeLine key={`${c.at}-${c.field}-${i}`} change={c} testId="risk-history-item" />
          ))}
        </ul>
      )}
    </Modal>
  )
}
