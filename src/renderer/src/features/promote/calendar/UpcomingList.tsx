import { Card, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Upcoming } from '@shared/calendar/plan'
import { ItemChip } from './ItemChip'

/** The next days' deadlines, event starts and campaign starts, with how many days are left. */
export function UpcomingList({ list, days }: { list: readonly Upcoming[]; days: number }) {
  const { t } = useTranslation()
  const left = (n: number): string =>
    n === 0
      ? t('calendarUi.upcoming.today')
      : n === 1
        ? t('calendarUi.upcoming.tomorrow')
        : t('calendarUi.upcoming.inDays', { count: n })
  return (
    <Card size="small" title={t('calendarUi.upcoming.title', { days })} data-testid="upcoming">
      <Typography.Paragraph type="secondary">
        {t('calendarUi.upcoming.prepHint')}
      </Typography.Paragraph>
      {list.length === 0 ? (
        <Typography.Text type="secondary">
          {t('calendarUi.upcoming.empty', { days })}
        </Typography.Text>
      ) : (
        <Flex vertical gap={4}>
          {list.map((u) => (
            <Flex key={u.item.key} gap={8} align="center" data-testid="upcoming-row">
              <span className="cal-upcoming-date">{u.date}</span>
              <Tag
                color={u.item.type === 'prep' ? (u.daysLeft <= 7 ? 'red' : 'orange') : 'default'}
              >
                {left(u.daysLeft)}
              </Tag>
              <div className="cal-upcoming-item">
                <ItemChip item={u.item} />
              </div>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  )
}
