import { describe, it, expect, afterEach } from 'vitest'
import {
  addDays,
  dateFromParts,
  dateInZone,
  daysInMonth,
  formatDate,
  formatInstant,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isoDate,
  isValidTimeZone,
  nowInstant,
  toEpochDay,
  type IsoInstant,
} from '../../src/shared/dates'

describe('isLeapYear and daysInMonth', () => {
  it('follows the Gregorian rules', () => {
    expect(isLeapYear(2000)).toBe(true) // divisible by 400
    expect(isLeapYear(1900)).toBe(false) // divisible by 100 only
    expect(isLeapYear(2100)).toBe(false)
    expect(isLeapYear(2024)).toBe(true)
    expect(isLeapYear(2023)).toBe(false)
  })
  it('gives month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ])
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2024, 0)).toBe(0)
    expect(daysInMonth(2024, 13)).toBe(0)
  })
})

describe('isIsoDate', () => {
  it.each([
    '2000-02-29',
    '2024-02-29',
    '2023-02-28',
    '1900-02-28',
    '2024-01-31',
    '2024-04-30',
    '2024-12-31',
    '0001-01-01',
    '9999-12-31',
  ])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true)
  })
  it.each([
    '1900-02-29', // 1900 is not a leap year
    '2023-02-29',
    '2024-02-30',
    '2024-04-31',
    '2024-06-31',
    '2024-09-31',
    '2024-11-31',
    '2024-01-32',
    '2024-00-10',
    '2024-13-01',
    '2024-01-00',
    '2024-1-01',
    '2024-01-1',
    '24-01-01',
    '2024/01/01',
    '2024-01-01T00:00:00Z',
    ' 2024-01-01',
    '2024-01-01 ',
    '2024-01-01\n',
    '',
    '２０２４-01-01', // full-width digits
    'abcd-ef-gh',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false)
  })
  it('isoDate throws on a bad date and returns a good one', () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29')
    expect(() => isoDate('2023-02-29')).toThrow(RangeError)
  })
  it('dateFromParts pads and validates', () => {
    expect(dateFromParts(2024, 3, 7)).toBe('2024-03-07')
    expect(dateFromParts(5, 1, 1)).toBe('0005-01-01')
    expect(() => dateFromParts(2023, 2, 29)).toThrow(RangeError)
  })
})

describe('epoch days', () => {
  it('has fixed points', () => {
    expect(toEpochDay(isoDate('1970-01-01'))).toBe(0)
    expect(toEpochDay(isoDate('1970-01-02'))).toBe(1)
    expect(toEpochDay(isoDate('1969-12-31'))).toBe(-1)
    expect(toEpochDay(isoDate('2000-03-01'))).toBe(11017)
    expect(toEpochDay(isoDate('2024-02-29'))).toBe(19782)
    expect(fromEpochDay(0)).toBe('1970-01-01')
    expect(fromEpochDay(-1)).toBe('1969-12-31')
    expect(fromEpochDay(19782)).toBe('2024-02-29')
  })

  it('round-trips every day from 1970 to 2100, consecutively, matching an independent calendar walk', () => {
    // Walk the calendar by hand (no Date) and compare with both directions.
    let y = 1970
    let m = 1
    let d = 1
    let day = 0
    while (y <= 2100) {
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      expect(isIsoDate(iso)).toBe(true)
      expect(toEpochDay(iso as ReturnType<typeof isoDate>)).toBe(day)
      expect(fromEpochDay(day)).toBe(iso)
      day++
      d++
      if (d > daysInMonth(y, m)) {
        d = 1
        m++
        if (m > 12) {
          m = 1
          y++
        }
      }
    }
    expect(day).toBe(toEpochDay(isoDate('2101-01-01')))
    expect(day).toBe(47847) // 131 years, 32 of them leap (2100 is not)
  })

  it('round-trips before 1970 and far away (step of 97 days, years 1600–9999)', () => {
    const start = toEpochDay(isoDate('1600-01-01'))
    const end = toEpochDay(isoDate('9999-12-31'))
    for (let n = start; n <= end; n += 97) {
      expect(toEpochDay(fromEpochDay(n))).toBe(n)
    }
    expect(fromEpochDay(end)).toBe('9999-12-31')
  })

  it('handles years 0001–0099 (not read as 1901–1999)', () => {
    expect(toEpochDay(isoDate('0050-01-01'))).toBe(toEpochDay(isoDate('0049-12-31')) + 1)
    expect(fromEpochDay(toEpochDay(isoDate('0050-01-01')))).toBe('0050-01-01')
    expect(fromEpochDay(toEpochDay(isoDate('0001-01-01')))).toBe('0001-01-01')
    // 1970 − 1 = 1969 years of 365 days plus 477 leap days before 1970 (from year 1).
    expect(toEpochDay(isoDate('0001-01-01'))).toBe(-719162)
    expect(addDays(isoDate('0099-12-31'), 1)).toBe('0100-01-01')
  })
})

describe('addDays', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-15', 0, '2024-01-15'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-02-29', 365, '2025-02-28'],
    ['2024-02-29', -366, '2023-02-28'],
    ['1970-01-01', -1, '1969-12-31'],
    ['2026-03-08', 1, '2026-03-09'], // US DST start: a calendar day is still one day
    ['2026-11-01', 1, '2026-11-02'], // US DST end
  ])('%s + %i = %s', (from, n, to) => {
    expect(addDays(isoDate(from), n)).toBe(to)
  })
})

describe('dateInZone', () => {
  const at = (s: string): Date => new Date(s)
  it('Asia/Shanghai (UTC+8) around its midnight', () => {
    expect(dateInZone(at('2024-03-10T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2024-03-10')
    expect(dateInZone(at('2024-03-10T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2024-03-11')
    expect(dateInZone(at('2024-12-31T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2025-01-01')
    expect(dateInZone(at('2024-02-28T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2024-02-29')
  })
  it('America/Los_Angeles around its midnight, in standard and daylight time', () => {
    // PST = UTC−8
    expect(dateInZone(at('2024-03-10T07:59:59.999Z'), 'America/Los_Angeles')).toBe('2024-03-09')
    expect(dateInZone(at('2024-03-10T08:00:00.000Z'), 'America/Los_Angeles')).toBe('2024-03-10')
    // PDT = UTC−7 (after 2024-03-10 02:00 local)
    expect(dateInZone(at('2024-03-11T06:59:59.999Z'), 'America/Los_Angeles')).toBe('2024-03-10')
    expect(dateInZone(at('2024-03-11T07:00:00.000Z'), 'America/Los_Angeles')).toBe('2024-03-11')
  })
  it('the same instant is different dates in the two zones', () => {
    const i = at('2024-12-31T20:00:00.000Z')
    expect(dateInZone(i, 'Asia/Shanghai')).toBe('2025-01-01')
    expect(dateInZone(i, 'America/Los_Angeles')).toBe('2024-12-31')
    expect(dateInZone(i, 'UTC')).toBe('2024-12-31')
  })
  it('throws for an unknown zone', () => {
    expect(() => dateInZone(at('2024-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow()
  })
})

describe('isValidTimeZone and nowInstant', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true)
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
    expect(isValidTimeZone('Asia/Shanghai; DROP')).toBe(false)
  })
  it('nowInstant is the UTC ISO string', () => {
    expect(nowInstant(new Date(Date.UTC(2026, 10, 25, 8, 0, 0)))).toBe('2026-11-25T08:00:00.000Z')
    expect(nowInstant()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  })
})

describe('formatDate does not shift the date in any process time zone', () => {
  const originalTz = process.env['TZ']
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ']
    else process.env['TZ'] = originalTz
  })

  const zones = [
    'UTC',
    'Asia/Shanghai',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ]
  const offsets = new Set<number>()

  it.each(zones)('process TZ=%s', (tz) => {
    process.env['TZ'] = tz
    const offset = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()
    offsets.add(offset)
    expect(formatDate(isoDate('2024-03-01'), 'en')).toBe('March 1, 2024')
    expect(formatDate(isoDate('2024-03-01'), 'zh-CN')).toBe('2024年3月1日')
    expect(formatDate(isoDate('2024-03-01'), 'en', 'short')).toBe('Mar 1, 2024')
    expect(formatDate(isoDate('2025-01-01'), 'en')).toBe('January 1, 2025')
    expect(formatDate(isoDate('2024-12-31'), 'zh-CN')).toBe('2024年12月31日')
    expect(formatDate(isoDate('2024-02-29'), 'en', 'short')).toBe('Feb 29, 2024')
  })

  it('the process time zone really changed between those runs (so the test means something)', () => {
    // UTC 0, Shanghai −480, LA 480, Kiritimati −840, Pago Pago 660
    expect(offsets.size).toBe(zones.length)
  })
})

describe('formatInstant', () => {
  it('formats in the given zone', () => {
    const i = '2024-12-31T20:00:00.000Z' as IsoInstant
    expect(formatInstant(i, 'en', 'Asia/Shanghai')).toContain('Jan 1, 2025')
    expect(formatInstant(i, 'en', 'America/Los_Angeles')).toContain('Dec 31, 2024')
  })
})
