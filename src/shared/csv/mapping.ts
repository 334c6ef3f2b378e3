import { DATASET_KINDS, type DatasetKind } from '../analytics/model'
import type { IsoDate } from '../dates'
import { headerKey, normalizeHeader } from './headers'
import { ALL_HEADER_KEYS, FIELDS, REQUIRED, SYNONYM_INDEX, type Field } from './synonyms'
import type { DateOrder, DecimalSeparator } from './values'

export type { Field } from './synonyms'
export { FIELDS, REQUIRED } from './synonyms'

/**
 * Which column holds which field, plus the column formats the user confirmed. Column indices are
 * 0-based positions in the header row. Stored per `headerSignature()` so a mapping the user fixed
 * is reused for the next file with the same header.
 */
export interface Mapping {
  kind: DatasetKind
  fields: Partial<Record<Field, number>>
  /** Day/month order of the file's dates; unset = infer from the data. */
  dateOrder?: DateOrder
  /** Decimal separator of the file's numbers; unset = infer from the data. */
  decimal?: DecimalSeparator
  /** ISO currency of the file's amounts when it has no currency column (detected or told). */
  currency?: string
  /** Inventory files without a date column (Shopify's export): the date of the snapshot. */
  snapshotDate?: IsoDate
  /**
   * The amount-paid column already has refunds taken off (Tmall: 总金额 = 买家实际支付金额 +
   * 退款金额), so amount paid = that column + refund. Unset = infer from the data.
   */
  refundDeducted?: boolean
  /**
   * Orders spread over several rows: `sum` adds each row's amount (Amazon: one row per item);
   * `first` takes one amount per order (files that repeat the order total on every row).
   * Unset = infer from the data; Shopify's empty continuation cells work either way.
   */
  amountRows?: 'sum' | 'first'
}

/** A kind guess with a confidence from 0 (no idea) to 1 (every required field found). */
export interface KindGuess {
  kind: DatasetKind
  confidence: number
}

/** Maps header names to fields of one kind: exact synonym matches, best-ranked name first. */
export function autoMap(headers: readonly string[], kind: DatasetKind): Mapping {
  const index = SYNONYM_INDEX[kind]
  const keys = headers.map(headerKey)
  const fields: Partial<Record<Field, number>> = {}
  const used = new Set<number>()
  for (const field of FIELDS[kind]) {
    let best = -1
    let bestRank = Infinity
    keys.forEach((key, col) => {
      if (used.has(col)) return
      const hit = index.get(key)?.find((c) => c.field === field)
      if (hit && hit.rank < bestRank) {
        best = col
        bestRank = hit.rank
      }
    })
    if (best >= 0) {
      fields[field] = best
      used.add(best)
    }
  }
  return { kind, fields }
}

/**
 * Required fields the mapping lacks. Orders without `amountPaid` are fine when lines carry
 * amounts (`lineTotal`, or `quantity` and `unitPrice`); inventory without `date` is fine when
 * the mapping has a `snapshotDate`.
 */
export function missingRequired(mapping: Mapping): Field[] {
  const has = (f: Field): boolean => mapping.fields[f] !== undefined
  const missing = REQUIRED[mapping.kind].filter((f) => !has(f))
  if (
    mapping.kind === 'orders' &&
    !has('amountPaid') &&
    !has('lineTotal') &&
    !(has('quantity') && has('unitPrice'))
  )
    missing.push('amountPaid')
  if (mapping.kind === 'inventory' && !has('date') && !mapping.snapshotDate) missing.push('date')
  return missing
}

/** Score of one kind for a header: share of required fields found (amount rule included), plus a little per optional field. */
function kindScore(headers: readonly string[], kind: DatasetKind): number {
  const mapping = autoMap(headers, kind)
  // For guessing, an inventory file's missing date is not held against it (Shopify has none).
  const required = REQUIRED[kind].length + (kind === 'orders' ? 1 : 0)
  const missing = missingRequired(
    kind === 'inventory' ? { ...mapping, snapshotDate: '1970-01-01' as IsoDate } : mapping,
  )
  const requiredShare = (required - missing.length) / required
  const found = Object.keys(mapping.fields) as Field[]
  const optionalFound = found.filter((f) => !REQUIRED[kind].includes(f)).length
  const optional = FIELDS[kind].length - REQUIRED[kind].length
  return requiredShare * 0.8 + (optionalFound / optional) * 0.2
}

/**
 * Guesses what kind of file a header belongs to. Confidence is the winning kind's score: 1 when
 * every required field and every optional one was found, about 0.8 with all required ones.
 */
export function guessKind(headers: readonly string[]): KindGuess {
  let best: KindGuess = { kind: 'orders', confidence: 0 }
  for (const kind of DATASET_KINDS) {
    const score = kindScore(headers, kind)
    if (score > best.confidence + 1e-9) best = { kind, confidence: score }
  }
  return { kind: best.kind, confidence: Math.round(best.confidence * 100) / 100 }
}

/** A stable key for a header row (normalised names joined), to remember a user-fixed mapping. */
export function headerSignature(headers: readonly string[]): string {
  return `${headers.length}:${headers.map(normalizeHeader).join('\u001f')}`
}

const NUMERIC_CELL = /^[-+(]?[\d.,\s%€$¥￥£:/-]+\)?$/

/**
 * How much a row looks like a header row (for `findHeaderRow`): 3 points per cell naming a known
 * field, 1 per other non-empty non-numeric cell, minus 2 per numeric or date-like cell.
 */
export function scoreHeaderRow(cells: readonly string[]): number {
  let score = 0
  for (const cell of cells) {
    const t = cell.trim()
    if (t === '') continue
    if (ALL_HEADER_KEYS.has(headerKey(t))) score += 3
    else if (NUMERIC_CELL.test(t)) score -= 2
    else score += 1
  }
  return score
}
