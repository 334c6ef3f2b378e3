import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { festivalsOf } from '@shared/calendar/festivals'
import { addDays, dateInZone, type IsoDate } from '@shared/dates'
import { db } from '@renderer/db/db'
import { putCampaign } from '@renderer/db/campaigns'
import { CalendarView } from '@renderer/features/promote/calendar/CalendarView'
import { initI18n } from '@renderer/i18n'

beforeAll(async () => {
  await initI18n('zh-CN')
})
beforeEach(async () => {
  await Promise.all([db.campaigns.clear(), db.settings.clear()])
})
afterEach(cleanup)

// No profile is saved: the calendar uses the system's time zone for "today".
const today = (): IsoDate =>
  dateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone)

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>
}

function renderCalendar() {
  return render(
    <AntApp>
      <MemoryRouter initialEntries={['/promote/calendar']}>
        <Routes>
          <Route path="/promote/calendar" element={<CalendarView />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </AntApp>,
  )
}

const row = (id: string, name: string, start: IsoDate, end: IsoDate) => ({
  id,
  name,
  start,
  end,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
})

describe('CalendarView', () => {
  it('shows a stored campaign in this month, upcoming, and opens it in the planner', async () => {
    const t0 = today()
    await putCampaign(row('c1', '店庆大促', t0, addDays(t0, 2)))
    renderCalendar()
    const cell = await screen.findByTestId(`cal-day-${t0}`)
    const chip = within(cell).getByTestId('cal-item-campaign-c1')
    expect(chip.textContent).toBe('店庆大促')
    // Upcoming: the campaign starts today.
    const up = screen.getByTestId('upcoming')
    expect(up.textContent).toContain('店庆大促')
    expect(up.textContent).toContain('今天')
    await act(async () => {
      fireEvent.click(chip)
    })
    expect(screen.getByTestId('where').textContent).toBe('/promote/c/c1')
  })

  it('year view shows 春节 and 双11 on their dates, in Chinese', async () => {
    renderCalendar()
    await screen.findByTestId('calendar-month')
    await act(async () => {
      fireEvent.click(screen.getByText('年'))
    })
    const year = Number(today().slice(0, 4))
    const spring = festivalsOf(year).find((e) => e.id === 'spring-festival')!
    const springMonth = screen.getByTestId(`cal-month-${Number(spring.date.slice(5, 7))}`)
    expect(within(springMonth).getByTestId('cal-item-event-spring-festival').textContent).toBe(
      '春节',
    )
    const nov = screen.getByTestId('cal-month-11')
    expect(within(nov).getByTestId('cal-item-event-singles-day').textContent).toBe('双11')
    expect(nov.textContent).toContain('11') // the day next to it
    // Next year: 春节 moves with the lunar calendar.
    await act(async () => {
      fireEvent.click(screen.getByTestId('calendar-next'))
    })
    expect(screen.getByTestId('calendar-title').textContent).toBe(String(year + 1))
    const next = festivalsOf(year + 1).find((e) => e.id === 'spring-festival')!
    expect(
      within(screen.getByTestId(`cal-month-${Number(next.date.slice(5, 7))}`)).getByTestId(
        'cal-item-event-spring-festival',
      ),
    ).toBeTruthy()
  })

  it('names festivals in English when the UI is in English', async () => {
    const i18n = (await import('i18next')).default
    await i18n.changeLanguage('en')
    try {
      renderCalendar()
      await screen.findByTestId('calendar-month')
      await act(async () => {
        fireEvent.click(screen.getByText('Year'))
      })
      const nov = screen.getByTestId('cal-month-11')
      expect(within(nov).getByTestId('cal-item-event-singles-day').textContent).toBe(
        'Singles’ Day (11.11)',
      )
      expect(within(nov).getByTestId('cal-item-event-black-friday').textContent).toBe(
        'Black Friday',
      )
      expect(screen.getByTestId('upcoming').textContent).toContain('Coming up in the next 60 days')
    } finally {
      await i18n.changeLanguage('zh-CN')
    }
  })

  it('warns about campaigns that overlap each other or a big shopping day', async () => {
    const y = Number(today().slice(0, 4))
    await putCampaign(row('a', '秋冬上新', `${y}-11-05` as IsoDate, `${y}-11-12` as IsoDate))
    await putCampaign(row('b', '清仓', `${y}-11-10` as IsoDate, `${y}-11-15` as IsoDate))
    renderCalendar()
    await screen.findByTestId('calendar-month')
    // Go to November of this year (the view opens on the current month).
    const m = Number(today().slice(5, 7))
    for (let i = m; i < 11; i++) fireEvent.click(screen.getByTestId('calendar-next'))
    for (let i = m; i > 11; i--) fireEvent.click(screen.getByTestId('calendar-prev'))
    await waitFor(() => expect(screen.getAllByTestId('overlap-warning').length).toBeGreaterThan(0))
    const text = screen.getByTestId('overlaps').textContent!
    expect(text).toContain('“秋冬上新”与你的活动“清仓”在 ' + `${y}-11-10 至 ${y}-11-12 重叠`)
    expect(text).toContain(`“秋冬上新”与双11在 ${y}-11-05 至 ${y}-11-11 重叠`)
    expect(text).toContain(`“清仓”与双11在 ${y}-11-10 至 ${y}-11-11 重叠`)
  })
})
