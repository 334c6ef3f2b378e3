import { describe, expect, it } from 'vitest'
import { daysFromCivil, emptyOrderRow, type OrderRow } from '../../../src/shared/csv/convert'
import { groupOrderRows, isNonProductSku, OrderGrouper } from '../../../src/shared/csv/group'
import { WarningLog } from '../../../src/shared/csv/issues'
import { isoDate } from '../../../src/shared/dates'
import { opts } from './support/order-rows'

/** An order row; `at` is 'YYYY-MM-DD HH:MM' and fills date and stamp. */
function row(over: Partial<OrderRow> & { at?: string }): OrderRow {
  const { at = '2024-03-01 10:00', ...rest } = over
  const d = at.slice(0, 10)
  const stamp =
    daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) * 86400 +
    Number(at.slice(11, 13)) * 3600 +
    Number(at.slice(14, 16)) * 60
  return { ...emptyOrderRow(), date: isoDate(d), stamp, currency: 'GBP', ...rest }
}

describe('isNonProductSku', () => {
  it.each(['POST', 'M', 'DOT', 'AMAZONFEE', 'D', 'BANK CHARGES', 'C2', 'S', 'post '])(
    '%j is not a product',
    (sku) => {
      expect(isNonProductSku(sku)).toBe(true)
    },
  )
  it('a Tip line without SKU, and Chinese postage lines', () => {
    expect(isNonProductSku(null, 'Tip')).toBe(true)
    expect(isNonProductSku('Tip', 'Tip')).toBe(true)
    expect(isNonProductSku(null, '邮费')).toBe(true)
  })
  it('real products stay products', () => {
    expect(isNonProductSku('85123A', 'WHITE HANGING HEART T-LIGHT HOLDER')).toBe(false)
    expect(isNonProductSku('PeePad_XL', 'Tip')).toBe(false) // a real SKU wins over the name
    expect(isNonProductSku(null, 'Tipi tent')).toBe(false)
  })
})

describe('Shopify-style line items (order fields on the first row only)', () => {
  const rows = [
    row({
      line: 2,
      orderId: '#1410',
      amountPaid: 50900,
      refund: 0,
      statusRaw: 'paid',
      paid: true,
      shipped: true,
      customerId: 'amie@x.com',
      channel: 'web',
      sku: 'TOP',
      name: 'Senna Top',
      quantity: 1,
      unitPrice: 20000,
    }),
    row({
      line: 3,
      orderId: '#1410',
      customerId: 'amie@x.com',
      paid: false,
      sku: 'PANTS',
      name: 'Senna Pants',
      quantity: 2,
      unitPrice: 15450,
    }),
    row({
      line: 4,
      orderId: '#1410',
      customerId: 'amie@x.com',
      paid: false,
      sku: 'PANTS',
      name: 'Senna Pants',
      quantity: 1,
      unitPrice: 15450,
    }),
    row({
      line: 5,
      orderId: '#1411',
      amountPaid: 1000,
      refund: 510,
      statusRaw: 'partially_refunded',
      paid: true,
      sku: 'TOP',
      quantity: 1,
      unitPrice: 1000,
    }),
    row({
      line: 6,
      orderId: '#1412',
      amountPaid: 0,
      refund: 0,
      statusRaw: 'paid',
      paid: false,
      sku: null,
      name: 'Tip',
      quantity: 1,
      unitPrice: 0,
    }),
  ]
  const w = new WarningLog()
  const { records, errors } = groupOrderRows(rows, opts({ warnings: w }))

  it('one record per order, amounts not double counted', () => {
    expect(errors).toEqual([])
    expect(records.map((r) => [r.orderId, r.amountPaid, r.refund, r.status])).toEqual([
      ['#1410', 50900, 0, 'paid'],
      ['#1411', 1000, 510, 'returned'],
      ['#1412', 0, 0, 'paid'],
    ])
  })

  it('keeps the same SKU twice in one order as two lines (bad-inputs #37)', () => {
    expect(records[0]?.lines).toEqual([
      { sku: 'TOP', name: 'Senna Top', quantity: 1, unitPrice: 20000 },
      { sku: 'PANTS', name: 'Senna Pants', quantity: 2, unitPrice: 15450 },
      { sku: 'PANTS', name: 'Senna Pants', quantity: 1, unitPrice: 15450 },
    ])
    expect(records[0]).toMatchObject({
      customerId: 'amie@x.com',
      channel: 'web',
      date: '2024-03-01',
      currency: 'GBP',
    })
  })

  it('a Tip line is money but not a product line', () => {
    expect(records[2]?.lines).toEqual([])
    expect(w.list()).toContainEqual({
      key: 'importer.warnings.nonProductLines',
      values: { count: 1 },
      count: 1,
      firstLine: 0,
    })
  })
})

describe('orders spread over rows that each carry an amount', () => {
  it('Amazon: one row per item, amounts added; an item cancelled on its own does not count', () => {
    const { records } = groupOrderRows(
      [
        row({
          line: 2,
          orderId: '403-1',
          amountPaid: 48700,
          statusRaw: 'Shipped',
          sku: 'A',
          quantity: 1,
        }),
        row({
          line: 3,
          orderId: '403-1',
          amountPaid: 36800,
          statusRaw: 'Shipped',
          sku: 'B',
          quantity: 1,
        }),
        row({
          line: 4,
          orderId: '404-2',
          amountPaid: 51800,
          statusRaw: 'Cancelled',
          sku: 'A',
          quantity: 0,
        }),
        row({
          line: 5,
          orderId: '404-2',
          amountPaid: 29500,
          statusRaw: 'Shipped',
          sku: 'B',
          quantity: 1,
        }),
        row({
          line: 6,
          orderId: '405-3',
          amountPaid: 64762,
          statusRaw: 'Cancelled',
          sku: 'A',
          quantity: 0,
        }),
        row({
          line: 7,
          orderId: '405-4',
          amountPaid: null,
          statusRaw: 'Cancelled',
          sku: 'A',
          quantity: 0,
        }),
      ],
      opts(),
    )
    expect(
      records.map((r) => [r.orderId, r.amountPaid, r.status, r.statusRaw, r.lines.length]),
    ).toEqual([
      ['403-1', 85500, 'paid', 'Shipped', 2],
      ['404-2', 29500, 'paid', 'Shipped', 1],
      ['405-3', 64762, 'cancelled', 'Cancelled', 0],
      ['405-4', 0, 'cancelled', 'Cancelled', 0],
    ])
  })

  it("amountRows 'first': an order total repeated on every row counts once", () => {
    const { records } = groupOrderRows(
      [
        row({ line: 2, orderId: 'W1', amountPaid: 3000, refund: 500, sku: 'x', quantity: 1 }),
        row({ line: 3, orderId: 'W1', amountPaid: 3000, refund: 500, sku: 'y', quantity: 1 }),
      ],
      opts({ amountRows: 'first' }),
    )
    expect(records[0]).toMatchObject({ amountPaid: 3000, refund: 500, status: 'returned' })
  })

  it('rows of one order need not be next to each other', () => {
    const { records } = groupOrderRows(
      [
        row({ line: 2, orderId: 'A', amountPaid: 100, sku: 'x', quantity: 1 }),
        row({ line: 3, orderId: 'B', amountPaid: 200, sku: 'x', quantity: 1 }),
        row({ line: 4, orderId: 'A', amountPaid: 50, sku: 'y', quantity: 1 }),
      ],
      opts(),
    )
    expect(records.map((r) => [r.orderId, r.amountPaid, r.lines.length])).toEqual([
      ['A', 150, 2],
      ['B', 200, 1],
    ])
  })
})

describe('amounts from the lines (no amount column)', () => {
  it('Σ line totals (or qty × price) + shipping − discount (Temu)', () => {
    const { records } = groupOrderRows(
      [
        row({
          line: 2,
          orderId: 'PO-1',
          sku: 'k',
          quantity: 2,
          lineTotal: 3332,
          shipping: 251,
          discount: -343,
        }),
        row({ line: 3, orderId: 'PO-2', sku: 'k', quantity: 3, unitPrice: 255 }),
      ],
      opts({ hasAmountColumn: false }),
    )
    expect(records.map((r) => [r.orderId, r.amountPaid, r.lines[0]?.unitPrice])).toEqual([
      ['PO-1', 3332 + 251 - 343, 1666],
      ['PO-2', 765, 255],
    ])
  })

  it('a bought line without any price makes the amount unknown: the order is rejected', () => {
    const { records, errors } = groupOrderRows(
      [row({ line: 9, orderId: 'X', sku: 'k', quantity: 1 })],
      opts({ hasAmountColumn: false }),
    )
    expect(records).toEqual([])
    expect(errors).toEqual([
      {
        line: 9,
        field: 'amountPaid',
        key: 'importer.errors.missingAmount',
        values: { line: 9, orderId: 'X' },
      },
    ])
  })
})

describe('refunds and statuses', () => {
  it('Tmall: refundDeducted adds the refund back; unpaid orders are cancelled', () => {
    const { records } = groupOrderRows(
      [
        row({ line: 2, orderId: '1', amountPaid: 0, orderTotal: 17880, refund: 0, paid: false }),
        row({ line: 3, orderId: '5', amountPaid: 0, orderTotal: 6480, refund: 6480, paid: true }),
        row({
          line: 4,
          orderId: '6',
          amountPaid: 14890,
          orderTotal: 32770,
          refund: 17880,
          paid: true,
        }),
        row({ line: 5, orderId: '7', amountPaid: 2100, orderTotal: 2100, refund: 0, paid: true }),
      ],
      opts({ refundDeducted: true }),
    )
    expect(records.map((r) => [r.orderId, r.amountPaid, r.refund, r.status])).toEqual([
      ['1', 0, 0, 'cancelled'],
      ['5', 6480, 6480, 'returned'],
      ['6', 32770, 17880, 'returned'],
      ['7', 2100, 0, 'paid'],
    ])
  })

  it('cash on delivery: pending but fulfilled counts as paid; pending and unfulfilled is cancelled', () => {
    const { records } = groupOrderRows(
      [
        row({
          line: 2,
          orderId: '#1132',
          amountPaid: 2507500,
          statusRaw: 'pending',
          paid: false,
          shipped: true,
        }),
        row({
          line: 3,
          orderId: '#1133',
          amountPaid: 100,
          statusRaw: 'pending',
          paid: false,
          shipped: false,
        }),
      ],
      opts(),
    )
    expect(records.map((r) => r.status)).toEqual(['paid', 'cancelled'])
  })

  it('an after-sales column saying refunded makes a paid order returned', () => {
    const { records } = groupOrderRows(
      [
        row({
          line: 2,
          orderId: '9001',
          amountPaid: 9900,
          statusRaw: '交易成功',
          returnFlag: true,
        }),
      ],
      opts(),
    )
    expect(records[0]?.status).toBe('returned')
  })

  it('unknown status words count as paid and are reported once per word', () => {
    const w = new WarningLog()
    const { records } = groupOrderRows(
      [
        row({ line: 2, orderId: 'a', amountPaid: 1, statusRaw: '✅ Order Confirmed?!' }),
        row({ line: 3, orderId: 'b', amountPaid: 1, statusRaw: 'Frobnicated' }),
        row({ line: 4, orderId: 'c', amountPaid: 1, statusRaw: 'Frobnicated' }),
      ],
      opts({ warnings: w }),
    )
    expect(records.every((r) => r.status === 'paid')).toBe(true)
    expect(w.list()).toEqual([
      {
        key: 'importer.warnings.unknownStatus',
        values: { status: 'Frobnicated', count: 2 },
        count: 2,
        firstLine: 3,
      },
    ])
  })
})

describe('validation', () => {
  it('rejected orders are skipped whole, with one error naming the order', () => {
    const { records, errors } = groupOrderRows(
      [
        row({ line: 2, orderId: 'A', amountPaid: 100 }),
        row({ line: 3, orderId: 'B', amountPaid: 100 }),
        row({ line: 4, orderId: 'B' }),
      ],
      opts(),
      new Set(['B']),
    )
    expect(records.map((r) => r.orderId)).toEqual(['A'])
    expect(errors).toEqual([
      {
        line: 3,
        field: 'orderId',
        key: 'importer.errors.orderSkipped',
        values: { line: 3, orderId: 'B', rows: 2 },
      },
    ])
  })

  it('an order with no date on any row is rejected; a later row may supply it', () => {
    const { records, errors } = groupOrderRows(
      [
        row({ line: 2, orderId: 'A', amountPaid: 1, date: null }),
        row({ line: 3, orderId: 'B', amountPaid: 1, date: null }),
        row({ line: 4, orderId: 'B', at: '2024-03-02 09:00' }),
      ],
      opts(),
    )
    expect(records.map((r) => [r.orderId, r.date])).toEqual([['B', '2024-03-02']])
    expect(errors).toMatchObject([
      { line: 2, key: 'importer.errors.orderWithoutDate', values: { orderId: 'A' } },
    ])
  })
})

describe('returns as negative rows (Online Retail `C…` invoices)', () => {
  const retail = (over: Partial<OrderRow> & { at?: string }): OrderRow =>
    row({ statusRaw: '', ...over })
  const o = () => opts({ hasAmountColumn: false })

  it("links a return to the same customer's most recent earlier order with that SKU", () => {
    const w = new WarningLog()
    const { records } = groupOrderRows(
      [
        retail({
          line: 2,
          orderId: '536365',
          at: '2010-12-01 08:26',
          customerId: '17850',
          sku: '85123A',
          quantity: 6,
          unitPrice: 255,
        }),
        retail({
          line: 3,
          orderId: '536366',
          at: '2010-12-01 09:00',
          customerId: '17850',
          sku: '85123A',
          quantity: 6,
          unitPrice: 255,
        }),
        retail({
          line: 4,
          orderId: '536367',
          at: '2010-12-01 09:30',
          customerId: '17850',
          sku: '22633',
          quantity: 6,
          unitPrice: 185,
        }),
        retail({
          line: 5,
          orderId: 'C536379',
          at: '2010-12-01 10:00',
          customerId: '17850',
          sku: '85123A',
          quantity: -2,
          unitPrice: 255,
        }),
      ],
      opts({ hasAmountColumn: false, warnings: w }),
    )
    expect(records.map((r) => [r.orderId, r.amountPaid, r.refund, r.status])).toEqual([
      ['536365', 1530, 0, 'paid'],
      ['536366', 1530, 510, 'returned'],
      ['536367', 1110, 0, 'paid'],
    ])
    expect(w.list()).toContainEqual({
      key: 'importer.warnings.returnsLinked',
      values: { count: 1 },
      count: 1,
      firstLine: 0,
    })
  })

  it('a return bigger than the latest purchase spills over to the one before', () => {
    const { records } = groupOrderRows(
      [
        retail({
          line: 2,
          orderId: '1',
          at: '2010-12-01 08:00',
          customerId: 'c',
          sku: 'S1',
          quantity: 4,
          unitPrice: 100,
        }),
        retail({
          line: 3,
          orderId: '2',
          at: '2010-12-02 08:00',
          customerId: 'c',
          sku: 'S1',
          quantity: 3,
          unitPrice: 100,
        }),
        retail({
          line: 4,
          orderId: 'C3',
          at: '2010-12-03 08:00',
          customerId: 'c',
          sku: 'S1',
          quantity: -5,
          unitPrice: 100,
        }),
      ],
      o(),
    )
    expect(records.map((r) => [r.orderId, r.refund, r.status])).toEqual([
      ['1', 200, 'returned'],
      ['2', 300, 'returned'],
    ])
  })

  it('ignores later purchases and other customers; what is left stays a returned record with amount 0', () => {
    const { records } = groupOrderRows(
      [
        retail({
          line: 2,
          orderId: 'C1',
          at: '2010-12-01 08:00',
          customerId: 'c',
          sku: 'S1',
          quantity: -2,
          unitPrice: 150,
        }),
        retail({
          line: 3,
          orderId: 'C1',
          at: '2010-12-01 08:00',
          customerId: 'c',
          sku: 'D',
          name: 'Discount',
          quantity: -1,
          unitPrice: 500,
        }),
        retail({
          line: 4,
          orderId: '2',
          at: '2010-12-02 08:00',
          customerId: 'c',
          sku: 'S1',
          quantity: 3,
          unitPrice: 150,
        }),
        retail({
          line: 5,
          orderId: '3',
          at: '2010-11-30 08:00',
          customerId: 'other',
          sku: 'S1',
          quantity: 3,
          unitPrice: 150,
        }),
      ],
      o(),
    )
    expect(records.map((r) => [r.orderId, r.amountPaid, r.refund, r.status, r.lines])).toEqual([
      ['C1', 0, 300 + 500, 'returned', [{ sku: 'S1', name: null, quantity: -2, unitPrice: 150 }]],
      ['2', 450, 0, 'paid', [{ sku: 'S1', name: null, quantity: 3, unitPrice: 150 }]],
      ['3', 450, 0, 'paid', [{ sku: 'S1', name: null, quantity: 3, unitPrice: 150 }]],
    ])
  })

  it('returns without a customer cannot be linked; zero-value stock adjustments are dropped with a warning', () => {
    const w = new WarningLog()
    const { records } = groupOrderRows(
      [
        retail({
          line: 2,
          orderId: '536589',
          customerId: null,
          sku: '21777',
          quantity: -10,
          unitPrice: 0,
        }),
        retail({
          line: 3,
          orderId: 'C536391',
          customerId: null,
          sku: '22556',
          quantity: -12,
          unitPrice: 165,
        }),
      ],
      opts({ hasAmountColumn: false, warnings: w }),
    )
    expect(records.map((r) => [r.orderId, r.amountPaid, r.refund, r.status])).toEqual([
      ['C536391', 0, 1980, 'returned'],
    ])
    expect(w.list()).toContainEqual({
      key: 'importer.warnings.zeroValueReturns',
      values: { count: 1 },
      count: 1,
      firstLine: 0,
    })
  })

  it('an invoice mixing purchases and returns refunds the unmatched part on itself', () => {
    const { records } = groupOrderRows(
      [
        retail({ line: 2, orderId: 'X', customerId: 'c', sku: 'A', quantity: 2, unitPrice: 100 }),
        retail({ line: 3, orderId: 'X', customerId: 'c', sku: 'B', quantity: -1, unitPrice: 40 }),
      ],
      o(),
    )
    expect(records).toMatchObject([
      { orderId: 'X', amountPaid: 200, refund: 40, status: 'returned' },
    ])
  })
})

describe('OrderGrouper', () => {
  it('copies rows, so the converter can reuse one row object', () => {
    const g = new OrderGrouper(opts())
    const scratch = row({ line: 2, orderId: 'A', amountPaid: 100, sku: 'x', quantity: 1 })
    g.add(scratch)
    scratch.orderId = 'B'
    scratch.sku = 'y'
    scratch.line = 3
    g.add(scratch)
    expect(g.size).toBe(2)
    expect(g.finish().records.map((r) => [r.orderId, r.lines[0]?.sku])).toEqual([
      ['A', 'x'],
      ['B', 'y'],
    ])
  })

  it('grows past its initial capacity', () => {
    const g = new OrderGrouper(opts())
    for (let i = 0; i < 5000; i++) g.add(row({ line: i + 2, orderId: `o${i}`, amountPaid: i }))
    const { records } = g.finish()
    expect(records).toHaveLength(5000)
    expect(records[4999]).toMatchObject({ orderId: 'o4999', amountPaid: 4999 })
  })
})
