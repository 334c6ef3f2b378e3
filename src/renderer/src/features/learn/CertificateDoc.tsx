import { useTranslation } from 'react-i18next'
import { PRODUCT_NAME } from '@shared/app-meta'
import { formatDate } from '@shared/dates'
import type { CertificateModel } from './certificate-model'
import { percent } from './use-learn'

/** The certificate itself, the same on screen and on paper. */
export function CertificateDoc({ model }: { model: CertificateModel }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="certificate" data-testid="certificate-doc">
      <div className="certificate-frame">
        <p className="certificate-issuer">{model.organisation ?? PRODUCT_NAME}</p>
        <h1 className="certificate-heading">{t('learn.certificate.heading')}</h1>
        <p className="certificate-awarded">{t('learn.certificate.awardedTo')}</p>
        <p className="certificate-name" data-testid="certificate-name">
          {model.learnerName || '—'}
        </p>
        {model.shopName && (
          <p className="certificate-shop">
            {t('learn.certificate.field', {
              label: t('learn.certificate.shop'),
              value: model.shopName,
            })}
          </p>
        )}
        <p className="certificate-body">
          {t('learn.certificate.body', { course: model.courseTitle })}
        </p>
        {model.packTitle && model.packTitle !== model.courseTitle && (
          <p className="certificate-pack">{model.packTitle}</p>
        )}
        <table className="certificate-scores">
          <caption>{t('learn.certificate.modulesAndScores')}</caption>
          <tbody>
            <tr>
              {model.modules.map((m) => (
                <td key={m.id}>
                  <span className="certificate-module">
                    {t('learn.moduleN', { n: m.number })} {m.title}
                  </span>
                  <strong>{t('learn.certificate.score', { percent: percent(m.score) })}</strong>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <div className="certificate-footer">
          <span>
            {t('learn.certificate.field', {
              label: t('learn.certificate.date'),
              value: model.date ? formatDate(model.date, i18n.language) : '—',
            })}
          </span>
          <span data-testid="certificate-id">
            {t('learn.certificate.field', {
              label: t('learn.certificate.certificateId'),
              value: model.id ?? '—',
            })}
          </span>
        </div>
      </div>
    </div>
  )
}
