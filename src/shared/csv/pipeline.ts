import Papa from 'papaparse'
import type { DatasetKind, OrderColumns, OrderRecord, RecordsByKind } from '../analytics/model'
import { fromEpochDay, type IsoDate } from '../dates'
import { fail, ok, type Problem, type Result } from '../result'
import {
  createOrderRowConverter,
  createRecordConverter,
  emptyOrderRow,
  inferColumnFormats,
  type ColumnFormats,
  type ConvertOptions,
  type FlatRecord,
  type OrderRow,
  type OrderRowConverter,
  type RecordConverter,
} from './convert'
import {
  detectBinary,
  detectEncoding,
  looksLikeMojibake,
  SNIFF_BYTES,
  StreamDecoder,
  type Encoding,
} from './decode'
import {
  BYTE_BATCH,
  byteDelimiter,
  createOrderByteConverter,
  scanRecord,
  type ByteRowConverter,
} from './byte-rows'
import { OrderGrouper, type GrouperPart } from './group'
import { uniqueHeaders } from './headers'
import {
  ErrorLog,
  WarningLog,
  shiftError,
  type ImportWarning,
  type RowError,
  type WarningEntry,
} from './issues'
import {
  autoMap,
  guessKind,
  headerSignature,
  missingRequired,
  scoreHeaderRow,
  type Field,
  type KindGuess,
  type Mapping,
} from './mapping'
import { combineWithinFile } from './merge'
import { SingleRowOrders, type SingleRowPart } from './single-row'
import { findHeaderRow, sniffDelimiter, splitSampleRows, type Delimiter } from './sniff'
import { cleanId, type DateOrder } from './values'

/**
 * The import chain as pure stages: decode → parse → map → convert → validate → group → dedupe.
 * The app's Web Worker (which reads the file in slices and decodes them) and the headless `kpi`
 * command call the same functions:
 *
 * 1. `analyseSample(head)` on the first bytes: encoding, delimiter, header row, headers, kind
 *    guess, automatic mapping with inferred formats, a preview, and a mojibake flag for the
 *    mapping screen.
 * 2. `createImporter(options)`: `push()` decoded text slices as they come, `finish()` for the
 *    records, row errors (line + reason), warnings, row count and date range. PapaParse's
 *    low-level parser runs on each slice (no PapaParse workers: the CSP forbids blob: workers).
 * 3. `importFile(bytes, options)`: both at once, for tests and the CLI.
 *
 * Failures that leave nothing to import (empty file, header only, a workbook renamed to .csv,
 * garbled text, required columns missing, the wrong kind of file) are Result failures.
 */

/** Data rows shown on the mapping screen. */
export const PREVIEW_ROWS = 20
/** Records the sample is split into (header search and format inference). */
const SAMPLE_RECORDS = 400
/** The most bytes `analyseSample` looks at (when the first SNIFF_BYTES hold no complete row). */
export const MAX_SAMPLE_BYTES = 4 << 20
/** Characters handed to PapaParse at a time. */
const PARSE_WINDOW = 64 * 1024
/** Data rows buffered by the importer to infer formats the mapping does not fix. */
const INFERENCE_ROWS = 500

/** Options of `analyseSample`: overrides the user chose on the mapping screen. */
export interface AnalyseOptions {
  encoding?: Encoding
  delimiter?: Delimiter
  /** Index of the header record (0 = first line), when the user picked it. */
  headerRow?: number
  /** The kind the user chose (else the guessed kind is mapped). */
  kind?: DatasetKind
  /** True when `bytes` is the whole file (default: shorter than the sniff window). */
  complete?: boolean
}

/** What the mapping screen shows for a file. */
export interface SampleAnalysis {
  encoding: Encoding
  bomLength: number
  delimiter: Delimiter
  /** Index of the header record; records before it are a preamble. */
  headerRow: number
  /** Header names as shown, made unique (`Total`, `Total_1`). */
  headers: string[]
  signature: string
  guess: KindGuess
  /** Automatic mapping for `options.kind` or the guessed kind, with the inferred formats filled in. */
  mapping: Mapping
  /** The inferred formats (`dateOrder: 'ambiguous'` means: ask the user). */
  formats: ColumnFormats
  /** Required fields the automatic mapping did not find. */
  missing: Field[]
  /** The first data rows as decoded cells. */
  preview: string[][]
  /** The text looks garbled (wrong encoding, or mojibake saved into the file). */
  mojibake: boolean
}

/** Failure for bytes that are not a text table (bad-inputs #7). */
function binaryFailure(head: Uint8Array): Result<never> | null {
  const kind = detectBinary(head)
  if (kind === null) return null
  if (kind === 'xlsx' || kind === 'xls') return fail('parse.errors.xlsx', { kind })
  return fail('parse.errors.binary', { kind })
}

/** The BOM length of `head` for a forced encoding (0 when the BOM is not that encoding's). */
function bomFor(encoding: Encoding, head: Uint8Array): number {
  const [a, b, c] = [head[0], head[1], head[2]]
  if (encoding === 'utf-8' && a === 0xef && b === 0xbb && c === 0xbf) return 3
  if (encoding === 'utf-16le' && a === 0xff && b === 0xfe) return 2
  if (encoding === 'utf-16be' && a === 0xfe && b === 0xff) return 2
  return 0
}

/** Encoding and BOM length of a file from its first bytes (or the user's choice). */
function encodingOf(
  head: Uint8Array,
  complete: boolean,
  override?: Encoding,
): { encoding: Encoding; bomLength: number } {
  return override
    ? { encoding: override, bomLength: bomFor(override, head) }
    : detectEncoding(head, complete)
}

/** True when every cell of a row is empty (blank lines, `,,,,`). */
function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false
  return true
}

/**
 * Analyses the first bytes of a file for the mapping screen (see SampleAnalysis). Looks at the
 * first SNIFF_BYTES; when those hold no complete data row (one huge quoted cell) and the caller
 * passed more bytes, looks at up to MAX_SAMPLE_BYTES. Fails for an empty file, a binary file
 * (`parse.errors.xlsx` for a workbook renamed to .csv) and a file with a header but no data rows.
 */
export function analyseSample(
  bytes: Uint8Array,
  opts: AnalyseOptions = {},
): Result<SampleAnalysis> {
  if (bytes.length === 0) return fail('parse.errors.empty')
  const whole = opts.complete ?? bytes.length <= SNIFF_BYTES
  const binary = binaryFailure(bytes.subarray(0, SNIFF_BYTES))
  if (binary) return binary
  let size = Math.min(bytes.length, SNIFF_BYTES)
  for (;;) {
    // `covers`: the sample is the whole file, so its last record is complete.
    const covers = whole && size === bytes.length
    const head = bytes.subarray(0, size)
    const { encoding, bomLength } = encodingOf(head, covers, opts.encoding)
    const decoder = new StreamDecoder(encoding, bomLength)
    let text = decoder.decode(head)
    if (covers) text += decoder.end()
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.trim() === '') return fail('parse.errors.empty')
    const delimiter = opts.delimiter ?? sniffDelimiter(text)
    const rows = splitSampleRows(text, delimiter, SAMPLE_RECORDS)
    // A record cut off by the end of the sample is left out.
    if (!covers && rows.length > 1) rows.pop()
    const headerRow = opts.headerRow ?? findHeaderRow(rows, scoreHeaderRow)
    const headerCells = rows[headerRow]
    const dataRows = rows.slice(headerRow + 1).filter((r) => !isBlankRow(r))
    if (dataRows.length === 0 && !covers && size < bytes.length && size < MAX_SAMPLE_BYTES) {
      size = Math.min(bytes.length, MAX_SAMPLE_BYTES, size * 4)
      continue
    }
    if (!headerCells || (dataRows.length === 0 && covers)) return fail('importer.errors.noRows')
    return ok(
      describeSample(opts, {
        encoding,
        bomLength,
        delimiter,
        headerRow,
        headerCells,
        dataRows,
        text,
      }),
    )
  }
}

/** The analysis of a decoded, split sample. */
function describeSample(
  opts: AnalyseOptions,
  s: {
    encoding: Encoding
    bomLength: number
    delimiter: Delimiter
    headerRow: number
    headerCells: string[]
    dataRows: string[][]
    text: string
  },
): SampleAnalysis {
  const { encoding, bomLength, delimiter, headerRow, dataRows, text } = s
  const headers = uniqueHeaders(s.headerCells)
  const guess = guessKind(headers)
  const mapping = autoMap(headers, opts.kind ?? guess.kind)
  const formats = inferColumnFormats(dataRows, mapping)
  mapping.decimal = formats.decimal
  if (formats.dateOrder !== 'ambiguous') mapping.dateOrder = formats.dateOrder
  if (formats.currency) mapping.currency = formats.currency
  if (mapping.kind === 'orders') {
    mapping.refundDeducted = formats.refundDeducted
    mapping.amountRows = formats.amountRows
  }
  return {
    encoding,
    bomLength,
    delimiter,
    headerRow,
    headers,
    signature: headerSignature(headers),
    guess,
    mapping,
    formats,
    missing: missingRequired(mapping),
    preview: dataRows.slice(0, PREVIEW_ROWS),
    mojibake: looksLikeMojibake(text),
  }
}

/**
 * Why a mapping cannot import a file: when required fields are missing and the header looks like
 * another kind of file, `importer.errors.looksLike.<kind>`; otherwise
 * `importer.errors.missingColumn.<first missing field>`. Both carry `fields` (all missing ones).
 */
export function mappingProblem(mapping: Mapping, headers: readonly string[]): Problem | null {
  const missing = missingRequired(mapping)
  if (missing.length === 0) return null
  const guess = guessKind(headers)
  const fields = missing.join(', ')
  if (guess.kind !== mapping.kind && guess.confidence >= 0.75)
    return { key: `importer.errors.looksLike.${guess.kind}`, values: { fields } }
  return { key: `importer.errors.missingColumn.${missing[0] as Field}`, values: { fields } }
}

/** Options of a streaming import. */
export interface ImporterOptions {
  kind: DatasetKind
  mapping: Mapping
  /** IANA zone of the shop: timestamps with an offset are converted to its calendar. */
  shopTimeZone: string
  /** The shop's currency: rows in another currency are rejected. */
  currency: string
  /** Informational: the text was decoded from this encoding. */
  encoding?: Encoding
  delimiter: Delimiter
  headerRow: number
  /** An explicit day/month order (overrides the mapping's), for files whose sample was ambiguous. */
  dateOrder?: DateOrder
  /**
   * 'columns': an orders import returns its orders as `columns` (the stored layout) and an empty
   * `records` list, never making one object per order (the app's import worker: a million orders).
   * Default 'records'.
   */
  output?: 'records' | 'columns'
  /**
   * This importer reads a LATER part of an orders file, in parallel with another importer that
   * reads the file from its start (see parts.ts): push the head of the file until `formatsFixed`
   * (the header and the first rows fix the columns' formats exactly as the first importer fixes
   * them; those rows are not converted), then `resumeAt` the part's first line, push the part's
   * text (or `pushBytes` its bytes, then `endBytes`), and `exportPart` instead of `finish`.
   */
  laterPart?: boolean
  /** BOM bytes at the start of the file (`pushBytes` drops them). */
  bomLength?: number
  /**
   * false: `pushBytes` decodes everything and parses the text (the text path), never converting
   * rows from bytes (tests compare both paths). Default true.
   */
  bytePath?: boolean
  /**
   * Orders with `output: 'columns'` and an amount column: settle each row as an order of its own
   * while the file has one row per order (single-row.ts), instead of grouping. When a row shows
   * that it has not (a second row of an order, a returned line, a rejected row of a kept order),
   * the importer stops and `restartNeeded` says to read the file again with `fastLane: false`.
   * Only with `pushBytes` and `endBytes` (after which `restartNeeded` is final). A later part and
   * the first part that absorbs it both take the lane or neither does. Default false (importFile
   * and the import worker set it).
   */
  fastLane?: boolean
}

/** What a later part of a file gathered (see ImporterOptions.laterPart); plain, postable data. */
export interface ImporterPart {
  /**
   * The line the part was resumed at (`resumeAt`): its line numbers count from there. The part's
   * worker does not know how many lines come before its cut; the first part does, and shifts them.
   */
  firstLine: number
  /** The part's orders: from the grouper, or from the one-row lane (ImporterOptions.fastLane). */
  grouper: GrouperPart | null
  single: SingleRowPart | null
  errors: RowError[]
  errorCount: number
  warnings: WarningEntry[]
  rejected: string[]
  rowCount: number
}

/** Date span of the imported records. */
export interface DateRange {
  from: IsoDate
  to: IsoDate
}

interface ImportResultBase {
  /** Rejected rows, in line order (at most MAX_ERRORS; `errorCount` has the total). */
  errors: RowError[]
  errorCount: number
  warnings: ImportWarning[]
  /** Data rows read (blank lines, the header and any preamble not counted). */
  rowCount: number
  dateRange: DateRange | null
  formats: Omit<ColumnFormats, 'dateOrder'> & { dateOrder: DateOrder }
}

/** What an import produced: records of its kind plus the reasons for any rejected row. */
export type ImportResult = {
  [K in DatasetKind]: ImportResultBase & {
    kind: K
    records: RecordsByKind[K][]
    /** Orders as columns, instead of records, when the importer was asked for `output: 'columns'`. */
    columns?: K extends 'orders' ? OrderColumns : never
  }
}[DatasetKind]

/** A streaming import: push decoded text in any slices, then finish once. */
export interface Importer {
  /** Data rows read so far (for progress reports). */
  readonly rowCount: number
  /** Parses and converts the complete rows of a text slice (a partial last row waits for the next slice). */
  push(textChunk: string): void
  /**
   * The same for the file's bytes (`options.encoding`, BOM included): orders rows that are plain
   * are converted from the bytes (byte-rows.ts), the rest decoded and parsed as text. Use either
   * `push` or `pushBytes` for one file, and `endBytes` after the last slice of bytes.
   */
  pushBytes(chunk: Uint8Array): void
  /** The end of the bytes: the last record, and any bytes the decoder held back. */
  endBytes(): void
  /**
   * A hint: this part holds about `rows` data rows in all. The one-row lane then makes room for
   * them at once (an estimate: too few only means growing later as without it).
   */
  reserve(rows: number): void
  /** Parses the rest, groups, validates and returns the result (or why nothing could be imported). */
  finish(): Result<ImportResult>
  /** Data rows converted from bytes by the byte path (see pushBytes); the rest took the text path. */
  readonly byteRows: number
  /**
   * The file is not one row per order after all (ImporterOptions.fastLane): this importer has
   * stopped; read the file again with a new importer with `fastLane: false`. `finish` throws.
   */
  readonly restartNeeded: boolean
  /** The orders were settled one row per order (ImporterOptions.fastLane held to the end). */
  readonly oneRowPerOrder: boolean
  /** The header is read and the columns' formats are fixed (conversion has started). */
  readonly formatsFixed: boolean
  /**
   * Everything pushed so far ended with a complete record, outside any quoted cell, with nothing
   * failed: a later part that starts right after this text starts at a record.
   */
  atRecordBoundary(): boolean
  /**
   * Later part only: continue with the next record, numbering it line `line` (the true line, or a
   * provisional one that `absorb` shifts).
   */
  resumeAt(line: number): void
  /** Later part only: parses the rest and returns what the part gathered, or why it failed. */
  exportPart(): Result<ImporterPart>
  /** First part only (orders): adds a later part, as if its text had been pushed here. */
  absorb(part: ImporterPart): void
}

/** Counts occurrences of a one-character string in `s[0..end)`. */
function countChar(s: string, ch: string, end: number): number {
  let n = 0
  for (let i = s.indexOf(ch); i !== -1 && i < end; i = s.indexOf(ch, i + 1)) n++
  return n
}

/** The newline of a text: the first line break outside quotes decides; null when none yet. */
function detectNewline(text: string): '\r\n' | '\n' | '\r' | null {
  let inQuotes = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) inQuotes = !inQuotes
    else if (!inQuotes && (c === 0x0a || c === 0x0d)) {
      if (c === 0x0a) return '\n'
      if (i + 1 >= text.length) return null
      return text.charCodeAt(i + 1) === 0x0a ? '\r\n' : '\r'
    }
  }
  return null
}

/** Minimal typing of PapaParse's low-level parser result. */
interface PapaChunk {
  data: string[][]
  errors: { code: string; row?: number }[]
  meta: { cursor: number }
}

/** `failure` of an importer whose fast lane did not hold (never returned: `finish` throws). */
const RESTART: Result<never> = { ok: false, error: { key: 'importer.restartNeeded' } }

/**
 * After the first slice of a part (`read` of its `total` bytes), tells the importer how many rows
 * the whole part will have at the rate so far, and 2 % more (Importer.reserve). False when no row
 * is complete yet (try again after the next slice).
 */
export function reserveRows(importer: Importer, read: number, total: number): boolean {
  if (read >= total) return true
  if (importer.rowCount === 0) return false
  importer.reserve(Math.min((importer.rowCount * total * 1.02) / read, total / 4))
  return true
}

/** Creates a streaming importer for one file (see the module comment). */
export function createImporter(options: ImporterOptions): Importer {
  const { kind, delimiter, headerRow } = options
  const mapping: Mapping = { ...options.mapping, kind }
  if (options.dateOrder) mapping.dateOrder = options.dateOrder
  const warnings = new WarningLog()
  const errors = new ErrorLog()
  const rejected = new Set<string>()
  const flat: FlatRecord[] = []
  let grouper: OrderGrouper | null = null
  /** The one-row-per-order lane (ImporterOptions.fastLane), while it holds. */
  let single: SingleRowOrders | null = null
  /** Rows expected in all (`reserve`), for a lane made after the hint. */
  let reserved = 0
  let restartNeeded = false
  let orderConverter: OrderRowConverter | null = null
  let recordConverter: RecordConverter | null = null
  const scratch = emptyOrderRow()
  let formats: ImportResultBase['formats'] | null = null
  let failure: Result<never> | null = null

  let parser: Papa.Parser | null = null
  let newline: '\r\n' | '\n' | '\r' = '\n'
  let lineChar = '\n'
  let buffer = ''
  let started = false
  let recordIndex = 0
  let nextLine = 1
  let width = 0
  let headers: string[] = []
  let rowCount = 0
  const pending: { row: string[]; line: number }[] = []
  /** Later part: the head of the file is done (formats fixed) and its rows are being skipped. */
  let skipping = false
  let resumedAt = 1

  let convertOptions: ConvertOptions | null = null
  /** Fixes formats from the buffered rows, builds the converters and replays the buffer. */
  const startConverting = (): void => {
    const inferred = inferColumnFormats(
      pending.map((p) => p.row),
      mapping,
    )
    if (inferred.dateOrder === 'ambiguous') {
      failure = fail('importer.errors.ambiguousDateOrder')
      return
    }
    formats = { ...inferred, dateOrder: inferred.dateOrder }
    const opts: ConvertOptions = {
      mapping,
      headers,
      currency: options.currency,
      shopTimeZone: options.shopTimeZone,
      decimal: formats.decimal,
      dateOrder: formats.dateOrder,
      warnings,
    }
    convertOptions = opts
    if (kind === 'orders') {
      orderConverter = createOrderRowConverter(opts)
      const groupOptions = {
        hasAmountColumn: mapping.fields.amountPaid !== undefined,
        amountRows: formats.amountRows,
        refundDeducted: formats.refundDeducted,
        warnings,
      }
      grouper = new OrderGrouper(groupOptions)
      if (
        options.output === 'columns' &&
        options.fastLane === true &&
        groupOptions.hasAmountColumn
      ) {
        single = new SingleRowOrders(groupOptions)
        if (reserved > 0) single.reserve(reserved)
      }
    } else recordConverter = createRecordConverter(kind, opts)
    if (options.laterPart)
      skipping = true // the head's rows belong to the first part
    else for (const p of pending) convertRow(p.row, p.line)
    pending.length = 0
  }

  /** The fast lane does not hold (ImporterOptions.fastLane): stop, to be read again. */
  const restart = (): void => {
    single = null
    restartNeeded = true
    failure = RESTART
  }
  /** Adds a converted order row to the fast lane or the grouper. */
  const addOrderRow = (row: OrderRow): void => {
    if (!single) (grouper as OrderGrouper).add(row)
    else if (!single.add(row, rejected)) restart()
  }
  /** A rejected row's order ID: the order is skipped whole. */
  const reject = (id: string): void => {
    rejected.add(id)
    if (single?.has(id)) restart()
  }
  const orderIdColumn = mapping.fields.orderId ?? -1
  /** Converts one data row into the grouper or the record list. */
  const convertRow = (row: string[], line: number): void => {
    if (orderConverter && grouper) {
      const err = orderConverter(row, line, scratch)
      if (err) {
        errors.add(err)
        const id = cleanId(row[orderIdColumn] ?? '').id
        if (id !== null) reject(id)
      } else addOrderRow(scratch)
      return
    }
    const r = (recordConverter as RecordConverter)(row, line)
    if ('key' in r) errors.add(r)
    else flat.push(r)
  }
  /** Handles one parsed record at physical line `line`. */
  const record = (row: string[], line: number): void => {
    if (skipping) return
    const index = recordIndex++
    if (index < headerRow) return
    if (index === headerRow) {
      headers = uniqueHeaders(row)
      width = row.length
      const problem = mappingProblem(mapping, headers)
      if (problem) {
        failure = { ok: false, error: problem }
        return
      }
      const maxColumn = Math.max(
        -1,
        ...Object.values(mapping.fields).filter((i): i is number => i !== undefined),
      )
      if (maxColumn >= width) failure = fail('importer.errors.mappingMismatch', { columns: width })
      return
    }
    if (isBlankRow(row)) return
    rowCount++
    if (row.length !== width) {
      let extraEmpty = row.length > width
      for (let i = width; extraEmpty && i < row.length; i++)
        if ((row[i] as string).trim() !== '') extraEmpty = false
      if (!extraEmpty) {
        errors.add({
          line,
          field: null,
          key:
            row.length < width ? 'importer.errors.tooFewFields' : 'importer.errors.tooManyFields',
          values: { line, expected: width, found: row.length },
        })
        const id = orderIdColumn >= 0 ? cleanId(row[orderIdColumn] ?? '').id : null
        if (kind === 'orders' && id !== null) reject(id)
        return
      }
    }
    if (formats) convertRow(row, line)
    else {
      pending.push({ row, line })
      if (pending.length >= INFERENCE_ROWS) startConverting()
    }
  }

  /** Handles the parsed records of `text[0..consumed)`, numbering their physical lines. */
  const handle = (rows: string[][], text: string, consumed: number, final: boolean): void => {
    const breaks = countChar(text, lineChar, consumed)
    // One physical line per record unless quoted cells hold line breaks.
    const simple = breaks === rows.length || (final && breaks === rows.length - 1)
    for (const row of rows) {
      if (failure) return
      const line = nextLine
      if (simple) nextLine++
      else {
        let inner = 0
        for (const cell of row)
          if (cell.includes(lineChar)) inner += countChar(cell, lineChar, cell.length)
        nextLine += 1 + inner
      }
      record(row, line)
    }
  }

  /**
   * Parses `buffer` in windows of PARSE_WINDOW characters (all of it when `last`), handles the
   * complete records and keeps the rest. Small windows keep few parsed rows alive at a time,
   * which keeps the garbage collector's young generation cheap.
   */
  const parse = (last: boolean): void => {
    if (!parser) {
      parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' })
      lineChar = newline === '\r' ? '\r' : '\n'
    }
    let start = 0
    let window = PARSE_WINDOW
    while (start < buffer.length && !failure) {
      const end = Math.min(buffer.length, start + window)
      const final = last && end === buffer.length
      const text = start === 0 && end === buffer.length ? buffer : buffer.slice(start, end)
      const res = parser.parse(text, 0, !final) as PapaChunk
      const consumed = final ? text.length : res.meta.cursor
      if (consumed === 0) {
        if (end === buffer.length) break // an incomplete record: wait for more text
        window *= 2 // one record longer than the window
        continue
      }
      handle(res.data, text, consumed, final)
      if (final && !failure && res.errors.some((e) => e.code === 'MissingQuotes'))
        errors.add({
          line: nextLine - 1,
          field: null,
          key: 'importer.errors.unclosedQuote',
          values: { line: nextLine - 1 },
        })
      start += consumed
      window = PARSE_WINDOW
    }
    buffer = start >= buffer.length ? '' : buffer.slice(start)
  }

  // ---- The byte path (see byte-rows.ts) ----------------------------------------------------
  const encoding = options.encoding ?? 'utf-8'
  /** Decodes what the byte path hands to the text path (from its start, or from a switch). */
  let textDecoder = new StreamDecoder(encoding, options.bomLength ?? 0)
  const delimiterByte =
    kind === 'orders' && options.bytePath !== false
      ? byteDelimiter(delimiter, options.encoding)
      : -1
  /**
   * Still reading bytes record by record (false: everything left goes through the text path). A
   * later part reads the head of the file as text, and its own part from bytes (resumeAt).
   */
  let byteMode = delimiterByte >= 0 && !options.laterPart
  let bomLeft = options.bomLength ?? 0
  /** The bytes of an incomplete last record, until the next slice. */
  let carry: Uint8Array | null = null
  /** '\r\n' files: each record ends with CR LF; null until the first line end is seen. */
  let crlf: boolean | null = null
  let byteConverter: ByteRowConverter | null = null
  let byteConverterTried = false
  /** Data rows converted from bytes (`byteRows`). */
  let fromBytes = 0
  /** Records the byte path decoded for the text path, one at a time. */
  let textRows = 0
  const recordDecoder = new TextDecoder(encoding, { ignoreBOM: true })
  /** Each batch record's cells (cell k of record r: `b[batchStarts[r][k]..batchEnds[r][k])`). */
  let batchStarts: Int32Array[] = []
  let batchEnds: Int32Array[] = []
  const cellCounts = new Int32Array(BYTE_BATCH)
  /** scanRecord's cell count. */
  const scanned = new Int32Array(1)
  /** The batch's records: `b[recordStarts[r]..recordEnds[r])`, line end excluded. */
  const recordStarts = new Int32Array(BYTE_BATCH)
  const recordEnds = new Int32Array(BYTE_BATCH)

  /** Leaves the byte path: the bytes from `from` on (a record's start) are decoded and parsed as text. */
  const toText = (buf: Uint8Array, from: number): void => {
    byteMode = false
    carry = null
    if (crlf !== null && !parser) {
      newline = crlf ? '\r\n' : '\n'
      parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' })
      lineChar = '\n'
    }
    textDecoder = new StreamDecoder(encoding, 0)
    push(textDecoder.decode(buf.subarray(from)))
  }

  /** The byte converter, once the header is read and the formats are fixed (null: text path). */
  const byteReady = (): ByteRowConverter | null => {
    if (!formats || !grouper || skipping) return null
    if (!byteConverterTried) {
      byteConverterTried = true
      const g = single ?? (grouper as OrderGrouper)
      byteConverter = createOrderByteConverter(convertOptions as ConvertOptions, encoding, {
        order: (h) => g.touch(h),
        customer: (slot) => g.touchCustomer(slot),
      })
      batchStarts = Array.from({ length: BYTE_BATCH }, () => new Int32Array(width + 1))
      batchEnds = Array.from({ length: BYTE_BATCH }, () => new Int32Array(width + 1))
    }
    return byteConverter
  }

  /**
   * A record without quotes, decoded and split at the delimiter (what PapaParse makes of such a
   * record), handled as text.
   */
  const textRecord = (b: Uint8Array, s: number, e: number, line: number): void => {
    textRows++
    record(recordDecoder.decode(b.subarray(s, e)).split(delimiter), line)
  }

  /**
   * Records `recordStarts/recordEnds[0..n)` of `b`, their cells found (`cellCounts`, `batchStarts`,
   * `batchEnds`): plain orders rows are converted from their bytes, the rest as text. The batch's
   * cache lines are read ahead first (ByteRowConverter.touch), then its rows converted and grouped
   * in order.
   */
  const byteBatch = (b: Uint8Array, n: number, conv: ByteRowConverter): void => {
    for (let k = 0; k < n; k++)
      if (cellCounts[k] === width)
        conv.touch(b, batchStarts[k] as Int32Array, batchEnds[k] as Int32Array, k)
    for (let k = 0; k < n && !failure; k++) {
      const line = nextLine++
      if (
        cellCounts[k] === width &&
        conv.convert(b, batchStarts[k] as Int32Array, batchEnds[k] as Int32Array, line, scratch, k)
      ) {
        recordIndex++
        rowCount++
        fromBytes++
        addOrderRow(scratch)
      } else textRecord(b, recordStarts[k] as number, recordEnds[k] as number, line)
    }
  }

  /**
   * Handles the complete records of `buf`; keeps the incomplete rest in `carry`. Until the header
   * and the first rows have fixed the formats, one record at a time, as text; then in batches of
   * BYTE_BATCH, each record's cells found in the same pass as its end.
   */
  const byteRecords = (buf: Uint8Array): void => {
    let pos = 0
    let quote = buf.indexOf(0x22)
    if (quote < 0) quote = buf.length
    while (!failure) {
      const conv = byteReady()
      const size = conv ? BYTE_BATCH : 1
      let n = 0
      /** From `pos` on, the text path reads the rest. */
      let stop = false
      while (n < size) {
        const lf = conv
          ? scanRecord(
              buf,
              pos,
              buf.length,
              delimiterByte,
              batchStarts[n] as Int32Array,
              batchEnds[n] as Int32Array,
              scanned,
            )
          : buf.indexOf(0x0a, pos)
        if (lf < 0) break
        let end = lf
        // A quoted cell may hold line ends or delimiters: PapaParse reads the rest.
        stop = quote < lf
        if (!stop && crlf === null) {
          const cr = buf.indexOf(0x0d, pos)
          stop = cr >= 0 && cr < lf - 1 // '\r' line ends
          if (!stop) crlf = cr === lf - 1
        }
        // A bare LF in a CRLF file is part of a cell for PapaParse.
        if (!stop && crlf) stop = end === pos || buf[end - 1] !== 0x0d
        // Most rows need the text path (dates or amounts the byte path does not read): PapaParse
        // reads the rest faster than record-by-record decoding.
        if (!stop) stop = textRows > 2000 && textRows > fromBytes
        if (stop) break
        if (crlf) end--
        recordStarts[n] = pos
        recordEnds[n] = end
        if (conv) {
          const count = scanned[0] as number
          cellCounts[n] = count
          if (count > 0) (batchEnds[n] as Int32Array)[count - 1] = end
        }
        n++
        pos = lf + 1
      }
      if (n > 0) {
        started = true
        if (conv) byteBatch(buf, n, conv)
        else textRecord(buf, recordStarts[0] as number, recordEnds[0] as number, nextLine++)
      }
      if (failure) return
      if (stop) return toText(buf, pos)
      if (n < size) break
    }
    carry = pos < buf.length ? buf.slice(pos) : null
  }

  const pushBytes = (chunk: Uint8Array): void => {
    if (failure || chunk.length === 0) return
    if (!byteMode) {
      push(textDecoder.decode(chunk))
      return
    }
    if (bomLeft > 0) {
      const n = Math.min(bomLeft, chunk.length)
      chunk = chunk.subarray(n)
      bomLeft -= n
      if (chunk.length === 0) return
    }
    if (carry) {
      // The record cut by the slice's start: joined on its own (the rest is read in place).
      const lf = chunk.indexOf(0x0a)
      const head = lf < 0 ? chunk : chunk.subarray(0, lf + 1)
      const joined = new Uint8Array(carry.length + head.length)
      joined.set(carry)
      joined.set(head, carry.length)
      carry = null
      byteRecords(joined)
      if (lf < 0) return
      chunk = chunk.subarray(lf + 1)
      if (!byteMode) {
        push(textDecoder.decode(chunk))
        return
      }
    }
    byteRecords(chunk)
  }

  const endBytes = (): void => {
    if (failure) return
    if (byteMode) {
      const rest = carry
      carry = null
      byteMode = false
      // The last record has no line end: the text path reads it (and the file's end) as before.
      if (rest) toText(rest, 0)
    }
    push(textDecoder.end())
    // Every row is converted now, so that `restartNeeded` is final before `finish`.
    if (options.fastLane === true) complete()
  }

  let completed = false
  /** Parses what is left, checks that there were rows, fixes the formats if not yet done. */
  const complete = (): void => {
    if (completed) return
    completed = true
    if (!failure) {
      if (!parser) newline = detectNewline(buffer + '\n') ?? '\n'
      if (buffer !== '') parse(true)
    }
    if (!failure && recordIndex <= headerRow)
      failure = started ? fail('importer.errors.noRows') : fail('parse.errors.empty')
    if (!failure && rowCount === 0) failure = fail('importer.errors.noRows')
    if (!failure && !formats) startConverting()
  }

  const push = (textChunk: string): void => {
    if (failure || textChunk === '') return
    if (!started) {
      started = true
      if (textChunk.charCodeAt(0) === 0xfeff) textChunk = textChunk.slice(1)
    }
    buffer += textChunk
    if (!parser) {
      const nl = detectNewline(buffer)
      if (nl === null) return
      newline = nl
    }
    parse(false)
  }

  return {
    get rowCount(): number {
      return rowCount
    },
    push,
    pushBytes,
    endBytes,
    reserve(rows: number): void {
      reserved = Math.max(reserved, Math.ceil(rows))
      single?.reserve(reserved)
    },
    get byteRows(): number {
      return fromBytes
    },
    get restartNeeded(): boolean {
      return restartNeeded
    },
    get oneRowPerOrder(): boolean {
      return single !== null
    },
    get formatsFixed(): boolean {
      return formats !== null
    },

    atRecordBoundary(): boolean {
      return !failure && formats !== null && buffer === '' && carry === null && pending.length === 0
    },

    resumeAt(line: number): void {
      if (!options.laterPart || !formats)
        throw new Error('resumeAt: not a later part, or too early')
      skipping = false
      resumedAt = line
      parser = null
      buffer = ''
      nextLine = line
      rowCount = 0
      // The part's own bytes start at a record: `pushBytes` reads them from bytes where it can.
      byteMode = delimiterByte >= 0
      carry = null
      bomLeft = 0
      textDecoder = new StreamDecoder(encoding, 0)
      fromBytes = 0
      textRows = 0
      errors.errors.length = 0
      errors.count = 0
      rejected.clear()
    },

    exportPart(): Result<ImporterPart> {
      if (!failure && buffer !== '') parse(true)
      if (failure) return failure
      if (!grouper) throw new Error('exportPart: only an orders import that has started converting')
      return ok({
        firstLine: resumedAt,
        grouper: single ? null : (grouper as OrderGrouper).exportPart(),
        single: single ? single.exportPart() : null,
        errors: errors.errors,
        errorCount: errors.count,
        warnings: warnings.withIds(),
        rejected: [...rejected],
        rowCount,
      })
    },

    absorb(part: ImporterPart): void {
      if (!grouper) throw new Error('absorb: only an orders import that has started converting')
      // The part's first record is this part's next line.
      const shift = nextLine - part.firstLine
      if ((single === null) !== (part.single === null))
        throw new Error('absorb: both parts take the one-row lane, or neither does')
      if (single && part.single) {
        // An order in both parts, or a rejected row of an order of the other part: read again.
        if (!single.absorb(part.single, shift, rejected, part.rejected)) return restart()
      } else (grouper as OrderGrouper).absorb(part.grouper as GrouperPart, shift)
      errors.absorb(
        shift === 0 ? part.errors : part.errors.map((e) => shiftError(e, shift)),
        part.errorCount,
      )
      warnings.absorb(
        shift === 0
          ? part.warnings
          : part.warnings.map(({ id, warning }) => ({
              id,
              warning:
                warning.firstLine > 0
                  ? { ...warning, firstLine: warning.firstLine + shift }
                  : warning,
            })),
      )
      for (const id of part.rejected) rejected.add(id)
      rowCount += part.rowCount
    },

    finish(): Result<ImportResult> {
      complete()
      if (restartNeeded) throw new Error('finish: restartNeeded (read the file again)')
      if (failure) return failure

      let records: RecordsByKind[DatasetKind][]
      let columns: OrderColumns | undefined
      if (grouper && options.output === 'columns') {
        const grouped = single
          ? single.finishColumns()
          : (grouper as OrderGrouper).finishColumns(rejected)
        for (const e of grouped.errors) errors.add(e)
        records = []
        columns = grouped.columns
      } else if (grouper) {
        const grouped = (grouper as OrderGrouper).finish(rejected)
        for (const e of grouped.errors) errors.add(e)
        records = grouped.records
      } else {
        const combined = combineWithinFile(kind as Exclude<DatasetKind, 'orders'>, flat)
        if (combined.combined > 0)
          warnings.add(
            'importer.warnings.combinedRows',
            0,
            { count: combined.combined },
            '',
            combined.combined,
          )
        records = combined.records
      }
      const count = columns ? columns.length : records.length
      const sortedErrors = [...errors.errors].sort((a, b) => a.line - b.line)
      if (count === 0) {
        const first = sortedErrors[0]
        return first
          ? { ok: false, error: { key: first.key, values: { ...first.values, line: first.line } } }
          : fail('importer.errors.noRows')
      }
      return ok({
        kind,
        records,
        ...(columns ? { columns } : {}),
        errors: sortedErrors,
        errorCount: errors.count,
        warnings: warnings.list(),
        rowCount,
        dateRange: columns ? dayRangeOf(columns.day) : dateRangeOf(records),
        formats: formats as ImportResultBase['formats'],
      } as ImportResult)
    },
  }
}

/** First and last date of epoch days (null when there are none). */
function dayRangeOf(days: Int32Array): DateRange | null {
  if (days.length === 0) return null
  let lo = days[0] as number
  let hi = lo
  for (let i = 1; i < days.length; i++) {
    const d = days[i] as number
    if (d < lo) lo = d
    else if (d > hi) hi = d
  }
  return { from: fromEpochDay(lo), to: fromEpochDay(hi) }
}

/** First and last date of records that have one (products have none). */
function dateRangeOf(records: readonly RecordsByKind[DatasetKind][]): DateRange | null {
  let from: IsoDate | null = null
  let to: IsoDate | null = null
  for (const r of records) {
    if (!('date' in r)) continue
    const d = r.date
    if (from === null || d < from) from = d
    if (to === null || d > to) to = d
  }
  return from && to ? { from, to } : null
}

/** Options of `importFile`. */
export interface ImportFileOptions extends AnalyseOptions {
  shopTimeZone: string
  currency: string
  /** A mapping the user fixed; else the automatic one (for `kind` or the guessed kind). */
  mapping?: Mapping
  dateOrder?: DateOrder
  /** Inventory files without a date column. */
  snapshotDate?: IsoDate
  /** Bytes decoded per slice (default 1 MiB); tests use small slices to exercise streaming. */
  chunkBytes?: number
  /** See ImporterOptions.output. */
  output?: 'records' | 'columns'
  /** See ImporterOptions.bytePath. */
  bytePath?: boolean
  /** See ImporterOptions.fastLane (importFile reads the file again when it does not hold). */
  fastLane?: boolean
}

/**
 * What `importFile` returns: the import result plus the sample analysis it used, how many data
 * rows the byte path converted (`Importer.byteRows`) and whether the orders were settled one row
 * per order (`Importer.oneRowPerOrder`).
 */
export type ImportFileResult = ImportResult & {
  analysis: SampleAnalysis
  byteRows: number
  oneRowPerOrder: boolean
}

/**
 * Imports a whole file held in memory: analyse → refuse garbled text (`importer.errors.mojibake`)
 * → map → stream the decoded text through `createImporter` in slices.
 */
export function importFile(bytes: Uint8Array, opts: ImportFileOptions): Result<ImportFileResult> {
  const analysed = analyseSample(bytes.subarray(0, MAX_SAMPLE_BYTES), {
    ...opts,
    complete: bytes.length <= MAX_SAMPLE_BYTES,
  })
  if (!analysed.ok) return analysed
  const analysis = analysed.value
  if (analysis.mojibake) return fail('importer.errors.mojibake', { encoding: analysis.encoding })
  const mapping: Mapping = opts.mapping ? { ...opts.mapping } : { ...analysis.mapping }
  if (opts.snapshotDate) mapping.snapshotDate = opts.snapshotDate
  const read = (fastLane: boolean): Importer => {
    const importer = createImporter({
      kind: mapping.kind,
      mapping,
      shopTimeZone: opts.shopTimeZone,
      currency: opts.currency,
      encoding: analysis.encoding,
      delimiter: analysis.delimiter,
      headerRow: analysis.headerRow,
      ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}),
      ...(opts.output ? { output: opts.output } : {}),
      bomLength: analysis.bomLength,
      ...(opts.bytePath === false ? { bytePath: false } : {}),
      fastLane,
    })
    const step = Math.max(4, opts.chunkBytes ?? 1 << 20)
    let reserved = false
    for (let at = 0; at < bytes.length && !importer.restartNeeded; at += step) {
      importer.pushBytes(bytes.subarray(at, at + step))
      if (!reserved)
        reserved = reserveRows(importer, Math.min(at + step, bytes.length), bytes.length)
    }
    importer.endBytes()
    return importer
  }
  let importer = read(opts.output === 'columns' && opts.fastLane !== false)
  if (importer.restartNeeded) importer = read(false)
  const result = importer.finish()
  if (!result.ok) return result
  return ok({
    ...result.value,
    analysis,
    byteRows: importer.byteRows,
    oneRowPerOrder: importer.oneRowPerOrder,
  })
}

/** The orders of a result, or [] for another kind (a typed shortcut for callers and tests). */
export function ordersOf(result: ImportResult): OrderRecord[] {
  return result.kind === 'orders' ? result.records : []
}
