import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  blackFriday,
  dayOfWeek,
  eventEnd,
  eventStart,
  festivalsOf,
  lunarToSolar,
  overlaps,
  toJson,
  type CalendarEvent,
} from '../../../src/shared/calendar/festivals'
import { addDays, isoDate, toEpochDay } from '../../../src/shared/dates'

/**
 * Published official dates (国务院办公厅 holiday notices and the 紫金山天文台 calendar), checked against
 * tyme4ts and independently known dates: [year, 春节, 端午, 七夕, 中秋].
 */
const PUBLISHED: [number, string, string, string, string][] = [
  [2024, '2024-02-10', '2024-06-10', '2024-08-10', '2024-09-17'],
  [2025, '2025-01-29', '2025-05-31', '2025-08-29', '2025-10-06'],
  [2026, '2026-02-17', '2026-06-19', '2026-08-19', '2026-09-25'],
  [2027, '2027-02-06', '2027-06-09', '2027-08-08', '2027-09-15'],
  [2028, '2028-01-26', '2028-05-28', '2028-08-26', '2028-10-03'],
  [2029, '2029-02-13', '2029-06-16', '2029-08-16', '2029-09-22'],
  [2030, '2030-02-03', '2030-06-05', '2030-08-05', '2030-09-12'],
  [2031, '2031-01-23', '2031-06-24', '2031-08-24', '2031-10-01'],
  [2032, '2032-02-11', '2032-06-12', '2032-08-12', '2032-09-19'],
  [2033, '2033-01-31', '2033-06-01', '2033-08-01', '2033-09-08'],
  [2034, '2034-02-19', '2034-06-20', '2034-08-20', '2034-09-27'],
  [2035, '2035-02-08', '2035-06-10', '2035-08-10', '2035-09-16'],
]

/** Black Friday 2024–2035 (the day after US Thanksgiving). */
const BLACK_FRIDAY: Record<number, string> = {
  2024: '2024-11-29',
  2025: '2025-11-28',
  2026: '2026-11-27',
  2027: '2027-11-26',
  2028: '2028-11-24',
  2029: '2029-11-23',
  2030: '2030-11-29',
  2031: '2031-11-28',
  2032: '2032-11-26',
  2033: '2033-11-25',
  2034: '2034-11-24',
  2035: '2035-11-23',
}

const byId = (events: CalendarEvent[], id: string): CalendarEvent => {
  const e = events.find((x) => x.id === id)
  if (!e) throw new Error(`no event ${id}`)
  return e
}

describe('lunar festivals match the official calendar', () => {
  it.each(PUBLISHED)('%i', (year, spring, dragon, qixi, midAutumn) => {
    const ev = festivalsOf(year)
    expect(byId(ev, 'spring-festival').date).toBe(spring)
    expect(byId(ev, 'spring-festival-eve').date).toBe(addDays(isoDate(spring), -1))
    expect(byId(ev, 'lantern').date).toBe(addDays(isoDate(spring), 14))
    expect(byId(ev, 'dragon-boat').date).toBe(dragon)
    expect(byId(ev, 'qixi').date).toBe(qixi)
    expect(byId(ev, 'mid-autumn').date).toBe(midAutumn)
  })

  it('differs from ICU where ICU is wrong (2027, 2030)', () => {
    expect(byId(festivalsOf(2027), 'spring-festival').date).toBe('2027-02-06')
    expect(byId(festivalsOf(2030), 'spring-festival').date).toBe('2030-02-03')
  })

  it('eve is the last day of the 12th lunar month, 29th or 30th', () => {
    // 2025: 腊月 has 29 days → 除夕 is 腊月廿九 (2025-01-28); 2024: 腊月三十 (2024-02-09).
    expect(byId(festivalsOf(2025), 'spring-festival-eve').date).toBe('2025-01-28')
    expect(lunarToSolar(2024, 12, 29)).toBe('2025-01-28')
    expect(byId(festivalsOf(2024), 'spring-festival-eve').date).toBe('2024-02-09')
    expect(lunarToSolar(2023, 12, 30)).toBe('2024-02-09')
  })

  it('covers 2000–2100 and refuses other years', () => {
    expect(byId(festivalsOf(2000), 'spring-festival').date).toBe('2000-02-05')
    expect(byId(festivalsOf(2100), 'spring-festival').date).toBe('2100-02-09')
    expect(() => festivalsOf(1999)).toThrow(RangeError)
    expect(() => festivalsOf(2101)).toThrow(RangeError)
    expect(() => festivalsOf(2024.5)).toThrow(RangeError)
  })
})

describe('shopping and international days', () => {
  it.each(Object.entries(BLACK_FRIDAY))('Black Friday %s', (year, date) => {
    const ev = festivalsOf(Number(year))
    expect(byId(ev, 'black-friday').date).toBe(date)
    expect(dayOfWeek(isoDate(date))).toBe(5)
    expect(byId(ev, 'cyber-monday').date).toBe(addDays(isoDate(date), 3))
    expect(byId(ev, 'christmas').date).toBe(`${year}-12-25`)
  })

  it('Black Friday is always a Friday between 23 and 29 November', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (y) => {
        const d = blackFriday(y)
        expect(dayOfWeek(d)).toBe(5)
        const day = Number(d.slice(8))
        expect(day >= 23 && day <= 29 && d.slice(5, 7) === '11').toBe(true)
      }),
    )
  })

  it('fixed shopping days, phases and prep reminders (2026)', () => {
    const ev = festivalsOf(2026)
    expect(byId(ev, 'womens-day').date).toBe('2026-03-08')
    expect(byId(ev, '618').date).toBe('2026-06-18')
    expect(byId(ev, '618').phases?.[0]?.date).toBe('2026-05-31')
    expect(byId(ev, '99').date).toBe('2026-09-09')
    expect(byId(ev, 'double-12').date).toBe('2026-12-12')
    const s11 = byId(ev, 'singles-day')
    expect(s11.date).toBe('2026-11-11')
    expect(s11.phases?.map((p) => [p.id, p.date])).toEqual([
      ['singles-day-presale', '2026-10-20'],
      ['singles-day-final-payment', '2026-10-31'],
      ['singles-day-sale', '2026-11-01'],
    ])
    expect(eventStart(s11)).toBe('2026-10-20')
    expect(eventEnd(s11)).toBe('2026-11-11')
    expect(s11.prep?.map((p) => [p.id, p.date])).toEqual([
      ['singles-day-signup', '2026-09-20'],
      ['singles-day-stock', '2026-09-29'],
      ['singles-day-staff', '2026-10-06'],
    ])
    // 年货节: Spring Festival (2026-02-17) − 20 … − 5 days.
    const nh = byId(ev, 'nianhuo')
    expect([nh.date, nh.end]).toEqual(['2026-01-28', '2026-02-12'])
    expect(byId(ev, 'christmas').prep?.[0]?.date).toBe('2026-11-25')
    expect(byId(ev, 'spring-festival').prep).toBeUndefined()
  })

  it('every year: stable ids, sorted, inside the year, names in both languages', () => {
    const ids = [
      'spring-festival',
      'spring-festival-eve',
      'lantern',
      'dragon-boat',
      'qixi',
      'mid-autumn',
      'nianhuo',
      'womens-day',
      '618',
      '99',
      'singles-day',
      'double-12',
      'black-friday',
      'cyber-monday',
      'christmas',
    ]
    for (let y = 2000; y <= 2100; y++) {
      const ev = festivalsOf(y)
      expect(ev.map((e) => e.id).sort()).toEqual([...ids].sort())
      const dates = ev.map((e) => e.date)
      expect(dates).toEqual([...dates].sort())
      for (const e of ev) {
        expect(e.date.startsWith(String(y)), `${y} ${e.id}`).toBe(true)
        expect(e.name['zh-CN'] && e.name.en).toBeTruthy()
        if (e.end) expect(e.end >= e.date).toBe(true)
      }
      // 年货节 ends before the eve.
      expect(byId(ev, 'nianhuo').end! < byId(ev, 'spring-festival-eve').date).toBe(true)
      // Lunar 1/15 is always 14 days after 1/1.
      expect(
        toEpochDay(byId(ev, 'lantern').date) - toEpochDay(byId(ev, 'spring-festival').date),
      ).toBe(14)
    }
  })
})

describe('overlaps and JSON', () => {
  it('finds events whose span (phases included) meets a range', () => {
    const ev = festivalsOf(2026)
    const hit = overlaps(ev, { from: isoDate('2026-10-25'), to: isoDate('2026-10-26') }).map(
      (e) => e.id,
    )
    expect(hit).toEqual(['singles-day'])
    expect(overlaps(ev, { from: isoDate('2026-07-01'), to: isoDate('2026-07-31') })).toEqual([])
    expect(
      overlaps(ev, { from: isoDate('2026-02-15'), to: isoDate('2026-02-17') })
        .map((e) => e.id)
        .sort(),
    ).toEqual(['spring-festival', 'spring-festival-eve'].sort())
  })
  it('toJson keeps exactly id, name, date, kind', () => {
    const j = toJson(byId(festivalsOf(2026), 'singles-day'))
    expect(Object.keys(j)).toEqual(['id', 'name', 'date', 'kind'])
    expect(j).toEqual({
      id: 'singles-day',
      name: { 'zh-CN': '双11', en: 'Singles’ Day (11.11)' },
      date: '2026-11-11',
      kind: 'shopping',
    })
  })
})
