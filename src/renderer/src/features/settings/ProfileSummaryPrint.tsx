import { useTranslation } from 'react-i18next'
import { dateInZone, formatDate } from '@shared/dates'
import type { Locale } from '@shared/locale'
import { PRODUCT_NAME } from '@shared/app-meta'
import { defaultProfile } from '@shared/profile'
import { PrintLayout } from '../../components/PrintLayout'
import { useSetting } from '../../db/settings'

/** The printable "Shop profile summary": the first real page of the shared print mechanism. */
export function ProfileSummaryPrint() {
  const { t, i18n } = useTranslation()
  const stored = useSetting('profile')
  const locale = i18n.language as Locale
  const ready = stored !== undefined
  const profile = stored ?? defaultProfile(Intl.DateTimeFormat().resolvedOptions().timeZone)
  const today = dateInZone(new Date(), profile.timeZone)
  const rows: [string, string][] = [
    [t('settings.name'), profile.name],
    [t('settings.type'), t(`settings.types.${profile.type}`)],
    [t('settings.city'), profile.city],
    [t('settings.ownerName'), profile.ownerName],
    [t('settings.currency'), profile.currency],
    [t('settings.timeZone'), profile.timeZone],
  ]
  const shopName = profile.name || PRODUCT_NAME
  return (
    <PrintLayout
      page="profile"
      headerText={`${shopName} · ${PRODUCT_NAME}`}
      suggestedName={`${shopName} - ${t('print.profileSummary.title')}`}
      ready={ready}
    >
      <article className="print-doc" data-testid="print-profile-doc">
        <h1>{t('print.profileSummary.title')}</h1>
        <p className="muted">
          {t('print.profileSummary.generated', { date: formatDate(today, locale) })}
        </p>
        <h2>{t('print.profileSummary.fields')}</h2>
        <table className="print-table">
          <tbody>
            {rows.map(([k, v]) => (
              <tr key={k}>
                <th>{k}</th>
                <td>{v || t('common.notSet')}</td>
              </tr>
            ))}
            <tr>
              <th>{t('print.profileSummary.language')}</th>
              <td>{t(`languages.${locale}`)}</td>
            </tr>
          </tbody>
        </table>
        <h2>{t('print.profileSummary.nextStepsTitle')}</h2>
        <ol>
          <li>{t('print.profileSummary.nextSteps1')}</li>
          <li>{t('print.profileSummary.nextSteps2')}</li>
          <li>{t('print.profileSummary.nextSteps3')}</li>
        </ol>
      </article>
    </PrintLayout>
  )
}
