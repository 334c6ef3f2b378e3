import { useTranslation } from 'react-i18next'
import type { Problem } from '@shared/result'

/** The printed plans' warnings (overlaps with other campaigns, shopping days, festivals). */
export function DocWarnings({ warnings }: { warnings: readonly Problem[] }) {
  const { t } = useTranslation()
  if (warnings.length === 0) return null
  return (
    <>
      <h2>{t('calendarUi.doc.warnings')}</h2>
      <ul className="doc-warnings">
        {warnings.map((w, i) => (
          <li key={i}>{t(w.key, w.values)}</li>
        ))}
      </ul>
    </>
  )
}
