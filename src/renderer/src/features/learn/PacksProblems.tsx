import { Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ContentProblem } from '@shared/lessons/problems'

/** A pack's problems, each with its file, line, field and the translated reason. */
export function PacksProblems({ problems }: { problems: readonly ContentProblem[] }) {
  const { t } = useTranslation()
  return (
    <Table<ContentProblem & { n: number }>
      size="small"
      rowKey="n"
      data-testid="pack-problems"
      pagination={problems.length > 20 ? { pageSize: 20, size: 'small' } : false}
      dataSource={problems.map((p, n) => ({ ...p, n }))}
      columns={[
        {
          title: t('learn.packs.file'),
          dataIndex: 'file',
          render: (file: string) => <code className="pack-problem-file">{file}</code>,
        },
        {
          title: t('learn.packs.line'),
          dataIndex: 'line',
          width: 64,
          render: (l?: number) => l ?? '—',
        },
        {
          title: t('learn.packs.field'),
          dataIndex: 'field',
          minWidth: 80,
          render: (f?: string) => (f ? <code>{f}</code> : '—'),
        },
        {
          title: t('learn.packs.problem'),
          render: (_, p) => (
            <span data-testid="pack-problem" data-key={p.key}>
              {t(p.key, p.values)}
            </span>
          ),
        },
      ]}
    />
  )
}
