import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildOrderColumns } from '../../../src/shared/analytics/columns'
import { daysFromCivil, emptyOrderRow, type OrderRow } from '../../../src/shared/csv/convert'
import { OrderGrouper, type GroupOptions } from '../../../src/shared/csv/group'
import { WarningLog } from '../../../src/shared/csv/issues'
import { flatCopy } from '../../../src/shared/csv/string-index'
import { isoDate } from '../../../src/shared/dates'

/**
 * `finishColumns` (the app's import path: no record object per order) must give exactly the
 * columns that the record path gives once converted — same orders, order, dictionaries, lines,
 * errors and warnings — for any mix of rows.
 */

const STATUSES = [
  '交易成功',
  '交易关闭',
  '等待买家付款',
  '退款成功',
  'paid',
  'refunded',
  'voided',
  '',
]
const CUSTOMERS = [
  null,
  'tb_alice',
  ' tb_bob ',
  't**1',
  '****',
  'someone.long@example.com',
  '小***',
]
const CHANNELS = [null, '淘宝', ' 天猫 ', '', 'Online Store']
const SKUS = [null, 'SKU1', 'SKU2', 'POST', 'A-VERY-LONG-SKU-CODE-123']

const rowArb = fc.record({
  order: fc.integer({ min: 0, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  amount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
  refund: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }),
  status: fc.constantFrom(...STATUSES),
  customer: fc.constantFrom(...CUSTOMERS),
  channel: fc.constantFrom(...CHANNELS),
  sku: fc.constantFrom(...SKUS),
  qty: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  price: fc.option(fc.integer({ min: 0, max: 9_999 }), { nil: null }),
  noDate: fc.boolean(),
})

type RawRow = typeof rowArb extends fc.Arbitrary<infer T> ? T : never

function toRow(r: RawRow, line: number): OrderRow {
  const date = isoDate(`2024-03-${String(r.day).padStart(2, '0')}`)
  return {
    ...emptyOrderRow(),
    line,
    orderId: `ORDER-${String(r.order).padStart(12, '0')}`,
    date: r.noDate && r.order % 5 === 0 ? null : date,
    stamp: daysFromCivil(2024, 3, r.day) * 86400 + r.hour * 3600,
    amountPaid: r.amount,
    refund: r.refund,
    statusRaw: r.status,
    customerId: r.customer,
    channel: r.channel,
    currency: 'CNY',
    sku: r.sku,
    name: r.sku === null ? null : `Name ${r.sku}`,
    quantity: r.qty,
    unitPrice: r.price,
  }
}

function opts(over: Partial<GroupOptions> = {}): GroupOptions {
  return {
    hasAmountColumn: true,
    amountRows: 'sum',
    refundDeducted: false,
    warnings: new WarningLog(),
    ...over,
  }
}

describe('OrderGrouper.finishColumns', () => {
  it('equals buildOrderColumns(finish().records) for any rows, options and rejected orders', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 60 }),
        fc.boolean(),
        fc.constantFrom<'sum' | 'first'>('sum', 'first'),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }),
        (raw, hasAmountColumn, amountRows, refundDeducted, rejectedOrders) => {
          const rows = raw.map((r, i) => toRow(r, i + 2))
          const rejected = new Set(
            rejectedOrders.map((o) => `ORDER-${String(o).padStart(12, '0')}`),
          )
          const o1 = opts({ hasAmountColumn, amountRows, refundDeducted })
          const o2 = opts({ hasAmountColumn, amountRows, refundDeducted })
          const a = new OrderGrouper(o1)
          const b = new OrderGrouper(o2)
          for (const r of rows) {
            a.add(r)
            b.add(r)
          }
          const viaRecords = a.finish(rejected)
          const viaColumns = b.finishColumns(rejected)
          expect(viaColumns.columns).toEqual(buildOrderColumns(viaRecords.records))
          expect(viaColumns.errors).toEqual(viaRecords.errors)
          expect(o2.warnings.list()).toEqual(o1.warnings.list())
        },
      ),
      { numRuns: 300 },
    )
  })

  it('files with returned lines (negative quantities) take the linking path and still match', () => {
    const mk = (over: Partial<OrderRow>): OrderRow => ({
      ...emptyOrderRow(),
      date: isoDate('2024-03-01'),
      currency: 'GBP',
      customerId: 'C1',
      statusRaw: 'paid',
      ...over,
    })
    const rows = [
      mk({
        line: 2,
        orderId: '536365',
        stamp: 100,
        amountPaid: 1000,
        sku: 'A',
        quantity: 2,
        unitPrice: 500,
      }),
      mk({
        line: 3,
        orderId: 'C536379',
        stamp: 200,
        amountPaid: null,
        sku: 'A',
        quantity: -1,
        unitPrice: 500,
        returnFlag: true,
      }),
    ]
    const a = new OrderGrouper(opts())
    const b = new OrderGrouper(opts())
    for (const r of rows) {
      a.add(r)
      b.add(r)
    }
    const records = a.finish().records
    const { columns } = b.finishColumns()
    expect(columns).toEqual(buildOrderColumns(records))
  })
})

describe('flatCopy', () => {
  it('keeps the text, for short and long strings', () => {
    const parent = `交易成功,${'1234567890123456789'},tail`
    const id = parent.substring(5, 24)
    expect(flatCopy(id)).toBe('1234567890123456789')
    expect(flatCopy('short')).toBe('short')
    expect(flatCopy('')).toBe('')
    expect(flatCopy('含有"引号"和\\反斜杠的很长的订单编号文本')).toBe(
      '含有"引号"和\\反斜杠的很长的订单编号文本',
    )
  })
})
