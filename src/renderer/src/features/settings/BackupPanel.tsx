import { Button, Card, Descriptions, Flex, Modal, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { OpenFileButton } from '../../components/OpenFileButton'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { Backup, BackupSummary } from '@shared/backup/format'
import { formatInstant, type IsoInstant } from '@shared/dates'
import type { Locale } from '@shared/locale'
import type { Problem } from '@shared/result'
import { AutoBackupList } from './AutoBackupList'
import { useBackup } from './use-backup'
import { ProblemAlert } from '../../components/ProblemAlert'

/** "Back up everything" and "Restore": a file is validated completely and summarised before anything is replaced. */
export function BackupPanel() {
  const { t, i18n } = useTranslation()
  const { backupNow, check, restore } = useBackup()
  const [problem, setProblem] = useState<Problem | null>(null)
  const [pending, setPending] = useState<{ backup: Backup; summary: BackupSummary } | null>(null)
  const [busy, setBusy] = useState(false)
  const [search, setSearch] = useSearchParams()

  // The menu's "Back Up Everything…" arrives as ?backup=now.
  useEffect(() => {
    if (search.get('backup') !== 'now') return
    setSearch({}, { replace: true })
    void backupNow()
  }, [search, setSearch, backupNow])

  const checkText = async (text: string) => {
    setProblem(null)
    const r = await check(text)
    if (r.ok) setPending({ backup: r.backup, summary: r.summary })
    else setProblem(r.problem)
  }

  const onFile = async (file: File) => {
    setBusy(true)
    try {
      await checkText(await file.text())
    } catch {
      setProblem({ key: 'backup.errors.readFailed' })
    } finally {
      setBusy(false)
    }
  }

  const confirm = async () => {
    if (!pending) return
    setBusy(true)
    const done = await restore(pending.backup)
    setBusy(false)
    if (done) setPending(null)
  }

  const locale = i18n.language as Locale
  return (
    <Card title={t('backup.title')}>
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('backup.help')}</Typography.Text>
        <Flex gap={12} wrap>
          <Button type="primary" data-testid="backup-now" onClick={() => void backupNow()}>
            {t('backup.backupNow')}
          </Button>
          <OpenFileButton
            data-testid="restore-button"
            inputTestId="restore-input"
            loading={busy}
            accept=".json,application/json"
            onFile={(file) => void onFile(file)}
          >
            {busy ? t('backup.restoring') : t('backup.restore')}
          </OpenFileButton>
        </Flex>
        {problem && (
          <ProblemAlert problem={problem} testId="restore-error" onClose={() => setProblem(null)} />
        )}
        <AutoBackupList onRestoreText={(text) => void checkText(text)} />
      </Flex>
      <Modal
        open={pending !== null}
        title={t('backup.confirmTitle')}
        onCancel={() => setPending(null)}
        footer={[
          <Button key="cancel" onClick={() => setPending(null)}>
            {t('common.cancel')}
          </Button>,
          <Button key="backup" onClick={() => void backupNow()}>
            {t('backup.backupNow')}
          </Button>,
          <Button
            key="ok"
            type="primary"
            danger
            loading={busy}
            data-testid="restore-confirm"
            onClick={() => void confirm()}
          >
            {t('backup.confirmOk')}
          </Button>,
        ]}
      >
        {pending && (
          <Flex vertical gap={12} data-testid="restore-summary">
            <Typography.Paragraph>{t('backup.confirmBody')}</Typography.Paragraph>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('backup.createdAt')}>
                {formatInstant(pending.summary.createdAt as IsoInstant, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('backup.appVersion')}>
                {pending.summary.appVersion}
              </Descriptions.Item>
              {Object.entries(pending.summary.areas).map(([area, n]) => (
                <Descriptions.Item key={area} label={t(`backup.areaNames.${area}`)}>
                  {t('backup.rows', { count: n })}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Flex>
        )}
      </Modal>
    </Card>
  )
}
