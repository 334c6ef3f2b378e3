import { translate } from '../shared/i18n'
import { pickLocale } from '../shared/locale'
import { parseCalendarArgs, runCalendar } from './calendar-command'

// `npm run --silent calendar -- --year YYYY [--json | --ics]`: that year's festivals and shopping days.
const locale = pickLocale([
  process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en',
])

const parsed = parseCalendarArgs(process.argv.slice(2))
if (!parsed.ok) {
  process.stderr.write(
    `${translate(locale, parsed.error.key, parsed.error.values).replace(/\s+/g, ' ')}\n`,
  )
  process.exit(1)
}
process.stdout.write(runCalendar(parsed.value, locale, new Date()))
