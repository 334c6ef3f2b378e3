import { LunarDay } from 'tyme4ts'
import { addDays, dateFromParts, toEpochDay, type IsoDate } from '../dates'

/**
 * The built-in retail calendar: Chinese festivals (lunar, from the official calendar via tyme4ts),
 * Chinese platform shopping days and international shopping days, for any year 2000–2100.
 *
 * Why tyme4ts and not Intl: ICU's `chinese` calendar computes new moons for the meridian of Beijing
 * with a different astronomical model and disagrees with the official 农历 (GB/T 33661-2017) in some
 * years — Node 20 puts Spring Festival 2027 on 7 Feb and 2030 on 2 Feb; the official dates are 6 Feb
 * and 3 Feb. tyme4ts follows the official calendar (tested against published dates 2024–2035).
 *
 * Shopping-day rules (platforms change them every year — the dates are TYPICAL, always check the
 * platform's current rules before planning):
 * - 年货节 (`nianhuo`): Spring Festival − 20 days … Spring Festival − 5 days. Couriers largely stop
 *   about five days before the eve, so the sale ends then; −20 keeps it inside the same Gregorian year
 *   (Spring Festival is never before 21 January).
 * - 3.8 女王节 (`womens-day`): 1–8 March, main day 8 March.
 * - 618 (`618`): warm-up 31 May – 15 June, climax 16–18 June, main day 18 June.
 * - 99 划算节 (`99`): 9 September.
 * - 双11 (`singles-day`): pre-sale (deposits) 20–30 October, final payment 31 October – 1 November,
 *   sale 1–11 November, main day 11 November.
 * - 双12 (`double-12`): 12 December.
 * - Black Friday: the day after the 4th Thursday of November; Cyber Monday: the Monday after it;
 *   Christmas: 25 December.
 *
 * Preparation reminders (every shopping and international event): platform sign-up 30 days, stock
 * 21 days and staff 14 days before the event STARTS (its first phase, else its date).
 */

/** Localised name. */
export interface LocalName {
  'zh-CN': string
  en: string
}

/** Kind of calendar event. */
export type EventKind = 'festival' | 'shopping' | 'international'

/** A phase of a shopping day (pre-sale, final payment…). */
export interface EventPhase {
  id: string
  name: LocalName
  date: IsoDate
  end?: IsoDate
}

/** A preparation reminder (deadline) before an event. */
export interface PrepReminder {
  id: string
  name: LocalName
  date: IsoDate
}

/** One festival or shopping day. `end` (inclusive) when it spans several days. */
export interface CalendarEvent {
  id: string
  name: LocalName
  date: IsoDate
  end?: IsoDate
  kind: EventKind
  phases?: EventPhase[]
  prep?: PrepReminder[]
}

/** First and last supported year. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** True for an integer year the calendar supports. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR
}

/** Gregorian date of a lunar month/day in lunar year `year` (official calendar, tyme4ts). */
export function lunarToSolar(year: number, month: number, day: number): IsoDate {
  const s = LunarDay.fromYmd(year, month, day).getSolarDay()
  return dateFromParts(s.getYear(), s.getMonth(), s.getDay())
}

/** Day of week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7
}

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): IsoDate {
  const nov1 = dateFromParts(year, 11, 1)
  const firstThursday = 1 + ((4 - dayOfWeek(nov1) + 7) % 7)
  return dateFromParts(year, 11, firstThursday + 21 + 1)
}

const PREP: { id: string; days: number; name: LocalName }[] = [
  {
    id: 'signup',
    days: 30,
    name: { 'zh-CN': '平台活动报名截止', en: 'Platform sign-up deadline' },
  },
  { id: 'stock', days: 21, name: { 'zh-CN': '备货到位', en: 'Stock in place' } },
  {
    id: 'staff',
    days: 14,
    name: { 'zh-CN': '人手与客服排班', en: 'Staff and service rota ready' },
  },
]

/** Start of an event: its earliest phase, else its date. */
export function eventStart(e: CalendarEvent): IsoDate {
  return [e.date, ...(e.phases ?? []).map((p) => p.date)].sort()[0] as IsoDate
}

/** End of an event: its latest end or phase end, else its date. */
export function eventEnd(e: CalendarEvent): IsoDate {
  const ends = [e.date, e.end, ...(e.phases ?? []).flatMap((p) => [p.date, p.end])]
  return ends
    .filter((d): d is IsoDate => d !== undefined)
    .sort()
    .at(-1) as IsoDate
}

function withPrep(e: CalendarEvent): CalendarEvent {
  const start = eventStart(e)
  return {
    ...e,
    prep: PREP.map((p) => ({ id: `${e.id}-${p.id}`, name: p.name, date: addDays(start, -p.days) })),
  }
}

/** All built-in events of a Gregorian year, sorted by date then id. RangeError outside 2000–2100. */
export function festivalsOf(year: number): CalendarEvent[] {
  if (!isSupportedYear(year)) {
    throw new RangeError(`year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`)
  }
  const d = (m: number, day: number): IsoDate => dateFromParts(year, m, day)
  const spring = lunarToSolar(year, 1, 1)
  const festivals: CalendarEvent[] = [
    {
      id: 'spring-festival',
      name: { 'zh-CN': '春节', en: 'Spring Festival' },
      date: spring,
      kind: 'festival',
    },
    {
      // The last day of the 12th lunar month (the 29th or the 30th): the day before Spring Festival.
      id: 'spring-festival-eve',
      name: { 'zh-CN': '除夕', en: 'Spring Festival Eve' },
      date: addDays(spring, -1),
      kind: 'festival',
    },
    {
      id: 'lantern',
      name: { 'zh-CN': '元宵节', en: 'Lantern Festival' },
      date: lunarToSolar(year, 1, 15),
      kind: 'festival',
    },
    {
      id: 'dragon-boat',
      name: { 'zh-CN': '端午节', en: 'Dragon Boat Festival' },
      date: lunarToSolar(year, 5, 5),
      kind: 'festival',
    },
    {
      id: 'qixi',
      name: { 'zh-CN': '七夕', en: 'Qixi Festival' },
      date: lunarToSolar(year, 7, 7),
      kind: 'festival',
    },
    {
      id: 'mid-autumn',
      name: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' },
      date: lunarToSolar(year, 8, 15),
      kind: 'festival',
    },
  ]
  const shopping: CalendarEvent[] = [
    {
      id: 'nianhuo',
      name: { 'zh-CN': '年货节', en: 'New Year Goods Festival' },
      date: addDays(spring, -20),
      end: addDays(spring, -5),
      kind: 'shopping',
    },
    {
      id: 'womens-day',
      name: { 'zh-CN': '3.8女王节', en: 'Women’s Day sale (3.8)' },
      date: d(3, 8),
      kind: 'shopping',
      phases: [
        {
          id: 'womens-day-sale',
          name: { 'zh-CN': '活动期', en: 'Sale' },
          date: d(3, 1),
          end: d(3, 8),
        },
      ],
    },
    {
      id: '618',
      name: { 'zh-CN': '618年中大促', en: '618 mid-year sale' },
      date: d(6, 18),
      kind: 'shopping',
      phases: [
        {
          id: '618-warm-up',
          name: { 'zh-CN': '预热期', en: 'Warm-up' },
          date: d(5, 31),
          end: d(6, 15),
        },
        {
          id: '618-climax',
          name: { 'zh-CN': '高潮期', en: 'Climax' },
          date: d(6, 16),
          end: d(6, 18),
        },
      ],
    },
    { id: '99', name: { 'zh-CN': '99划算节', en: '9.9 sale' }, date: d(9, 9), kind: 'shopping' },
    {
      id: 'singles-day',
      name: { 'zh-CN': '双11', en: 'Singles’ Day (11.11)' },
      date: d(11, 11),
      kind: 'shopping',
      phases: [
        {
          id: 'singles-day-presale',
          name: { 'zh-CN': '预售（付定金）', en: 'Pre-sale (deposits)' },
          date: d(10, 20),
          end: d(10, 30),
        },
        {
          id: 'singles-day-final-payment',
          name: { 'zh-CN': '付尾款', en: 'Final payment' },
          date: d(10, 31),
          end: d(11, 1),
        },
        {
          id: 'singles-day-sale',
          name: { 'zh-CN': '正式开售', en: 'Sale' },
          date: d(11, 1),
          end: d(11, 11),
        },
      ],
    },
    {
      id: 'double-12',
      name: { 'zh-CN': '双12', en: 'Double 12 (12.12)' },
      date: d(12, 12),
      kind: 'shopping',
    },
  ]
  const bf = blackFriday(year)
  const international: CalendarEvent[] = [
    {
      id: 'black-friday',
      name: { 'zh-CN': '黑色星期五', en: 'Black Friday' },
      date: bf,
      kind: 'international',
    },
    {
      id: 'cyber-monday',
      name: { 'zh-CN': '网络星期一', en: 'Cyber Monday' },
      date: addDays(bf, 3),
      kind: 'international',
    },
    {
      id: 'christmas',
      name: { 'zh-CN': '圣诞节', en: 'Christmas' },
      date: d(12, 25),
      kind: 'international',
    },
  ]
  return [...festivals, ...[...shopping, ...international].map(withPrep)].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  )
}

/** An inclusive date range. */
export interface DateRange {
  from: IsoDate
  to: IsoDate
}

/**
 * Events whose span (all phases included, see eventStart/eventEnd) intersects `range` (inclusive):
 * for "your campaign overlaps 双11's pre-sale" warnings.
 */
export function overlaps(events: readonly CalendarEvent[], range: DateRange): CalendarEvent[] {
  return events.filter((e) => eventStart(e) <= range.to && eventEnd(e) >= range.from)
}

/** The machine-readable form printed by `calendar --json`. */
export interface CalendarEventJson {
  id: string
  name: LocalName
  date: string
  kind: EventKind
}

/** Strips an event to `{ id, name, date, kind }`. */
export function toJson(e: CalendarEvent): CalendarEventJson {
  return { id: e.id, name: { 'zh-CN': e.name['zh-CN'], en: e.name.en }, date: e.date, kind: e.kind }
}
