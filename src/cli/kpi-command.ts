import { buildOrderColumns, sortByDay, emptyOrderColumns } from '../shared/analytics/columns'
import type { DatasetKind, OrderColumns, OrderRecord, RecordsByKind } from '../shared/analytics/model'
import { analyseSample, importFile } from '../shared/csv/pipeline'
import { isIsoDate, fromEpochDay, type IsoDate } from '../shared/dates'
import { translate } from '../shared/i18n'
import { KPI_FIELDS, computeKpis, kpiKind, type KpiField, type KpiResult } from '../shared/kpi'
import type { Locale } from '../shared/locale'
import { minorDigits } from '../shared/money'
import { fail, ok, type Result } from '../shared/result'

/**
 * The headless `kpi` command: the same import chain and KPI engine as the app, over files on disk.
 * Pure except for what `io` provides, so it is unit-tested without spawning a process.
 */

/** Parsed command-line options. */
export interface KpiArgs {
  files: { kind: DatasetKind; path: string }[]
  from: IsoDate | null
  to: IsoDate | null
  channel: string | null
  json: boolean
  currency: string | null
  timeZone: string
}

const KIND_FLAGS: Record<string, DatasetKind> = {
  '--orders': 'orders',
  '--traffic': 'traffic',
  '--spend': 'spend',
  '--inventory': 'inventory',
  '--products': 'products',
}

/** Usage text (English: shells and CI logs). */
export const USAGE =
  'usage: npm run --silent kpi -- --orders FILE [--orders FILE …] [--traffic FILE] [--spend FILE] [--inventory FILE] [--products FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--channel NAME] [--currency CODE] [--tz ZONE] [--json]'

/** Parses argv (after the script name). */
export function parseArgs(argv: readonly string[], defaultZone: string): Result<KpiArgs> {
  const args: KpiArgs = { files: [], from: null, to: null, channel: null, json: false, currency: null, timeZone: defaultZone }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    const value = (): string | null => {
      const v = argv[i + 1]
      i++
      return v === undefined || v.startsWith('--') ? null : v
    }
    if (a === '--json') args.json = true
    else if (a in KIND_FLAGS) {
      const v = value()
      if (!v) return fail('cli.missingValue', { flag: a })
      args.files.push({ kind: KIND_FLAGS[a] as DatasetKind, path: v })
    } else if (a === '--from' || a === '--to') {
      const v = value()
      if (!v || !isIsoDate(v)) return fail('cli.badDate', { flag: a, value: v ?? '' })
      args[a === '--from' ? 'from' : 'to'] = v
    } else if (a === '--channel') args.channel = value()
    else if (a === '--currency') args.currency = value()?.toUpperCase() ?? null
    else if (a === '--tz') args.timeZone = value() ?? defaultZone
    else return fail('cli.unknownOption', { option: a })
  }
  if (!args.files.some((f) => f.kind === 'orders')) return fail('cli.noOrders')
  if (args.from && args.to && args.from > args.to) return fail('cli.badPeriod', { from: args.from, to: args.to })
  return ok(args)
}

/** The machine-readable result of `kpi --json`. */
export interface KpiJson {
  period: { from: string; to: string }
  currency: string
  kpis: Record<KpiField, number | null>
  warnings: string[]
}

/** Money in major units with the currency's decimals; other fields as computed. */
function outputValue(field: KpiField, v: number | null, currency: string): number | null {
  if (v === null) return null
  if (kpiKind(field) === 'money') {
    const d = minorDigits(currency)
    return Number((v / 10 ** d).toFixed(d))
  }
  return v
}

/** Runs the command over file contents; returns the JSON result or the reason it cannot. */
export function runKpi(
  args: KpiArgs,
  read: (path: string) => Uint8Array,
  locale: Locale,
): Result<{ json: KpiJson; result: KpiResult }> {
  const firstOrders = args.files.find((f) => f.kind === 'orders') as { path: string }
  let currency = args.currency
  if (!currency) {
    let head: Uint8Array
    try {
      head = read(firstOrders.path).subarray(0, 64 * 1024)
    } catch {
      return fail('cli.unreadable', { path: firstOrders.path })
    }
    // The shop's currency is not known headless: take the file's own (a currency column or sign).
    const a = analyseSample(head, { kind: 'orders' })
    currency = (a.ok && a.value.formats.currency) || 'CNY'
  }
  const warnings: string[] = []
  const byKind: { [K in DatasetKind]: RecordsByKind[K][] | null } = {
    orders: null,
    traffic: null,
    spend: null,
    inventory: null,
    products: null,
  }
  const orderFiles = args.files.filter((f) => f.kind === 'orders').length
  // One orders file: its orders go straight into columns (no object per order; a file's rows were
  // grouped into orders already, so no ID repeats).
  let singleFileColumns: OrderColumns | null = null
  for (const f of args.files) {
    let bytes: Uint8Array
    try {
      bytes = read(f.path)
    } catch {
      return fail('cli.unreadable', { path: f.path })
    }
    const r = importFile(bytes, {
      kind: f.kind,
      shopTimeZone: args.timeZone,
      currency,
      ...(orderFiles === 1 ? { output: 'columns' as const } : {}),
    })
    if (!r.ok) {
      return { ok: false, error: { key: r.error.key, values: { ...r.error.values, path: f.path } } }
    }
    const res = r.value
    if (res.kind !== f.kind) return fail('cli.wrongKind', { path: f.path, kind: f.kind })
    if (res.errorCount > 0)
      warnings.push(`${f.path}: ${translate(locale, 'cli.rejected', { count: res.errorCount })}`)
    for (const w of res.warnings) warnings.push(`${f.path}: ${translate(locale, w.key, { ...w.values, line: w.firstLine })}`)
    if (res.kind === 'orders' && res.columns) singleFileColumns = res.columns
    // concat, not push(...records): a million arguments would overflow the stack.
    const list = ((byKind[f.kind] ?? []) as unknown[]).concat(res.records as unknown[])
    ;(byKind as Record<DatasetKind, unknown[] | null>)[f.kind] = list
  }
  const all = (byKind.orders ?? []) as OrderRecord[]
  // Several orders files: later files win for the same order ID, as imports do in the app (one
  // file has no repeated IDs: its lines were grouped into orders already).
  let records: Iterable<OrderRecord> = all
  if (orderFiles > 1) {
    const byId = new Map<string, OrderRecord>()
    for (const o of all) byId.set(o.orderId, o)
    records = byId.values()
  }
  const cols = singleFileColumns
    ? sortByDay(singleFileColumns)
    : all.length
      ? sortByDay(buildOrderColumns(records))
      : emptyOrderColumns()
  if (cols.length === 0) return fail('cli.noOrders')
  const from = args.from ?? fromEpochDay(cols.day[0] as number)
  const to = args.to ?? fromEpochDay(cols.day[cols.length - 1] as number)
  if (from > to) return fail('cli.badPeriod', { from, to })
  const result = computeKpis(
    { orders: cols, traffic: byKind.traffic, spend: byKind.spend, inventory: byKind.inventory, products: byKind.products },
    { from, to },
    { channel: args.channel },
  )
  for (const w of result.warnings) warnings.push(translate(locale, w.key, w.values))
  const kpis = Object.fromEntries(KPI_FIELDS.map((f) => [f, outputValue(f, result.kpis[f], currency)])) as Record<
    KpiField,
    number | null
  >
  return ok({ json: { period: { from, to }, currency, kpis, warnings }, result })
}

/** The readable table: one line per metric, in the locale's language and number format. */
export function formatTable(json: KpiJson, result: KpiResult, locale: Locale): string {
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o)
  const lines = [translate(locale, 'cli.period', { from: json.period.from, to: json.period.to }), '']
  const names = KPI_FIELDS.map((f) => translate(locale, `kpi.metrics.${f}.name`))
  const width = Math.max(...names.map((n) => [...n].length))
  KPI_FIELDS.forEach((f, i) => {
    const v = json.kpis[f]
    let text: string
    if (v === null) {
      const missing = result.missing[f]
      text = translate(locale, 'cli.noData') + (missing ? ` (${translate(locale, `kpi.missing.${missing}`)})` : '')
    } else {
      const kind = kpiKind(f)
      text =
        kind === 'money'
          ? nf({ style: 'currency', currency: json.currency }).format(v)
          : kind === 'rate'
            ? nf({ style: 'percent', maximumFractionDigits: 2 }).format(v)
            : kind === 'count'
              ? nf({ maximumFractionDigits: 0 }).format(v)
              : nf({ maximumFractionDigits: 2 }).format(v)
    }
    const name = names[i] as string
    lines.push(`${name}${' '.repeat(width - [...name].length)}  ${text}`)
  })
  if (json.warnings.length) lines.push('', ...json.warnings.map((w) => `! ${w}`))
  return lines.join('\n')
}
