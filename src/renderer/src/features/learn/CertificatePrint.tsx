import { useTranslation } from 'react-i18next'
import { PRODUCT_NAME } from '@shared/app-meta'
import { PrintLayout } from '../../components/PrintLayout'
import { useSetting } from '../../db/settings'
import { buildCertificate } from './certificate-model'
import { CertificateDoc } from './CertificateDoc'
import { useLearn } from './use-learn'
import './learn.css'

/** The printable certificate (`#/print/certificate`, landscape A4 when opened from Learn). */
export function CertificatePrint() {
  const { t } = useTranslation()
  const state = useLearn()
  const name = useSetting('learnerName')
  const profile = useSetting('profile')
  const ready = state !== undefined && name !== undefined && profile !== undefined
  const model = ready ? buildCertificate(state, name ?? '', profile, t) : null
  const shop = profile?.name.trim() || PRODUCT_NAME
  return (
    <PrintLayout
      page="certificate"
      headerText={`${shop} · ${t('learn.certificate.title')}`}
      suggestedName={`${model?.learnerName || shop} - ${t('learn.certificate.title')}`}
      ready={ready}
    >
      {model &&
        (model.unlocked ? (
          <CertificateDoc model={model} />
        ) : (
          <article className="print-doc" data-testid="certificate-locked">
            <h1>{t('learn.certificate.title')}</h1>
            <p>{t('learn.certificate.locked')}</p>
          </article>
        ))}
    </PrintLayout>
  )
}
