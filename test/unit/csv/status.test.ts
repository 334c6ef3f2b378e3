import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { mapStatus, normalizeStatus, type StatusInput } from '../../../src/shared/csv/status'
import { decodeBytes } from '../../../src/shared/csv/decode'
import { sniffDelimiter, splitSampleRows } from '../../../src/shared/csv/sniff'
import type { Minor } from '../../../src/shared/money'
import { readDataset, skipDatasets } from '../../support/datasets'

const base: StatusInput = {
  raw: '',
  refund: null,
  amountPaid: null,
  paid: null,
  shipped: null,
  cancelledAt: false,
}
const map = (raw: string, over: Partial<StatusInput> = {}): { status: string; known: boolean } =>
  mapStatus({ ...base, raw, ...over })
const m = (n: number): Minor => n as Minor

describe('normalizeStatus', () => {
  it('trims, lower-cases, folds full-width forms, drops punctuation and emoji, collapses spaces', () => {
    expect(normalizeStatus('  Shipped - Delivered to Buyer ')).toBe('shipped delivered to buyer')
    expect(normalizeStatus('partially_refunded')).toBe('partially refunded')
    expect(normalizeStatus('卖家已发货｜｜｜等待买家确认')).toBe('卖家已发货 等待买家确认')
    expect(normalizeStatus('买家已付款，等待卖家发货')).toBe('买家已付款 等待卖家发货')
    expect(normalizeStatus('✅ Order Confirmed')).toBe('order confirmed')
    expect(normalizeStatus('ＰＡＩＤ')).toBe('paid')
    expect(normalizeStatus('Nicht\u00a0versandt')).toBe('nicht versandt')
    expect(normalizeStatus('')).toBe('')
  })
})

describe('mapStatus: vocabulary', () => {
  it.each([
    // Chinese platforms
    ['交易成功', 'paid'],
    ['买家已付款，等待卖家发货', 'paid'],
    ['买家已付款,等待卖家发货', 'paid'],
    ['卖家已发货，等待买家确认', 'paid'],
    ['卖家已发货｜｜｜等待买家确认', 'paid'],
    ['已发货', 'paid'],
    ['已签收', 'paid'],
    ['已完成', 'paid'],
    ['待发货', 'paid'],
    ['待收货', 'paid'],
    ['已发货待签收', 'paid'],
    ['退款成功', 'returned'],
    ['退款中', 'returned'],
    ['退货', 'returned'],
    ['售后中', 'returned'],
    ['未发货，退款成功', 'returned'],
    ['已取消', 'cancelled'],
    ['等待买家付款', 'cancelled'],
    ['待付款', 'cancelled'],
    ['交易关闭', 'cancelled'],
    ['已关闭', 'cancelled'],
    ['待确认收货', 'paid'],
    ['运输中', 'paid'],
    ['交易失败', 'cancelled'],
    ['已拒收', 'returned'],
    ['wc-completed', 'paid'],
    ['wc-failed', 'cancelled'],
    ['TRADE_FINISHED', 'paid'],
    ['WAIT_SELLER_SEND_GOODS', 'paid'],
    ['WAIT_BUYER_PAY', 'cancelled'],
    ['TRADE_CLOSED_BY_TAOBAO', 'cancelled'],
    // English
    ['paid', 'paid'],
    ['partially_paid', 'paid'],
    ['authorized', 'paid'],
    ['fulfilled', 'paid'],
    ['shipped', 'paid'],
    ['delivered', 'paid'],
    ['completed', 'paid'],
    ['Shipped - Delivered to Buyer', 'paid'],
    ['Shipping', 'paid'],
    ['Pending - Waiting for Pick Up', 'paid'],
    ['Shipped - Returned to Seller', 'returned'],
    ['Shipped - Returning to Seller', 'returned'],
    ['Shipped - Rejected by Buyer', 'returned'],
    ['refunded', 'returned'],
    ['partially_refunded', 'returned'],
    ['Cancelled', 'cancelled'],
    ['canceled', 'cancelled'],
    ['voided', 'cancelled'],
    ['expired', 'cancelled'],
    ['pending', 'cancelled'],
    ['✅ Order Confirmed', 'paid'],
    ['⚠ Confirmation Pending', 'cancelled'],
    ['❌ Order Canceled', 'cancelled'],
    // German
    ['Versandt', 'paid'],
    ['Zugestellt', 'paid'],
    ['Nicht versandt', 'paid'],
    ['Bezahlt', 'paid'],
    ['Erstattet', 'returned'],
    ['Storniert', 'cancelled'],
  ])('%j → %s (known)', (raw, status) => {
    expect(map(raw)).toEqual({ status, known: true })
  })

  it('counts unknown words as paid and says so', () => {
    expect(map('Lorem ipsum')).toEqual({ status: 'paid', known: false })
    expect(map('🚚')).toEqual({ status: 'paid', known: false })
    expect(map('???')).toEqual({ status: 'paid', known: false })
  })
})

describe('mapStatus: signals', () => {
  it('a refund above zero makes any order returned', () => {
    for (const raw of [
      'paid',
      '交易成功',
      'Versandt',
      'pending',
      'Cancelled',
      '交易关闭',
      '',
      'whatever',
    ]) {
      expect(map(raw, { refund: m(5100) }).status, raw).toBe('returned')
    }
    expect(map('whatever', { refund: m(1) })).toEqual({ status: 'returned', known: false })
    expect(map('paid', { refund: m(0) }).status).toBe('paid')
  })

  it('交易关闭 is cancelled when unpaid and returned when it was paid (refunded)', () => {
    expect(map('交易关闭', { paid: false, refund: m(0), amountPaid: m(0) }).status).toBe(
      'cancelled',
    )
    expect(map('交易关闭', { paid: true, refund: m(0) }).status).toBe('returned')
    expect(map('交易关闭', { paid: null, refund: m(17880) }).status).toBe('returned')
    // No payment column and no refund column: the amount paid decides.
    expect(map('交易关闭', { amountPaid: m(9900) }).status).toBe('returned')
    expect(map('交易关闭', { amountPaid: m(0) }).status).toBe('cancelled')
    expect(map('交易关闭').status).toBe('cancelled')
  })

  it('awaiting payment is cancelled unless shipped (cash on delivery) or paid', () => {
    expect(map('pending', { shipped: false }).status).toBe('cancelled')
    expect(map('pending', { shipped: true }).status).toBe('paid') // Shopify COD: pending + fulfilled
    expect(map('pending', { paid: true }).status).toBe('paid')
    expect(map('等待买家付款', { shipped: true }).status).toBe('paid')
    expect(map('待付款', { paid: false, shipped: null }).status).toBe('cancelled')
  })

  it('a cancellation time cancels an unpaid order and returns a paid one', () => {
    expect(map('pending', { cancelledAt: true }).status).toBe('cancelled')
    expect(map('paid', { cancelledAt: true, paid: true, refund: m(0) }).status).toBe('returned')
    expect(map('refunded', { cancelledAt: true, paid: true, refund: m(2500) }).status).toBe(
      'returned',
    )
    expect(map('', { cancelledAt: true }).status).toBe('cancelled')
    expect(map('voided', { cancelledAt: true }).status).toBe('cancelled')
  })

  it('with no status column, the payment time decides', () => {
    expect(map('', { paid: true })).toEqual({ status: 'paid', known: true })
    expect(map('', { paid: false, refund: m(0), amountPaid: m(0) })).toEqual({
      status: 'cancelled',
      known: true,
    })
    expect(map('', { paid: false, shipped: true }).status).toBe('paid')
    expect(map('', { paid: null })).toEqual({ status: 'paid', known: true })
    expect(map('  ', { refund: m(100) })).toEqual({ status: 'returned', known: true })
  })

  it('always returns one of the three statuses and never throws (property)', () => {
    const minor = fc.option(fc.integer({ min: -1000, max: 100000 }).map(m), { nil: null })
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.constantFrom('交易关闭', 'pending', 'paid', 'Storniert', '退款成功'),
        ),
        minor,
        minor,
        fc.option(fc.boolean(), { nil: null }),
        fc.option(fc.boolean(), { nil: null }),
        fc.boolean(),
        (raw, refund, amountPaid, paid, shipped, cancelledAt) => {
          const r = mapStatus({ raw, refund, amountPaid, paid, shipped, cancelledAt })
          expect(['paid', 'returned', 'cancelled']).toContain(r.status)
          if (refund !== null && refund > 0) expect(r.status).toBe('returned')
        },
      ),
    )
  })
})

describe('mapStatus on real exports', () => {
  /** Rows of a dataset as objects keyed by trimmed header. */
  function table(file: string): Record<string, string>[] {
    const r = decodeBytes(readDataset(file))
    if (!r.ok) throw new Error(r.error.key)
    const rows = splitSampleRows(r.value.text, sniffDelimiter(r.value.text.slice(0, 8192)), 1e6)
    const header = (rows[0] as string[]).map((h) => h.trim())
    return rows
      .slice(1)
      .map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])))
  }

  it.skipIf(skipDatasets())('knows every status word of the Amazon, Temu and Shopify files', () => {
    const words = new Set<string>()
    for (const row of table('amazon-in-sale-report-sample.csv')) words.add(row.Status ?? '')
    for (const row of table('temu-orders-de.csv')) words.add(row.Bestellstatus ?? '')
    for (const row of table('shopify-orders-alphapaw.csv')) words.add(row['Financial Status'] ?? '')
    words.delete('')
    expect(words.size).toBeGreaterThan(10)
    for (const w of words) expect(map(w).known, w).toBe(true)
  })

  it.skipIf(skipDatasets())('maps the Amazon statuses as the definitions say', () => {
    const counts: Record<string, number> = { paid: 0, returned: 0, cancelled: 0 }
    for (const row of table('amazon-in-sale-report-sample.csv'))
      counts[map(row.Status ?? '').status]! += 1
    // 108 Cancelled; 4 Returned to Seller + 1 Rejected by Buyer; the rest shipped.
    expect(counts).toEqual({ paid: 683, returned: 5, cancelled: 108 })
  })

  it.skipIf(skipDatasets())(
    'maps Shopify orders by financial status, refund, payment time and fulfilment',
    () => {
      const counts: Record<string, number> = { paid: 0, returned: 0, cancelled: 0 }
      for (const row of table('shopify-orders-alphapaw.csv')) {
        const status = row['Financial Status'] ?? ''
        if (status === '') continue // a continuation line of the same order
        const refund = Math.round(Number(row['Refunded Amount'] || 0) * 100) as Minor
        const r = mapStatus({
          raw: status,
          refund,
          amountPaid: Math.round(Number(row.Total || 0) * 100) as Minor,
          paid: (row['Paid at'] ?? '') !== '',
          shipped:
            row['Fulfillment Status'] === 'fulfilled'
              ? true
              : row['Fulfillment Status']
                ? false
                : null,
          cancelledAt: (row['Cancelled at'] ?? '') !== '',
        })
        counts[r.status]! += 1
      }
      // 146 refunded orders + 4 paid-then-cancelled without a refund; the one pending order is unfulfilled.
      expect(counts).toEqual({ paid: 3374, returned: 150, cancelled: 1 })
    },
  )
})
