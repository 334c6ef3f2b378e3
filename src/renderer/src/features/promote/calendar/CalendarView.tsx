import { Button, Flex, Segmented, Spin, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { MAX_YEAR, MIN_YEAR } from '@shared/calendar/festivals'
import {
  calendarItems,
  eventsBetween,
  monthRange,
  overlapWarnings,
  upcoming,
} from '@shared/calendar/plan'
import { CampaignsInView } from './CampaignsInView'
import { IcsExport } from './IcsExport'
import { MonthGrid } from './MonthGrid'
import { OverlapList } from './OverlapList'
import { UpcomingList } from './UpcomingList'
import { YearGrid } from './YearGrid'
import {
  monthLabel,
  todayIn,
  useCalendarLocale,
  useCampaignSpans,
  useProfile,
} from './use-calendar'
import './calendar.css'

const UPCOMING_DAYS = 60

/** Promote › Calendar: month and year views, upcoming deadlines, overlap warnings, .ics export. */
export function CalendarView() {
  const { t } = useTranslation()
  const locale = useCalendarLocale()
  const profile = useProfile()
  const spans = useCampaignSpans()
  const today = todayIn(profile)
  const [view, setView] = useState<'month' | 'year'>('month')
  const [cursor, setCursor] = useState(() => ({
    year: Number(today.slice(0, 4)),
    month: Number(today.slice(5, 7)),
  }))
  const { year, month } = cursor

  const window = useMemo(
    () =>
      view === 'month'
        ? monthRange(year, month)
        : { from: monthRange(year, 1).from, to: monthRange(year, 12).to },
    [view, year, month],
  )
  const items = useMemo(
    () => calendarItems(eventsBetween(window.from, window.to), spans ?? []),
    [window, spans],
  )
  const next = useMemo(() => upcoming(today, spans ?? [], UPCOMING_DAYS), [today, spans])
  const inView = useMemo(
    () => (spans ?? []).filter((c) => c.start <= window.to && c.end >= window.from),
    [spans, window],
  )
  const warnings = useMemo(() => overlapWarnings(inView, locale), [inView, locale])

  const move = (step: number) => {
    if (view === 'year') {
      setCursor({ year: Math.min(MAX_YEAR, Math.max(MIN_YEAR, year + step)), month })
      return
    }
    const index = year * 12 + (month - 1) + step
    const y = Math.floor(index / 12)
    if (y < MIN_YEAR || y > MAX_YEAR) return
    setCursor({ year: y, month: (index % 12) + 1 })
  }

  if (spans === undefined || profile === undefined) return <Spin />

  return (
    <Flex vertical gap={16} data-testid="calendar-view">
      <Typography.Paragraph type="secondary">{t('calendarUi.intro')}</Typography.Paragraph>
      <Flex gap={8} align="center" wrap>
        <Segmented
          data-testid="calendar-mode"
          value={view}
          onChange={(v) => setView(v === 'year' ? 'year' : 'month')}
          options={[
            { value: 'month', label: t('calendarUi.view.month') },
            { value: 'year', label: t('calendarUi.view.year') },
          ]}
        />
        <Button
          data-testid="calendar-prev"
          onClick={() => move(-1)}
          aria-label={t('calendarUi.prev')}
        >
          ‹
        </Button>
        <Typography.Title
          level={4}
          style={{ margin: 0, minWidth: 150, textAlign: 'center' }}
          data-testid="calendar-title"
        >
          {view === 'month' ? monthLabel(year, month, locale) : String(year)}
        </Typography.Title>
        <Button
          data-testid="calendar-next"
          onClick={() => move(1)}
          aria-label={t('calendarUi.next')}
        >
          ›
        </Button>
        <Button
          onClick={() =>
            setCursor({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) })
          }
        >
          {t('calendarUi.today')}
        </Button>
        <span style={{ flex: 1 }} />
        <IcsExport year={year} campaigns={spans} locale={locale} shopName={profile.name} />
        <Link
          to={`/print/campaign?${new URLSearchParams({ from: window.from, to: window.to }).toString()}`}
          data-testid="calendar-print"
        >
          <Button>{t('calendarUi.print.season')}</Button>
        </Link>
      </Flex>
      <Flex gap={12} wrap className="cal-legend">
        {(['campaign', 'festival', 'shopping', 'international', 'phase', 'prep'] as const).map(
          (k) => (
            <span key={k} className={`cal-legend-item cal-legend-${k}`}>
              {t(`calendarUi.legend.${k}`)}
            </span>
          ),
        )}
      </Flex>
      {view === 'month' ? (
        <MonthGrid year={year} month={month} items={items} today={today} />
      ) : (
        <YearGrid
          year={year}
          items={items}
          onOpenMonth={(m) => {
            setCursor({ year, month: m })
            setView('month')
          }}
        />
      )}
      <div className="cal-side">
        <UpcomingList list={next} days={UPCOMING_DAYS} />
        <Flex vertical gap={16}>
          <CampaignsInView campaigns={inView} />
          <OverlapList warnings={warnings} />
        </Flex>
      </div>
    </Flex>
  )
}
