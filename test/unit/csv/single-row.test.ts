import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OrderGrouper } from '../../../src/shared/csv/group'
import { findCut, importInParts, type PartsOptions } from '../../../src/shared/csv/parts'
import { importFile, type ImportFileOptions } from '../../../src/shared/csv/pipeline'
import { SingleRowOrders } from '../../../src/shared/csv/single-row'
import { ORDER_EXPORTS, readDataset, skipDatasets } from '../../support/datasets'
import { encodeGb18030 } from '../../support/gb18030'
import { LINES, SUMMARY, fileFormat, fileOf, type Layout } from './support/order-files'
import { opts, rowArb, toRow } from './support/order-rows'

/**
 * The one-row-per-order lane (single-row.ts, ImporterOptions.fastLane) must give exactly what the
 * grouper gives — the same columns, errors, warnings and line numbers — and give up (the importer
 * then reads the file again with the grouper) whenever a file is not one row per order.
 */

describe('SingleRowOrders ≡ OrderGrouper.finishColumns for orders of one row', () => {
  it('random rows, every option of the grouper', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom<'sum' | 'first'>('sum', 'first'),
        fc.boolean(),
        (raws, amountRows, refundDeducted) => {
          const over = { amountRows, refundDeducted }
          const a = opts(over)
          const b = opts(over)
          const grouper = new OrderGrouper(a)
          const single = new SingleRowOrders(b)
          const none = new Set<string>()
          let held = true
          raws.forEach((r, k) => {
            // One order per row: the k-th row is order k.
            const row = toRow({ ...r, order: k }, k + 2, true)
            grouper.add({ ...row })
            const returned = row.quantity !== null && row.quantity < 0 && row.sku !== null
            const took = single.add({ ...row }, none)
            expect(took).toBe(!returned)
            held &&= took
          })
          if (!held) return
          expect(single.finishColumns()).toEqual(grouper.finishColumns())
          expect(b.warnings.list()).toEqual(a.warnings.list())
        },
      ),
      { numRuns: 400 },
    )
  })

  it('room reserved at any point, too little or too much, changes nothing; columns stay exact', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.integer({ min: 0, max: 200 }),
        (raws, whenRaw, room) => {
          const rows = raws
            .map((r, k) => toRow({ ...r, order: k }, k + 2, true))
            .filter((row) => !(row.quantity !== null && row.quantity < 0 && row.sku !== null))
          const plain = new SingleRowOrders(opts({}))
          const reserved = new SingleRowOrders(opts({}))
          const none = new Set<string>()
          const when = whenRaw % (rows.length + 1)
          rows.forEach((row, k) => {
            if (k === when) reserved.reserve(room)
            expect(plain.add({ ...row }, none)).toBe(true)
            expect(reserved.add({ ...row }, none)).toBe(true)
          })
          if (when === rows.length) reserved.reserve(room)
          const got = reserved.finishColumns()
          expect(got).toEqual(plain.finishColumns())
          const c = got.columns
          for (const col of [c.day, c.amountPaid, c.refund, c.status, c.customer, c.channel])
            expect(col.length).toBe(c.length)
          expect(c.lineStart.length).toBe(c.length + 1)
          // A view carries its whole buffer: at most a fifteenth more than the column.
          expect(c.amountPaid.buffer.byteLength).toBeLessThanOrEqual(
            (Math.max(c.amountPaid.byteLength, 8) * 16) / 15 + 8,
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('a big reserve: exact, a little over (views) and too little (grows) give the same columns', () => {
    const raws = fc.sample(rowArb, { numRuns: 1600, seed: 7 })
    const rows = raws
      .map((r, k) => toRow({ ...r, order: k }, k + 2, true))
      .filter((row) => !(row.quantity !== null && row.quantity < 0 && row.sku !== null))
    const none = new Set<string>()
    const run = (room: number | null) => {
      const single = new SingleRowOrders(opts({}))
      rows.forEach((row, k) => {
        if (k === 10 && room !== null) single.reserve(room)
        expect(single.add({ ...row }, none)).toBe(true)
      })
      return single.finishColumns()
    }
    const plain = run(null)
    const n = plain.columns.length
    expect(n).toBeGreaterThan(1024)
    for (const room of [n, n + 20, n - 30]) {
      const got = run(room)
      expect(got).toEqual(plain)
      const { day, lineQty } = got.columns
      // Exactly full: the arrays themselves; a little over: views; too little: grown, then cut.
      const whole = room === n ? day.byteLength : room > n ? room * 4 : day.byteLength
      expect(day.buffer.byteLength).toBe(whole)
      expect(lineQty.length).toBe(got.columns.lineStart[n])
    }
  })

  it('gives up on a second row of an order and on an order ID already rejected', () => {
    const row = (order: number, line: number) => toRow({ ...fc.sample(rowArb, 1)[0]!, order }, line)
    const single = new SingleRowOrders(opts())
    expect(single.add(row(1, 2), new Set())).toBe(true)
    expect(single.add(row(2, 3), new Set())).toBe(true)
    expect(single.has('ORDER-000000000002')).toBe(true)
    expect(single.has('ORDER-000000000003')).toBe(false)
    expect(single.add(row(1, 4), new Set())).toBe(false)
    const other = new SingleRowOrders(opts())
    expect(other.add(row(7, 2), new Set(['ORDER-000000000007']))).toBe(false)
  })

  it('is only for files with an amount column', () => {
    expect(() => new SingleRowOrders(opts({ hasAmountColumn: false }))).toThrow()
  })
})

// ---------------------------------------------------------------------------------------------
// Whole files through importFile: fastLane (the default for columns) ≡ fastLane: false
// ---------------------------------------------------------------------------------------------

/** The summary layout with an order ID of its own on every row (i ≥ 0). */
const ONE_ROW: Layout = {
  ...SUMMARY,
  plain: (i) => {
    const row = SUMMARY.plain(i)
    row[0] = String(4_100_000_000_000_000 + i)
    return row
  },
}

/** The line-item layout with every field, one row per order. */
const ONE_LINE: Layout = {
  ...LINES,
  plain: (i) => {
    const row = LINES.plain(3 * i)
    row[0] = String(6_000_000_000 + i)
    return row
  },
}

/** What may break the one-row-per-order rule once, somewhere in a file. */
type Trouble = 'none' | 'repeat' | 'returned' | 'rejectedKept' | 'rejectedFirst'

/** A data row: plain row `i`, a few cells replaced, or a shape the header does not fit. */
const pickArb = (width: number) =>
  fc.record({
    i: fc.nat({ max: 5_000 }),
    changes: fc.array(fc.tuple(fc.nat({ max: width - 1 }), fc.nat({ max: 20 })), {
      maxLength: 2,
    }),
    shape: fc.constantFrom('plain', 'plain', 'plain', 'plain', 'plain', 'short', 'long', 'quote'),
  })

const fileArb = fc.constantFrom(ONE_ROW, ONE_LINE).chain((layout) =>
  fc.record({
    layout: fc.constant(layout),
    /** Distinct orders after the lead rows (the first 500 data rows fix the formats). */
    picks: fc.uniqueArray(pickArb(layout.header.length), {
      minLength: 1,
      maxLength: 80,
      selector: (p) => p.i,
    }),
    trouble: fc.constantFrom<Trouble>(
      'none',
      'none',
      'none',
      'repeat',
      'returned',
      'rejectedKept',
      'rejectedFirst',
    ),
    at: fc.nat(),
    ...fileFormat,
  }),
)

type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never

/** The file's data rows after the lead rows: a plain first order, the picks, and the trouble. */
function rowsOfSpec(f: FileSpec): string[][] {
  const { layout, leadRows } = f
  const width = layout.header.length
  const plain = (i: number): string[] => layout.plain(leadRows + i)
  const rows = f.picks.map(({ i, changes, shape }) => {
    const row = plain(i)
    for (const [col, pick] of changes) {
      const cells = layout.cells[col] as readonly string[]
      row[col] = cells[pick % cells.length] as string
    }
    if (shape === 'short') return row.slice(0, width - 1)
    if (shape === 'long') return [...row, i % 2 ? '' : 'extra']
    if (shape === 'quote') row[1] = `"${row[1] as string}"`
    return row
  })
  // An order surely in the file, before the trouble (which then names it).
  const first = plain(9_000)
  rows.unshift(first)
  const at = 1 + (f.at % rows.length)
  const qty = layout.header.indexOf('购买数量')
  if (f.trouble === 'repeat') rows.splice(at, 0, first)
  if (f.trouble === 'returned') {
    const row = plain(10_000)
    row[qty] = '-1'
    rows.splice(at, 0, row)
  }
  if (f.trouble === 'rejectedKept') rows.splice(at, 0, first.slice(0, width - 1))
  if (f.trouble === 'rejectedFirst') {
    const row = plain(11_000)
    rows.splice(at, 0, row.slice(0, width - 1))
    rows.push(row)
  }
  return rows
}

const base: ImportFileOptions = {
  shopTimeZone: 'Asia/Shanghai',
  currency: 'CNY',
  kind: 'orders',
  output: 'columns',
}

/** Imports with and without the lane (text path and byte path); says whether the lane held. */
function bothWays(bytes: Uint8Array, o: ImportFileOptions): boolean {
  let held: boolean | null = null
  for (const bytePath of [true, false]) {
    const grouped = importFile(bytes, { ...o, bytePath, fastLane: false })
    const lane = importFile(bytes, { ...o, bytePath })
    if (!grouped.ok || !lane.ok) {
      expect(lane).toEqual(grouped)
      return false
    }
    const { oneRowPerOrder, ...rest } = lane.value
    const { oneRowPerOrder: never, ...expected } = grouped.value
    expect(never).toBe(false)
    expect(rest).toEqual(expected)
    if (held !== null) expect(oneRowPerOrder).toBe(held)
    held = oneRowPerOrder
  }
  return held === true
}

describe('whole files: the one-row-per-order lane imports exactly what the grouper imports', () => {
  it('generated files with one row per order, and with one row that breaks the rule', () => {
    const seen = { held: 0, gaveUp: 0 }
    fc.assert(
      fc.property(fileArb, (f) => {
        const bytes = fileOf({ ...f, rows: rowsOfSpec(f) })
        const held = bothWays(bytes, { ...base, chunkBytes: f.chunkBytes })
        if (held) seen.held++
        else seen.gaveUp++
        // A repeated order, a returned line, a rejected row of an order is always noticed.
        if (f.trouble !== 'none') expect(held).toBe(false)
      }),
      { numRuns: Number(process.env.SR_RUNS ?? 150) },
    )
    // Both sides were exercised: files the lane read to the end, files it handed back.
    expect(seen.held).toBeGreaterThan(10)
    expect(seen.gaveUp).toBeGreaterThan(10)
  }, 120_000)

  it('the same files in two parts (two workers), cut in the middle, give the same orders', () => {
    let merged = 0
    fc.assert(
      fc.property(fileArb, (spec) => {
        // 1,200 plain orders in the middle, so that the head fixes the formats before the cut:
        // half of the file's own rows (the order its trouble names first) before them.
        const f = { ...spec, leadRows: 1_200 }
        const rows = rowsOfSpec(f)
        const half = Math.ceil(rows.length / 2)
        const middle = Array.from({ length: 1_200 }, (_, i) => f.layout.plain(i))
        const all = [...rows.slice(0, half), ...middle, ...rows.slice(half)]
        const bytes = fileOf({ ...f, leadRows: 0, rows: all })
        const grouped = importFile(bytes, { ...base, fastLane: false, chunkBytes: f.chunkBytes })
        if (!grouped.ok) return
        const { analysis, byteRows: _b, oneRowPerOrder: _o, ...expected } = grouped.value
        const from = Math.floor(bytes.length / 2)
        const cut = findCut(bytes.subarray(from), from)
        if (cut < 0 || cut >= bytes.length - 1) return
        const opts: PartsOptions = {
          ...base,
          kind: 'orders',
          mapping: analysis.mapping,
          encoding: analysis.encoding,
          bomLength: analysis.bomLength,
          delimiter: analysis.delimiter,
          headerRow: analysis.headerRow,
          fastLane: true,
          sliceBytes: f.chunkBytes,
        }
        const parts = importInParts(bytes, cut, opts)
        if (parts.split && !parts.restarted) merged++
        if (f.trouble !== 'none' && parts.split) expect(parts.restarted).toBe(true)
        expect(parts.result).toEqual({ ok: true, value: expected })
      }),
      { numRuns: Number(process.env.SR_RUNS ?? 100) },
    )
    // The lanes of both parts were merged in some files (not only handed back).
    expect(merged).toBeGreaterThan(5)
  }, 120_000)

  it('a repeat far into a file (slices later) reads the whole file again, with the grouper', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => ONE_ROW.plain(i).join(','))
    rows.push(ONE_ROW.plain(7).join(','))
    const bytes = new TextEncoder().encode(`${SUMMARY.header.join(',')}\n${rows.join('\n')}\n`)
    expect(bothWays(bytes, { ...base, chunkBytes: 64 << 10 })).toBe(false)
    const r = importFile(bytes, base)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    expect(r.value.columns?.length).toBe(30_000)
    expect(r.value.rowCount).toBe(30_001)
    // Without the repeat the lane holds and the orders are the same but for order 7's second row.
    const once = new TextEncoder().encode(
      `${SUMMARY.header.join(',')}\n${rows.slice(0, -1).join('\n')}\n`,
    )
    expect(bothWays(once, base)).toBe(true)
  }, 60_000)

  it('records (not columns) never take the lane', () => {
    const rows = Array.from({ length: 600 }, (_, i) => ONE_ROW.plain(i).join(','))
    const bytes = new TextEncoder().encode(`${SUMMARY.header.join(',')}\n${rows.join('\n')}\n`)
    const r = importFile(bytes, { ...base, output: 'records' })
    expect(r.ok && r.value.oneRowPerOrder).toBe(false)
  })
})

describe.skipIf(skipDatasets())('real exports: the lane ≡ the grouper', () => {
  it.each(ORDER_EXPORTS)('%s', (name, shopTimeZone, currency) => {
    const bytes = readDataset(name)
    for (const chunkBytes of [4096, 1 << 20])
      bothWays(bytes, { ...base, shopTimeZone, currency, chunkBytes })
  })

  it('the Tmall sample (one row per order), and its GB18030 copy, are read by the lane', () => {
    const bytes = readDataset('tmall-orders-sample.csv')
    expect(bothWays(bytes, base)).toBe(true)
    expect(bothWays(encodeGb18030(new TextDecoder().decode(bytes)), base)).toBe(true)
  })

  it('Shopify line items are handed back to the grouper', () => {
    const bytes = readDataset('shopify-orders-alphapaw.csv')
    expect(bothWays(bytes, { ...base, shopTimeZone: 'America/Los_Angeles', currency: 'USD' })).toBe(
      false,
    )
  })
})
