import { describe, expect, it } from 'vitest'
import { generateSampleData } from '../../../src/shared/analytics/sample'
import { sampleImports } from '../../../src/shared/analytics/sample-imports'
import { CHUNK_SIZE } from '../../../src/shared/analytics/stored'
import { isoDate } from '../../../src/shared/dates'

const request = {
  endDate: isoDate('2026-12-08'),
  currency: 'CNY',
  fileName: '示例数据（模拟生成）',
  createdAt: '2026-12-08T00:00:00.000Z',
}

describe('sampleImports (what “Load sample data” stores)', () => {
  it('is one import per kind, each flagged sample, holding every generated record', () => {
    const parts = sampleImports(request)
    const ds = generateSampleData({ seed: 20261125, endDate: request.endDate, currency: 'CNY' })
    expect(parts.map((p) => p.row.kind)).toEqual([
      'orders',
      'traffic',
      'spend',
      'inventory',
      'products',
    ])
    for (const { row, chunks } of parts) {
      expect(row).toMatchObject({
        id: `sample-${row.kind}`,
        sample: true,
        fileName: request.fileName,
        createdAt: request.createdAt,
        currency: 'CNY',
        dateTo: '2026-12-08',
      })
      expect(chunks.every((c) => c.importId === row.id && c.kind === row.kind)).toBe(true)
      expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i))
    }
    const orders = parts[0]!
    expect(orders.row.rowCount).toBe(ds.orders.length)
    expect(orders.row.counts).toEqual({
      new: ds.orders.length,
      updated: 0,
      duplicate: 0,
      rejected: 0,
    })
    expect(orders.chunks.map((c) => c.orders?.length)).toEqual(
      orders.chunks.map((_, i) => Math.min(CHUNK_SIZE, ds.orders.length - i * CHUNK_SIZE)),
    )
    expect(orders.chunks.flatMap((c) => c.orders?.orderId ?? [])).toEqual(
      ds.orders.map((o) => o.orderId),
    )
    expect(orders.row.dateFrom).toBe(ds.orders.map((o) => o.date).sort()[0])
    expect(parts[1]!.chunks[0]?.rows).toEqual(ds.traffic)
  })

  it('is the same every time for the same day and currency (deterministic)', () => {
    const [a, b] = [sampleImports(request), sampleImports(request)]
    expect(a.map((p) => p.row)).toEqual(b.map((p) => p.row))
    const amounts = (parts: typeof a) =>
      parts[0]!.chunks.flatMap((c) => Array.from(c.orders?.amountPaid ?? [])).join(',')
    expect(amounts(a)).toBe(amounts(b))
    expect(a[1]!.chunks[0]?.rows).toEqual(b[1]!.chunks[0]?.rows)
  })
})
