import { addDays, type IsoDate } from '../dates'
import type { Locale } from '../locale'
import type { CalendarEvent } from './festivals'

/**
 * iCalendar (RFC 5545) export of calendar events: CRLF line ends, content lines folded at 75 octets
 * (UTF-8 aware: a multi-byte character is never split), TEXT values escaped (\\ ; , and newlines),
 * all-day VEVENTs (DTSTART;VALUE=DATE, DTEND exclusive = last day + 1), stable UIDs
 * `<id>-<date>@shopbridge` (re-importing updates instead of duplicating), and DTSTAMP from `now`.
 * Phases and preparation reminders become their own all-day events (each can be left out), and
 * the shop's campaigns are added as all-day events spanning their dates, with a UID that stays the
 * same when the campaign's dates move (`campaign-<id>@shopbridge`).
 */

/** A campaign as the .ics export needs it. */
export interface IcsCampaign {
  id: string
  name: string
  start: IsoDate
  /** Last day (inclusive). */
  end: IsoDate
  description?: string
}

export interface IcsOptions {
  calendarName: string
  /** DTSTAMP of every event (the export time). */
  now: Date
  /** Language of SUMMARY (default zh-CN). */
  locale?: Locale
  /** Include the events' phases (default true). */
  phases?: boolean
  /** Include the preparation reminders (default true). */
  prep?: boolean
  /** The shop's campaigns, written before the built-in events. */
  campaigns?: readonly IcsCampaign[]
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const encoder = new TextEncoder()

/** Folds a content line into ≤ 75-octet pieces joined by CRLF + space, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const n = encoder.encode(ch).length
    // Continuation lines start with one space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? 75 : 74
    if (octets + n > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += n
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const basic = (d: IsoDate): string => d.replace(/-/g, '')

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

function vevent(
  uid: string,
  start: IsoDate,
  lastDay: IsoDate,
  summary: string,
  description: string | null,
  dtstamp: string,
): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basic(start)}`,
    `DTEND;VALUE=DATE:${basic(addDays(lastDay, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
}

/** The events as an .ics text (one VCALENDAR). */
export function toIcs(events: readonly CalendarEvent[], options: IcsOptions): string {
  const locale = options.locale ?? 'zh-CN'
  const dtstamp = stamp(options.now)
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ShopBridge//Retail calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ]
  for (const c of options.campaigns ?? []) {
    const last = c.end < c.start ? c.start : c.end
    lines.push(
      ...vevent(
        `campaign-${c.id}@shopbridge`,
        c.start,
        last,
        c.name,
        c.description ?? null,
        dtstamp,
      ),
    )
  }
  const uid = (id: string, start: IsoDate): string => `${id}-${start}@shopbridge`
  for (const e of events) {
    const title = e.name[locale]
    lines.push(
      ...vevent(
        uid(e.id, e.date),
        e.date,
        e.end ?? e.date,
        title,
        `${e.kind}; ${e.name.en}; ${e.name['zh-CN']}`,
        dtstamp,
      ),
    )
    for (const p of options.phases === false ? [] : (e.phases ?? [])) {
      lines.push(
        ...vevent(
          uid(p.id, p.date),
          p.date,
          p.end ?? p.date,
          `${title}: ${p.name[locale]}`,
          null,
          dtstamp,
        ),
      )
    }
    for (const r of options.prep === false ? [] : (e.prep ?? [])) {
      lines.push(
        ...vevent(uid(r.id, r.date), r.date, r.date, `${title}: ${r.name[locale]}`, null, dtstamp),
      )
    }
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
