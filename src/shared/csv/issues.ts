import type { Field } from './synonyms'

/**
 * Row errors and warnings of an import. A row error rejects the row (and, for order files, the
 * order it belongs to); a warning keeps the data but tells the user something was odd.
 */

/** A rejected row: where it is, which field, and why (an i18n key with values). */
export interface RowError {
  /** 1-based physical line in the file (a quoted cell with line breaks spans several lines). */
  line: number
  field: Field | null
  /** `importer.errors.*`, or the `parse.*` key a value parser returned. */
  key: string
  values?: Record<string, string | number>
}

/** A warning, counted over the whole file (one entry per key and detail). */
export interface ImportWarning {
  key: string
  values?: Record<string, string | number>
  count: number
  /** Line of the first occurrence (0 when not tied to a line). */
  firstLine: number
}

/** At most this many row errors are kept in a result; `errorCount` has the total. */
export const MAX_ERRORS = 1000
/** At most this many distinct warning entries are kept. */
const MAX_WARNINGS = 200

/** A warning with the key that merges its repeats (for moving warnings between workers). */
export interface WarningEntry {
  id: string
  warning: ImportWarning
}

/** Collects warnings, merging repeats of the same key and detail into one counted entry. */
export class WarningLog {
  private readonly entries = new Map<string, ImportWarning>()

  /** Records one occurrence; `detail` separates entries of one key (e.g. each unknown status word). */
  add(
    key: string,
    line: number,
    values?: Record<string, string | number>,
    detail = '',
    times = 1,
  ): void {
    const id = `${key}\u0000${detail}`
    const found = this.entries.get(id)
    if (found) {
      found.count += times
      if (found.values && 'count' in found.values) found.values.count = found.count
      return
    }
    if (this.entries.size >= MAX_WARNINGS) return
    const entry: ImportWarning = { key, count: times, firstLine: line }
    if (values) entry.values = { ...values }
    this.entries.set(id, entry)
    if (entry.values && 'count' in entry.values) entry.values.count = times
  }

  /** The collected warnings in first-seen order. */
  list(): ImportWarning[] {
    return [...this.entries.values()]
  }

  /** The collected warnings with their merge keys (see `absorb`). */
  withIds(): WarningEntry[] {
    return [...this.entries].map(([id, warning]) => ({ id, warning }))
  }

  /**
   * Adds the warnings of a later part of the same file (from `withIds()` of another log), as if
   * they had been added here after this log's own: repeats are counted into the existing entry.
   */
  absorb(later: readonly WarningEntry[]): void {
    for (const { id, warning } of later) {
      const found = this.entries.get(id)
      if (found) {
        found.count += warning.count
        if (found.values && 'count' in found.values) found.values.count = found.count
      } else if (this.entries.size < MAX_WARNINGS) {
        this.entries.set(id, {
          ...warning,
          ...(warning.values ? { values: { ...warning.values } } : {}),
        })
      }
    }
  }
}

/** Collects row errors, keeping the first `MAX_ERRORS` and counting the rest. */
export class ErrorLog {
  readonly errors: RowError[] = []
  count = 0

  /** Records one error. */
  add(error: RowError): void {
    this.count++
    if (this.errors.length < MAX_ERRORS) this.errors.push(error)
  }

  /** Adds the errors of a later part of the same file (`count` of them in all, `kept` listed). */
  absorb(kept: readonly RowError[], count: number): void {
    for (const e of kept) if (this.errors.length < MAX_ERRORS) this.errors.push(e)
    this.count += count
  }
}

/** A row error `shift` lines further down (its line, and the line in its message). */
export function shiftError(e: RowError, shift: number): RowError {
  const line = e.values?.line
  return {
    ...e,
    line: e.line + shift,
    ...(typeof line === 'number' ? { values: { ...e.values, line: line + shift } } : {}),
  }
}
