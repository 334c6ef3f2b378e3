import { describe, expect, it } from 'vitest'
import { buildOrderColumns } from '@shared/analytics/columns'
import type { OrderRecord } from '@shared/analytics/model'
import { resolveImports, selectOrders, sliceOrders, type StoredImport } from '@shared/analytics/resolve'
import { isoDate } from '@shared/dates'
import { minor } from '@shared/money'

const order = (id: string, date: string, paid: number, extra: Partial<OrderRecord> = {}): OrderRecord => ({
  orderId: id,
  date: isoDate(date),
  amountPaid: minor(paid),
  refund: minor(0),
  status: 'paid',
  statusRaw: '交易成功',
  customerId: null,
  channel: 'taobao',
  currency: 'CNY',
  lines: [{ sku: `S-${id}`, name: null, quantity: 1, unitPrice: minor(paid) }],
  ...extra,
})

const imp = (id: string, createdAt: string, records: OrderRecord[]): StoredImport => ({
  id,
  kind: 'orders',
  createdAt,
  orders: [buildOrderColumns(records)],
  rows: [],
})

describe('resolveImports', () => {
  it('merges overlapping exports by order ID, the newest import winning', () => {
    const jan = imp('a', '2026-01-01T00:00:00Z', [
      order('1', '2026-01-02', 1000),
      order('2', '2026-01-03', 2000),
    ])
    const feb = imp('b', '2026-02-01T00:00:00Z', [
      order('2', '2026-01-03', 2500, { status: 'returned', refund: minor(2500) }),
      order('3', '2026-01-20', 3000),
    ])
    const r = resolveImports([jan, feb])
    expect(r.orders.length).toBe(3)
    expect(r.orders.orderId).toEqual(['1', '2', '3'])
    expect(Array.from(r.orders.amountPaid)).toEqual([1000, 2500, 3000])
    expect(r.range).toEqual({ from: '2026-01-02', to: '2026-01-20' })
    expect(r.channels).toEqual(['taobao'])
    // Removing the newer import brings the older version back.
    const back = resolveImports([jan])
    expect(Array.from(back.orders.amountPaid)).toEqual([1000, 2000])
  })

  it('keeps lines with their orders when selecting', () => {
    const cols = buildOrderColumns([
      order('1', '2026-01-02', 1000),
      order('2', '2026-01-03', 2000, {
        lines: [
          { sku: 'A', name: null, quantity: 2, unitPrice: minor(500) },
          { sku: 'A', name: null, quantity: 1, unitPrice: minor(1000) },
        ],
      }),
    ])
    const s = selectOrders(cols, Int32Array.from([1]))
    expect(s.orderId).toEqual(['2'])
    expect(Array.from(s.lineStart)).toEqual([0, 2])
    expect(Array.from(s.lineQty)).toEqual([2, 1])
    expect(s.skus[s.lineSku[0] as number]).toBe('A')
  })

  it('newest traffic row wins per date and channel; absent kinds are null', () => {
    const t1: StoredImport = {
      id: 't1',
      kind: 'traffic',
      createdAt: '2026-01-01T00:00:00Z',
      orders: [],
      rows: [
        { date: '2026-01-02', channel: 'taobao', visitors: 100 },
        { date: '2026-01-03', channel: 'taobao', visitors: 90 },
      ],
    }
    const t2: StoredImport = {
      ...t1,
      id: 't2',
      createdAt: '2026-01-05T00:00:00Z',
      rows: [{ date: '2026-01-03', channel: 'taobao', visitors: 95 }],
    }
    const r = resolveImports([t1, t2])
    expect(r.traffic?.map((x) => x.visitors).sort()).toEqual([100, 95].sort())
    expect(r.spend).toBeNull()
    expect(r.orders.length).toBe(0)
    expect(r.range).toBeNull()
  })
})

describe('sliceOrders', () => {
  it('cuts a self-contained block with only the dictionary values it uses', () => {
    const cols = buildOrderColumns([
      order('1', '2026-01-02', 1000, { customerId: 'alice', channel: 'taobao' }),
      order('2', '2026-01-03', 2000, { customerId: 'bob', channel: 'jd' }),
      order('3', '2026-01-04', 3000, { customerId: 'carol', channel: 'taobao' }),
    ])
    const s = sliceOrders(cols, 1, 3)
    expect(s.length).toBe(2)
    expect(s.orderId).toEqual(['2', '3'])
    expect(s.customers).toEqual(['bob', 'carol'])
    expect(s.channels).toEqual(['jd', 'taobao'])
    expect(Array.from(s.customer)).toEqual([0, 1])
    expect(Array.from(s.lineStart)).toEqual([0, 1, 2])
    expect(s.skus).toEqual(['S-2', 'S-3'])
    // The merged view of the slices equals the original.
    const back = resolveImports([
      { id: 'a', kind: 'orders', createdAt: '2026-01-01T00:00:00Z', orders: [sliceOrders(cols, 0, 1), s], rows: [] },
    ])
    expect(back.orders.orderId).toEqual(['1', '2', '3'])
    expect(back.orders.customers.slice().sort()).toEqual(['alice', 'bob', 'carol'])
  })
})
