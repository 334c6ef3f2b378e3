import { isoDate, type IsoDate } from '../../../src/shared/dates'
import type { Minor } from '../../../src/shared/money'
import type {
  InventoryRecord,
  OrderRecord,
  OrderStatus,
  ProductRecord,
  SpendRecord,
  TrafficRecord,
} from '../../../src/shared/analytics/model'
import { buildOrderColumns } from '../../../src/shared/analytics/columns'
import type { KpiInput, Period } from '../../../src/shared/kpi/types'

/** Test helpers: terse builders for canonical records. */

export const d = (s: string): IsoDate => isoDate(s)
export const m = (n: number): Minor => n as Minor
export const period = (from: string, to: string): Period => ({ from: d(from), to: d(to) })

/** A line: [sku, quantity, unit price (null: unknown)]. */
export type L = [sku: string, qty: number, price: number | null]

/** An order record. */
export function order(
  orderId: string,
  date: string,
  o: {
    amount?: number
    refund?: number
    status?: OrderStatus
    customer?: string | null
    channel?: string | null
    lines?: L[]
  } = {},
): OrderRecord {
  const status = o.status ?? 'paid'
  return {
    orderId,
    date: d(date),
    amountPaid: m(o.amount ?? 1000),
    refund: m(o.refund ?? 0),
    status,
    statusRaw: status,
    customerId: o.customer ?? null,
    channel: o.channel ?? null,
    currency: 'CNY',
    lines: (o.lines ?? []).map(([sku, quantity, price]) => ({
      sku,
      name: null,
      quantity,
      unitPrice: price === null ? null : m(price),
    })),
  }
}

export const traffic = (date: string, channel: string | null, visitors: number): TrafficRecord => ({
  date: d(date),
  channel,
  visitors,
})
export const spend = (date: string, channel: string | null, amount: number): SpendRecord => ({
  date: d(date),
  channel,
  spend: m(amount),
})
export const snap = (
  date: string,
  sku: string,
  onHand: number,
  unitCost: number | null,
): InventoryRecord => ({
  date: d(date),
  sku,
  onHand,
  unitCost: unitCost === null ? null : m(unitCost),
})
export const product = (
  sku: string,
  unitCost: number,
  name: string | null = null,
): ProductRecord => ({
  sku,
  name,
  unitCost: m(unitCost),
})

/** A KpiInput from order records and optional files. */
export function kpiInput(
  orders: OrderRecord[],
  files: Partial<Omit<KpiInput, 'orders'>> = {},
): KpiInput {
  return {
    orders: buildOrderColumns(orders),
    traffic: files.traffic ?? null,
    spend: files.spend ?? null,
    inventory: files.inventory ?? null,
    products: files.products ?? null,
  }
}

/**
 * Dataset A, worked out by hand in compute.test.ts. Period 2025-03-01..2025-03-07 (7 days).
 *
 * | id | date  | channel | customer | status    | paid  | refund | lines                         |
 * |----|-------|---------|----------|-----------|-------|--------|-------------------------------|
 * | o0 | 02-20 | taobao  | c1       | paid      |  5000 |      0 | A×1                           |
 * | o1 | 03-01 | taobao  | c1       | paid      | 10000 |      0 | A×2 @4000, B×1 @2000          |
 * | o2 | 03-02 | taobao  | c2       | paid      |  6000 |      0 | B×3 @2000                     |
 * | o3 | 03-02 | douyin  | c2       | returned  |  4000 |   1500 | A×1 @4000                     |
 * | o4 | 03-03 | douyin  | —        | paid      |  3000 |      0 | C×1 @3000                     |
 * | o5 | 03-04 | store   | —        | returned  |  2500 |      0 | B×1 @2500                     |
 * | o6 | 03-05 | store   | c3       | cancelled |  9000 |      0 | A×1                           |
 * | o7 | 03-06 | taobao  | c3       | paid      |  7000 |      0 | A×1 @7000, POST×1 @500        |
 * | o8 | 03-07 | wechat  | c2       | paid      |  2000 |      0 | C×1 @2000, E×2 @300           |
 * | o9 | 03-08 | taobao  | c4       | paid      |  1000 |      0 | C×1                           |
 *
 * Orders are given out of date order on purpose (prepare sorts them).
 */
export function datasetA(): KpiInput {
  const orders = [
    order('o9', '2025-03-08', {
      amount: 1000,
      channel: 'taobao',
      customer: 'c4',
      lines: [['C', 1, 1000]],
    }),
    order('o0', '2025-02-20', {
      amount: 5000,
      channel: 'taobao',
      customer: 'c1',
      lines: [['A', 1, 5000]],
    }),
    order('o1', '2025-03-01', {
      amount: 10000,
      channel: 'taobao',
      customer: 'c1',
      lines: [
        ['A', 2, 4000],
        ['B', 1, 2000],
      ],
    }),
    order('o2', '2025-03-02', {
      amount: 6000,
      channel: 'taobao',
      customer: 'c2',
      lines: [['B', 3, 2000]],
    }),
    order('o3', '2025-03-02', {
      amount: 4000,
      refund: 1500,
      status: 'returned',
      channel: 'douyin',
      customer: 'c2',
      lines: [['A', 1, 4000]],
    }),
    order('o4', '2025-03-03', { amount: 3000, channel: 'douyin', lines: [['C', 1, 3000]] }),
    order('o5', '2025-03-04', {
      amount: 2500,
      status: 'returned',
      channel: 'store',
      lines: [['B', 1, 2500]],
    }),
    order('o6', '2025-03-05', {
      amount: 9000,
      status: 'cancelled',
      channel: 'store',
      customer: 'c3',
      lines: [['A', 1, 9000]],
    }),
    order('o7', '2025-03-06', {
      amount: 7000,
      channel: 'taobao',
      customer: 'c3',
      lines: [
        ['A', 1, 7000],
        ['POST', 1, 500],
      ],
    }),
    order('o8', '2025-03-07', {
      amount: 2000,
      channel: 'wechat',
      customer: 'c2',
      lines: [
        ['C', 1, 2000],
        ['E', 2, 300],
      ],
    }),
  ]
  return kpiInput(orders, {
    traffic: [
      traffic('2025-02-20', 'taobao', 999), // before the period
      traffic('2025-03-01', 'taobao', 100),
      traffic('2025-03-02', null, 300), // all channels of 03-02
      traffic('2025-03-03', 'taobao', 50), // covers taobao only: o4 (douyin) is not covered
      traffic('2025-03-06', 'taobao', 80),
      traffic('2025-03-07', 'wechat', 20),
      // no row on 03-04: o5 (store) is not covered
    ],
    spend: [
      spend('2025-03-01', 'taobao', 1000),
      spend('2025-03-03', 'douyin', 500),
      spend('2025-03-05', null, 300),
      spend('2025-03-10', 'taobao', 9999), // after the period
    ],
    inventory: [
      snap('2025-02-25', 'A', 10, 1000),
      snap('2025-02-25', 'B', 20, 500),
      snap('2025-03-03', 'A', 8, 1200),
      snap('2025-03-03', 'B', 15, null), // cost by the COGS rule: B's 02-25 snapshot, 500
      snap('2025-03-06', 'A', 5, 1300),
      snap('2025-03-06', 'C', 4, 800),
    ],
    products: [
      product('A', 9999, 'Notebook'),
      product('C', 700, 'Pen'),
      product('D', 100),
      product('E', 150, 'Sticker'),
    ],
  })
}

export const PERIOD_A = period('2025-03-01', '2025-03-07')
