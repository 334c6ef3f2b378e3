import { Button, Flex, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RowError } from '@shared/csv/issues'
import { toCsv } from '@shared/export/csv'
import { platform } from '../../platform'

/** The rejected rows of an import with their line numbers and reasons; the list can be saved as CSV. */
export function RejectedRows({
  errors,
  total,
  fileName,
}: {
  errors: RowError[]
  total: number
  fileName: string
}) {
  const { t } = useTranslation()
  const reason = (e: RowError) => t(e.key, { line: e.line, ...e.values })
  const save = () =>
    void platform().saveFile({
      suggestedName: `${fileName.replace(/\.[^.]+$/, '')}-rejected-rows.csv`,
      content: toCsv([
        [t('analyse.wizard.line'), t('analyse.wizard.reason')],
        ...errors.map((e) => [e.line, reason(e)]),
      ]),
      mime: 'text/csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
  return (
    <Flex vertical gap={8} data-testid="rejected-rows">
      <Typography.Text strong>
        {t('analyse.wizard.rejectedTitle')} ({total})
      </Typography.Text>
      <Typography.Text type="secondary">{t('analyse.wizard.rejectedHelp')}</Typography.Text>
      <Table<RowError>
        size="small"
        rowKey={(e) => `${e.line}-${e.key}-${e.field ?? ''}`}
        dataSource={errors}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('analyse.wizard.line'), dataIndex: 'line', width: 80 },
          { title: t('analyse.wizard.reason'), render: (_, e) => reason(e) },
        ]}
      />
      <div>
        <Button onClick={save} data-testid="save-rejected">
          {t('analyse.wizard.saveErrors')}
        </Button>
      </div>
    </Flex>
  )
}
