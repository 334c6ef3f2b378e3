import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildOrderColumns } from '@shared/analytics/columns'
import { orderContentHash } from '@shared/analytics/dedupe'
import type { OrderColumns } from '@shared/analytics/model'
import { narrowOrders, widenOrders } from '@shared/analytics/narrow'
import { generateSampleData } from '@shared/analytics/sample'
import { chunkRowSchema } from '@shared/analytics/stored'
import { isoDate } from '@shared/dates'

const sample = (): OrderColumns =>
  buildOrderColumns(
    generateSampleData({ seed: 7, endDate: isoDate('2026-06-30'), currency: 'CNY' }).orders,
  )

/** Columns of `n` one-line orders whose numbers are the given values. */
function columnsOf(money: number[], channel: number[], sku: number[]): OrderColumns {
  const n = money.length
  const f = Float64Array.from(money)
  return {
    length: n,
    orderId: money.map((_, i) => `o${i}`),
    day: new Int32Array(n),
    amountPaid: f,
    refund: f.slice().reverse(),
    status: new Uint8Array(n),
    customer: new Int32Array(n).fill(-1),
    channel: Int32Array.from(channel),
    customers: [],
    channels: Array.from({ length: Math.max(0, ...channel) + 1 }, (_, i) => `c${i}`),
    lineStart: Int32Array.from({ length: n + 1 }, (_, i) => i),
    lineSku: Int32Array.from(sku),
    lineQty: f.slice(),
    lineUnitPrice: f.slice(),
    skus: Array.from({ length: Math.max(0, ...sku) + 1 }, (_, i) => `s${i}`),
  }
}

describe('narrowOrders / widenOrders (stored chunks in the narrowest arrays)', () => {
  it('stores a real shop’s orders in narrower arrays and gives them back exactly', () => {
    const cols = sample()
    const stored = narrowOrders(cols)
    expect(stored.amountPaid).toBeInstanceOf(Int32Array)
    expect(stored.refund).toBeInstanceOf(Int32Array)
    expect(stored.lineQty).toBeInstanceOf(Int32Array)
    expect(stored.channel).toBeInstanceOf(Int8Array)
    expect(stored.lineSku).toBeInstanceOf(Int16Array)
    const bytes = (c: object): number =>
      Object.values(c).reduce((s: number, v) => s + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0)
    expect(bytes(stored)).toBeLessThan(bytes(cols) * 0.75)
    // A re-import is told apart from stored orders by content hash: narrow or wide, the same.
    for (let i = 0; i < cols.length; i += 97)
      expect(orderContentHash(stored, i)).toBe(orderContentHash(cols, i))
    const back = widenOrders(stored)
    expect(back).toEqual(cols)
    expect(back.amountPaid).toBeInstanceOf(Float64Array)
    expect(back.channel).toBeInstanceOf(Int32Array)
    expect(back.lineSku).toBeInstanceOf(Int32Array)
    // What a backup validates and what an old (wide) chunk is: both pass the stored schema.
    for (const orders of [stored, cols])
      expect(
        chunkRowSchema.safeParse({ importId: 'a', index: 0, kind: 'orders', orders }).success,
      ).toBe(true)
  })

  it('keeps a column wide when one value does not fit (fractions, NaN, −0, beyond ±2³¹)', () => {
    for (const odd of [0.5, Number.NaN, -0, 2 ** 31, -(2 ** 31) - 1, 1e15]) {
      const stored = narrowOrders(columnsOf([1, odd, 3], [0, 1, 2], [0, 1, 2]))
      expect(stored.amountPaid).toBeInstanceOf(Float64Array)
      expect(Object.is(widenOrders(stored).amountPaid[1], odd)).toBe(true)
    }
    const big = narrowOrders(columnsOf([1, 2], [0, 200], [0, 40_000]))
    expect(big.channel).toBeInstanceOf(Int32Array)
    expect(big.lineSku).toBeInstanceOf(Int32Array)
  })

  it('round-trips any values exactly (property)', () => {
    const num = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      fc.double(),
      fc.constantFrom(-0, 0, 2 ** 31, Number.NaN),
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(num, fc.integer({ min: -1, max: 300 }), fc.integer({ min: 0, max: 70_000 })),
          {
            maxLength: 40,
          },
        ),
        (rows) => {
          const cols = columnsOf(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
            rows.map((r) => r[2]),
          )
          expect(widenOrders(narrowOrders(cols))).toEqual(cols)
        },
      ),
    )
  })
})
