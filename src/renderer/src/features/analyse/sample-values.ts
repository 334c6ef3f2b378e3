import type { Field, Mapping } from '@shared/csv/mapping'
import {
  cleanId,
  parseDateTime,
  parseDecimal,
  parseMoney,
  type DateOrder,
} from '@shared/csv/values'
import { formatMoney } from '@shared/money'

const MONEY: ReadonlySet<Field> = new Set([
  'amountPaid',
  'orderTotal',
  'refund',
  'unitPrice',
  'lineTotal',
  'shipping',
  'discount',
  'spend',
  'unitCost',
])
const DATES: ReadonlySet<Field> = new Set([
  'createdAt',
  'paidAt',
  'date',
  'fulfilledAt',
  'cancelledAt',
])
const NUMBERS: ReadonlySet<Field> = new Set(['quantity', 'visitors', 'onHand'])
const IDS: ReadonlySet<Field> = new Set(['orderId', 'lineId', 'customerId', 'sku'])

/** One sample value as the importer will read it: the raw cell, the parsed value, or a problem key. */
export interface SampleValue {
  raw: string
  parsed: string | null
  problem: string | null
}

/** How the mapping screen shows a field's first values: parsed exactly as the import will parse them. */
export function sampleValues(
  field: Field,
  column: number | undefined,
  rows: readonly string[][],
  mapping: Mapping,
  opts: { currency: string; locale: string; dateOrder: DateOrder },
  limit = 3,
): SampleValue[] {
  if (column === undefined) return []
  const out: SampleValue[] = []
  for (const row of rows) {
    const raw = row[column] ?? ''
    if (raw.trim() === '') continue
    out.push(parseSample(field, raw, mapping, opts))
    if (out.length >= limit) break
  }
  return out
}

function parseSample(
  field: Field,
  raw: string,
  mapping: Mapping,
  opts: { currency: string; locale: string; dateOrder: DateOrder },
): SampleValue {
  if (MONEY.has(field)) {
    const currency = mapping.currency ?? opts.currency
    const r = parseMoney(raw, currency, mapping.decimal ?? '.')
    if (!r.ok) return { raw, parsed: null, problem: r.error.key }
    return {
      raw,
      parsed: r.value === null ? '' : formatMoney(r.value, currency, opts.locale),
      problem: null,
    }
  }
  if (DATES.has(field)) {
    const r = parseDateTime(raw, mapping.dateOrder ?? opts.dateOrder)
    if (!r.ok) return { raw, parsed: null, problem: r.error.key }
    return {
      raw,
      parsed: r.value ? `${r.value.date}${r.value.time ? ` ${r.value.time}` : ''}` : '',
      problem: null,
    }
  }
  if (NUMBERS.has(field)) {
    const r = parseDecimal(raw, mapping.decimal ?? '.')
    if (!r.ok) return { raw, parsed: null, problem: r.error.key }
    return { raw, parsed: r.value === null ? '' : String(r.value), problem: null }
  }
  if (IDS.has(field)) {
    const c = cleanId(raw)
    return { raw, parsed: c.id ?? '', problem: c.mangled ? 'parse.errors.scientific' : null }
  }
  return { raw, parsed: raw.trim(), problem: null }
}
