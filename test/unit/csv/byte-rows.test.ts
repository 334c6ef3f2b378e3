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
import { timestampShapes } from './support/timestamps'

/**
 * The importer's byte path (byte-rows.ts, `Importer.pushBytes`) must give exactly what the text
 * path gives — the same orders, errors, warnings and line numbers — for every file: each reader
 * of bytes against its text twin over generated cells, and whole generated files (plain rows,
 * near misses, quotes, bad rows, CRLF/LF, BOM, UTF-8/GB18030, any slice size) imported both ways.
 */

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
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

/** A layout of generated files: its header, its plain rows, and other cells for each column. */
interface Layout {
  header: string[]
  /** A plain row (the byte path reads all of it). */
  plain: (i: number) => string[]
  /** Cells of every column: plain ones, and what real exports hold besides (bad-inputs.md). */
  cells: readonly (readonly string[])[]
}

const two = (n: number): string => String(n).padStart(2, '0')
const stampOf = (i: number, hour: number): string =>
  `2024-11-${two(1 + (i % 28))} ${two(hour)}:${two(i % 60)}:00`
const ORDER_IDS = [
  '4000000000000000001',
  '4000000000000000002',
  "'4000000000000000003",
  ' 77 ',
  '6.61808E+12',
  '',
  'ORD_ab',
  '订单1',
]
const STAMPS = [
  '2024-11-11 10:00:00',
  '2024-11-31 10:00:00',
  '2024/11/11 10:00',
  '2024年11月11日 10:00',
  '',
  '2024-11-11 25:00:00',
  '２024-11-11 10:00:00',
  '2024-11-11T10:00',
]
const FILLED = [
  '',
  '2024-11-11 10:05:00',
  'null',
  '0000-00-00 00:00:00',
  ' 2024-11-11 10:05:00',
  '-',
]
const MONEY = ['129.50', '0', '-5.00', '￥1,234.50', '$12.00', '12.345', '', 'abc', '1.234', '1e3']
const CUSTOMERS = [
  'tb_a',
  'tb_b',
  't**1',
  '****',
  'User@Example.COM',
  ' tb_c ',
  '',
  '小明',
  '1.5E+9',
]
const QUANTITIES = ['1', '2', '-1', '1.5', '', 'x', '３', '0']

/** A Tmall 订单报表: one row per order. */
const SUMMARY: Layout = {
  header: [
    '订单编号',
    '订单创建时间',
    '订单付款时间',
    '买家实际支付金额',
    '退款金额',
    '订单状态',
    '买家会员名',
    '渠道',
    '商家编码',
    '购买数量',
  ],
  plain: (i) => [
    String(4_000_000_000_000_000 + ((i * 7919) % 900)),
    stampOf(i, 10),
    i % 9 === 0 ? '' : stampOf(i, 11),
    `${(i % 300) + 1}.${two(i % 100)}`,
    i % 13 === 0 ? '10.00' : '0.00',
    i % 9 === 0 ? '交易关闭' : '交易成功',
    `tb_${i % 37}`,
    ['淘宝', '天猫', '抖音'][i % 3] as string,
    `SKU${i % 11}`,
    String(1 + (i % 3)),
  ],
  cells: [
    ORDER_IDS,
    STAMPS,
    FILLED,
    MONEY,
    ['0.00', '', '129.50', '￥3.00', '-1'],
    ['交易成功', '交易关闭', '等待买家付款', '退款成功', ' 交易成功 ', '', 'paid'],
    CUSTOMERS,
    ['淘宝', '天猫', '', 'null', ' 抖音 ', 'Online Store'],
    ['SKU1', 'SKU2', 'POST', ' SKU3 ', '', '运费', 'N/A'],
    QUANTITIES,
  ],
}

/** Line items with every field the byte path reads (orders of several rows). */
const LINES: Layout = {
  header: [
    '订单编号',
    '子订单编号',
    '订单创建时间',
    '订单付款时间',
    '发货时间',
    '取消时间',
    '买家实际支付金额',
    '总金额',
    '退款金额',
    '订单状态',
    '售后状态',
    '发货状态',
    '买家会员名',
    '渠道',
    '币种',
    '商家编码',
    '商品名称',
    '购买数量',
    '单价',
    '商品金额',
    '运费',
    '优惠金额',
  ],
  plain: (i) => {
    const order = Math.floor(i / 3)
    return [
      String(5_000_000_000 + (order % 400)),
      `L${i % 1000}`,
      stampOf(order, 9),
      order % 7 === 0 ? '' : stampOf(order, 12),
      order % 5 === 0 ? stampOf(order, 20) : '',
      order % 11 === 0 ? stampOf(order, 21) : '',
      `${(order % 200) + 10}.00`,
      `${(order % 200) + 12}.00`,
      order % 13 === 0 ? '5.00' : '',
      ['交易成功', '交易关闭', '卖家已发货，等待买家确认', '等待买家付款'][order % 4] as string,
      order % 17 === 0 ? '退款成功' : '',
      order % 3 === 0 ? '已发货' : '未发货',
      `buyer${order % 41}`,
      ['淘宝', '天猫'][order % 2] as string,
      order % 4 === 0 ? '' : 'CNY',
      `SKU-${i % 13}`,
      `商品${i % 13}`,
      String(1 + (i % 2)),
      `${(i % 50) + 1}.90`,
      `${((i % 50) + 1) * (1 + (i % 2))}.80`,
      i % 3 === 0 ? '8.00' : '0',
      i % 4 === 0 ? '-2.00' : '',
    ]
  },
  cells: [
    ORDER_IDS,
    ['L1', '', 'L-2', ' L3 ', '子1'],
    STAMPS,
    FILLED,
    FILLED,
    FILLED,
    MONEY,
    MONEY,
    ['', '5.00', '￥5.00', '-5'],
    ['交易成功', '交易关闭', '等待买家付款', 'voided', ''],
    ['', '退款成功', '无售后', '退款关闭', 'refunded'],
    ['已发货', '未发货', '', 'fulfilled', 'unknown'],
    CUSTOMERS,
    ['淘宝', '', 'null'],
    ['CNY', '', 'RMB', '人民币', 'USD', 'cny', 'XX'],
    ['SKU-1', '', ' SKU-2 ', '运费', 'N/A'],
    ['商品A', '', ' 商品B ', '邮费'],
    QUANTITIES,
    MONEY,
    MONEY,
    ['0', '8.00', '', '￥8'],
    ['', '-2.00', '2', '(2.00)'],
  ],
}

/** A layout without some of its columns. */
function without(layout: Layout, names: readonly string[]): Layout {
  const keep = layout.header.map((h, k) => (names.includes(h) ? -1 : k)).filter((k) => k >= 0)
  return {
    header: keep.map((k) => layout.header[k] as string),
    plain: (i) => {
      const row = layout.plain(i)
      return keep.map((k) => row[k] as string)
    },
    cells: keep.map((k) => layout.cells[k] as readonly string[]),
  }
}

/** Line items without an amount column: amounts come from prices, shipping and discounts. */
const PRICED_LINES = without(LINES, ['买家实际支付金额', '总金额'])
/** Orders without a quantity column: a row that names a product is one unit of it. */
const NO_QUANTITY = without(SUMMARY, ['购买数量'])

/** Rows of a layout: plain, plain with a few cells replaced, or not fitting the header. */
function rowsOf(layout: Layout): fc.Arbitrary<string[]> {
  const width = layout.header.length
  return fc.oneof(
    { weight: 3, arbitrary: fc.nat({ max: 10_000 }).map((i) => layout.plain(i)) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.nat({ max: 10_000 }),
          fc.array(fc.tuple(fc.nat({ max: width - 1 }), fc.nat({ max: 20 })), { maxLength: 3 }),
        )
        .map(([i, changes]) => {
          const row = layout.plain(i)
          for (const [col, pick] of changes) {
            const cells = layout.cells[col] as readonly string[]
            row[col] = cells[pick % cells.length] as string
          }
          return row
        }),
    },
    // Rows the header does not fit: one cell short, one too many, blank lines, a quote.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.nat({ max: 10_000 }), fc.constantFrom('short', 'long', 'blank', 'empty', 'quote'))
        .map(([i, kind]) => {
          const row = layout.plain(i)
          if (kind === 'short') return row.slice(0, width - 1)
          if (kind === 'long') return [...row, i % 2 ? '' : 'extra']
          if (kind === 'blank') return row.map(() => '')
          if (kind === 'empty') return ['']
          row[0] = `"${row[0] as string}"`
          return row
        }),
    },
  )
}

const fileArb = fc.constantFrom(SUMMARY, LINES, PRICED_LINES, NO_QUANTITY).chain((layout) =>
  fc.record({
    layout: fc.constant(layout),
    /** Rows after the lead rows (the first 500 data rows fix the formats, as text). */
    rows: fc.array(rowsOf(layout), { minLength: 1, maxLength: 120 }),
    leadRows: fc.constantFrom(0, 499, 520),
    delimiter: fc.constantFrom(',', '\t', ';'),
    preamble: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    gb18030: fc.boolean(),
    finalNewline: fc.boolean(),
    chunkBytes: fc.constantFrom(7, 333, 4096, 1 << 20),
  }),
)

function fileOf(f: typeof fileArb extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  const nl = f.crlf ? '\r\n' : '\n'
  const lines = f.preamble ? ['订单报表', '导出时间：2024-12-01'] : []
  lines.push(f.layout.header.join(f.delimiter))
  for (let i = 0; i < f.leadRows; i++) lines.push(f.layout.plain(i).join(f.delimiter))
  for (const row of f.rows) lines.push(row.join(f.delimiter))
  const text = lines.join(nl) + (f.finalNewline ? nl : '')
  if (f.gb18030) return encodeGb18030(text)
  const body = utf8(text)
  if (!f.bom) return body
  const out = new Uint8Array(body.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(body, 3)
  return out
}

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
