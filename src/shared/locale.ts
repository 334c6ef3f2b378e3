import { z } from 'zod'

/** The UI languages the app ships. */
export const LOCALES = ['zh-CN', 'en'] as const
/** A UI language. */
export type Locale = (typeof LOCALES)[number]
/** zod schema for a UI language. */
export const localeSchema = z.enum(LOCALES)

/** First-start language from the system's preferred languages: zh* → zh-CN, otherwise en. */
export function pickLocale(preferred: readonly string[]): Locale {
  const first = preferred.find((l) => l.trim() !== '')
  return first && first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

/** UI preferences kept across restarts. */
export const uiPrefsSchema = z.object({
  locale: localeSchema,
  largeText: z.boolean(),
})
/** UI preferences. */
export type UiPrefs = z.infer<typeof uiPrefsSchema>
