import fc from 'fast-check'
import { encodeGb18030 } from '../../../support/gb18030'

/**
 * Generated orders files for the importer's equivalence tests (byte-rows.test.ts: byte path ≡
 * text path; single-row.test.ts: one-row-per-order lane ≡ grouper): layouts of real exports, their
 * plain rows, the other cells real files hold (bad-inputs.md), and files made of them in any
 * delimiter, line end, encoding and slice size.
 */

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** A layout of generated files: its header, its plain rows, and other cells for each column. */
export interface Layout {
  header: string[]
  /** A plain row (the byte path reads all of it). */
  plain: (i: number) => string[]
  /** Cells of every column: plain ones, and what real exports hold besides (bad-inputs.md). */
  cells: readonly (readonly string[])[]
}

export const two = (n: number): string => String(n).padStart(2, '0')
export const stampOf = (i: number, hour: number): string =>
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
export const SUMMARY: Layout = {
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
    ['交易成功', '交易关闭', '等待买家付款', '退款成功', ' 交易成功 ', '', 'paid', '神秘状态'],
    CUSTOMERS,
    ['淘宝', '天猫', '', 'null', ' 抖音 ', 'Online Store'],
    ['SKU1', 'SKU2', 'POST', ' SKU3 ', '', '运费', 'N/A'],
    QUANTITIES,
  ],
}

/** Line items with every field the byte path reads (orders of several rows). */
export const LINES: Layout = {
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
    ['交易成功', '交易关闭', '等待买家付款', 'voided', '', '神秘状态'],
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
export function without(layout: Layout, names: readonly string[]): Layout {
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
export const PRICED_LINES = without(LINES, ['买家实际支付金额', '总金额'])
/** Orders without a quantity column: a row that names a product is one unit of it. */
export const NO_QUANTITY = without(SUMMARY, ['购买数量'])

/** Rows of a layout: plain, plain with a few cells replaced, or not fitting the header. */
export function rowsOf(layout: Layout): fc.Arbitrary<string[]> {
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

/** How a generated file is written and read: lead rows, delimiter, preamble, line ends, encoding… */
export const fileFormat = {
  /** Plain rows before the file's own (the first 500 data rows fix the formats, as text). */
  leadRows: fc.constantFrom<number>(0, 499, 520),
  delimiter: fc.constantFrom(',', '\t', ';'),
  preamble: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  gb18030: fc.boolean(),
  finalNewline: fc.boolean(),
  chunkBytes: fc.constantFrom(7, 333, 4096, 1 << 20),
}

export const fileArb = fc.constantFrom(SUMMARY, LINES, PRICED_LINES, NO_QUANTITY).chain((layout) =>
  fc.record({
    layout: fc.constant(layout),
    rows: fc.array(rowsOf(layout), { minLength: 1, maxLength: 120 }),
    ...fileFormat,
  }),
)

export function fileOf(f: typeof fileArb extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
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
