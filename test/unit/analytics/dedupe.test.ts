import { describe, expect, it } from 'vitest'
import { buildOrderColumns } from '@shared/analytics/columns'
import { planOrderImport, storedOrderHashes } from '@shared/analytics/dedupe'
import type { OrderRecord } from '@shared/analytics/model'
import { isoDate } from '@shared/dates'
import { minor } from '@shared/money'

const order = (id: string, paid: number, refund = 0): OrderRecord => ({
  orderId: id,
  date: isoDate('2026-03-01'),
  amountPaid: minor(paid),
  refund: minor(refund),
  status: refund > 0 ? 'returned' : 'paid',
  statusRaw: 'x',
  customerId: 'c1',
  channel: 'web',
  currency: 'CNY',
  lines: [{ sku: 'A', name: null, quantity: 1, unitPrice: minor(paid) }],
})

describe('planOrderImport', () => {
  it('counts new, updated and duplicate orders against what is stored, newest import winning', () => {
    const first = buildOrderColumns([order('1', 100), order('2', 200)])
    const stored = storedOrderHashes([
      { id: 'a', kind: 'orders', createdAt: '2026-03-02T00:00:00Z', orders: [first], rows: [] },
    ])
    const incoming = buildOrderColumns([order('1', 100), order('2', 200, 200), order('3', 300)])
    const plan = planOrderImport(stored, incoming)
    expect(plan.counts).toEqual({ new: 1, updated: 1, duplicate: 1 })
    expect(Array.from(plan.keep)).toEqual([1, 2])
  })

  it('re-importing the same export adds nothing; an empty store makes everything new', () => {
    const cols = buildOrderColumns([order('1', 100), order('2', 200)])
    const stored = storedOrderHashes([
      { id: 'a', kind: 'orders', createdAt: '2026-03-02T00:00:00Z', orders: [cols], rows: [] },
    ])
    expect(planOrderImport(stored, cols)).toEqual({
      counts: { new: 0, updated: 0, duplicate: 2 },
      keep: new Int32Array(0),
    })
    const fresh = planOrderImport(new Map(), cols)
    expect(fresh.counts).toEqual({ new: 2, updated: 0, duplicate: 0 })
    expect(Array.from(fresh.keep)).toEqual([0, 1])
  })
})
