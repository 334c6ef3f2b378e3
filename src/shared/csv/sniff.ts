/**
 * Structure sniffing on a decoded text sample: delimiter, preview rows, header row
 * (bad-inputs #3, #8, #9, #15). The real parse is PapaParse's; these only look at a sample.
 */

/** Field delimiters the importer recognises (the last is the full-width comma of hand-made Chinese files). */
export type Delimiter = ',' | ';' | '\t' | '|' | '，'

/** Candidates, in the order that wins a tie (tab and semicolon before comma: decimal commas inflate commas). */
export const DELIMITERS: readonly Delimiter[] = ['\t', ';', '|', ',', '，']

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d
const MAX_SNIFF_RECORDS = 50

/**
 * Delimiter count of each non-empty record (fields − 1), RFC-4180 quote-aware for this delimiter:
 * a quote opens a quoted field only at the start of a field. A record cut off by the end of the
 * sample is left out when other records exist.
 */
function delimiterCounts(sample: string, delimiter: Delimiter, max: number): number[] {
  const d = delimiter.charCodeAt(0)
  const counts: number[] = []
  let count = 0
  let inQuotes = false
  let fieldStart = true
  let nonEmpty = false
  const n = sample.length
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i)
    if (inQuotes) {
      if (c === QUOTE) {
        if (sample.charCodeAt(i + 1) === QUOTE) i++
        else inQuotes = false
      }
      continue
    }
    if (c === LF || c === CR) {
      if (c === CR && sample.charCodeAt(i + 1) === LF) i++
      if (nonEmpty) {
        counts.push(count)
        if (counts.length >= max) return counts
      }
      count = 0
      fieldStart = true
      nonEmpty = false
      continue
    }
    nonEmpty = true
    if (c === d) {
      count++
      fieldStart = true
    } else if (c === QUOTE && fieldStart) {
      inQuotes = true
      fieldStart = false
    } else {
      fieldStart = false
    }
  }
  if (nonEmpty && counts.length === 0 && !inQuotes) counts.push(count)
  return counts
}

/** Picks the delimiter whose non-zero count per record is the most consistent (then the largest). */
export function sniffDelimiter(sample: string): Delimiter {
  let best: Delimiter = ','
  let bestFreq = 0
  let bestCount = 0
  for (const delimiter of DELIMITERS) {
    const counts = delimiterCounts(sample, delimiter, MAX_SNIFF_RECORDS)
    const freq = new Map<number, number>()
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1)
    let modeCount = 0
    let modeFreq = 0
    for (const [c, f] of freq) {
      if (f > modeFreq || (f === modeFreq && c > modeCount)) {
        modeFreq = f
        modeCount = c
      }
    }
    if (modeFreq > bestFreq || (modeFreq === bestFreq && modeFreq > 0 && modeCount > bestCount)) {
      best = delimiter
      bestFreq = modeFreq
      bestCount = modeCount
    }
  }
  return best
}

/** Splits the first `maxRows` records of a sample into cells (RFC 4180; blank lines give `['']`). */
export function splitSampleRows(sample: string, delimiter: Delimiter, maxRows: number): string[][] {
  const d = delimiter.charCodeAt(0)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let inQuotes = false
  let fieldStart = true
  let start = 0 // start of the pending unquoted run in `sample`
  const n = sample.length
  if (maxRows <= 0) return rows
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i)
    if (inQuotes) {
      if (c === QUOTE) {
        cell += sample.slice(start, i)
        if (sample.charCodeAt(i + 1) === QUOTE) {
          cell += '"'
          i++
          start = i + 1
        } else {
          inQuotes = false
          start = i + 1
        }
      }
      continue
    }
    if (c === d) {
      row.push(cell + sample.slice(start, i))
      cell = ''
      start = i + 1
      fieldStart = true
    } else if (c === LF || c === CR) {
      row.push(cell + sample.slice(start, i))
      rows.push(row)
      if (rows.length >= maxRows) return rows
      if (c === CR && sample.charCodeAt(i + 1) === LF) i++
      row = []
      cell = ''
      start = i + 1
      fieldStart = true
    } else if (c === QUOTE && fieldStart) {
      inQuotes = true
      fieldStart = false
      start = i + 1
    } else {
      fieldStart = false
    }
  }
  // The last record, unless the sample ended right after a line break.
  if (start < n || row.length > 0 || cell !== '') {
    row.push(cell + sample.slice(start, n))
    rows.push(row)
  }
  return rows
}

/** A cell that holds a number, amount, date or time rather than a name: digits and no letters. */
function isNumericCell(cell: string): boolean {
  let digit = false
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) digit = true
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false
    else if (c >= 0x80 && LETTER.test(cell[i] as string)) return false
  }
  return digit
}
const LETTER = /\p{L}/u

/** Non-empty cells of a row. */
function filled(cells: readonly string[]): number {
  let n = 0
  for (const c of cells) if (c.trim() !== '') n++
  return n
}

/** A row that looks like column names: at least half its cells filled, and mostly not numbers. */
function looksLikeHeader(cells: readonly string[]): boolean {
  const nonEmpty = filled(cells)
  if (nonEmpty === 0 || nonEmpty * 2 < cells.length) return false
  let text = 0
  for (const c of cells) if (c.trim() !== '' && !isNumericCell(c.trim())) text++
  return text >= nonEmpty * 0.6
}

/** The most common width of the non-blank rows after `index` (up to 50 of them); null when none. */
function modalWidthBelow(rows: readonly string[][], index: number): number | null {
  const freq = new Map<number, number>()
  let seen = 0
  for (let i = index + 1; i < rows.length && seen < MAX_SNIFF_RECORDS; i++) {
    const r = rows[i] as string[]
    if (filled(r) === 0) continue
    seen++
    freq.set(r.length, (freq.get(r.length) ?? 0) + 1)
  }
  let mode: number | null = null
  let modeFreq = 0
  for (const [w, f] of freq) {
    if (f > modeFreq || (f === modeFreq && mode !== null && w > mode)) {
      mode = w
      modeFreq = f
    }
  }
  return mode
}

const HEADER_SEARCH_ROWS = 20

/** Index of the header row after any preamble (titles, 'version 1.00', blank lines); 0 if unsure. */
export function findHeaderRow(rows: string[][], scoreHeader?: (cells: string[]) => number): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS)
  const structural: boolean[] = []
  let firstStructural = -1
  for (let i = 0; i < limit; i++) {
    const cells = rows[i] as string[]
    const below = modalWidthBelow(rows, i)
    const ok = looksLikeHeader(cells) && (below === null || cells.length === below)
    structural.push(ok)
    if (ok && firstStructural === -1) firstStructural = i
  }
  if (scoreHeader) {
    let best = -1
    let bestScore = 0
    for (let i = 0; i < limit; i++) {
      const s = scoreHeader(rows[i] as string[])
      if (!(s > 0)) continue
      // Half a point for the right shape breaks ties without outweighing one more known name.
      const score = s + (structural[i] ? 0.5 : 0)
      if (score > bestScore) {
        best = i
        bestScore = score
      }
    }
    if (best !== -1) return best
  }
  if (firstStructural !== -1) return firstStructural
  // Ragged files (data rows with one trailing delimiter more or less): the first text row of at
  // least two cells that is at most one cell narrower than the rows below it.
  for (let i = 0; i < limit; i++) {
    const cells = rows[i] as string[]
    const below = modalWidthBelow(rows, i)
    if (looksLikeHeader(cells) && below !== null && cells.length >= 2 && cells.length >= below - 1)
      return i
  }
  return 0
}

/** The `parse.delimiters.*` i18n key name of each delimiter. */
export const DELIMITER_NAMES: Record<
  Delimiter,
  'comma' | 'semicolon' | 'tab' | 'pipe' | 'fullwidthComma'
> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
  '，': 'fullwidthComma',
}
