import { InboxOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Progress, Result, Typography, Upload } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ShopProfile } from '@shared/profile'
import type { FromWorker } from '../../workers/import-protocol'
import { FileSetup } from './FileSetup'
import { startImport, type ImportJob } from './import-client'
import { RejectedRows } from './RejectedRows'
import { dashboardChoices } from './use-analytics'

type Phase =
  | { name: 'setup' }
  | { name: 'running'; bytes: number; total: number; rows: number; elapsedMs: number }
  | { name: 'review'; parsed: Extract<FromWorker, { type: 'parsed' }> }
  | { name: 'done'; parsed: Extract<FromWorker, { type: 'parsed' }> | null; nothingNew: boolean }
  | { name: 'failed'; key: string; values?: Record<string, string | number> }
  | { name: 'cancelled' }

const MB = 1024 * 1024

/** Analyse → Import: choose files, check each one's mapping, import with progress and Cancel. */
export function ImportWizard({ profile }: { profile: ShopProfile }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [queue, setQueue] = useState<File[]>([])
  const [index, setIndex] = useState(0)
  const [phase, setPhase] = useState<Phase>({ name: 'setup' })
  const job = useRef<ImportJob | null>(null)
  const parsed = useRef<Extract<FromWorker, { type: 'parsed' }> | null>(null)
  const file = queue[index]

  useEffect(() => () => job.current?.cancel(), [])

  const onMessage = (m: FromWorker) => {
    if (m.type === 'progress') setPhase({ name: 'running', ...m })
    else if (m.type === 'parsed') {
      parsed.current = m
      if (m.errorCount > 0 && !m.nothingNew) setPhase({ name: 'review', parsed: m })
      else if (m.nothingNew) {
        setPhase({ name: 'done', parsed: m, nothingNew: true })
        job.current?.commit()
      }
    } else if (m.type === 'done')
      setPhase({ name: 'done', parsed: parsed.current, nothingNew: m.importId === null })
    else if (m.type === 'failed')
      setPhase({
        name: 'failed',
        key: m.problem.key,
        ...(m.problem.values ? { values: m.problem.values } : {}),
      })
    else setPhase({ name: 'cancelled' })
  }

  const next = () => {
    job.current = null
    parsed.current = null
    setPhase({ name: 'setup' })
    setIndex(index + 1)
  }

  if (!file)
    return (
      <Card title={t('analyse.wizard.title')} data-testid="import-wizard">
        <Upload.Dragger
          multiple
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          showUploadList={false}
          beforeUpload={(_f, list) => {
            setQueue(list as unknown as File[])
            setIndex(0)
            return false
          }}
          data-testid="file-drop"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('analyse.wizard.drop')}</p>
          <p className="ant-upload-hint">{t('analyse.wizard.dropHint')}</p>
        </Upload.Dragger>
        <Button style={{ marginTop: 16 }} onClick={() => navigate('/analyse')}>
          {t('analyse.wizard.close')}
        </Button>
      </Card>
    )

  const header = (
    <Typography.Text strong data-testid="wizard-file">
      {t('analyse.wizard.file')}: {file.name}{' '}
      {queue.length > 1 ? `(${index + 1}/${queue.length})` : ''}
    </Typography.Text>
  )
  const more = index + 1 < queue.length
  const after = (
    <Flex gap={8}>
      {more && (
        <Button type="primary" onClick={next}>
          {t('analyse.wizard.next')}
        </Button>
      )}
      <Button
        type={more ? 'default' : 'primary'}
        onClick={() => navigate('/analyse')}
        data-testid="wizard-close"
      >
        {t('analyse.wizard.close')}
      </Button>
    </Flex>
  )

  return (
    <Card title={t('analyse.wizard.title')} data-testid="import-wizard">
      <Flex vertical gap={16}>
        {header}
        {phase.name === 'setup' && (
          <FileSetup
            key={`${file.name}-${index}`}
            file={file}
            profile={profile}
            onStart={(s) => {
              setPhase({ name: 'running', bytes: 0, total: file.size, rows: 0, elapsedMs: 0 })
              job.current = startImport(s, onMessage, () => dashboardChoices(profile.timeZone))
            }}
          />
        )}
        {phase.name === 'running' && (
          <Flex vertical gap={8} data-testid="import-progress">
            <Progress percent={Math.floor((phase.bytes / Math.max(1, phase.total)) * 100)} />
            <Typography.Text>
              {t('analyse.wizard.progress', {
                rows: phase.rows.toLocaleString(),
                mb: (phase.bytes / MB).toFixed(1),
                total: (phase.total / MB).toFixed(1),
              })}
              {phase.bytes > 0 && phase.bytes < phase.total
                ? ` · ${t('analyse.wizard.timeLeft', {
                    seconds: Math.ceil(
                      ((phase.total - phase.bytes) / phase.bytes) * (phase.elapsedMs / 1000),
                    ),
                  })}`
                : ''}
            </Typography.Text>
            <div>
              <Button danger onClick={() => job.current?.cancel()} data-testid="cancel-import">
                {t('analyse.wizard.cancel')}
              </Button>
            </div>
          </Flex>
        )}
        {phase.name === 'review' && (
          <Flex vertical gap={12}>
            <Alert
              type="warning"
              showIcon
              title={t('analyse.wizard.summary', { ...phase.parsed.counts })}
            />
            <RejectedRows
              errors={phase.parsed.errors}
              total={phase.parsed.errorCount}
              fileName={file.name}
            />
            <Flex gap={8}>
              <Button
                type="primary"
                onClick={() => job.current?.commit()}
                data-testid="import-valid"
              >
                {t('analyse.wizard.importValid')}
              </Button>
              <Button onClick={() => job.current?.cancel()}>{t('analyse.wizard.cancel')}</Button>
            </Flex>
          </Flex>
        )}
        {phase.name === 'done' && (
          <Result
            status="success"
            data-testid="import-done"
            data-parts={phase.parsed?.parts ?? 1}
            data-one-row={phase.parsed?.oneRowPerOrder ? 1 : 0}
            title={
              phase.nothingNew
                ? t('analyse.wizard.nothingNew')
                : t('analyse.wizard.done', { name: file.name })
            }
            subTitle={
              phase.parsed ? t('analyse.wizard.summary', { ...phase.parsed.counts }) : undefined
            }
            extra={after}
          />
        )}
        {phase.name === 'failed' && (
          <Result
            status="error"
            data-testid="import-failed"
            title={t('analyse.wizard.failed')}
            subTitle={t(phase.key, phase.values)}
            extra={after}
          />
        )}
        {phase.name === 'cancelled' && (
          <Result
            status="info"
            data-testid="import-cancelled"
            title={t('analyse.wizard.cancelled')}
            extra={after}
          />
        )}
      </Flex>
    </Card>
  )
}
