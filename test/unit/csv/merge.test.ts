import { describe, expect, it } from 'vitest'
import type {
  InventoryRecord,
  OrderRecord,
  ProductRecord,
  SpendRecord,
  TrafficRecord,
} from '../../../src/shared/analytics/model'
import {
  combineWithinFile,
  fingerprint,
  mergeImports,
  mergeRecords,
  orderFingerprint,
  recordKey,
} from '../../../src/shared/csv/merge'
import { isoDate, type IsoDate } from '../../../src/shared/dates'
import type { Minor } from '../../../src/shared/money'

const d = (s: string): IsoDate => isoDate(s)
const m = (n: number): Minor => n as Minor

function order(id: string, over: Partial<OrderRecord> = {}): OrderRecord {
  return {
    orderId: id,
    date: d('2024-03-01'),
    amountPaid: m(1000),
    refund: m(0),
    status: 'paid',
    statusRaw: 'paid',
    customerId: 'c1',
    channel: 'web',
    currency: 'USD',
    lines: [{ sku: 'A', name: 'Apple', quantity: 1, unitPrice: m(1000) }],
    ...over,
  }
}

/** The stored state after writing records: key → fingerprint. */
function store(records: OrderRecord[], into = new Map<string, string>()): Map<string, string> {
  for (const r of records) into.set(r.orderId, orderFingerprint(r))
  return into
}

describe('mergeImports (bad-inputs #37)', () => {
  const janMar = [order('#1048'), order('#1049'), order('#1050')]

  it('a first import is all new', () => {
    const r = mergeImports(new Map(), janMar)
    expect(r.counts).toEqual({ new: 3, updated: 0, duplicate: 0 })
    expect(r.toWrite).toEqual(janMar)
  })

  it('re-importing the same export adds nothing', () => {
    const r = mergeImports(
      store(janMar),
      janMar.map((o) => structuredClone(o)),
    )
    expect(r.counts).toEqual({ new: 0, updated: 0, duplicate: 3 })
    expect(r.toWrite).toEqual([])
  })

  it('overlapping exports merge by order ID; a changed order is updated (newest import wins)', () => {
    const marMay = [
      order('#1050', { refund: m(500), status: 'returned', statusRaw: 'partially_refunded' }),
      order('#1051'),
      order('#1052'),
    ]
    const r = mergeImports(store(janMar), marMay)
    expect(r.counts).toEqual({ new: 2, updated: 1, duplicate: 0 })
    expect(r.toWrite.map((o) => o.orderId)).toEqual(['#1050', '#1051', '#1052'])
    expect(r.toWrite[0]?.refund).toBe(500)
  })

  it('keys on the order, not order + SKU: the same SKU twice in one order is content, and its removal is a change', () => {
    const twice = order('#7', {
      lines: [
        { sku: 'A', name: 'Apple', quantity: 1, unitPrice: m(500) },
        { sku: 'A', name: 'Apple', quantity: 1, unitPrice: m(500) },
      ],
    })
    const once = order('#7', {
      lines: [{ sku: 'A', name: 'Apple', quantity: 1, unitPrice: m(500) }],
    })
    expect(orderFingerprint(twice)).not.toBe(orderFingerprint(once))
    expect(mergeImports(store([twice]), [once]).counts).toEqual({
      new: 0,
      updated: 1,
      duplicate: 0,
    })
    expect(mergeImports(new Map(), [twice]).toWrite[0]?.lines).toHaveLength(2)
  })

  it('line order is part of the content', () => {
    const ab = order('#8', {
      lines: [
        { sku: 'A', name: null, quantity: 1, unitPrice: null },
        { sku: 'B', name: null, quantity: 2, unitPrice: null },
      ],
    })
    const ba = order('#8', {
      lines: [
        { sku: 'B', name: null, quantity: 2, unitPrice: null },
        { sku: 'A', name: null, quantity: 1, unitPrice: null },
      ],
    })
    expect(orderFingerprint(ab)).not.toBe(orderFingerprint(ba))
  })

  it('within one batch the later record with the same ID wins', () => {
    const r = mergeImports(new Map(), [
      order('#1', { amountPaid: m(1) }),
      order('#2'),
      order('#1', { amountPaid: m(2) }),
    ])
    expect(r.counts).toEqual({ new: 2, updated: 0, duplicate: 0 })
    expect(r.toWrite.map((o) => [o.orderId, o.amountPaid])).toEqual([
      ['#2', 1000],
      ['#1', 2],
    ])
  })

  it('fingerprints see every field the KPIs read', () => {
    const base = order('#9')
    const variants: Partial<OrderRecord>[] = [
      { date: d('2024-03-02') },
      { amountPaid: m(999) },
      { refund: m(1) },
      { status: 'cancelled' },
      { statusRaw: 'Paid' },
      { customerId: null },
      { channel: 'pos' },
      { currency: 'EUR' },
      { lines: [{ sku: 'A', name: 'Apple', quantity: 2, unitPrice: m(1000) }] },
    ]
    for (const v of variants)
      expect(orderFingerprint({ ...base, ...v }), JSON.stringify(v)).not.toBe(
        orderFingerprint(base),
      )
  })
})

describe('other kinds', () => {
  it('keys: traffic and spend by (date, channel), inventory by (date, SKU), products by SKU', () => {
    const t: TrafficRecord = { date: d('2024-03-01'), channel: null, visitors: 10 }
    expect(recordKey('traffic', t)).not.toBe(recordKey('traffic', { ...t, channel: '淘宝' }))
    expect(recordKey('traffic', t)).toBe(recordKey('traffic', { ...t, visitors: 99 }))
    const i: InventoryRecord = { date: d('2024-03-01'), sku: 'A', onHand: 3, unitCost: null }
    expect(recordKey('inventory', i)).not.toBe(
      recordKey('inventory', { ...i, date: d('2024-03-02') }),
    )
    const p: ProductRecord = { sku: 'A', name: 'Apple', unitCost: m(300) }
    expect(recordKey('products', p)).toBe('A')
  })

  it('re-importing a spend file adds nothing; a corrected day is updated', () => {
    const spend: SpendRecord[] = [
      { date: d('2024-03-01'), channel: '直通车', spend: m(30000) },
      { date: d('2024-03-02'), channel: '直通车', spend: m(25000) },
    ]
    const stored = new Map(spend.map((s) => [recordKey('spend', s), fingerprint('spend', s)]))
    expect(mergeRecords('spend', stored, spend).counts).toEqual({
      new: 0,
      updated: 0,
      duplicate: 2,
    })
    const fixed = [
      { ...spend[1]!, spend: m(26000) },
      { date: d('2024-03-03'), channel: '直通车', spend: m(1) },
    ]
    const r = mergeRecords('spend', stored, fixed)
    expect(r.counts).toEqual({ new: 1, updated: 1, duplicate: 0 })
  })

  it('products by SKU: a new cost replaces the old one', () => {
    const stored = new Map([
      ['A', fingerprint('products', { sku: 'A', name: 'Apple', unitCost: m(300) })],
    ])
    const r = mergeRecords('products', stored, [{ sku: 'A', name: 'Apple', unitCost: m(320) }])
    expect(r.counts).toEqual({ new: 0, updated: 1, duplicate: 0 })
  })
})

describe('combineWithinFile', () => {
  it('adds traffic and spend rows of the same day and channel (campaign breakdowns)', () => {
    const r = combineWithinFile('spend', [
      { date: d('2024-03-01'), channel: 'A', spend: m(100) },
      { date: d('2024-03-01'), channel: 'A', spend: m(50) },
      { date: d('2024-03-01'), channel: 'B', spend: m(7) },
    ])
    expect(r.combined).toBe(1)
    expect(r.records).toEqual([
      { date: '2024-03-01', channel: 'A', spend: 150 },
      { date: '2024-03-01', channel: 'B', spend: 7 },
    ])
    const t = combineWithinFile('traffic', [
      { date: d('2024-03-01'), channel: null, visitors: 3 },
      { date: d('2024-03-01'), channel: null, visitors: 4 },
    ])
    expect(t.records).toEqual([{ date: '2024-03-01', channel: null, visitors: 7 }])
  })

  it('adds inventory of one SKU over locations, keeping the first known cost', () => {
    const r = combineWithinFile('inventory', [
      { date: d('2024-03-01'), sku: 'A', onHand: 5, unitCost: null },
      { date: d('2024-03-01'), sku: 'A', onHand: -1, unitCost: m(200) },
    ])
    expect(r.records).toEqual([{ date: '2024-03-01', sku: 'A', onHand: 4, unitCost: 200 }])
  })

  it('keeps the first product row of a SKU and does not mutate its input', () => {
    const input: ProductRecord[] = [
      { sku: 'A', name: 'first', unitCost: m(1) },
      { sku: 'A', name: 'second', unitCost: m(2) },
    ]
    const r = combineWithinFile('products', input)
    expect(r.records).toEqual([{ sku: 'A', name: 'first', unitCost: 1 }])
    expect(input[0]?.unitCost).toBe(1)
  })
})
