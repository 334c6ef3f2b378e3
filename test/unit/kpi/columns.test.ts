import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import {
  ColumnsBuilder,
  buildOrderColumns,
  concatOrderColumns,
  emptyOrderColumns,
  gatherOrders,
  isSortedByDay,
  isUsableCustomerId,
  lowerBoundDay,
  sortByDay,
} from '../../../src/shared/analytics/columns'
import type { OrderColumns, OrderRecord } from '../../../src/shared/analytics/model'
import { fromEpochDay, toEpochDay } from '../../../src/shared/dates'
import { d, order } from './fixtures'

/** Decodes columns back to plain rows for comparisons. */
function rows(c: OrderColumns): unknown[] {
  const out: unknown[] = []
  for (let i = 0; i < c.length; i++) {
    const lines: unknown[] = []
    for (let l = c.lineStart[i] as number; l < (c.lineStart[i + 1] as number); l++) {
      const price = c.lineUnitPrice[l] as number
      lines.push([c.skus[c.lineSku[l] as number], c.lineQty[l], Number.isNaN(price) ? null : price])
    }
    const cu = c.customer[i] as number
    const ch = c.channel[i] as number
    out.push({
      id: c.orderId[i],
      date: fromEpochDay(c.day[i] as number),
      paid: c.amountPaid[i],
      refund: c.refund[i],
      status: c.status[i],
      customer: cu < 0 ? null : c.customers[cu],
      channel: ch < 0 ? null : c.channels[ch],
      lines,
    })
  }
  return out
}

function recordRow(r: OrderRecord): unknown {
  return {
    id: r.orderId,
    date: r.date,
    paid: r.amountPaid,
    refund: r.refund,
    status: { paid: 0, returned: 1, cancelled: 2 }[r.status],
    customer: isUsableCustomerId(r.customerId) ? r.customerId.trim() : null,
    channel: r.channel?.trim() ? r.channel.trim() : null,
    lines: r.lines.map((l) => [l.sku, l.quantity, l.unitPrice]),
  }
}

const sample: OrderRecord[] = [
  order('1', '2025-01-03', { customer: 'c1', channel: 'tb', amount: 100, lines: [['A', 2, 50]] }),
  order('2', '2025-01-01', { customer: 'c2', channel: 'dy', lines: [] }),
  order('3', '2025-01-02', {
    customer: null,
    channel: null,
    status: 'returned',
    refund: 30,
    lines: [
      ['B', 1, null],
      ['A', -1, 50],
    ],
  }),
  order('4', '2025-01-01', {
    customer: 'c1',
    channel: 'tb',
    status: 'cancelled',
    lines: [['C', 1, 10]],
  }),
]

describe('buildOrderColumns', () => {
  it('dictionary-encodes customers, channels and SKUs and stores lines in CSR form', () => {
    const c = buildOrderColumns(sample)
    expect(c.length).toBe(4)
    expect(c.customers).toEqual(['c1', 'c2'])
    expect(c.channels).toEqual(['tb', 'dy'])
    expect(c.skus).toEqual(['A', 'B', 'C'])
    expect([...c.customer]).toEqual([0, 1, -1, 0])
    expect([...c.channel]).toEqual([0, 1, -1, 0])
    expect([...c.lineStart]).toEqual([0, 1, 1, 3, 4])
    expect([...c.lineSku]).toEqual([0, 1, 0, 2])
    expect([...c.lineQty]).toEqual([2, 1, -1, 1])
    expect(Number.isNaN(c.lineUnitPrice[1])).toBe(true)
    expect([...c.status]).toEqual([0, 0, 1, 2])
    expect(c.day[0]).toBe(toEpochDay(d('2025-01-03')))
    expect(rows(c)).toEqual(sample.map(recordRow))
  })
  it('handles no records and iterables that are not arrays', () => {
    const c = buildOrderColumns([])
    expect(c.length).toBe(0)
    expect([...c.lineStart]).toEqual([0])
    function* gen(): Generator<OrderRecord> {
      yield* sample
    }
    expect(rows(buildOrderColumns(gen()))).toEqual(rows(buildOrderColumns(sample)))
    expect(rows(emptyOrderColumns())).toEqual([])
  })
  it('stores unusable customer IDs and blank channels as none', () => {
    const c = buildOrderColumns([
      order('1', '2025-01-01', { customer: '', channel: '  ' }),
      order('2', '2025-01-01', { customer: '****', channel: ' tb ' }),
      order('3', '2025-01-01', { customer: ' c1 ', channel: 'tb' }),
      order('4', '2025-01-01', { customer: 'c1' }),
    ])
    expect([...c.customer]).toEqual([-1, -1, 0, 0])
    expect([...c.channel]).toEqual([-1, 0, 0, -1])
  })
  it('rejects an unknown status', () => {
    const bad = { ...order('1', '2025-01-01'), status: 'shipped' } as unknown as OrderRecord
    expect(() => buildOrderColumns([bad])).toThrow(RangeError)
  })
})

describe('isUsableCustomerId', () => {
  it.each([
    ['c1', true],
    ['张三', true],
    ['v4bEYU@scs3.tiktok.com', true],
    ['a*b', true],
    ['', false],
    ['   ', false],
    ['****', false],
    ['-', false],
    ['t**1', false],
    ['小***', false],
    [null, false],
  ])('%s → %s', (id, ok) => expect(isUsableCustomerId(id)).toBe(ok))

  it('answers printable ASCII without regexes exactly as the definition does', () => {
    const definition = (id: string): boolean => {
      const s = id.trim()
      return s !== '' && /[\p{L}\p{N}]/u.test(s) && !/[*＊]{2,}/.test(s)
    }
    const ids = fc.array(fc.constantFrom(...Array.from(' \t*a-Z09@._＊小')), { maxLength: 8 })
    fc.assert(
      fc.property(
        fc.oneof(
          ids.map((l) => l.join('')),
          fc.string({ maxLength: 8 }),
        ),
        (id) => {
          expect(isUsableCustomerId(id)).toBe(definition(id))
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('ColumnsBuilder', () => {
  it('grows past its initial capacity (orders and lines) and gives exact-length arrays', () => {
    const b = new ColumnsBuilder(1, 1)
    const recs: OrderRecord[] = []
    for (let i = 0; i < 1000; i++) {
      const r = order(String(i), fromEpochDay(20000 + (i % 17)), {
        customer: `c${i % 13}`,
        channel: `ch${i % 3}`,
        amount: i,
        lines: Array.from(
          { length: i % 4 },
          (_, k) => [`S${k + (i % 5)}`, k + 1, k * 10] as [string, number, number],
        ),
      })
      recs.push(r)
      b.append(r)
    }
    expect(b.length).toBe(1000)
    const c = b.finish()
    expect(c.day.length).toBe(1000)
    expect(c.lineStart.length).toBe(1001)
    expect(c.lineSku.length).toBe(c.lineStart[1000])
    expect(rows(c)).toEqual(recs.map(recordRow))
  })
  it('stays usable after finish() (finish copies)', () => {
    const b = new ColumnsBuilder()
    b.append(sample[0] as OrderRecord)
    const first = b.finish()
    b.append(sample[1] as OrderRecord)
    expect(first.length).toBe(1)
    expect(b.finish().length).toBe(2)
    expect(first.customers).toEqual(['c1'])
  })
})

describe('concatOrderColumns', () => {
  it('re-maps the dictionaries of every part', () => {
    const a = buildOrderColumns(sample.slice(0, 2))
    const b = buildOrderColumns(sample.slice(2))
    const c = concatOrderColumns([a, b])
    expect(rows(c)).toEqual(sample.map(recordRow))
    expect(c.skus).toEqual(['A', 'B', 'C'])
    expect(c.customers).toEqual(['c1', 'c2'])
    expect(rows(concatOrderColumns([]))).toEqual([])
    expect(rows(concatOrderColumns([a]))).toEqual(rows(a))
  })
  it('works on sorted columns whose lines were reordered', () => {
    const a = sortByDay(buildOrderColumns(sample))
    const b = buildOrderColumns(sample.slice(0, 1))
    expect(rows(concatOrderColumns([a, b]))).toEqual([...rows(a), ...rows(b)])
  })
})

describe('sortByDay', () => {
  it('sorts by day, stable, moving the lines with their order', () => {
    const c = sortByDay(buildOrderColumns(sample))
    expect(c.orderId).toEqual(['2', '4', '3', '1'])
    expect(isSortedByDay(c)).toBe(true)
    const byId = new Map(sample.map((r) => [r.orderId, recordRow(r)]))
    expect(rows(c)).toEqual(c.orderId.map((id) => byId.get(id)))
  })
  it('returns already-sorted columns as they are', () => {
    const c = sortByDay(buildOrderColumns(sample))
    expect(sortByDay(c)).toBe(c)
  })
  it('also sorts days far apart (comparison sort path), stably', () => {
    const recs = [
      order('a', '2999-01-01'),
      order('b', '1900-01-01'),
      order('c', '2999-01-01'),
      order('d', '1900-01-01'),
    ]
    expect(sortByDay(buildOrderColumns(recs)).orderId).toEqual(['b', 'd', 'a', 'c'])
  })
  it('property: equals a stable sort of the records', () => {
    const rec = fc.record({
      day: fc.integer({ min: 19000, max: 19030 }),
      id: fc.string({ maxLength: 3 }),
      lines: fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: -2, max: 5 })), {
        maxLength: 3,
      }),
    })
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 40 }), fc.boolean(), (list, far) => {
        const recs = list.map((r, i) =>
          order(`${i}-${r.id}`, fromEpochDay(far && i % 2 ? r.day + 900000 : r.day), {
            lines: r.lines.map(([s, q]) => [s, q, 1]),
          }),
        )
        const sorted = [...recs].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
        expect(rows(sortByDay(buildOrderColumns(recs)))).toEqual(sorted.map(recordRow))
      }),
    )
  })
})

describe('lowerBoundDay', () => {
  it('finds the first index ≥ a day', () => {
    const days = Int32Array.from([1, 3, 3, 5])
    expect([0, 1, 2, 3, 4, 5, 6].map((x) => lowerBoundDay(days, x))).toEqual([0, 0, 1, 1, 3, 3, 4])
    expect(lowerBoundDay(days, 5, 3)).toBe(3)
  })
})

describe('gatherOrders', () => {
  it('property: equals picking the orders one by one, with or without order IDs', () => {
    const rec = fc.record({
      day: fc.integer({ min: 19000, max: 19030 }),
      lines: fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 1, max: 5 })), {
        maxLength: 3,
      }),
    })
    const runs = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), {
      minLength: 1,
      maxLength: 8,
    })
    fc.assert(
      fc.property(fc.array(rec, { minLength: 30, maxLength: 120 }), runs, (list, picks) => {
        const cols = buildOrderColumns(
          list.map((r, i) =>
            order(`o${i}`, fromEpochDay(r.day), { lines: r.lines.map(([s, q]) => [s, q, 1]) }),
          ),
        )
        const idx: number[] = []
        for (const [start, len] of picks)
          for (
            let i = start % cols.length;
            i < Math.min(cols.length, (start % cols.length) + len);
            i++
          )
            idx.push(i)
        const all = rows(cols)
        expect(rows(gatherOrders(cols, Int32Array.from(idx)))).toEqual(idx.map((i) => all[i]))
        // Columns without order IDs stay without.
        const noIds = gatherOrders({ ...cols, orderId: [] }, Int32Array.from(idx))
        expect(noIds.orderId).toEqual([])
        expect(rows({ ...noIds, orderId: idx.map((i) => `o${i}`) })).toEqual(idx.map((i) => all[i]))
      }),
    )
  })
})
