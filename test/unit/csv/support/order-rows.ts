import fc from 'fast-check'
import { daysFromCivil, emptyOrderRow, type OrderRow } from '../../../../src/shared/csv/convert'
import type { GroupOptions } from '../../../../src/shared/csv/group'
import { WarningLog } from '../../../../src/shared/csv/issues'
import { isoDate } from '../../../../src/shared/dates'

/** Random order rows for the grouper's property tests (a dozen orders, mixed fields). */

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

export const rowArb = fc.record({
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
  /** A returned line (negative quantity) now and then. */
  returned: fc.integer({ min: 0, max: 9 }),
  paid: fc.constantFrom<boolean | null>(true, false, null),
  cancelled: fc.integer({ min: 0, max: 9 }),
})

export type RawRow = typeof rowArb extends fc.Arbitrary<infer T> ? T : never

/** An order row; `extras` adds returned lines, payment flags and cancellations. */
export function toRow(r: RawRow, line: number, extras = false): OrderRow {
  const returned = extras && r.returned === 0 && r.qty !== null
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
    quantity: returned ? -(r.qty as number) : r.qty,
    unitPrice: r.price,
    ...(extras ? { returnFlag: returned, paid: r.paid, cancelled: r.cancelled === 0 } : {}),
  }
}

export function opts(over: Partial<GroupOptions> = {}): GroupOptions {
  return {
    hasAmountColumn: true,
    amountRows: 'sum',
    refundDeducted: false,
    warnings: new WarningLog(),
    ...over,
  }
}
