import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { resources } from '@shared/i18n'
import type { Locale } from '@shared/locale'

/** Starts i18next with both shipped languages (bundled: nothing is fetched at run time). */
export async function initI18n(locale: Locale): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: resources['zh-CN'] },
      en: { translation: resources.en },
    },
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  })
  return i18next
}

export { i18next }
