import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, isoDate } from '../../../src/shared/dates'
import { prepare } from '../../../src/shared/kpi/prepare'
import { topProducts } from '../../../src/shared/kpi/series'
import { kpiInput, order, period } from './fixtures'
import type { OrderRecord } from '../../../src/shared/analytics/model'

/**
 * topProducts adds cached whole-month blocks to scanned partial months. Whatever periods were
 * asked before (so whatever blocks are cached), its figures must equal a plain reference sum over
 * the orders of the period.
 */

const START = isoDate('2025-11-20')
const SKUS = ['A', 'B', 'C', 'D']

const orderArb = fc.record({
  day: fc.integer({ min: 0, max: 120 }),
  status: fc.constantFrom('paid' as const, 'returned' as const, 'cancelled' as const),
  channel: fc.constantFrom('淘宝', '抖音'),
  lines: fc.array(
    fc.tuple(
      fc.constantFrom(...SKUS),
      fc.integer({ min: -1, max: 3 }),
      fc.integer({ min: 100, max: 5000 }),
    ),
    { maxLength: 3 },
  ),
})
const periodArb = fc
  .tuple(
    fc.integer({ min: 0, max: 120 }),
    fc.integer({ min: 0, max: 120 }),
    fc.constantFrom<string | null>(null, '淘宝'),
  )
  .map(([a, b, channel]) => [Math.min(a, b), Math.max(a, b), channel] as const)

function reference(orders: OrderRecord[], from: string, to: string, channel: string | null) {
  const out = new Map<string, { quantity: number; sales: number; orders: number }>()
  for (const o of orders) {
    if (o.date < from || o.date > to || o.status === 'cancelled') continue
    if (channel !== null && o.channel !== channel) continue
    const seen = new Set<string>()
    for (const l of o.lines) {
      const r = out.get(l.sku) ?? { quantity: 0, sales: 0, orders: 0 }
      r.quantity += l.quantity
      r.sales += l.quantity * (l.unitPrice ?? 0)
      if (!seen.has(l.sku)) r.orders++
      seen.add(l.sku)
      out.set(l.sku, r)
    }
  }
  return out
}

describe('topProducts over whole-month blocks', () => {
  it('equals a reference sum for any period, after any earlier periods', () => {
    fc.assert(
      fc.property(
        fc.array(orderArb, { maxLength: 80 }),
        fc.array(periodArb, { minLength: 1, maxLength: 6 }),
        (raw, periods) => {
          const orders = raw.map((r, i) =>
            order(`o${i}`, addDays(START, r.day), {
              status: r.status,
              channel: r.channel,
              lines: r.lines,
            }),
          )
          const p = prepare(kpiInput(orders))
          for (const [a, b, channel] of periods) {
            const from = addDays(START, a)
            const to = addDays(START, b)
            const got = topProducts(p, period(from, to), 'sales', 100, { channel })
            const want = reference(orders, from, to, channel)
            for (const row of got) {
              const w = want.get(row.sku)
              expect(w, row.sku).toBeDefined()
              expect(row.quantity).toBe(w?.quantity)
              expect(row.sales).toBe(w?.sales)
              expect(row.orders).toBe(w?.orders)
            }
            expect(got.length).toBe([...want.values()].filter((w) => w.orders > 0).length)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
