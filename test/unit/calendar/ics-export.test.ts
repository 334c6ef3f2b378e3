import { describe, expect, it } from 'vitest'
import { festivalsOf } from '../../../src/shared/calendar/festivals'
import { calendarIcs, type IcsChoice } from '../../../src/shared/calendar/ics-export'
import { isoDate } from '../../../src/shared/dates'
import { parseIcs } from './ics-reader'

const NOW = new Date('2026-11-25T08:30:00.000Z')
const ALL: IcsChoice = {
  year: 2026,
  campaigns: true,
  festivals: true,
  shopping: true,
  phases: true,
  prep: true,
}
const CAMPAIGNS = [
  { id: 'in', name: '老客回馈周', start: isoDate('2026-11-08'), end: isoDate('2026-11-12') },
  { id: 'across', name: '跨年', start: isoDate('2025-12-28'), end: isoDate('2026-01-03') },
  { id: 'out', name: '明年', start: isoDate('2027-03-01'), end: isoDate('2027-03-02') },
]
const names = {
  calendar: '阳光百货零售日历 2026',
  description: (c: { start: string; end: string }) => `活动时间 ${c.start} 至 ${c.end}`,
}
const uids = (text: string): string[] => parseIcs(text).events.map((e) => e['UID']!)

describe('calendarIcs', () => {
  it('everything: campaigns touching the year, every event, phase and reminder', () => {
    const { calendar, events } = parseIcs(calendarIcs(ALL, CAMPAIGNS, 'zh-CN', names, NOW))
    expect(calendar['X-WR-CALNAME']).toBe('阳光百货零售日历 2026')
    const year = festivalsOf(2026)
    const builtIn = year.reduce(
      (n, e) => n + 1 + (e.phases?.length ?? 0) + (e.prep?.length ?? 0),
      0,
    )
    expect(events).toHaveLength(2 + builtIn)
    const c = events.find((e) => e['UID'] === 'campaign-in@shopbridge')!
    expect(c['DESCRIPTION']).toBe('活动时间 2026-11-08 至 2026-11-12')
    expect(events.some((e) => e['UID'] === 'campaign-across@shopbridge')).toBe(true)
    expect(events.some((e) => e['UID'] === 'campaign-out@shopbridge')).toBe(false)
  })

  it('only what was chosen', () => {
    const festivalsOnly = uids(
      calendarIcs({ ...ALL, campaigns: false, shopping: false }, CAMPAIGNS, 'en', names, NOW),
    )
    // Six festivals; they have no phases or reminders.
    expect(festivalsOnly).toHaveLength(6)
    expect(festivalsOnly).toContain('spring-festival-2026-02-17@shopbridge')
    const shoppingNoPrep = uids(
      calendarIcs(
        { ...ALL, campaigns: false, festivals: false, prep: false },
        CAMPAIGNS,
        'en',
        names,
        NOW,
      ),
    )
    expect(shoppingNoPrep).toContain('singles-day-2026-11-11@shopbridge')
    expect(shoppingNoPrep).toContain('singles-day-presale-2026-10-20@shopbridge')
    expect(shoppingNoPrep.some((u) => u.includes('signup'))).toBe(false)
    expect(shoppingNoPrep.some((u) => u.startsWith('spring-festival'))).toBe(false)
    const campaignsOnly = uids(
      calendarIcs({ ...ALL, festivals: false, shopping: false }, CAMPAIGNS, 'en', names, NOW),
    )
    expect(campaignsOnly).toEqual(['campaign-in@shopbridge', 'campaign-across@shopbridge'])
  })
})
