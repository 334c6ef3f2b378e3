import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Card, Popconfirm, Popover, Table, Tag, Typography } from 'antd'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportRow } from '@shared/analytics/stored'
import { formatInstant, type IsoInstant } from '@shared/dates'
import { removeImport } from '../../db/analytics'

/** Every import with what it brought; each can be removed, which removes exactly its data. */
// memo: the list only changes with the imports, not with every dashboard update.
export const ImportsPanel = memo(function ImportsPanel({ imports }: { imports: ImportRow[] }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const remove = async (id: string) => {
    try {
      await removeImport(id)
      void message.success(t('analyse.imports.removed'))
    } catch {
      void message.error(t('errors.generic'))
    }
  }
  return (
    <Card title={t('analyse.imports.title')} data-testid="imports-panel">
      <Table<ImportRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...imports].reverse()}
        locale={{ emptyText: t('analyse.imports.empty') }}
        columns={[
          {
            title: t('analyse.imports.file'),
            dataIndex: 'fileName',
            render: (name: string, r) => (
              <span data-testid="import-row">
                {name} {r.sample && <Tag color="orange">{t('analyse.imports.sample')}</Tag>}
              </span>
            ),
          },
          {
            title: t('analyse.imports.kind'),
            dataIndex: 'kind',
            render: (k: string) => t(`analyse.kinds.${k}`),
          },
          {
            title: t('analyse.imports.rows'),
            render: (_, r) => (
              <Typography.Text type="secondary">
                {t('analyse.imports.counts', {
                  new: r.counts.new,
                  updated: r.counts.updated,
                  duplicate: r.counts.duplicate,
                  rejected: r.counts.rejected,
                })}
              </Typography.Text>
            ),
          },
          {
            title: t('analyse.imports.mapping'),
            render: (_, r) =>
              r.columns ? (
                <Popover
                  content={
                    <table className="mapping-table" data-testid="import-mapping">
                      <tbody>
                        {Object.entries(r.columns).map(([field, header]) => (
                          <tr key={field}>
                            <th>{t(`importer.fields.${field}`)}</th>
                            <td>{header}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  }
                >
                  <Button size="small" type="link">
                    {t('analyse.imports.showMapping', { count: Object.keys(r.columns).length })}
                  </Button>
                </Popover>
              ) : (
                '—'
              ),
          },
          {
            title: t('analyse.imports.range'),
            render: (_, r) => (r.dateFrom && r.dateTo ? `${r.dateFrom} – ${r.dateTo}` : '—'),
          },
          {
            title: t('analyse.imports.when'),
            dataIndex: 'createdAt',
            render: (c: string) => formatInstant(c as IsoInstant, i18n.language),
          },
          {
            title: '',
            render: (_, r) => (
              <Popconfirm
                title={t('analyse.imports.removeConfirm')}
                okText={t('analyse.imports.remove')}
                cancelText={t('common.cancel')}
                onConfirm={() => void remove(r.id)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} data-testid="import-remove">
                  {t('analyse.imports.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  )
})
