import { Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CalendarItem } from '@shared/calendar/plan'
import { itemClass, itemLabel, useCalendarLocale } from './use-calendar'

/**
 * One calendar entry. `compact`: a coloured bar without text, for the days after a multi-day
 * item's first day in the same week (the name is in the tooltip). Campaigns open the planner.
 */
export function ItemChip({ item, compact = false }: { item: CalendarItem; compact?: boolean }) {
  const { t } = useTranslation()
  const locale = useCalendarLocale()
  const navigate = useNavigate()
  const label = itemLabel(item, locale, (event, name) => t('calendarUi.itemTitle', { event, name }))
  const title = `${label} · ${t(
    item.type === 'campaign'
      ? 'calendarUi.legend.campaign'
      : item.type === 'event'
        ? `calendarUi.legend.${item.kind}`
        : `calendarUi.legend.${item.type}`,
  )}${item.start !== item.end ? ` · ${item.start} – ${item.end}` : ''}`
  const open =
    item.type === 'campaign'
      ? () => void navigate(`/promote/c/${encodeURIComponent(item.id)}`)
      : undefined
  const testId = `cal-item-${item.type}-${item.id}`
  const body = (
    <div
      className={`${itemClass(item)}${compact ? ' cal-compact' : ''}`}
      data-testid={testId}
      role={open ? 'link' : undefined}
      tabIndex={open ? 0 : undefined}
      onClick={open}
      onKeyDown={open ? (e) => (e.key === 'Enter' ? open() : undefined) : undefined}
    >
      {compact ? '\u00a0' : label}
    </div>
  )
  return (
    <Tooltip title={title} mouseEnterDelay={0.3}>
      {body}
    </Tooltip>
  )
}
