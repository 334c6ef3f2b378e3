import { Empty, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { pickText } from '@shared/plan/document'
import type { Risk } from '@shared/risk/register'
import { fieldLabel, formatAt, formatValue, uiLocale } from './risk-text'

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
            <li key={`${c.at}-${c.field}-${i}`} data-testid="risk-history-item">
              <Typography.Text type="secondary" style={{ minWidth: 150 }}>
                {formatAt(c.at, i18n.language)}
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
      )}
    </Modal>
  )
}
