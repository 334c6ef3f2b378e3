import { describe, expect, it } from 'vitest'
import {
  calendarItems,
  eventsBetween,
  itemsBetween,
  itemsOn,
  monthGrid,
  monthsBetween,
  overlapWarnings,
  upcoming,
} from '../../../src/shared/calendar/plan'
import { festivalsOf } from '../../../src/shared/calendar/festivals'
import { isoDate } from '../../../src/shared/dates'

const d = isoDate

describe('monthGrid', () => {
  it('November 2026 starts on a Sunday: Monday weeks lead with 6 October days', () => {
    const weeks = monthGrid(2026, 11)
    expect(weeks).toHaveLength(6)
    expect(weeks.every((w) => w.length === 7)).toBe(true)
    expect(weeks[0]![0]).toEqual({ date: '2026-10-26', inMonth: false })
    expect(weeks[0]![6]).toEqual({ date: '2026-11-01', inMonth: true })
    expect(weeks[5]![0]).toEqual({ date: '2026-11-30', inMonth: true })
    expect(weeks[5]![6]).toEqual({ date: '2026-12-06', inMonth: false })
    expect(weeks.flat().filter((c) => c.inMonth)).toHaveLength(30)
  })

  it('Sunday weeks, and February 2026 fits exactly four Monday weeks', () => {
    const sun = monthGrid(2026, 11, 0)
    expect(sun).toHaveLength(5)
    expect(sun[0]![0]).toEqual({ date: '2026-11-01', inMonth: true })
    const feb = monthGrid(2026, 2) // 1 Feb 2026 is a Sunday → one leading week…
    expect(feb[0]![0]!.date).toBe('2026-01-26')
    const feb2027 = monthGrid(2027, 2) // 1 Feb 2027 is a Monday, 28 days
    expect(feb2027).toHaveLength(4)
    expect(feb2027[3]![6]).toEqual({ date: '2027-02-28', inMonth: true })
  })
})

describe('calendar items', () => {
  const campaigns = [
    { id: 'a', name: '秋冬上新', start: d('2026-10-25'), end: d('2026-11-05') },
    { id: 'b', name: '双11 返场', start: d('2026-11-03'), end: d('2026-11-12') },
  ]
  const items = calendarItems(festivalsOf(2026), campaigns)

  it('a day lists campaigns first, then the event, its phases and reminders', () => {
    const on = itemsOn(d('2026-11-11'), items)
    expect(on.map((i) => `${i.type}:${i.id}`)).toEqual([
      'campaign:b',
      'event:singles-day',
      'phase:singles-day-sale',
    ])
    const nov1 = itemsOn(d('2026-11-01'), items).map((i) => i.id)
    expect(nov1).toEqual(['a', 'singles-day-final-payment', 'singles-day-sale'])
  })

  it('lists the items of a window by start date', () => {
    const dec = itemsBetween(d('2026-12-01'), d('2026-12-31'), items)
    // Christmas: stock −21 days = 4 Dec, staff −14 = 11 Dec (its sign-up, 25 Nov, is outside).
    expect(dec.map((i) => i.id)).toEqual([
      'christmas-stock',
      'christmas-staff',
      'double-12',
      'christmas',
    ])
  })

  it('eventsBetween crosses the year end and stays within 2000–2100', () => {
    const ev = eventsBetween(d('2026-12-20'), d('2027-01-31'))
    expect(ev.some((e) => e.date === '2027-01-17' && e.id === 'nianhuo')).toBe(true)
    expect(() => eventsBetween(d('2100-06-01'), d('2100-12-31'))).not.toThrow()
    expect(() => eventsBetween(d('2000-01-01'), d('2000-02-01'))).not.toThrow()
  })

  it('monthsBetween', () => {
    expect(monthsBetween(d('2026-11-15'), d('2027-02-01'))).toEqual([
      { year: 2026, month: 11 },
      { year: 2026, month: 12 },
      { year: 2027, month: 1 },
      { year: 2027, month: 2 },
    ])
  })
})

describe('upcoming', () => {
  it('lists the next 60 days from today: deadlines before events, with days left', () => {
    const list = upcoming(d('2026-09-25'), [
      { id: 'c', name: '国庆', start: d('2026-10-01'), end: d('2026-10-07') },
    ])
    const rows = list.map((u) => `${u.date} ${u.daysLeft} ${u.item.type}:${u.item.id}`)
    // 双11 starts with its pre-sale on 20 Oct: sign-up −30 = 20 Sep (past), stock −21 = 29 Sep,
    // staff −14 = 6 Oct. 双12: sign-up 12 Nov, stock 21 Nov (days 48, 57).
    expect(rows).toContain('2026-09-29 4 prep:singles-day-stock')
    expect(rows).toContain('2026-10-01 6 campaign:c')
    expect(rows).toContain('2026-10-06 11 prep:singles-day-staff')
    expect(rows).toContain('2026-10-20 25 phase:singles-day-presale')
    expect(rows).toContain('2026-11-11 47 event:singles-day')
    expect(rows).toContain('2026-11-21 57 prep:double-12-stock')
    expect(rows.some((r) => r.includes('singles-day-signup'))).toBe(false) // already past
    expect(rows.some((r) => r.startsWith('2026-11-25'))).toBe(false) // day 61
    expect(list.at(-1)!.date <= '2026-11-24').toBe(true)
    const dates = list.map((u) => u.date)
    expect([...dates].sort()).toEqual(dates)
  })

  it('deadlines come before an event on the same day, and the window crosses the year end', () => {
    const list = upcoming(d('2026-12-20'), [], 60)
    // Spring Festival 2027 is 6 Feb; 年货节 starts 17 Jan: its sign-up deadline is 18 Dec (past),
    // stock 27 Dec, staff 3 Jan.
    const ids = list.map((u) => u.item.id)
    expect(ids).toContain('nianhuo-stock')
    expect(ids).toContain('nianhuo')
    expect(ids.indexOf('christmas')).toBeGreaterThan(-1)
    // 双12 (12 Dec): sign-up deadline −30 days = 12 Nov, listed before a campaign starting that day.
    const sameDay = upcoming(
      d('2026-11-12'),
      [{ id: 'z', name: 'z', start: d('2026-11-12'), end: d('2026-11-13') }],
      0,
    )
    expect(sameDay.map((u) => `${u.daysLeft} ${u.item.id}`)).toEqual(['0 double-12-signup', '0 z'])
  })
})

describe('overlapWarnings', () => {
  const a = { id: 'a', name: '秋冬上新', start: d('2026-10-25'), end: d('2026-11-05') }
  const b = { id: 'b', name: 'Warehouse sale', start: d('2026-11-03'), end: d('2026-11-08') }
  const c = { id: 'c', name: 'Quiet week', start: d('2026-08-03'), end: d('2026-08-09') }

  it('warns about overlapping campaigns and big shopping days, with the overlap window', () => {
    const w = overlapWarnings([a, b, c], 'zh-CN')
    expect(w).toEqual([
      {
        campaignId: 'a',
        key: 'calendarUi.overlap.campaign',
        values: { name: '秋冬上新', other: 'Warehouse sale', from: '2026-11-03', to: '2026-11-05' },
      },
      {
        campaignId: 'a',
        key: 'calendarUi.overlap.shopping',
        values: { name: '秋冬上新', other: '双11', from: '2026-10-25', to: '2026-11-05' },
      },
      {
        campaignId: 'b',
        key: 'calendarUi.overlap.campaign',
        values: { name: 'Warehouse sale', other: '秋冬上新', from: '2026-11-03', to: '2026-11-05' },
      },
      {
        campaignId: 'b',
        key: 'calendarUi.overlap.shopping',
        values: { name: 'Warehouse sale', other: '双11', from: '2026-11-03', to: '2026-11-08' },
      },
    ])
  })

  it('names festivals in the UI language', () => {
    const w = overlapWarnings(
      [{ id: 'x', name: 'Mooncakes', start: d('2026-09-20'), end: d('2026-09-30') }],
      'en',
    )
    // Mid-Autumn 2026 is 25 September.
    expect(w).toEqual([
      {
        campaignId: 'x',
        key: 'calendarUi.overlap.festival',
        values: {
          name: 'Mooncakes',
          other: 'Mid-Autumn Festival',
          from: '2026-09-25',
          to: '2026-09-25',
        },
      },
    ])
  })
})
