import { describe, expect, it } from 'vitest'
import { festivalsOf } from '../../../src/shared/calendar/festivals'
import { toIcs } from '../../../src/shared/calendar/ics'
import { isoDate } from '../../../src/shared/dates'
import { parseIcs } from './ics-reader'

const NOW = new Date('2026-11-25T08:30:00.000Z')
const CAMPAIGNS = [
  {
    id: 'c-1',
    name: '双11 老客回馈, 满200减30; 限时',
    start: isoDate('2026-11-01'),
    end: isoDate('2026-11-11'),
    description: '预计增量利润 ¥1,200',
  },
  { id: 'c-2', name: 'One day', start: isoDate('2026-12-31'), end: isoDate('2026-12-31') },
]

describe('toIcs with campaigns', () => {
  it('writes each campaign as an all-day event spanning its dates, parsed back', () => {
    const text = toIcs(festivalsOf(2026), { calendarName: '店桥', now: NOW, campaigns: CAMPAIGNS })
    const { events } = parseIcs(text)
    const c1 = events.find((e) => e['UID'] === 'campaign-c-1@shopbridge')
    expect(c1).toEqual({
      UID: 'campaign-c-1@shopbridge',
      DTSTAMP: '20261125T083000Z',
      'DTSTART;VALUE=DATE': '20261101',
      'DTEND;VALUE=DATE': '20261112', // exclusive: the day after 11 Nov
      SUMMARY: '双11 老客回馈, 满200减30; 限时', // escaped in the file, unescaped here
      DESCRIPTION: '预计增量利润 ¥1,200',
      TRANSP: 'TRANSPARENT',
    })
    const c2 = events.find((e) => e['UID'] === 'campaign-c-2@shopbridge')
    expect(c2?.['DTSTART;VALUE=DATE']).toBe('20261231')
    expect(c2?.['DTEND;VALUE=DATE']).toBe('20270101') // across the year end
    expect(c2?.['DESCRIPTION']).toBeUndefined()
    expect(text).toContain('SUMMARY:双11 老客回馈\\, 满200减30\\; 限时')
    // The built-in events are all still there.
    expect(events.find((e) => e['SUMMARY'] === '双11')?.['DTSTART;VALUE=DATE']).toBe('20261111')
  })

  it('leaves out phases and reminders on request, and writes nothing extra without campaigns', () => {
    const year = festivalsOf(2026)
    const all = parseIcs(toIcs(year, { calendarName: 'x', now: NOW })).events
    const bare = parseIcs(
      toIcs(year, { calendarName: 'x', now: NOW, phases: false, prep: false }),
    ).events
    expect(bare).toHaveLength(year.length)
    expect(bare.some((e) => e['SUMMARY']!.includes('预售'))).toBe(false)
    expect(bare.some((e) => e['SUMMARY']!.includes('报名截止'))).toBe(false)
    const noPrep = parseIcs(toIcs(year, { calendarName: 'x', now: NOW, prep: false })).events
    expect(noPrep.some((e) => e['SUMMARY'] === '双11: 预售（付定金）')).toBe(true)
    expect(all.length).toBeGreaterThan(noPrep.length)
    expect(all.some((e) => e['UID']!.startsWith('campaign-'))).toBe(false)
  })

  it('can hold only campaigns', () => {
    const { events } = parseIcs(toIcs([], { calendarName: 'x', now: NOW, campaigns: CAMPAIGNS }))
    expect(events.map((e) => e['UID'])).toEqual([
      'campaign-c-1@shopbridge',
      'campaign-c-2@shopbridge',
    ])
  })
})
