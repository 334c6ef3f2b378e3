/**
 * CSV for Excel: UTF-8 with a BOM (so Chinese opens correctly in Excel), CRLF, RFC 4180 quoting,
 * and text cells that Excel would run as formulas escaped (CSV injection, bad-inputs #40).
 * Real numbers stay numbers: only text cells are escaped, so -3.43 is not turned into text.
 */

/** A cell: numbers are written as numbers, strings as (escaped) text, null as empty. */
export type CsvCell = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

/** Escapes one text cell: a leading =, +, -, @, tab or CR gets a leading apostrophe; quotes if needed. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Writes one cell. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  return csvText(value)
}

/** Writes rows (the first is usually the header) as CSV text with a BOM and CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('')
}
