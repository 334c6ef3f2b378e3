import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OrderGrouper, grouperPartTransfer, type GrouperPart } from '../../../src/shared/csv/group'
import { opts, rowArb, toRow } from './support/order-rows'

/**
 * A big file is grouped in two parts by two workers; the second part's grouper is exported,
 * posted (structured clone, typed arrays transferred) and absorbed by the first. Whatever the
 * rows and wherever the file is cut — an order's rows on both sides, the first row of an order in
 * one part and its other rows in the other, returns, cancellations — the result must be the one a
 * single grouper gives over the whole file: same orders in the same order, same figures, lines,
 * errors and warnings.
 */

/** What a part looks like after postMessage (a structured clone with its buffers transferred). */
function posted(part: GrouperPart): GrouperPart {
  return structuredClone(part, { transfer: grouperPartTransfer(part) })
}

describe('OrderGrouper.exportPart / absorb', () => {
  it('two parts merged equal one grouper over all rows, cut anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 60 }),
        fc.nat(),
        fc.boolean(),
        fc.constantFrom<'sum' | 'first'>('sum', 'first'),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 2 }),
        fc.boolean(),
        (raw, cutSeed, hasAmountColumn, amountRows, refundDeducted, rejectedOrders, columns) => {
          const rows = raw.map((r, i) => toRow(r, i + 2, true))
          const cut = rows.length === 0 ? 0 : cutSeed % (rows.length + 1)
          const rejected = new Set(
            rejectedOrders.map((o) => `ORDER-${String(o).padStart(12, '0')}`),
          )
          const settings = { hasAmountColumn, amountRows, refundDeducted }
          const o1 = opts(settings)
          const whole = new OrderGrouper(o1)
          for (const r of rows) whole.add(r)

          const o2 = opts(settings)
          const first = new OrderGrouper(o2)
          const second = new OrderGrouper(opts(settings))
          rows.forEach((r, k) => (k < cut ? first : second).add(r))
          first.absorb(posted(second.exportPart()))
          expect(first.size).toBe(whole.size)

          const expected = columns ? whole.finishColumns(rejected) : whole.finish(rejected)
          const actual = columns ? first.finishColumns(rejected) : first.finish(rejected)
          expect(actual).toEqual(expected)
          expect(o2.warnings.list()).toEqual(o1.warnings.list())
        },
      ),
      { numRuns: 400 },
    )
  })

  it('an order whose first row (with its date and amount) is in the first part and its other lines in the second', () => {
    const raw = (order: number, sku: 'SKU1' | 'SKU2', withOrderFields: boolean) => ({
      order,
      day: 3,
      hour: 10,
      amount: withOrderFields ? 1_990 : null,
      refund: null,
      status: withOrderFields ? '交易成功' : '',
      customer: withOrderFields ? 'tb_alice' : null,
      channel: withOrderFields ? '淘宝' : null,
      sku,
      qty: 1,
      price: 995,
      noDate: !withOrderFields,
      returned: 5,
      paid: null,
      cancelled: 5,
    })
    // Order 5 (noDate applies to orders divisible by 5): its continuation row has no date.
    const rows = [raw(5, 'SKU1', true), raw(5, 'SKU2', false), raw(7, 'SKU1', true)].map((r, i) =>
      toRow(r, i + 2, true),
    )
    const whole = new OrderGrouper(opts())
    for (const r of rows) whole.add(r)
    const first = new OrderGrouper(opts())
    const second = new OrderGrouper(opts())
    first.add(rows[0]!)
    second.add(rows[1]!)
    second.add(rows[2]!)
    first.absorb(posted(second.exportPart()))
    const merged = first.finish()
    expect(merged).toEqual(whole.finish())
    expect(merged.records[0]?.lines.map((l) => l.sku)).toEqual(['SKU1', 'SKU2'])
    expect(merged.records.map((r) => r.orderId)).toEqual([
      'ORDER-000000000005',
      'ORDER-000000000007',
    ])
  })

  it('parts of more than one page of orders (65,536) merge the same, every page of the part read', () => {
    const rows = Array.from({ length: 100_000 }, (_, k) => ({
      ...toRow(
        {
          order: 0,
          day: 1 + (k % 28),
          hour: k % 24,
          amount: 100 + (k % 977),
          refund: k % 11 === 0 ? 50 : null,
          status: k % 13 === 0 ? '交易关闭' : '交易成功',
          customer: k % 3 === 0 ? null : 'tb_alice',
          channel: '淘宝',
          sku: 'SKU1',
          qty: 1 + (k % 3),
          price: 100,
          noDate: false,
          returned: 5,
          paid: null,
          cancelled: 5,
        },
        k + 2,
        true,
      ),
      // Orders repeat now and then, across the cut too.
      orderId: `T${k % 7 === 0 ? k % 5000 : k}`,
    }))
    const whole = new OrderGrouper(opts())
    for (const r of rows) whole.add(r)
    const first = new OrderGrouper(opts())
    const second = new OrderGrouper(opts())
    rows.forEach((r, k) => (k < 20_000 ? first : second).add(r))
    const part = posted(second.exportPart())
    expect(part.pages.length).toBeGreaterThan(1)
    first.absorb(part)
    expect(first.finishColumns()).toEqual(whole.finishColumns())
  })
})
