import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteCache, byteDelimiter, scanRecord } from '../../../src/shared/csv/byte-rows'
import { DateCache } from '../../../src/shared/csv/convert'
import { importFile, type ImportFileOptions } from '../../../src/shared/csv/pipeline'
import {
  decimalCode,
  plainDecimal,
  plainId,
  plainIdBytes,
  plainMoney,
  plainNumberBytes,
  type DecimalSeparator,
} from '../../../src/shared/csv/values'
import { ORDER_EXPORTS, readDataset, skipDatasets } from '../../support/datasets'
import { encodeGb18030 } from '../../support/gb18030'
import { LINES, SUMMARY, fileArb, fileOf, utf8 } from './support/order-files'
import { timestampShapes } from './support/timestamps'

/**
 * The importer's byte path (byte-rows.ts, `Importer.pushBytes`) must give exactly what the text
 * path gives — the same orders, errors, warnings and line numbers — for every file: each reader
 * of bytes against its text twin over generated cells, and whole generated files (plain rows,
 * near misses, quotes, bad rows, CRLF/LF, BOM, UTF-8/GB18030, any slice size) imported both ways.
 */

const chars = (alphabet: string, maxLength = 24): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...Array.from(alphabet)), { maxLength }).map((l) => l.join(''))

describe('cell readers on bytes ≡ their text twins', () => {
  const numberCells = fc.oneof(
    fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^[0-9]{0,18}$/),
        fc.constantFrom('', '.', ','),
        fc.stringMatching(/^[0-9]{0,8}$/),
      )
      .map(([neg, int, sep, frac]) => `${neg ? '-' : ''}${int}${sep}${sep ? frac : ''}`),
    chars('0123456789.,-+ e%$¥（）()\t２'),
    fc.string(),
  )

  it('plainNumberBytes is plainMoney / plainDecimal of the text (NaN for any non-ASCII byte)', () => {
    fc.assert(
      fc.property(
        numberCells,
        fc.constantFrom<DecimalSeparator>('.', ','),
        fc.constantFrom(0, 2, 3, -1),
        (raw, decimal, digits) => {
          const bytes = utf8(`x${raw}y`)
          const got = plainNumberBytes(bytes, 1, bytes.length - 1, decimalCode(decimal), digits)
          const want = digits < 0 ? plainDecimal(raw, decimal) : plainMoney(raw, digits, decimal)
          expect(Object.is(got, want)).toBe(true)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('plainIdBytes is plainId of ASCII text and false for anything else', () => {
    const ids = fc.oneof(
      chars('0123456789abcdeEXZ_-'),
      chars('0123456789eE'),
      chars('0123456789 *@.\'"\t订单号'),
      fc.string(),
    )
    fc.assert(
      fc.property(ids, (raw) => {
        const bytes = utf8(raw)
        const ascii = bytes.length === raw.length
        expect(plainIdBytes(bytes, 0, bytes.length)).toBe(ascii && plainId(raw) !== undefined)
      }),
      { numRuns: 3000 },
    )
  })

  it('DateCache.fastBytes gives what the text path gives, or leaves the cell to it', () => {
    const stamps = timestampShapes
    const cells = fc.oneof(
      stamps,
      stamps.map((s) => s.replace(/\d/, '２')),
      chars('0123456789-/ :T'),
    )
    fc.assert(
      fc.property(fc.array(cells, { maxLength: 40 }), (list) => {
        const bytesCache = new DateCache('YMD', 'Asia/Shanghai')
        const textCache = new DateCache('YMD', 'Asia/Shanghai')
        for (const raw of list) {
          const bytes = utf8(raw)
          const fast = bytesCache.fastBytes(bytes, 0, bytes.length)
          if (fast === null) continue
          expect({ ...fast }).toEqual({ ...(textCache.get(raw) as object) })
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('ByteCache gives compute(decoded cell) for every cell, numbering distinct cells in order', () => {
    const cells = fc.array(chars('ab交易成功 \t*', 6), { maxLength: 300 })
    fc.assert(
      fc.property(cells, fc.integer({ min: 1, max: 40 }), (list, limit) => {
        const decoder = new TextDecoder()
        const cache = new ByteCache(
          (b) => decoder.decode(b),
          (t) => `<${t.trim()}>`,
          limit,
        )
        const order: string[] = []
        for (const raw of list) {
          const bytes = utf8(`,${raw},`)
          expect(cache.get(bytes, 1, bytes.length - 1)).toBe(`<${raw.trim()}>`)
          if (!order.includes(raw) && order.length < limit) order.push(raw)
          expect(cache.slot).toBe(order.indexOf(raw))
        }
        expect(cache.size).toBe(order.length)
      }),
      { numRuns: 500 },
    )
  })

  it('scanRecord finds the end of a record and its cells, and refuses more cells than it can hold', () => {
    const starts = new Int32Array(4)
    const ends = new Int32Array(4)
    const count = new Int32Array(1)
    const b = utf8('a,,bc,d\nx')
    expect(scanRecord(b, 0, b.length, 0x2c, starts, ends, count)).toBe(7)
    expect(count[0]).toBe(4)
    expect([...starts]).toEqual([0, 2, 3, 6])
    expect([...ends]).toEqual([1, 2, 5, 7])
    // No line feed before the limit: the record is not complete yet.
    expect(scanRecord(b, 8, b.length, 0x2c, starts, ends, count)).toBe(-1)
    const many = utf8('1,2,3,4,5\n')
    expect(scanRecord(many, 0, many.length, 0x2c, starts, ends, count)).toBe(9)
    expect(count[0]).toBe(-1)
  })

  it('reads only encodings and delimiters whose bytes never occur inside a character', () => {
    expect(byteDelimiter(',', 'utf-8')).toBe(0x2c)
    expect(byteDelimiter('\t', 'gb18030')).toBe(0x09)
    expect(byteDelimiter('|', 'utf-8')).toBe(0x7c)
    // GB18030's trailing bytes include 0x7C.
    expect(byteDelimiter('|', 'gb18030')).toBe(-1)
    expect(byteDelimiter('，', 'utf-8')).toBe(-1)
    expect(byteDelimiter(',', 'utf-16le')).toBe(-1)
  })
})

// ---------------------------------------------------------------------------------------------
// Whole files
// ---------------------------------------------------------------------------------------------

/** The summary layout's header and plain rows, for the examples below. */
const HEADER = SUMMARY.header.join(',')
const plainRow = SUMMARY.plain

const base: ImportFileOptions = { shopTimeZone: 'Asia/Shanghai', currency: 'CNY', kind: 'orders' }

/** Both paths' results, without the byte path's row count. */
function bothWays(bytes: Uint8Array, opts: ImportFileOptions): { byteRows: number } {
  const text = importFile(bytes, { ...opts, bytePath: false })
  const fast = importFile(bytes, opts)
  if (!fast.ok || !text.ok) {
    expect(fast).toEqual(text)
    return { byteRows: 0 }
  }
  const { byteRows, ...rest } = fast.value
  const { byteRows: none, ...expected } = text.value
  expect(none).toBe(0)
  expect(rest).toEqual(expected)
  return { byteRows }
}

describe('whole files: the byte path imports exactly what the text path imports', () => {
  it('generated orders files, in any encoding, line end and slice size', () => {
    let used = 0
    let runs = 0
    fc.assert(
      fc.property(
        fileArb,
        fc.constantFrom<'records' | 'columns'>('records', 'columns'),
        (f, output) => {
          runs++
          const { byteRows } = bothWays(fileOf(f), { ...base, output, chunkBytes: f.chunkBytes })
          if (byteRows > 0) used++
        },
      ),
      { numRuns: 160 },
    )
    // The property exercised the byte path, not only its fallbacks.
    expect(used).toBeGreaterThan(runs / 4)
  }, 120_000)

  it('a plain export is read from bytes after the rows that fix its formats', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => plainRow(i).join(','))
    const bytes = utf8(`${HEADER}\r\n${rows.join('\r\n')}\r\n`)
    const { byteRows } = bothWays(bytes, { ...base, output: 'columns', chunkBytes: 1000 })
    expect(byteRows).toBe(1500)
    // The same file in GB18030 (Chinese Excel's default).
    const gbk = encodeGb18030(`${HEADER}\n${rows.join('\n')}\n`)
    expect(bothWays(gbk, { ...base, output: 'columns' }).byteRows).toBe(1500)
  })

  it('a line-item export with every field the byte path reads is read from bytes', () => {
    const rows = Array.from({ length: 900 }, (_, i) => LINES.plain(i).join(','))
    const bytes = utf8(`${LINES.header.join(',')}\n${rows.join('\n')}\n`)
    const r = importFile(bytes, { ...base, output: 'columns' })
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    // Every column is mapped to its own field.
    expect(Object.keys(r.value.analysis.mapping.fields)).toHaveLength(LINES.header.length)
    expect(bothWays(bytes, { ...base, output: 'columns', chunkBytes: 500 }).byteRows).toBe(400)
  })

  it('a quote part-way through hands the rest of the file to the text path', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => plainRow(i))
    ;(rows[900] as string[])[3] = '"1,234.50"'
    const bytes = utf8(`${HEADER}\n${rows.map((r) => r.join(',')).join('\n')}\n`)
    expect(bothWays(bytes, { ...base, chunkBytes: 4096 }).byteRows).toBe(400)
  })

  it('a GB18030 file that starts with its byte order mark (84 31 95 33) imports as the text path reads it', () => {
    const rows = Array.from({ length: 700 }, (_, i) => plainRow(i).join(','))
    const body = encodeGb18030(`${HEADER}\n${rows.join('\n')}\n`)
    const bytes = new Uint8Array(body.length + 4)
    bytes.set([0x84, 0x31, 0x95, 0x33])
    bytes.set(body, 4)
    bothWays(bytes, { ...base, output: 'columns' })
  })

  it('a bare line feed in a CRLF file (part of a cell for PapaParse) hands the rest to the text path', () => {
    const rows = Array.from({ length: 900 }, (_, i) => plainRow(i).join(','))
    const text = `${HEADER}\r\n${rows.slice(0, 700).join('\r\n')}\n${rows.slice(700).join('\r\n')}\r\n`
    expect(bothWays(utf8(text), { ...base, chunkBytes: 4096 }).byteRows).toBe(199)
  })

  it('a file whose rows mostly need the text path leaves the byte path', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => {
      const row = plainRow(i)
      if (i >= 500) row[1] = `2024/11/${1 + (i % 28)} 10:00`
      return row.join(',')
    })
    const { byteRows } = bothWays(utf8(`${HEADER}\n${rows.join('\n')}\n`), base)
    expect(byteRows).toBe(0)
  })
})

describe.skipIf(skipDatasets())('real exports: byte path ≡ text path', () => {
  it.each(ORDER_EXPORTS)('%s', (name, shopTimeZone, currency) => {
    const bytes = readDataset(name)
    for (const output of ['records', 'columns'] as const)
      for (const chunkBytes of [4096, 1 << 20])
        bothWays(bytes, { shopTimeZone, currency, output, chunkBytes })
  })

  it('the Tmall sample, and its GB18030 copy, are read from bytes', () => {
    const bytes = readDataset('tmall-orders-sample.csv')
    const opts = { ...base, output: 'columns' as const }
    const { byteRows } = bothWays(bytes, opts)
    expect(byteRows).toBeGreaterThan(20_000)
    const gbk = encodeGb18030(new TextDecoder().decode(bytes))
    expect(bothWays(gbk, opts).byteRows).toBe(byteRows)
  })
})
