import { readFileSync } from 'node:fs'
import { translate } from '../shared/i18n'
import { pickLocale } from '../shared/locale'
import { USAGE, formatTable, parseArgs, runKpi } from './kpi-command'

// `npm run --silent kpi -- …`: prints the KPIs of the given exports (see kpi-command.ts).
const locale = pickLocale([process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || 'en'])
const zone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone

const parsed = parseArgs(process.argv.slice(2), zone)
if (!parsed.ok) {
  process.stderr.write(`${translate(locale, parsed.error.key, parsed.error.values)}\n${USAGE}\n`)
  process.exit(1)
}
const out = runKpi(parsed.value, (p) => new Uint8Array(readFileSync(p)), locale)
if (!out.ok) {
  const reason = translate(locale, out.error.key, out.error.values).replace(/\s+/g, ' ')
  const path = out.error.values?.['path']
  process.stderr.write(`${path ? `${String(path)}: ` : ''}${reason}\n`)
  process.exit(1)
}
process.stdout.write(
  parsed.value.json
    ? `${JSON.stringify(out.value.json, null, 2)}\n`
    : `${formatTable(out.value.json, out.value.result, locale)}\n`,
)
