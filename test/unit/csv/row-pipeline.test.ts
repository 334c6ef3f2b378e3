import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyOrderRow, type OrderRow } from '../../../src/shared/csv/convert'
import { StreamDecoder } from '../../../src/shared/csv/decode'
import {
  analyseSample,
  createImporter,
  createRowGrouper,
  type ImporterOptions,
  type ImportResult,
} from '../../../src/shared/csv/pipeline'
import {
  readRow,
  RowBatchWriter,
  rowBatchTransfer,
  type RowBatch,
} from '../../../src/shared/csv/row-batch'
import type { Result } from '../../../src/shared/result'
import { readDataset, skipDatasets } from '../../support/datasets'
import { rowArb, toRow } from './support/order-rows'

/**
 * The pipelined orders import: one worker converts and hands its rows over in batches, another
 * groups them. Rows must survive a batch (and postMessage) exactly, and the grouping half must give
 * what one importer gives, for every orders export in shared/datasets.
 */

const posted = (b: RowBatch): RowBatch => structuredClone(b, { transfer: rowBatchTransfer(b) })

describe('row batches', () => {
  it('every field of every row survives a batch and postMessage', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        (raw, cap) => {
          const rows: OrderRow[] = raw.map((r, i) => ({
            ...toRow(r, i + 2, true),
            lineId: i % 3 === 0 ? null : `L${i}`,
            orderTotal: i % 4 === 0 ? null : i * 100,
            lineTotal: i % 5 === 0 ? 12.5 : null,
            shipping: i % 2 === 0 ? 0 : null,
            discount: i % 6 === 0 ? -300 : null,
            shipped: i % 3 === 0 ? null : i % 2 === 0,
          }))
          const writer = new RowBatchWriter(cap)
          const batches: RowBatch[] = []
          for (const row of rows) {
            writer.add(row)
            if (writer.size === cap) batches.push(posted(writer.take()))
          }
          if (writer.size > 0) batches.push(posted(writer.take()))
          const back: OrderRow[] = []
          for (const b of batches)
            for (let k = 0; k < b.n; k++) {
              const out = emptyOrderRow()
              readRow(b, k, out)
              back.push(out)
            }
          expect(back).toEqual(rows)
        },
      ),
      { numRuns: 200 },
    )
  })
})

const FILES: [string, string, string][] = [
  ['tmall-orders-sample.csv', 'Asia/Shanghai', 'CNY'],
  ['shopify-orders-alphapaw.csv', 'America/Los_Angeles', 'USD'],
  ['shopify-orders-signal-analytics.csv', 'Asia/Karachi', 'PKR'],
  ['online-retail-sample.csv', 'Europe/London', 'GBP'],
  ['amazon-in-sale-report-sample.csv', 'Asia/Kolkata', 'INR'],
  ['temu-orders-de.csv', 'Europe/Berlin', 'EUR'],
]

function optionsFor(
  bytes: Uint8Array,
  tz: string,
  currency: string,
): ImporterOptions & { bomLength: number } {
  const a = analyseSample(bytes.subarray(0, 4 << 20), { complete: bytes.length <= 4 << 20 })
  if (!a.ok) throw new Error(JSON.stringify(a.error))
  return {
    kind: 'orders',
    mapping: a.value.mapping,
    shopTimeZone: tz,
    currency,
    encoding: a.value.encoding,
    bomLength: a.value.bomLength,
    delimiter: a.value.delimiter,
    headerRow: a.value.headerRow,
  }
}

function run(
  bytes: Uint8Array,
  opts: ImporterOptions & { bomLength: number },
  pipelined: boolean,
): Result<ImportResult> {
  const batches: RowBatch[] = []
  const importer = createImporter(
    pipelined ? { ...opts, onRows: (b) => batches.push(posted(b)) } : opts,
  )
  const decoder = new StreamDecoder(opts.encoding ?? 'utf-8', opts.bomLength)
  for (let at = 0; at < bytes.length; at += 4093)
    importer.push(decoder.decode(bytes.subarray(at, at + 4093)))
  importer.push(decoder.end())
  if (!pipelined) return importer.finish()
  const end = importer.finishRows()
  if (!end.ok) return end
  const grouper = createRowGrouper(opts.output)
  for (const b of batches) grouper.add(b, end.value.group)
  return grouper.finish(structuredClone(end.value))
}

describe.skipIf(skipDatasets())('pipelined import (real exports)', () => {
  it.each(FILES)(
    '%s: converting in one place and grouping in another gives the same result',
    (name, tz, cur) => {
      const bytes = readDataset(name)
      for (const output of ['columns', 'records'] as const) {
        const opts = { ...optionsFor(bytes, tz, cur), output }
        const expected = run(bytes, opts, false)
        expect(run(bytes, opts, true)).toEqual(expected)
      }
    },
  )
})

describe('pipelined import (made-up files)', () => {
  it('rejected rows, an order rejected by a bad row and an empty file behave as in one importer', () => {
    const header = '订单编号,订单创建时间,买家实际支付金额,订单状态,买家会员名\n'
    let text = header
    for (let i = 0; i < 40_000; i++)
      text +=
        i === 30_000
          ? '1005,not a date,1.00,交易成功,x\n'
          : `${1000 + (i % 9000)},2024-11-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00,${(i % 97) + 1}.50,${i % 11 === 0 ? '交易关闭' : '交易成功'},buyer${i % 50}\n`
    const bytes = new TextEncoder().encode(text)
    const opts = { ...optionsFor(bytes, 'Asia/Shanghai', 'CNY'), output: 'columns' as const }
    const expected = run(bytes, opts, false)
    expect(expected.ok && expected.value.errorCount).toBeGreaterThan(0)
    expect(run(bytes, opts, true)).toEqual(expected)
    const empty = new TextEncoder().encode(header)
    expect(run(empty, opts, true)).toEqual(run(empty, opts, false))
  })
})
