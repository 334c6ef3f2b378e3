import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { itemsOn, monthGrid, type CalendarItem } from '@shared/calendar/plan'
import { dayOfWeek } from '@shared/calendar/festivals'
import type { IsoDate } from '@shared/dates'
import { ItemChip } from './ItemChip'

/** Monday-first month grid; every day lists its campaigns, events, phases and reminders. */
export function MonthGrid({
  year,
  month,
  items,
  today,
}: {
  year: number
  month: number
  items: readonly CalendarItem[]
  today: IsoDate
}) {
  const { t } = useTranslation()
  const weeks = useMemo(() => monthGrid(year, month, 1), [year, month])
  return (
    <div className="cal-month" data-testid="calendar-month">
      <div className="cal-week cal-head">
        {[1, 2, 3, 4, 5, 6, 0].map((d) => (
          <div key={d} className="cal-weekday">
            {t(`calendarUi.weekdays.${d}`)}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div className="cal-week" key={week[0]!.date}>
          {week.map(({ date, inMonth }) => {
            const on = itemsOn(date, items)
            const weekStart = dayOfWeek(date) === 1
            return (
              <div
                key={date}
                className={`cal-day${inMonth ? '' : ' cal-out'}${date === today ? ' cal-today' : ''}`}
                data-testid={`cal-day-${date}`}
              >
                <div className="cal-date">{Number(date.slice(8))}</div>
                {on.map((item) => (
                  <ItemChip
                    key={item.key}
                    item={item}
                    compact={
                      item.start !== date && !weekStart && !(inMonth && date.endsWith('-01'))
                    }
                  />
                ))}
              </div>
            )
          })}
        </div>
      ))}
    </div>
  )
}
