import { describe, expect, it } from 'vitest'
import { StreamDecoder } from '../../../src/shared/csv/decode'
import {
  canImportInParts,
  findCut,
  importInParts,
  MIN_PARTS_BYTES,
  type PartsOptions,
} from '../../../src/shared/csv/parts'
import { analyseSample, createImporter, type ImportResult } from '../../../src/shared/csv/pipeline'
import type { Result } from '../../../src/shared/result'
import { ORDER_EXPORTS, readDataset, skipDatasets } from '../../support/datasets'
import { encodeGb18030 } from '../../support/gb18030'

/**
 * The two-worker import (parts.ts) must give exactly what one importer gives over the whole file:
 * for every orders export in shared/datasets (and copies with their rows repeated, so that orders
 * appear on both sides of the cut), cut at several places, with and without the columnar output;
 * and when the cut falls inside a quoted cell, the first part must notice and read on alone.
 */

/** Options for a file, as the app derives them from its sample. */
function optionsFor(bytes: Uint8Array, tz: string, currency: string): PartsOptions {
  const a = analyseSample(bytes.subarray(0, 4 << 20), { complete: bytes.length <= 4 << 20 })
  if (!a.ok) throw new Error(JSON.stringify(a.error))
  const s = a.value
  return {
    kind: 'orders',
    mapping: s.mapping,
    shopTimeZone: tz,
    currency,
    encoding: s.encoding,
    bomLength: s.bomLength,
    delimiter: s.delimiter,
    headerRow: s.headerRow,
    sliceBytes: 4093, // odd slices: records and characters cut across slices
  }
}

/** One importer over the whole file. */
function onePart(bytes: Uint8Array, opts: PartsOptions): Result<ImportResult> {
  const importer = createImporter(opts)
  const decoder = new StreamDecoder(opts.encoding, opts.bomLength)
  for (let at = 0; at < bytes.length; at += 1 << 16)
    importer.push(decoder.decode(bytes.subarray(at, at + (1 << 16))))
  importer.push(decoder.end())
  return importer.finish()
}

/** The file with its data rows repeated `times` (header once): orders recur across the cut. */
function repeated(bytes: Uint8Array, times: number): Uint8Array {
  const text = new TextDecoder().decode(bytes)
  const nl = text.indexOf('\n') + 1
  const body = text.slice(nl).endsWith('\n') ? text.slice(nl) : `${text.slice(nl)}\n`
  return new TextEncoder().encode(text.slice(0, nl) + body.repeat(times))
}

/** Cuts at the first line feed after each fraction of the file. */
function cutsOf(bytes: Uint8Array): number[] {
  return [0.2, 0.5, 0.8]
    .map((f) => Math.floor(bytes.length * f))
    .map((from) => findCut(bytes.subarray(from), from))
    .filter((c) => c > 0 && c < bytes.length - 1)
}

describe.skipIf(skipDatasets())('importing one file in two parts (real exports)', () => {
  let splits = 0

  it.each(ORDER_EXPORTS)(
    '%s: two parts give exactly the one-part result, cut anywhere',
    (name, tz, cur) => {
      const original = readDataset(name)
      for (const bytes of [original, repeated(original, 3)]) {
        const base = optionsFor(bytes, tz, cur)
        // Records (the kpi command's path) on the original; columns (the app's) on both.
        for (const output of bytes === original
          ? (['columns', 'records'] as const)
          : ['columns' as const]) {
          const opts: PartsOptions = { ...base, output }
          const expected = onePart(bytes, opts)
          for (const cut of cutsOf(bytes)) {
            const { result, split } = importInParts(bytes, cut, opts)
            if (split) splits++
            expect(result).toEqual(expected)
          }
        }
      }
    },
    30_000,
  )

  it('the GB18030 copy of the Tmall sample splits and gives the same result as one part', () => {
    const utf8 = repeated(readDataset('tmall-orders-sample.csv'), 2)
    const gbk = encodeGb18030(new TextDecoder().decode(utf8))
    const opts = { ...optionsFor(gbk, 'Asia/Shanghai', 'CNY'), output: 'columns' as const }
    expect(opts.encoding).toBe('gb18030')
    const expected = onePart(gbk, opts)
    expect(expected.ok).toBe(true)
    for (const cut of cutsOf(gbk)) {
      const { result, split } = importInParts(gbk, cut, opts)
      expect(split).toBe(true)
      expect(result).toEqual(expected)
    }
  })

  it('most cuts were merged (the test exercises the split, not only the fallback)', () => {
    expect(splits).toBeGreaterThan(30)
  })

  let laneSplits = 0
  it.each(ORDER_EXPORTS)(
    '%s: two one-row lanes give the grouper result, or read the file again',
    (name, tz, cur) => {
      const original = readDataset(name)
      for (const bytes of [original, repeated(original, 2)]) {
        const opts: PartsOptions = { ...optionsFor(bytes, tz, cur), output: 'columns' }
        const expected = onePart(bytes, opts)
        for (const cut of cutsOf(bytes)) {
          const { result, split, restarted } = importInParts(bytes, cut, {
            ...opts,
            fastLane: true,
          })
          if (split && !restarted) laneSplits++
          // Repeated rows: every order is on both sides of the cut (files with an amount column
          // take the lane; the others are grouped from the start).
          const lane = opts.mapping.fields.amountPaid !== undefined
          if (bytes !== original && expected.ok) expect(restarted).toBe(lane)
          expect(result).toEqual(expected)
        }
      }
    },
    30_000,
  )

  it('one-row exports were merged by the lanes (Tmall: every cut)', () => {
    expect(laneSplits).toBeGreaterThanOrEqual(3)
  })
})

describe('importing one file in two parts (made-up files)', () => {
  const header = '订单编号,订单创建时间,买家实际支付金额,订单状态,买家会员名,备注\n'
  const row = (i: number, note: string) =>
    `${1000 + (i % 700)},2024-11-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00,${(i % 97) + 1}.50,交易成功,buyer${i % 50},${note}\n`
  const opts = (bytes: Uint8Array): PartsOptions => {
    const a = analyseSample(bytes, { complete: true })
    if (!a.ok) throw new Error(JSON.stringify(a.error))
    return {
      kind: 'orders',
      mapping: a.value.mapping,
      shopTimeZone: 'Asia/Shanghai',
      currency: 'CNY',
      encoding: a.value.encoding,
      bomLength: a.value.bomLength,
      delimiter: a.value.delimiter,
      headerRow: a.value.headerRow,
      output: 'columns',
      sliceBytes: 1000,
    }
  }

  it('a cut inside a quoted cell is not confirmed: the first part reads on, same result', () => {
    let text = header
    for (let i = 0; i < 2000; i++) text += row(i, i === 1500 ? '"two\nlines"' : 'ok')
    const bytes = new TextEncoder().encode(text)
    const byteAt = (i: number) => new TextEncoder().encode(text.slice(0, i)).length
    const inside = byteAt(text.indexOf('"two\n') + 4)
    expect(bytes[inside]).toBe(0x0a)
    const o = opts(bytes)
    const { result, split } = importInParts(bytes, inside, o)
    expect(split).toBe(false)
    expect(result).toEqual(onePart(bytes, o))
    // Cut just after that record: confirmed, and the line numbers after it still count both lines.
    const after = byteAt(text.indexOf('\n', text.indexOf('"two\n') + 5))
    const parts = importInParts(bytes, after, o)
    expect(parts.split).toBe(true)
    expect(parts.result).toEqual(onePart(bytes, o))
  })

  it('rejected rows in the second part keep their line numbers in the file', () => {
    let text = header
    for (let i = 0; i < 1200; i++)
      text +=
        i === 1000
          ? '9999,not a date,1.00,交易成功,x,y\n'
          : i === 1100
            ? '8888,2024-11-02 10:00:00,,交易成功,x,no amount\n' // rejected when grouped
            : row(i, 'ok')
    const bytes = new TextEncoder().encode(text)
    const o = opts(bytes)
    const cut = findCut(bytes.subarray(bytes.length >> 1), bytes.length >> 1)
    const { result, split } = importInParts(bytes, cut, o)
    expect(split).toBe(true)
    expect(result).toEqual(onePart(bytes, o))
    if (!result.ok) throw new Error('expected ok')
    // The header is line 1: row i is on line i + 2.
    expect(result.value.errors.map((e) => [e.line, e.key])).toEqual([
      [1002, 'parse.errors.date'],
      [1102, 'importer.errors.missingAmount'],
    ])
  })

  it('too few rows before the cut to fix the formats: no split, same result', () => {
    let text = header
    for (let i = 0; i < 600; i++) text += row(i, 'ok')
    const bytes = new TextEncoder().encode(text)
    const o = opts(bytes)
    const cut = findCut(bytes.subarray(bytes.length >> 2), bytes.length >> 2) // ~150 rows in
    const { result, split } = importInParts(bytes, cut, o)
    expect(split).toBe(false)
    expect(result).toEqual(onePart(bytes, o))
  })

  it('decides which files are split and where the cut is', () => {
    expect(canImportInParts('orders', 'utf-8', MIN_PARTS_BYTES, 4)).toBe(true)
    expect(canImportInParts('orders', 'gb18030', MIN_PARTS_BYTES, 8)).toBe(true)
    expect(canImportInParts('orders', 'utf-16le', MIN_PARTS_BYTES, 4)).toBe(false)
    expect(canImportInParts('orders', 'utf-8', MIN_PARTS_BYTES - 1, 4)).toBe(false)
    expect(canImportInParts('traffic', 'utf-8', MIN_PARTS_BYTES, 4)).toBe(false)
    expect(canImportInParts('orders', 'utf-8', MIN_PARTS_BYTES, 2)).toBe(false)
    expect(findCut(new TextEncoder().encode('abc\ndef'), 100)).toBe(103)
    expect(findCut(new TextEncoder().encode('abc'), 100)).toBe(-1)
  })
})
