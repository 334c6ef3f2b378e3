import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { festivalsOf } from '../../../src/shared/calendar/festivals'
import { escapeText, foldLine, toIcs } from '../../../src/shared/calendar/ics'
import { parseIcs } from './ics-reader'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const NOW = new Date('2026-11-25T08:30:00.000Z')

describe('toIcs', () => {
  it('round-trips a year through the parser', () => {
    const events = festivalsOf(2026)
    const text = toIcs(events, { calendarName: '店桥零售日历, 2026; test', now: NOW })
    const { calendar, events: parsed } = parseIcs(text)
    expect(calendar['VERSION']).toBe('2.0')
    expect(calendar['X-WR-CALNAME']).toBe('店桥零售日历, 2026; test')
    const expected =
      events.length +
      events.reduce((n, e) => n + (e.phases?.length ?? 0) + (e.prep?.length ?? 0), 0)
    expect(parsed).toHaveLength(expected)
    const uids = parsed.map((e) => e['UID'])
    expect(new Set(uids).size).toBe(uids.length)
    for (const e of parsed) {
      expect(e['DTSTAMP']).toBe('20261125T083000Z')
      expect(e['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/)
      expect(e['DTEND;VALUE=DATE']! > e['DTSTART;VALUE=DATE']!).toBe(true)
    }
    const spring = parsed.find((e) => e['UID'] === 'spring-festival-2026-02-17@shopbridge')
    expect(spring?.['SUMMARY']).toBe('春节')
    expect(spring?.['DTSTART;VALUE=DATE']).toBe('20260217')
    expect(spring?.['DTEND;VALUE=DATE']).toBe('20260218') // exclusive
    const nianhuo = parsed.find((e) => e['UID'] === 'nianhuo-2026-01-28@shopbridge')
    expect(nianhuo?.['DTEND;VALUE=DATE']).toBe('20260213') // last day 02-12 + 1
    const presale = parsed.find((e) => e['UID'] === 'singles-day-presale-2026-10-20@shopbridge')
    expect(presale?.['SUMMARY']).toBe('双11: 预售（付定金）')
  })

  it('uses English summaries on request and stays stable for the same input', () => {
    const a = toIcs(festivalsOf(2027), { calendarName: 'x', now: NOW, locale: 'en' })
    expect(a).toBe(toIcs(festivalsOf(2027), { calendarName: 'x', now: NOW, locale: 'en' }))
    const { events } = parseIcs(a)
    expect(
      events.find((e) => e['UID'] === 'spring-festival-2027-02-06@shopbridge')?.['SUMMARY'],
    ).toBe('Spring Festival')
  })

  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf')
  })

  it('folds at 75 octets without splitting a character, and unfolds back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = `SUMMARY:${s}`
        const folded = foldLine(line)
        const parts = folded.split('\r\n')
        for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75)
        for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true)
        // Each piece is valid UTF-16 on its own (no lone surrogate): no character was split.
        for (const p of parts) expect(p).not.toMatch(LONE_SURROGATE)
        expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
      }),
    )
    const long = `SUMMARY:${'春'.repeat(40)}`
    const parts = foldLine(long).split('\r\n')
    expect(new TextEncoder().encode(parts[0]!).length).toBe(74) // 8 + 22×3; a 23rd 春 would make 77
  })
})
