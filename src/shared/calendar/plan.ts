import { addDays, dateFromParts, daysInMonth, toEpochDay, type IsoDate } from '../dates'
import type { Locale } from '../locale'
import {
  MAX_YEAR,
  MIN_YEAR,
  dayOfWeek,
  eventEnd,
  eventStart,
  festivalsOf,
  overlaps,
  type CalendarEvent,
  type EventKind,
  type LocalName,
} from './festivals'

/**
 * The retail calendar as the Promote area shows it: built-in events and the shop's campaigns laid
 * out on a month grid, upcoming preparation deadlines, and overlap warnings. Pure functions over
 * festivals.ts; the UI only renders what these return.
 */

/** The part of a stored campaign the calendar needs. */
export interface CampaignSpan {
  id: string
  name: string
  start: IsoDate
  end: IsoDate
}

/** One thing shown on a calendar day. */
export type CalendarItem =
  | {
      type: 'event'
      /** Unique across years: `<event id>-<start>`. */
      key: string
      id: string
      kind: EventKind
      name: LocalName
      start: IsoDate
      end: IsoDate
    }
  | {
      type: 'phase' | 'prep'
      key: string
      id: string
      kind: EventKind
      /** The event this phase or reminder belongs to. */
      event: LocalName
      name: LocalName
      start: IsoDate
      end: IsoDate
    }
  | { type: 'campaign'; key: string; id: string; name: string; start: IsoDate; end: IsoDate }

/** The built-in events of every supported year that `from`..`to` touches (plus the year before, for spans crossing New Year). */
export function eventsBetween(from: IsoDate, to: IsoDate): CalendarEvent[] {
  const first = Math.max(MIN_YEAR, Number(from.slice(0, 4)) - 1)
  const last = Math.min(MAX_YEAR, Number(to.slice(0, 4)) + 1)
  const out: CalendarEvent[] = []
  for (let y = first; y <= last; y++) out.push(...festivalsOf(y))
  return out
}

/** Events, their phases, their prep reminders and campaigns as one list of dated items. */
export function calendarItems(
  events: readonly CalendarEvent[],
  campaigns: readonly CampaignSpan[],
): CalendarItem[] {
  const items: CalendarItem[] = []
  for (const e of events) {
    items.push({
      type: 'event',
      key: `${e.id}-${e.date}`,
      id: e.id,
      kind: e.kind,
      name: e.name,
      start: e.date,
      end: e.end ?? e.date,
    })
    for (const p of e.phases ?? []) {
      items.push({
        type: 'phase',
        key: `${p.id}-${p.date}`,
        id: p.id,
        kind: e.kind,
        event: e.name,
        name: p.name,
        start: p.date,
        end: p.end ?? p.date,
      })
    }
    for (const r of e.prep ?? []) {
      items.push({
        type: 'prep',
        key: `${r.id}-${r.date}`,
        id: r.id,
        kind: e.kind,
        event: e.name,
        name: r.name,
        start: r.date,
        end: r.date,
      })
    }
  }
  for (const c of campaigns) {
    items.push({
      type: 'campaign',
      key: `campaign-${c.id}`,
      id: c.id,
      name: c.name,
      start: c.start,
      end: c.end < c.start ? c.start : c.end,
    })
  }
  return items
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const TYPE_ORDER: Record<CalendarItem['type'], number> = {
  campaign: 0,
  event: 1,
  phase: 2,
  prep: 3,
}

/** Items whose span contains `date`: campaigns first, then events, phases, reminders. */
export function itemsOn(date: IsoDate, items: readonly CalendarItem[]): CalendarItem[] {
  return items
    .filter((i) => i.start <= date && i.end >= date)
    .sort(
      (a, b) =>
        TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || cmp(a.start, b.start) || cmp(a.key, b.key),
    )
}

/** Items that intersect `from`..`to`, sorted by start date. */
export function itemsBetween(
  from: IsoDate,
  to: IsoDate,
  items: readonly CalendarItem[],
): CalendarItem[] {
  return items
    .filter((i) => i.start <= to && i.end >= from)
    .sort(
      (a, b) =>
        cmp(a.start, b.start) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || cmp(a.key, b.key),
    )
}

/** One cell of a month grid. */
export interface GridDay {
  date: IsoDate
  /** False for the leading/trailing days of the neighbouring months. */
  inMonth: boolean
}

/**
 * The weeks of a month as rows of 7 days, starting on Monday (`weekStart` 1, the Chinese
 * convention) or Sunday (0); leading and trailing days come from the neighbouring months, so
 * every row is complete. 4 to 6 rows.
 */
export function monthGrid(year: number, month: number, weekStart: 0 | 1 = 1): GridDay[][] {
  const first = dateFromParts(year, month, 1)
  const last = dateFromParts(year, month, daysInMonth(year, month))
  const lead = (dayOfWeek(first) - weekStart + 7) % 7
  const trail = (weekStart + 6 - dayOfWeek(last) + 7) % 7
  const start = addDays(first, -lead)
  const total = lead + daysInMonth(year, month) + trail
  const weeks: GridDay[][] = []
  for (let i = 0; i < total; i++) {
    const date = addDays(start, i)
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1]!.push({ date, inMonth: date >= first && date <= last })
  }
  return weeks
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from)
}

/** A dated thing to get ready for. */
export interface Upcoming {
  item: CalendarItem
  date: IsoDate
  /** 0 = today. */
  daysLeft: number
}

/**
 * What is coming in the next `days` days (today included): preparation deadlines, the start of
 * built-in events and phases, and the start of the shop's campaigns — sorted by date, deadlines
 * before the event they prepare on the same day.
 */
export function upcoming(
  today: IsoDate,
  campaigns: readonly CampaignSpan[],
  days = 60,
  events: readonly CalendarEvent[] = eventsBetween(today, addDays(today, days)),
): Upcoming[] {
  const until = addDays(today, days)
  return calendarItems(events, campaigns)
    .filter((i) => i.start >= today && i.start <= until)
    .map((item) => ({ item, date: item.start, daysLeft: daysBetween(today, item.start) }))
    .sort(
      (a, b) =>
        cmp(a.date, b.date) ||
        (a.item.type === 'prep' ? 0 : 1) - (b.item.type === 'prep' ? 0 : 1) ||
        cmp(a.item.key, b.item.key),
    )
}

/** A warning about a campaign's dates, as an i18n key (`calendarUi.overlap.*`) with values. */
export interface OverlapWarning {
  campaignId: string
  key: 'calendarUi.overlap.campaign' | 'calendarUi.overlap.shopping' | 'calendarUi.overlap.festival'
  values: { name: string; other: string; from: IsoDate; to: IsoDate }
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b)
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b)

/**
 * Overlap warnings for each campaign (in `campaigns` order): other campaigns it overlaps (they
 * compete for the same buyers and budget), big shopping days it runs into (platform-wide
 * discounts, dearer ads, slower couriers) and festivals (staff off, couriers stop). `from`/`to`
 * is the overlapping window; names are in `locale`. Built on festivals.ts's overlaps().
 */
export function overlapWarnings(
  campaigns: readonly CampaignSpan[],
  locale: Locale,
  events?: readonly CalendarEvent[],
): OverlapWarning[] {
  const out: OverlapWarning[] = []
  for (const c of campaigns) {
    if (c.end < c.start) continue
    for (const o of campaigns) {
      if (o.id === c.id || o.end < o.start) continue
      if (o.start <= c.end && o.end >= c.start) {
        out.push({
          campaignId: c.id,
          key: 'calendarUi.overlap.campaign',
          values: {
            name: c.name,
            other: o.name,
            from: later(c.start, o.start),
            to: earlier(c.end, o.end),
          },
        })
      }
    }
    const evs = events ?? eventsBetween(c.start, c.end)
    for (const e of overlaps(evs, { from: c.start, to: c.end })) {
      out.push({
        campaignId: c.id,
        key: e.kind === 'festival' ? 'calendarUi.overlap.festival' : 'calendarUi.overlap.shopping',
        values: {
          name: c.name,
          other: e.name[locale],
          from: later(c.start, eventStart(e)),
          to: earlier(c.end, eventEnd(e)),
        },
      })
    }
  }
  return out
}

/** The months (year, month) that `from`..`to` touches, in order. */
export function monthsBetween(from: IsoDate, to: IsoDate): { year: number; month: number }[] {
  const out: { year: number; month: number }[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  const ty = Number(to.slice(0, 4))
  const tm = Number(to.slice(5, 7))
  while (y < ty || (y === ty && m <= tm)) {
    out.push({ year: y, month: m })
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
}

/** First and last day of a month. */
export function monthRange(year: number, month: number): { from: IsoDate; to: IsoDate } {
  return {
    from: dateFromParts(year, month, 1),
    to: dateFromParts(year, month, daysInMonth(year, month)),
  }
}
