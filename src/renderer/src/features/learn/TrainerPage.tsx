import { Breadcrumb, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { CoachPanel } from './CoachPanel'
import { PacksPanel } from './PacksPanel'

/** /learn/trainer — trainer content packs (import, export, remove) and the trainer view. */
export function TrainerPage() {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={16} data-testid="learn-trainer">
      <Breadcrumb
        items={[
          { title: <Link to="/learn">{t('learn.title')}</Link> },
          { title: t('learn.trainer.title') },
        ]}
      />
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('learn.trainer.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('learn.trainer.help')}</Typography.Text>
      </div>
      <PacksPanel />
      <CoachPanel />
    </Flex>
  )
}
