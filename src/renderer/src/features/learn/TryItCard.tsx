import { ExperimentOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { TryIt } from '@shared/lessons/schemas'
import { toolRoute } from '../../content/tools'
import { db } from '../../db/db'

/** "Try it": the lesson's exercise in one of the app's tools, or a note that the tool comes later. */
export function TryItCard({ tryIt }: { tryIt: TryIt }) {
  const { t } = useTranslation()
  // The Analyse exercise needs data: without any import, point at its sample data.
  const imports = useLiveQuery(() => db.imports.count(), [])
  if (tryIt === 'none') return null
  const route = toolRoute(tryIt)
  return (
    <Card
      size="small"
      className="try-it"
      data-testid="try-it"
      data-available={route ? '1' : '0'}
      title={
        <span>
          <ExperimentOutlined /> {t('learn.tryIt.title')}
        </span>
      }
    >
      <Flex vertical gap={8} align="start">
        <Typography.Text strong>{t(`learn.tryIt.ids.${tryIt}`)}</Typography.Text>
        {route ? (
          <>
            {tryIt === 'analyse-sample' && imports === 0 && (
              <Typography.Text type="secondary">{t('learn.tryIt.analyseHint')}</Typography.Text>
            )}
            <Link to={route}>
              <Button type="primary" data-testid="try-it-open">
                {t('learn.tryIt.open')}
              </Button>
            </Link>
          </>
        ) : (
          <Typography.Text type="secondary" data-testid="try-it-coming">
            {t('learn.tryIt.comingSoon')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  )
}
