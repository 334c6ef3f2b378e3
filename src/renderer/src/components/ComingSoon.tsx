import { Button, Card, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** Areas whose tools arrive in later versions. */
export type AreaKey = 'learn' | 'plan' | 'analyse' | 'promote' | 'risks'

/** An area's empty state: what it will offer and a next step that already works. */
export function ComingSoon({ area }: { area: AreaKey }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={16} data-testid={`area-${area}`}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t(`areas.${area}.title`)} <Tag color="orange">{t('areas.comingSoon')}</Tag>
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t(`areas.${area}.description`)}</Typography.Paragraph>
      <Card title={t('areas.whatYouGet')}>
        <ul className="offer-list">
          <li>{t(`areas.${area}.offer1`)}</li>
          <li>{t(`areas.${area}.offer2`)}</li>
          <li>{t(`areas.${area}.offer3`)}</li>
        </ul>
      </Card>
      <Card title={t('areas.nextStep')}>
        <Flex vertical gap={12} align="start">
          <Typography.Text>{t(`areas.${area}.next`)}</Typography.Text>
          <Link to="/settings">
            <Button type="primary">{t('areas.goSettings')}</Button>
          </Link>
        </Flex>
      </Card>
    </Flex>
  )
}
