import { pickLocale, type UiPrefs } from '@shared/locale'
import { db } from '../db/db'
import { getSetting, setSetting } from '../db/settings'

/**
 * Opens the database and reads the stored preferences before the first paint, so the app starts
 * in the remembered language. On a first start the language follows the system (zh* → zh-CN).
 */
export async function loadPrefs(languages: readonly string[]): Promise<UiPrefs> {
  await db.open()
  const stored = await getSetting('ui')
  if (stored) return stored
  const prefs: UiPrefs = { locale: pickLocale(languages), largeText: false }
  await setSetting('ui', prefs)
  return prefs
}
