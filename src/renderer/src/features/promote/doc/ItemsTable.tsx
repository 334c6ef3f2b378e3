import { useTranslation } from 'react-i18next'
import type { CalendarItem } from '@shared/calendar/plan'
import type { Locale } from '@shared/locale'

/** Dated items (events, phases, reminders, campaigns) as a date | what | kind table. */
export function ItemsTable({
  items,
  locale,
  testId,
}: {
  items: readonly CalendarItem[]
  locale: Locale
  testId?: string
}) {
  const { t } = useTranslation()
  const label = (i: CalendarItem): string =>
    i.type === 'campaign'
      ? i.name
      : i.type === 'event'
        ? i.name[locale]
        : t('calendarUi.itemTitle', { event: i.event[locale], name: i.name[locale] })
  const kind = (i: CalendarItem): string =>
    t(
      i.type === 'campaign'
        ? 'calendarUi.legend.campaign'
        : i.type === 'event'
          ? `calendarUi.legend.${i.kind}`
          : `calendarUi.legend.${i.type}`,
    )
  return (
    <table className="print-table season-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('calendarUi.doc.date')}</th>
          <th>{t('calendarUi.doc.what')}</th>
          <th>{t('calendarUi.doc.kind')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.key} className={i.type === 'campaign' ? 'season-campaign' : undefined}>
            <td>{i.start === i.end ? i.start : `${i.start} – ${i.end}`}</td>
            <td>{label(i)}</td>
            <td>{kind(i)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
