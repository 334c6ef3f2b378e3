import { festivalsOf } from './festivals'
import { toIcs } from './ics'
import type { CampaignSpan } from './plan'
import type { Locale } from '../locale'

/** What the user chose to put in an .ics export. */
export interface IcsChoice {
  year: number
  campaigns: boolean
  /** Traditional festivals (kind `festival`). */
  festivals: boolean
  /** Platform shopping days and international days. */
  shopping: boolean
  phases: boolean
  prep: boolean
}

/**
 * The .ics text for a user's choice: the shop's campaigns that touch the year (each one all-day
 * event over its dates), then the year's chosen built-in events with their phases and reminders.
 */
export function calendarIcs(
  choice: IcsChoice,
  campaigns: readonly CampaignSpan[],
  locale: Locale,
  names: { calendar: string; description: (c: CampaignSpan) => string },
  now: Date,
): string {
  const events = festivalsOf(choice.year).filter((e) =>
    e.kind === 'festival' ? choice.festivals : choice.shopping,
  )
  const from = `${choice.year}-01-01`
  const to = `${choice.year}-12-31`
  return toIcs(events, {
    calendarName: names.calendar,
    now,
    locale,
    phases: choice.phases,
    prep: choice.prep,
    campaigns: choice.campaigns
      ? campaigns
          .filter((c) => c.start <= to && c.end >= from)
          .map((c) => ({ ...c, description: names.description(c) }))
      : [],
  })
}
