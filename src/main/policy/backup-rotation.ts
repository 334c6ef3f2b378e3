import { isIsoDate, type IsoDate } from '../../shared/dates'

/** Names of automatic daily backups: `shopbridge-auto-YYYY-MM-DD.json`. */
export const AUTO_BACKUP_PATTERN = /^shopbridge-auto-(\d{4}-\d{2}-\d{2})\.json$/
/** How many automatic backups are kept. */
export const AUTO_BACKUPS_KEPT = 7

/** The date an automatic backup's file name carries, or null for any other file. */
export function autoBackupDate(name: string): IsoDate | null {
  const d = AUTO_BACKUP_PATTERN.exec(name)?.[1]
  return d !== undefined && isIsoDate(d) ? d : null
}

/** Automatic backups in a folder listing, newest first (other files are ignored, never deleted). */
export function sortAutoBackups(names: readonly string[]): { name: string; date: IsoDate }[] {
  return names
    .map((name) => ({ name, date: autoBackupDate(name) }))
    .filter((e): e is { name: string; date: IsoDate } => e.date !== null)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}

/** Which automatic backups to delete so that only the newest `keep` remain. */
export function backupsToDelete(names: readonly string[], keep = AUTO_BACKUPS_KEPT): string[] {
  return sortAutoBackups(names)
    .slice(keep)
    .map((e) => e.name)
}

/** True when no automatic backup exists for `today` yet. */
export function needsAutoBackup(names: readonly string[], today: string): boolean {
  return !names.some((n) => autoBackupDate(n) === today)
}
