import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { itemsBetween, monthRange, type CalendarItem } from '@shared/calendar/plan'
import { ItemChip } from './ItemChip'
import { shortMonth, useCalendarLocale } from './use-calendar'

/** Twelve months at a glance: each lists its events and campaigns (phases and reminders left out). */
export function YearGrid({
  year,
  items,
  onOpenMonth,
}: {
  year: number
  items: readonly CalendarItem[]
  onOpenMonth: (month: number) => void
}) {
  const { t } = useTranslation()
  const locale = useCalendarLocale()
  return (
    <div className="cal-year" data-testid="calendar-year">
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
        const { from, to } = monthRange(year, month)
        const list = itemsBetween(from, to, items).filter(
          (i) => i.type === 'event' || i.type === 'campaign',
        )
        return (
          <Card
            key={month}
            size="small"
            className="cal-year-month"
            data-testid={`cal-month-${month}`}
            title={
              <a onClick={() => onOpenMonth(month)} data-testid={`cal-open-month-${month}`}>
                {shortMonth(month, locale)}
              </a>
            }
          >
            {list.length === 0 && <div className="muted">{t('calendarUi.noItems')}</div>}
            {list.map((item) => (
              <div key={item.key} className="cal-year-row">
                <span className="cal-year-date">
                  {item.start < from ? '…' : Number(item.start.slice(8))}
                  {item.end !== item.start
                    ? `–${item.end > to ? '…' : Number(item.end.slice(8))}`
                    : ''}
                </span>
                <ItemChip item={item} />
              </div>
            ))}
          </Card>
        )
      })}
    </div>
  )
}
