import {
  DeleteOutlined,
  DownloadOutlined,
  FolderOpenOutlined,
  UploadOutlined,
} from '@ant-design/icons'
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatInstant, type IsoInstant } from '@shared/dates'
import { packRow, validatePack, type PackContents, type PackValidation } from '@shared/lessons/pack'
import type { ContentProblem } from '@shared/lessons/problems'
import type { PackManifest } from '@shared/lessons/schemas'
import type { PackRow } from '@shared/lessons/stored'
import { db } from '../../db/db'
import {
  exportPack,
  localized,
  readPackFolderFiles,
  readPackZipFile,
  removePack,
  shippedPackList,
  storePack,
} from './pack-io'
import { PacksProblems } from './PacksProblems'

/** What the check dialog shows: a pack that cannot be imported, or one waiting for confirmation. */
type Check =
  | { kind: 'refused'; name: string; problems: ContentProblem[]; noLesson: boolean }
  | {
      kind: 'confirm'
      name: string
      contents: PackContents
      validation: PackValidation
      existing: PackRow | undefined
    }

/** A row of the packs table: an imported pack or one shipped with the app. */
interface Listed {
  key: string
  manifest: PackManifest
  row: PackRow | null
}

/**
 * The trainer packs: imported ones (export, remove) and those shipped with the app (read-only),
 * and importing a pack from a .zip or a folder: every problem is listed with file, line and field;
 * a pack without any readable lesson is refused, anything else asks first and is stored in one
 * transaction.
 */
export function PacksPanel() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const locale = i18n.language
  const packs = useLiveQuery(() => db.packs.toArray(), [])
  const [check, setCheck] = useState<Check | null>(null)
  const [busy, setBusy] = useState(false)
  const zipInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)

  const title = (m: PackManifest): string => localized(m.title, locale) || m.id

  const inspect = async (name: string, read: () => ReturnType<typeof readPackZipFile>) => {
    setBusy(true)
    try {
      const r = await read()
      if (!r.ok) {
        setCheck({ kind: 'refused', name, problems: r.error, noLesson: false })
        return
      }
      const validation = validatePack(r.value)
      if (!validation.usable) {
        setCheck({ kind: 'refused', name, problems: validation.problems, noLesson: true })
        return
      }
      const existing = await db.packs.get(r.value.manifest.id)
      setCheck({ kind: 'confirm', name, contents: r.value, validation, existing })
    } catch {
      void message.error(t('learn.packs.readFailed'))
    } finally {
      setBusy(false)
    }
  }

  const onZip = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (file) void inspect(file.name, () => readPackZipFile(file))
  }
  const onFolder = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])]
    e.target.value = ''
    if (files.length === 0) return
    const name =
      (files[0] as File & { webkitRelativePath?: string }).webkitRelativePath?.split('/')[0] ||
      (files[0] as File).name
    void inspect(name, () => readPackFolderFiles(files))
  }

  const confirm = async () => {
    if (check?.kind !== 'confirm') return
    setBusy(true)
    try {
      await storePack(packRow(check.contents, new Date().toISOString()))
      void message.success(t('learn.packs.imported', { title: title(check.contents.manifest) }))
      setCheck(null)
    } catch {
      void message.error(t('errors.generic'))
    } finally {
      setBusy(false)
    }
  }

  const remove = async (id: string) => {
    try {
      await removePack(id)
      void message.success(t('learn.packs.removed'))
    } catch {
      void message.error(t('errors.generic'))
    }
  }

  const exportRow = async (row: PackRow) => {
    try {
      const r = await exportPack(row)
      if (r.saved) void message.success(t('learn.packs.exported'))
      else void message.info(t('learn.packs.exportCancelled'))
    } catch {
      void message.error(t('errors.generic'))
    }
  }

  const imported = packs ?? []
  const importedIds = new Set(imported.map((p) => p.id))
  const listed: Listed[] = [
    ...[...imported]
      .sort((a, b) => b.importedAt.localeCompare(a.importedAt))
      .map((row) => ({ key: `pack:${row.id}`, manifest: row.manifest, row })),
    ...shippedPackList()
      .filter((p) => !importedIds.has(p.id))
      .map((p) => ({ key: `shipped:${p.id}`, manifest: p.manifest, row: null })),
  ]
  const languages = (ls: readonly string[]) => ls.map((l) => t(`languages.${l}`)).join(', ')

  return (
    <Card title={t('learn.packs.title')} data-testid="packs-panel">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('learn.packs.help')}
        </Typography.Paragraph>
        <Space wrap>
          <Button
            icon={<UploadOutlined />}
            loading={busy}
            onClick={() => zipInput.current?.click()}
            data-testid="pack-import-zip"
          >
            {t('learn.packs.importZip')}
          </Button>
          <Button
            icon={<FolderOpenOutlined />}
            loading={busy}
            onClick={() => folderInput.current?.click()}
            data-testid="pack-import-folder"
          >
            {t('learn.packs.importFolder')}
          </Button>
          <input
            ref={zipInput}
            type="file"
            accept=".zip,application/zip"
            hidden
            onChange={onZip}
            data-testid="pack-zip-input"
          />
          <input
            ref={(el) => {
              folderInput.current = el
              el?.setAttribute('webkitdirectory', '')
            }}
            type="file"
            multiple
            hidden
            onChange={onFolder}
            data-testid="pack-folder-input"
          />
        </Space>
        <Table<Listed>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={listed}
          locale={{ emptyText: t('learn.packs.none') }}
          columns={[
            {
              title: t('learn.packs.pack'),
              render: (_, r) => (
                <span data-testid="pack-row" data-pack-id={r.manifest.id}>
                  <Typography.Text strong>{title(r.manifest)}</Typography.Text>{' '}
                  {r.row === null && <Tag color="blue">{t('learn.packs.shipped')}</Tag>}
                  <br />
                  <Typography.Text type="secondary">
                    {t('learn.packs.version', { version: r.manifest.version })}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('learn.packs.authorColumn'),
              render: (_, r) => (
                <>
                  {r.manifest.author}
                  {r.manifest.organisation && (
                    <>
                      <br />
                      <Typography.Text type="secondary">{r.manifest.organisation}</Typography.Text>
                    </>
                  )}
                </>
              ),
            },
            {
              title: t('learn.packs.languages'),
              render: (_, r) => languages(r.manifest.languages),
            },
            {
              title: t('learn.packs.importedAt'),
              render: (_, r) =>
                r.row
                  ? formatInstant(r.row.importedAt as IsoInstant, locale)
                  : t('learn.packs.shipped'),
            },
            {
              title: '',
              render: (_, r) =>
                r.row && (
                  <Space wrap>
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      onClick={() => void exportRow(r.row as PackRow)}
                      data-testid="pack-export"
                    >
                      {t('learn.packs.export')}
                    </Button>
                    <Popconfirm
                      title={t('learn.packs.removeConfirm', { title: title(r.manifest) })}
                      okText={t('learn.packs.remove')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => void remove(r.manifest.id)}
                    >
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        data-testid="pack-remove"
                      >
                        {t('learn.packs.remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Flex>
      <Modal
        open={check !== null}
        width={860}
        title={
          check?.kind === 'confirm'
            ? t(check.existing ? 'learn.packs.replaceTitle' : 'learn.packs.confirmTitle', {
                title: title(check.contents.manifest),
              })
            : t('learn.packs.refusedTitle', { name: check?.name ?? '' })
        }
        onCancel={() => setCheck(null)}
        footer={
          check?.kind === 'confirm'
            ? [
                <Button key="cancel" onClick={() => setCheck(null)} data-testid="pack-cancel">
                  {t('common.cancel')}
                </Button>,
                <Button
                  key="ok"
                  type="primary"
                  danger={!!check.existing}
                  loading={busy}
                  onClick={() => void confirm()}
                  data-testid="pack-confirm"
                >
                  {t(check.existing ? 'learn.packs.replaceOk' : 'learn.packs.confirmOk')}
                </Button>,
              ]
            : [
                <Button key="close" onClick={() => setCheck(null)} data-testid="pack-close">
                  {t('common.close')}
                </Button>,
              ]
        }
      >
        {check?.kind === 'refused' && (
          <Flex vertical gap={12} data-testid="pack-refused">
            <Alert
              type="error"
              showIcon
              title={t(check.noLesson ? 'learn.packs.refusedNoLesson' : 'learn.packs.refused')}
              description={t('learn.packs.problemsFound', { count: check.problems.length })}
            />
            <PacksProblems problems={check.problems} />
          </Flex>
        )}
        {check?.kind === 'confirm' && (
          <Flex vertical gap={12} data-testid="pack-confirm-dialog">
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('learn.packs.pack')}>
                {title(check.contents.manifest)} ·{' '}
                {t('learn.packs.version', { version: check.contents.manifest.version })}
              </Descriptions.Item>
              {check.contents.manifest.courseTitle && (
                <Descriptions.Item label={t('learn.course')}>
                  {localized(check.contents.manifest.courseTitle, locale)}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('learn.packs.authorColumn')}>
                {check.contents.manifest.author}
                {check.contents.manifest.organisation &&
                  ` · ${check.contents.manifest.organisation}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('learn.packs.contents')}>
                <span data-testid="pack-summary">
                  {t('learn.packs.summary', {
                    modules: check.validation.summary.modules,
                    lessons: check.validation.summary.lessons,
                    questions: check.validation.summary.questions,
                  })}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('learn.packs.languages')}>
                {languages(check.validation.summary.languages)}
              </Descriptions.Item>
            </Descriptions>
            {check.existing && (
              <Alert
                type="warning"
                showIcon
                data-testid="pack-replace-warning"
                title={t('learn.packs.replaceBody', {
                  id: check.existing.id,
                  version: check.existing.manifest.version,
                  date: formatInstant(check.existing.importedAt as IsoInstant, locale),
                })}
              />
            )}
            {check.validation.problems.length > 0 ? (
              <>
                <Alert
                  type="warning"
                  showIcon
                  title={t('learn.packs.problemsFound', {
                    count: check.validation.problems.length,
                  })}
                  description={t('learn.packs.problemsHelp')}
                />
                <PacksProblems problems={check.validation.problems} />
              </>
            ) : (
              <Alert type="success" showIcon title={t('learn.packs.noProblems')} />
            )}
          </Flex>
        )}
      </Modal>
    </Card>
  )
}
