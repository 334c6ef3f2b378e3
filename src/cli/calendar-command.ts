import {
  festivalsOf,
  isSupportedYear,
  toJson,
  MAX_YEAR,
  MIN_YEAR,
} from '../shared/calendar/festivals'
import { toIcs } from '../shared/calendar/ics'
import { translate } from '../shared/i18n'
import type { Locale } from '../shared/locale'
import { fail, ok, type Result } from '../shared/result'

/**
 * The headless `calendar` command: `npm run --silent calendar -- --year YYYY [--json | --ics]`.
 * Pure (no process access) so it is unit-tested in process; calendar.ts is the thin wrapper.
 */

export interface CalendarArgs {
  year: number
  format: 'text' | 'json' | 'ics'
}

/** Usage text (English: shells and CI logs). */
export const CALENDAR_USAGE = 'usage: npm run --silent calendar -- --year YYYY [--json | --ics]'

/** Parses argv (after the script name). */
export function parseCalendarArgs(argv: readonly string[]): Result<CalendarArgs> {
  let year: number | null = null
  let format: CalendarArgs['format'] = 'text'
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--json') format = 'json'
    else if (a === '--ics') format = 'ics'
    else if (a === '--year') {
      const v = argv[i + 1] ?? ''
      i++
      const n = /^\d{4}$/.test(v) ? Number(v) : NaN
      if (!isSupportedYear(n))
        return fail('promote.cli.badYear', { value: v, min: MIN_YEAR, max: MAX_YEAR })
      year = n
    } else return fail('promote.cli.unknownOption', { option: a })
  }
  if (year === null) return fail('promote.cli.noYear')
  return ok({ year, format })
}

/** The command's standard output for parsed arguments. `now` stamps the .ics. */
export function runCalendar(args: CalendarArgs, locale: Locale, now: Date): string {
  const events = festivalsOf(args.year)
  if (args.format === 'json') return `${JSON.stringify(events.map(toJson), null, 2)}\n`
  if (args.format === 'ics') {
    return toIcs(events, {
      calendarName: translate(locale, 'promote.cli.title', { year: args.year }),
      now,
      locale,
    })
  }
  const lines = [translate(locale, 'promote.cli.title', { year: args.year }), '']
  for (const e of events) {
    const span = e.end ? `${e.date} – ${e.end}` : e.date
    lines.push(`${span}  ${e.name[locale]}  [${translate(locale, `promote.kinds.${e.kind}`)}]`)
    for (const p of e.phases ?? []) {
      lines.push(`    ${p.end ? `${p.date} – ${p.end}` : p.date}  ${p.name[locale]}`)
    }
    for (const r of e.prep ?? []) {
      lines.push(`    ${r.date}  ${translate(locale, 'promote.cli.prep')}: ${r.name[locale]}`)
    }
  }
  lines.push('', translate(locale, 'promote.cli.typical'))
  return `${lines.join('\n')}\n`
}
