import { Button, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { daysBetween, type CampaignSpan } from '@shared/calendar/plan'

/** The campaigns of the month or year on screen: open one in the planner or print its plan. */
export function CampaignsInView({ campaigns }: { campaigns: readonly CampaignSpan[] }) {
  const { t } = useTranslation()
  return (
    <Card size="small" title={t('calendarUi.inView.title')} data-testid="campaigns-in-view">
      {campaigns.length === 0 ? (
        <Typography.Text type="secondary">{t('calendarUi.inView.empty')}</Typography.Text>
      ) : (
        <Flex vertical gap={6}>
          {campaigns.map((c) => (
            <Flex key={c.id} gap={8} align="center" wrap data-testid="campaign-in-view">
              <Link to={`/promote/c/${encodeURIComponent(c.id)}`} style={{ fontWeight: 600 }}>
                {c.name}
              </Link>
              <Typography.Text type="secondary">
                {c.start} – {c.end} · {t('calendarUi.doc.days')} {daysBetween(c.start, c.end) + 1}
              </Typography.Text>
              <span style={{ flex: 1 }} />
              <Link
                to={`/print/campaign?id=${encodeURIComponent(c.id)}`}
                data-testid={`campaign-pdf-${c.id}`}
              >
                <Button size="small">{t('calendarUi.inView.pdf')}</Button>
              </Link>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  )
}
