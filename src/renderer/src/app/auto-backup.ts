import { dateInZone } from '@shared/dates'
import { createBackup } from '../db/backup'
import { setSetting } from '../db/settings'
import type { PlatformApi } from '../platform'

/**
 * The desktop app's daily backup: once per calendar day, on start, the whole database is written
 * to the app's data folder (the shell keeps the newest seven). Failures never block the app.
 */
export async function runDailyBackup(api: PlatformApi, now: Date = new Date()): Promise<boolean> {
  if (!api.autoBackup) return false
  const today = dateInZone(now, Intl.DateTimeFormat().resolvedOptions().timeZone)
  const { files } = await api.autoBackup.list()
  if (files.some((f) => f.date === today)) return false
  await api.autoBackup.write(today, await createBackup(__APP_VERSION__, undefined, now))
  await setSetting('lastAutoBackup', today)
  return true
}
