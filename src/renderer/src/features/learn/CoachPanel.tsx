import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import {
  Alert,
  App,
  Button,
  Card,
  Divider,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatInstant, type IsoInstant } from '@shared/dates'
import type { CoachLearner, HardQuestion } from '@shared/lessons/coach'
import type { Problem } from '@shared/result'
import { db } from '../../db/db'
import { useSetting } from '../../db/settings'
import {
  exportableSources,
  exportMyProgress,
  importProgressFiles,
  localized,
  promptKey,
  questionPrompts,
  readProgressFiles,
  removeLearner,
  shippedPackList,
  summarize,
} from './pack-io'

/**
 * The trainer view. A learner exports their own progress as a file for the trainer; the trainer
 * imports the learners' files and sees each learner's lessons done and best score per module, and
 * the questions answered wrongly most often. Nothing leaves the computer except the files saved.
 */
export function CoachPanel() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const locale = i18n.language
  const storedName = useSetting('learnerName')
  const activeCourse = useSetting('activeCourse')
  const [name, setName] = useState<string | null>(null)
  const [source, setSource] = useState<string | null>(null)
  const [failed, setFailed] = useState<{ name: string; problem: Problem }[]>([])
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  const learners = useLiveQuery(() => db.learners.toArray(), [])
  const packs = useLiveQuery(() => db.packs.toArray(), [])
  const sources = useLiveQuery(() => exportableSources(), [packs])
  const prompts = useMemo(() => questionPrompts(packs ?? []), [packs])

  // The name field starts from the stored learner name (once it has loaded).
  const shownName = name ?? storedName ?? ''
  // The course chosen here, else the active one; a removed pack falls back to the built-in course.
  const available = (id: string | null | undefined): id is string =>
    !!id && (!sources || sources.includes(id))
  const chosenSource = available(source)
    ? source
    : available(activeCourse)
      ? activeCourse
      : 'builtin'

  const summary = useMemo(() => summarize(learners ?? []), [learners])

  const titles = useMemo(() => {
    const m = new Map<string, string>()
    for (const p of shippedPackList()) m.set(`pack:${p.id}`, localized(p.manifest.title, locale))
    for (const p of packs ?? []) m.set(`pack:${p.id}`, localized(p.manifest.title, locale))
    return m
  }, [packs, locale])
  const courseName = (id: string): string =>
    id === 'builtin' ? t('learn.packs.builtin') : (titles.get(id) ?? id)

  const exportMine = async () => {
    if (shownName.trim() === '') {
      void message.error(t('learn.coach.nameRequired'))
      return
    }
    setBusy(true)
    try {
      const r = await exportMyProgress(chosenSource, shownName)
      if (r.saved) void message.success(t('learn.coach.exported'))
      else void message.info(t('learn.coach.exportCancelled'))
    } catch {
      void message.error(t('errors.generic'))
    } finally {
      setBusy(false)
    }
  }

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])]
    e.target.value = ''
    if (files.length === 0) return
    setBusy(true)
    try {
      const r = await importProgressFiles(await readProgressFiles(files))
      setFailed(r.failed)
      if (r.imported.length > 0)
        void message.success(t('learn.coach.importedCount', { count: r.imported.length }))
    } catch {
      void message.error(t('errors.generic'))
    } finally {
      setBusy(false)
    }
  }

  const remove = async (l: CoachLearner) => {
    try {
      await removeLearner(l.name, l.shop)
      void message.success(t('learn.coach.removed'))
    } catch {
      void message.error(t('errors.generic'))
    }
  }

  const percent = (x: number): string =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x)

  return (
    <Card title={t('learn.coach.title')} data-testid="coach-panel">
      <Flex vertical gap={12}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('learn.coach.exportTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('learn.coach.exportHelp')}
        </Typography.Paragraph>
        <Space wrap>
          <Input
            value={shownName}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('learn.coach.namePlaceholder')}
            aria-label={t('learn.coach.yourName')}
            style={{ width: 220 }}
            data-testid="coach-name"
          />
          {sources && sources.length > 1 && (
            <Select
              value={chosenSource}
              onChange={setSource}
              aria-label={t('learn.course')}
              style={{ minWidth: 220 }}
              options={sources.map((s) => ({ value: s, label: courseName(s) }))}
              data-testid="coach-course"
            />
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={busy}
            onClick={() => void exportMine()}
            data-testid="coach-export"
          >
            {t('learn.coach.exportProgress')}
          </Button>
        </Space>

        <Divider style={{ margin: '4px 0' }} />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('learn.coach.learners')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('learn.coach.help')}
        </Typography.Paragraph>
        <Space>
          <Button
            icon={<UploadOutlined />}
            loading={busy}
            onClick={() => fileInput.current?.click()}
            data-testid="coach-import"
          >
            {t('learn.coach.importProgress')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            multiple
            hidden
            onChange={(e) => void onFiles(e)}
            data-testid="coach-import-input"
          />
        </Space>
        {failed.map((f, i) => (
          <Alert
            key={`${f.name}-${i}`}
            type="error"
            showIcon
            closable={{ onClose: () => setFailed((all) => all.filter((x) => x !== f)) }}
            data-testid="coach-import-error"
            title={t('learn.coach.notImported', { name: f.name })}
            description={t(f.problem.key, f.problem.values)}
          />
        ))}

        <Table<CoachLearner>
          size="small"
          rowKey={(l) => `${l.name}\n${l.shop}`}
          pagination={false}
          dataSource={summary.learners}
          locale={{ emptyText: t('learn.coach.empty') }}
          data-testid="coach-learners"
          columns={[
            {
              title: t('learn.coach.learner'),
              render: (_, l) => (
                <span data-testid="coach-learner">
                  <Typography.Text strong>{l.name}</Typography.Text>
                </span>
              ),
            },
            { title: t('learn.coach.shop'), render: (_, l) => l.shop || '—' },
            {
              title: t('learn.coach.lessonsDone'),
              render: (_, l) => <span data-testid="coach-lessons-done">{l.lessonsDone}</span>,
            },
            {
              title: t('learn.coach.best'),
              render: (_, l) =>
                l.modules.length === 0
                  ? t('learn.quiz.notTaken')
                  : l.modules.map((m) => (
                      <Tag key={m.id} data-testid="coach-best">
                        {m.id}: {percent(m.best)}
                      </Tag>
                    )),
            },
            {
              title: t('learn.coach.exportedAt'),
              render: (_, l) => formatInstant(l.exportedAt as IsoInstant, locale),
            },
            {
              title: '',
              render: (_, l) => (
                <Popconfirm
                  title={t('learn.coach.removeConfirm', { name: l.name })}
                  okText={t('learn.coach.remove')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void remove(l)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} data-testid="coach-remove">
                    {t('learn.coach.remove')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />

        <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
          {t('learn.coach.hardestQuestions')}
        </Typography.Title>
        <Table<HardQuestion>
          size="small"
          rowKey={(q) => promptKey(q.source, q.module, q.id)}
          pagination={
            summary.hardestQuestions.length > 10 ? { pageSize: 10, size: 'small' } : false
          }
          dataSource={summary.hardestQuestions}
          locale={{ emptyText: t('learn.coach.noAnswers') }}
          data-testid="coach-hardest"
          columns={[
            {
              title: t('learn.coach.question'),
              render: (_, q) => (
                <span data-testid="coach-question">
                  <code>{q.id}</code>
                  {q.source !== 'builtin' && (
                    <Typography.Text type="secondary"> · {courseName(q.source)}</Typography.Text>
                  )}
                </span>
              ),
            },
            {
              title: t('learn.coach.prompt'),
              render: (_, q) => {
                const p = prompts.get(promptKey(q.source, q.module, q.id))
                return p ? localized(p, locale) : '—'
              },
            },
            { title: t('learn.coach.attempts'), dataIndex: 'attempts' },
            {
              title: t('learn.coach.wrongShare'),
              render: (_, q) => (
                <span data-testid="coach-wrong-share">{percent(q.wrongShare)}</span>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  )
}
