import { useCallback, useMemo, useState } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PRODUCT_NAME } from '@shared/app-meta'
import { dateInZone, isValidTimeZone } from '@shared/dates'
import { LOCALES, type Locale } from '@shared/locale'
import { buildPlanDocument } from '@shared/plan/document'
import { PrintLayout } from '../../components/PrintLayout'
import { usePlan } from '../../db/plans'
import { useSetting } from '../../db/settings'
import { PlanDocumentView } from './doc/PlanDocumentView'

/**
 * `#/print/plan?id=…&lang=…`: the plan as a document. Without `id`, the active plan; without
 * `lang`, the UI language. The whole print layout (page numbers included) runs in the document's
 * language through a cloned i18next instance, so a Chinese UI can print an English plan and back.
 */
export function PlanPrint() {
  const { i18n } = useTranslation()
  const [search] = useSearchParams()
  const requested = search.get('lang')
  const lang: Locale = (LOCALES as readonly string[]).includes(requested ?? '')
    ? (requested as Locale)
    : i18n.language === 'en'
      ? 'en'
      : 'zh-CN'
  const docI18n = useMemo(
    () => (i18n.language === lang ? i18n : i18n.cloneInstance({ lng: lang })),
    [i18n, lang],
  )
  return (
    <I18nextProvider i18n={docI18n}>
      <PlanPrintBody lang={lang} id={search.get('id')} />
    </I18nextProvider>
  )
}

function PlanPrintBody({ lang, id }: { lang: Locale; id: string | null }) {
  const { t } = useTranslation()
  const active = useSetting('activePlan')
  const profile = useSetting('profile')
  const planId = id ?? (active === undefined ? undefined : active)
  const plan = usePlan(planId)
  const [chartDone, setChartDone] = useState(false)
  const onChart = useCallback(() => setChartDone(true), [])

  const loaded = profile !== undefined && plan !== undefined && planId !== undefined
  const doc = useMemo(() => {
    if (!plan || profile === undefined) return null
    const tz = profile?.timeZone
    return buildPlanDocument(plan, {
      t: (key, values) => t(key, values ?? {}),
      locale: lang,
      today: dateInZone(new Date(), tz && isValidTimeZone(tz) ? tz : 'Asia/Shanghai'),
      author: profile?.ownerName ?? '',
    })
  }, [plan, profile, lang, t])

  const shop = doc?.cover.shop || profile?.name.trim() || PRODUCT_NAME
  const title = t('risksUi.doc.title')
  return (
    <PrintLayout
      page="plan"
      headerText={`${shop} · ${title}`}
      suggestedName={`${shop} - ${title}${doc ? ` ${doc.cover.date}` : ''}`}
      ready={loaded && (doc === null || chartDone)}
    >
      {doc ? (
        <PlanDocumentView doc={doc} lang={lang} t={t} onChart={onChart} />
      ) : (
        loaded && (
          <article className="print-doc" data-testid="plan-doc-missing">
            <h1>{title}</h1>
            <p>{t('risksUi.doc.missingPlan')}</p>
          </article>
        )
      )}
    </PrintLayout>
  )
}
