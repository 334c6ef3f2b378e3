import { Button, Flex, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AutoBackupEntry } from '@shared/ipc/contract'
import { platform } from '../../platform'

/** The daily automatic backups (desktop): where they are, and a restore button for each. */
export function AutoBackupList({ onRestoreText }: { onRestoreText: (text: string) => void }) {
  const { t } = useTranslation()
  const api = platform().autoBackup
  const [state, setState] = useState<{ dir: string; files: AutoBackupEntry[] } | null>(null)

  useEffect(() => {
    if (!api) return
    let live = true
    void api
      .list()
      .then((s) => live && setState(s))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [api])

  return (
    <Flex vertical gap={8} data-testid="auto-backups">
      <Typography.Text strong>{t('backup.autoTitle')}</Typography.Text>
      {!api ? (
        <Typography.Text type="secondary">{t('backup.autoWeb')}</Typography.Text>
      ) : (
        <>
          <Typography.Text type="secondary">{t('backup.autoHelp')}</Typography.Text>
          {state && (
            <Typography.Text>
              {t('backup.autoDir')}:{' '}
              <Typography.Text code copyable>
                {state.dir}
              </Typography.Text>
            </Typography.Text>
          )}
          {state && state.files.length === 0 && (
            <Typography.Text>{t('backup.autoNone')}</Typography.Text>
          )}
          {state?.files.map((f) => (
            <Flex key={f.name} gap={12} align="center">
              <Typography.Text>{f.date}</Typography.Text>
              <Typography.Text type="secondary">{Math.ceil(f.size / 1024)} KB</Typography.Text>
              <Button size="small" onClick={() => void api.read(f.name).then(onRestoreText)}>
                {t('backup.autoRestore')}
              </Button>
            </Flex>
          ))}
        </>
      )}
    </Flex>
  )
}
