import { App } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { backupFileName, parseBackup, type Backup, type BackupSummary } from '@shared/backup/format'
import { dateInZone } from '@shared/dates'
import type { Problem } from '@shared/result'
import { createBackup, restoreTables } from '../../db/backup'
import { platform } from '../../platform'

const today = (): string => dateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone)

/** Backup and restore actions with their messages; the confirmation UI lives in BackupPanel. */
export function useBackup() {
  const { t } = useTranslation()
  const { message } = App.useApp()

  const backupNow = useCallback(async () => {
    try {
      const content = await createBackup(__APP_VERSION__)
      const res = await platform().saveFile({
        suggestedName: backupFileName(today()),
        content,
        mime: 'application/json',
        filters: [{ name: 'ShopBridge backup', extensions: ['json'] }],
      })
      if (!res.saved) void message.info(t('backup.backupCancelled'))
      else if (res.path) void message.success(t('backup.backupSavedTo', { path: res.path }))
      else void message.success(t('backup.backupSaved'))
    } catch {
      void message.error(t('errors.generic'))
    }
  }, [message, t])

  /** Validates a file's text completely; nothing is touched here. */
  const check = useCallback(
    async (
      text: string,
    ): Promise<
      { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; problem: Problem }
    > => {
      const r = await parseBackup(text)
      return r.ok ? { ok: true, ...r.value } : { ok: false, problem: r.error }
    },
    [],
  )

  const restore = useCallback(
    async (backup: Backup): Promise<boolean> => {
      try {
        await restoreTables(backup.tables)
        void message.success(t('backup.restored'))
        return true
      } catch {
        void message.error(t('backup.errors.writeFailed'))
        return false
      }
    },
    [message, t],
  )

  return { backupNow, check, restore }
}
