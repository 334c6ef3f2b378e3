import type { Text } from '../risk/register'

/** The locales a plan text carries. */
export type TextLocale = keyof Text

const other = (locale: TextLocale): TextLocale => (locale === 'en' ? 'zh-CN' : 'en')

/** A plan text in a locale, falling back to the other language when this one is empty. */
export function localText(t: Text, locale: TextLocale): string {
  return t[locale].trim() !== '' ? t[locale] : t[other(locale)]
}

/**
 * The text after the user typed `value` in `locale`: the user's own words live in that language
 * only (the other is cleared, so a template's stale translation never shadows the edit).
 */
export function userText(value: string, locale: TextLocale): Text {
  return locale === 'en' ? { 'zh-CN': '', en: value } : { 'zh-CN': value, en: '' }
}

/** A list of texts as lines (empty entries dropped), for one-item-per-line editors. */
export function textLines(list: readonly Text[], locale: TextLocale): string {
  return list
    .map((t) => localText(t, locale))
    .filter((s) => s.trim() !== '')
    .join('\n')
}

/** Lines typed by the user back into texts (blank lines dropped, unchanged lines keep both languages). */
export function linesToTexts(value: string, previous: readonly Text[], locale: TextLocale): Text[] {
  const known = new Map(previous.map((t) => [localText(t, locale), t]))
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => known.get(l) ?? userText(l, locale))
}
