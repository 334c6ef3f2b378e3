import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildOrderColumns } from '../../../src/shared/analytics/columns'
import { emptyOrderRow, type OrderRow } from '../../../src/shared/csv/convert'
import { OrderGrouper } from '../../../src/shared/csv/group'
import { flatCopy } from '../../../src/shared/csv/string-index'
import { isoDate } from '../../../src/shared/dates'
import { opts, rowArb, toRow } from './support/order-rows'

/**
 * `finishColumns` (the app's import path: no record object per order) must give exactly the
 * columns that the record path gives once converted — same orders, order, dictionaries, lines,
 * errors and warnings — for any mix of rows.
 */

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
