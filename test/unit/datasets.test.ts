import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildOrderColumns } from '../../src/shared/analytics/columns'
import type { InventoryRecord, OrderRecord } from '../../src/shared/analytics/model'
import {
  importFile,
  ordersOf,
  type ImportFileOptions,
  type ImportFileResult,
} from '../../src/shared/csv/pipeline'
import { analyseSample, type SampleAnalysis } from '../../src/shared/csv/pipeline'
import { isoDate } from '../../src/shared/dates'
import type { Result } from '../../src/shared/result'
import { ORDER_EXPORTS, requireDatasets, skipDatasets } from '../support/datasets'
import { encodeGb18030 } from '../support/gb18030'

/**
 * The importer against every real export in shared/datasets (see its SOURCES.md). Expected
 * figures are computed here from the raw files with a deliberately naive reference (a few-line CSV
 * split, string-to-cents, the KPI definitions' status rules written out by hand) and compared with
 * what the pipeline produced. Skipped with a warning when the folder is missing; fails under CI.
 */

const FILES = [
  'amazon-in-sale-report-sample.csv',
  'online-retail-sample.csv',
  'shopify-inventory-nsls-cogs-dashboard.csv',
  'shopify-orders-alphapaw.csv',
  'shopify-orders-signal-analytics.csv',
  'taobao-assistant-products-utf16le.csv',
  'temu-orders-de.csv',
  'tmall-orders-sample.csv',
]

// ---------------------------------------------------------------------------------------------
// Reference helpers: independent of src/shared/csv on purpose.
// ---------------------------------------------------------------------------------------------

/** RFC 4180 split: quotes, doubled quotes, line breaks inside quotes; CRLF or LF record ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c !== '"') cell += c
      else if (text[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n') {
      row.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/** The rows of a dataset as objects keyed by trimmed header (BOM dropped). */
function table(name: string): Record<string, string>[] {
  const text = readFileSync(join(requireDatasets(), name), 'utf8').replace(/^\ufeff/, '')
  const [header, ...rows] = parseCsv(text)
  const keys = (header as string[]).map((h) => h.trim())
  return rows
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i] ?? ''])))
}

/** '178.8' → 17880, '15,00€' → 1500, '-3,43€' → -343, '' → 0 (two minor digits). */
function cents(raw: string): number {
  let s = raw.replace(/[€\t\s]/g, '')
  if (s === '') return 0
  if (/,\d{1,2}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.')
  const neg = s.startsWith('-')
  const [int = '0', frac = ''] = s.replace('-', '').split('.')
  const v = Number(int) * 100 + Number((frac + '00').slice(0, 2))
  return neg ? -v : v
}

const bytesOf = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(requireDatasets(), name)))

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

function analyse(name: string): SampleAnalysis {
  return ok(analyseSample(bytesOf(name)))
}

function run(name: string, opts: ImportFileOptions): ImportFileResult {
  return ok(importFile(bytesOf(name), opts))
}

/** The column names a mapping chose, per field. */
function chosen(a: SampleAnalysis): Record<string, string> {
  return Object.fromEntries(
    Object.entries(a.mapping.fields).map(([f, i]) => [f, a.headers[i as number] as string]),
  )
}

/** Figures the KPIs start from. */
interface Sums {
  valid: number
  gross: number
  refunds: number
  returned: number
  customers: number
}

function sumsOf(orders: readonly OrderRecord[]): Sums {
  const valid = orders.filter((o) => o.status !== 'cancelled')
  return {
    valid: valid.length,
    gross: valid.reduce((s, o) => s + o.amountPaid, 0),
    refunds: valid.reduce((s, o) => s + o.refund, 0),
    returned: valid.filter((o) => o.status === 'returned').length,
    customers: new Set(valid.map((o) => o.customerId).filter((c) => c !== null)).size,
  }
}

/** Rows grouped by a column, in first-seen order. */
function groupBy(
  rows: Record<string, string>[],
  key: string,
): Map<string, Record<string, string>[]> {
  const out = new Map<string, Record<string, string>[]>()
  for (const r of rows) {
    const k = r[key] as string
    out.set(k, [...(out.get(k) ?? []), r])
  }
  return out
}

describe.skipIf(skipDatasets())('real exports in shared/datasets', () => {
  it('covers every file in the folder', () => {
    const present = readdirSync(requireDatasets())
      .filter((f) => f.endsWith('.csv'))
      .sort()
    expect(present).toEqual(FILES)
  })

  it.each(ORDER_EXPORTS)(
    "%s: the app's columnar import gives exactly the record path's orders",
    (name, tz, cur) => {
      const opts: ImportFileOptions = { shopTimeZone: tz, currency: cur }
      const viaRecords = run(name, opts)
      const viaColumns = run(name, { ...opts, output: 'columns' })
      expect(viaColumns.records).toEqual([])
      expect(viaColumns.columns).toEqual(buildOrderColumns(ordersOf(viaRecords)))
      expect(viaColumns.dateRange).toEqual(viaRecords.dateRange)
      expect(viaColumns.errors).toEqual(viaRecords.errors)
      expect(viaColumns.warnings).toEqual(viaRecords.warnings)
    },
  )

  describe('tmall-orders-sample.csv (Tmall, CNY, trailing-space headers)', () => {
    const opts: ImportFileOptions = { shopTimeZone: 'Asia/Shanghai', currency: 'CNY' }

    it('guesses orders and maps the trailing-space headers', () => {
      const a = analyse('tmall-orders-sample.csv')
      expect(a).toMatchObject({
        encoding: 'utf-8',
        delimiter: ',',
        headerRow: 0,
        mojibake: false,
        missing: [],
      })
      expect(a.guess.kind).toBe('orders')
      expect(chosen(a)).toEqual({
        orderId: '订单编号',
        orderTotal: '总金额',
        amountPaid: '买家实际支付金额',
        createdAt: '订单创建时间',
        paidAt: '订单付款时间', // `订单付款时间 ` in the file: headers are shown trimmed
        refund: '退款金额',
      })
      expect(
        readFileSync(join(requireDatasets(), 'tmall-orders-sample.csv'), 'utf8').split('\n')[0],
      ).toContain('订单付款时间 ,')
      // 总金额 = 买家实际支付金额 + 退款金额 on refunded rows: the amount column is net of refunds.
      expect(a.mapping.refundDeducted).toBe(true)
    })

    it('28,010 orders; valid orders, gross, refunds and returns match a reference calculation', () => {
      const rows = table('tmall-orders-sample.csv')
      const r = run('tmall-orders-sample.csv', opts)
      expect(r.rowCount).toBe(28_010)
      expect(r.records).toHaveLength(28_010)
      expect(r.errorCount).toBe(0)
      // Reference: paid = a payment time; amount paid before refunds = 实付 + 退款 (= 总金额).
      const paid = rows.filter((x) => (x['订单付款时间'] as string).trim() !== '')
      const expected: Sums = {
        valid: paid.length,
        gross: paid.reduce(
          (s, x) => s + cents(x['买家实际支付金额'] as string) + cents(x['退款金额'] as string),
          0,
        ),
        refunds: paid.reduce((s, x) => s + cents(x['退款金额'] as string), 0),
        returned: paid.filter((x) => cents(x['退款金额'] as string) > 0).length,
        customers: 0,
      }
      expect(expected).toMatchObject({ valid: 24_087, returned: 5_646 })
      expect(sumsOf(ordersOf(r))).toEqual(expected)
      expect(r.dateRange).toEqual({ from: '2020-02-01', to: '2020-02-29' })
      const dates = new Map(
        rows.map((x) => [x['订单编号'], (x['订单创建时间'] as string).slice(0, 10)]),
      )
      expect(ordersOf(r).every((o) => dates.get(o.orderId) === o.date)).toBe(true)
    })

    it('a GB18030 copy made here (derived test data, as Chinese Excel would save it) gives exactly the same records', () => {
      const text = readFileSync(join(requireDatasets(), 'tmall-orders-sample.csv'), 'utf8')
      const gbk = encodeGb18030(text)
      const a = ok(importFile(gbk, opts))
      expect(a.analysis.encoding).toBe('gb18030')
      expect(a.records).toEqual(run('tmall-orders-sample.csv', opts).records)
    })
  })

  describe('shopify-orders-alphapaw.csv (Shopify line items, USD)', () => {
    const opts: ImportFileOptions = { shopTimeZone: 'America/Los_Angeles', currency: 'USD' }
    const r = () => run('shopify-orders-alphapaw.csv', opts)

    it('maps the Shopify columns', () => {
      const a = analyse('shopify-orders-alphapaw.csv')
      expect(a.guess.kind).toBe('orders')
      expect(chosen(a)).toMatchObject({
        orderId: 'Name',
        customerId: 'Email',
        status: 'Financial Status',
        paidAt: 'Paid at',
        shipped: 'Fulfillment Status',
        amountPaid: 'Total',
        createdAt: 'Created at',
        quantity: 'Lineitem quantity',
        productName: 'Lineitem name',
        unitPrice: 'Lineitem price',
        sku: 'Lineitem sku',
        cancelledAt: 'Cancelled at',
        refund: 'Refunded Amount',
        currency: 'Currency',
        channel: 'Source',
      })
      expect(a.mapping).toMatchObject({ currency: 'USD', refundDeducted: false })
    })

    it('4,651 rows → 3,525 orders; sums match a reference built from the first row of each order', () => {
      const rows = table('shopify-orders-alphapaw.csv')
      const result = r()
      expect(result.rowCount).toBe(4_651)
      expect(result.records).toHaveLength(3_525)
      expect(result.errorCount).toBe(0)
      // Reference statuses, per kpi-definitions.md: a refund makes an order returned; cancelled after
      // payment is returned, before it cancelled; pending and unfulfilled is cancelled.
      const firsts = [...groupBy(rows, 'Name').values()].map((g) => g[0] as Record<string, string>)
      const status = (x: Record<string, string>): string => {
        if (cents(x['Refunded Amount'] as string) > 0) return 'returned'
        if (x['Financial Status'] === 'refunded' || x['Financial Status'] === 'partially_refunded')
          return 'returned'
        if (x['Cancelled at'] !== '') return x['Paid at'] !== '' ? 'returned' : 'cancelled'
        if (x['Financial Status'] === 'pending' && x['Fulfillment Status'] !== 'fulfilled')
          return 'cancelled'
        return 'paid'
      }
      const valid = firsts.filter((x) => status(x) !== 'cancelled')
      const expected: Sums = {
        valid: valid.length,
        gross: valid.reduce((s, x) => s + cents(x['Total'] as string), 0),
        refunds: valid.reduce((s, x) => s + cents(x['Refunded Amount'] as string), 0),
        returned: valid.filter((x) => status(x) === 'returned').length,
        customers: new Set(
          valid.map((x) => (x['Email'] as string).toLowerCase()).filter((e) => e !== ''),
        ).size,
      }
      expect(sumsOf(ordersOf(result))).toEqual(expected)
      // Dates as written (the shop is in the file's zone).
      const created = new Map(
        firsts.map((x) => [x['Name'], (x['Created at'] as string).slice(0, 10)]),
      )
      expect(ordersOf(result).every((o) => created.get(o.orderId) === o.date)).toBe(true)
    })

    it('keeps every product line, including the same SKU twice in one order; Tip lines are money only', () => {
      const rows = table('shopify-orders-alphapaw.csv')
      const orders = ordersOf(r())
      const tips = rows.filter(
        (x) => x['Lineitem name'] === 'Tip' && x['Lineitem sku'] === '',
      ).length
      expect(tips).toBe(185)
      expect(orders.reduce((s, o) => s + o.lines.length, 0)).toBe(rows.length - tips)
      const units = rows
        .filter((x) => x['Lineitem name'] !== 'Tip')
        .reduce((s, x) => s + Number(x['Lineitem quantity']), 0)
      expect(orders.reduce((s, o) => s + o.lines.reduce((u, l) => u + l.quantity, 0), 0)).toBe(
        units,
      )
      // Orders where a SKU repeats across rows: counted on the raw rows and on the records.
      const repeatsRaw = [...groupBy(rows, 'Name').values()].filter((g) => {
        const skus = g.map((x) => x['Lineitem sku']).filter((s) => s !== '')
        return new Set(skus).size < skus.length
      }).length
      const repeatsRec = orders.filter(
        (o) => new Set(o.lines.map((l) => l.sku)).size < o.lines.length,
      ).length
      expect(repeatsRec).toBe(repeatsRaw)
      expect(repeatsRec).toBeGreaterThan(0)
    })
  })

  describe('shopify-orders-signal-analytics.csv (Excel round trip, PKR, cash on delivery)', () => {
    it('115 rows → 114 orders; pending but fulfilled counts as paid', () => {
      const rows = table('shopify-orders-signal-analytics.csv')
      const result = run('shopify-orders-signal-analytics.csv', {
        shopTimeZone: 'Asia/Karachi',
        currency: 'PKR',
      })
      expect(result.rowCount).toBe(115)
      expect(result.records).toHaveLength(114)
      expect(result.errorCount).toBe(0)
      const firsts = [...groupBy(rows, 'Name').values()].map((g) => g[0] as Record<string, string>)
      // Every order is fulfilled, so pending ones are cash on delivery: all valid.
      expect(firsts.every((x) => x['Fulfillment Status'] === 'fulfilled')).toBe(true)
      const expected: Sums = {
        valid: firsts.length,
        gross: firsts.reduce((s, x) => s + cents(x['Total'] as string), 0),
        refunds: 0,
        returned: 0,
        customers: new Set(
          firsts.map((x) => (x['Email'] as string).toLowerCase()).filter((e) => e !== ''),
        ).size,
      }
      expect(sumsOf(ordersOf(result))).toEqual(expected)
      expect(ordersOf(result).filter((o) => o.customerId === null)).toHaveLength(9)
    })
  })

  describe('online-retail-sample.csv (UCI Online Retail: returns as negative C-invoices)', () => {
    const NON_PRODUCT = new Set([
      'POST',
      'M',
      'DOT',
      'AMAZONFEE',
      'D',
      'BANK CHARGES',
      'C2',
      'S',
      'CRUK',
    ])

    it('maps Online Retail I columns', () => {
      const a = analyse('online-retail-sample.csv')
      expect(a.guess.kind).toBe('orders')
      expect(chosen(a)).toEqual({
        orderId: 'InvoiceNo',
        sku: 'StockCode',
        productName: 'Description',
        quantity: 'Quantity',
        createdAt: 'InvoiceDate',
        unitPrice: 'UnitPrice',
        customerId: 'CustomerID',
      })
    })

    it('sales, returned money, units and customers match a reference on the raw rows', () => {
      const rows = table('online-retail-sample.csv')
      const result = run('online-retail-sample.csv', {
        shopTimeZone: 'Europe/London',
        currency: 'GBP',
      })
      expect(result.rowCount).toBe(19_632)
      expect(result.errorCount).toBe(0)
      const orders = ordersOf(result)
      const value = (x: Record<string, string>): number =>
        Number(x['Quantity']) * cents(x['UnitPrice'] as string)
      const bought = rows.filter((x) => Number(x['Quantity']) > 0)
      const returned = rows.filter((x) => Number(x['Quantity']) < 0)
      const invoices = new Set(bought.map((x) => x['InvoiceNo']))
      // Purchases: every invoice with bought lines is an order whose amount is Σ quantity × price.
      const purchases = orders.filter(
        (o) => o.lines.some((l) => l.quantity > 0) || o.amountPaid > 0,
      )
      expect(purchases.map((o) => o.orderId).sort()).toEqual([...invoices].sort())
      const s = sumsOf(orders)
      expect(s.gross).toBe(Math.round(bought.reduce((t, x) => t + value(x), 0)))
      // Every returned penny is a refund exactly once (on the matched earlier order or on the return itself).
      expect(s.refunds).toBe(Math.round(returned.reduce((t, x) => t - value(x), 0)))
      expect(s.valid).toBe(orders.length)
      // Returned orders: those a return was matched to, plus returns kept on their own.
      expect(s.returned).toBeGreaterThanOrEqual(orders.filter((o) => o.amountPaid === 0).length)
      // Units bought, without postage, fees and other non-product codes.
      const units = bought
        .filter((x) => !NON_PRODUCT.has(x['StockCode'] as string))
        .reduce((t, x) => t + Number(x['Quantity']), 0)
      expect(
        orders.reduce(
          (t, o) => t + o.lines.filter((l) => l.quantity > 0).reduce((u, l) => u + l.quantity, 0),
          0,
        ),
      ).toBe(units)
      // Customers: pandas float IDs (17850.0) are one customer each.
      const customers = new Set(
        bought.map((x) => (x['CustomerID'] as string).replace(/\.0$/, '')).filter((c) => c !== ''),
      )
      expect(new Set(purchases.map((o) => o.customerId).filter((c) => c !== null))).toEqual(
        customers,
      )
      expect(
        result.warnings.find((w) => w.key === 'importer.warnings.nonProductLines')?.count,
      ).toBe(rows.filter((x) => NON_PRODUCT.has(x['StockCode'] as string)).length)
    })
  })

  describe('amazon-in-sale-report-sample.csv (Amazon.in, INR, MM-DD-YY, one row per item)', () => {
    it('maps `Sales Channel ` and reads the dates month-first', () => {
      const a = analyse('amazon-in-sale-report-sample.csv')
      expect(a.guess.kind).toBe('orders')
      expect(chosen(a)).toEqual({
        orderId: 'Order ID',
        createdAt: 'Date',
        status: 'Status',
        channel: 'Sales Channel', // `Sales Channel ` in the file
        sku: 'SKU',
        shipped: 'Courier Status',
        quantity: 'Qty',
        currency: 'currency',
        amountPaid: 'Amount',
      })
      expect(a.mapping).toMatchObject({ dateOrder: 'MDY', currency: 'INR', amountRows: 'sum' })
      expect(
        readFileSync(join(requireDatasets(), 'amazon-in-sale-report-sample.csv'), 'utf8').split(
          '\n',
        )[0],
      ).toContain(',Sales Channel ,')
    })

    it('796 rows → 755 orders; item amounts are added, cancelled items and orders left out', () => {
      const rows = table('amazon-in-sale-report-sample.csv')
      const result = run('amazon-in-sale-report-sample.csv', {
        shopTimeZone: 'Asia/Kolkata',
        currency: 'INR',
      })
      expect(result.rowCount).toBe(796)
      expect(result.records).toHaveLength(755)
      expect(result.errorCount).toBe(0)
      const rowStatus = (x: Record<string, string>): string =>
        x['Status'] === 'Cancelled'
          ? 'cancelled'
          : /Returned|Rejected/.test(x['Status'] as string)
            ? 'returned'
            : 'paid'
      const orders = [...groupBy(rows, 'Order ID').values()].map((g) => {
        const live = g.filter((x) => rowStatus(x) !== 'cancelled')
        const status =
          live.length === 0
            ? 'cancelled'
            : live.some((x) => rowStatus(x) === 'returned')
              ? 'returned'
              : 'paid'
        return { status, amount: live.reduce((s, x) => s + cents(x['Amount'] as string), 0) }
      })
      const valid = orders.filter((o) => o.status !== 'cancelled')
      expect(sumsOf(ordersOf(result))).toEqual({
        valid: valid.length,
        gross: valid.reduce((s, o) => s + o.amount, 0),
        refunds: 0,
        returned: valid.filter((o) => o.status === 'returned').length,
        customers: 0,
      })
      expect(new Set(ordersOf(result).map((o) => `${o.date} ${o.channel}`))).toEqual(
        new Set(['2022-04-30 Amazon.in']),
      )
    })
  })

  describe('temu-orders-de.csv (Temu, German, BOM, NBSP headers, 15,00€)', () => {
    const opts: ImportFileOptions = { shopTimeZone: 'Europe/Berlin', currency: 'EUR' }

    it('maps the German columns; amounts come from the lines', () => {
      const a = analyse('temu-orders-de.csv')
      expect(a).toMatchObject({ encoding: 'utf-8', bomLength: 3, delimiter: ',' })
      expect(a.headers).toContain('Versandadresse 1') // U+00A0 in the file
      expect(a.guess.kind).toBe('orders')
      expect(chosen(a)).toEqual({
        orderId: 'Bestell-ID',
        status: 'Bestellstatus',
        lineId: 'Bestellartikel-ID',
        productName: 'Produktname',
        sku: 'Beitrags-SKU',
        quantity: 'Gekaufte Menge',
        createdAt: 'Kaufdatum',
        customerId: 'Virtuelle E-Mail',
        lineTotal: 'Gesamteinzelhandelspreis',
        shipping: 'Versandkosten',
        discount: 'Rabatt vom Verkäufer',
      })
      expect(a.mapping).toMatchObject({ decimal: ',', currency: 'EUR' })
    })

    it('46 rows → 43 orders; amount paid = retail price + shipping − seller discount, Storniert left out', () => {
      const rows = table('temu-orders-de.csv')
      const result = run('temu-orders-de.csv', opts)
      expect(result.rowCount).toBe(46)
      expect(result.records).toHaveLength(43)
      expect(result.errorCount).toBe(0)
      const orders = [...groupBy(rows, 'Bestell-ID').values()].map((g) => ({
        status: g[0]?.['Bestellstatus'],
        customer: g[0]?.['Virtuelle E-Mail'] as string,
        amount: g.reduce(
          (s, x) =>
            s +
            cents(x['Gesamteinzelhandelspreis'] as string) +
            cents(x['Versandkosten'] as string) +
            cents(x['Rabatt vom Verkäufer'] as string),
          0,
        ),
      }))
      const valid = orders.filter((o) => o.status !== 'Storniert')
      expect(sumsOf(ordersOf(result))).toEqual({
        valid: valid.length,
        gross: valid.reduce((s, o) => s + o.amount, 0),
        refunds: 0,
        returned: 0,
        customers: new Set(valid.map((o) => o.customer).filter((c) => c !== '')).size,
      })
      expect(valid).toHaveLength(41)
      // '1. Dez. 2025, 20:33 Uhr CET(UTC+1)' → 2025-12-01 in Berlin.
      const month: Record<string, string> = { 'Nov.': '11', 'Dez.': '12' }
      const dateOf = (s: string): string => {
        const [d, m, y] = s.split(',')[0]?.split(' ') as [string, string, string]
        return `${y}-${month[m]}-${d.replace('.', '').padStart(2, '0')}`
      }
      const expectedDates = new Map(
        rows.map((x) => [x['Bestell-ID'], dateOf(x['Kaufdatum'] as string)]),
      )
      expect(ordersOf(result).every((o) => expectedDates.get(o.orderId) === o.date)).toBe(true)
      const qty2 = ordersOf(result)
        .flatMap((o) => o.lines)
        .filter((l) => l.quantity === 2)
      expect(qty2).toHaveLength(1)
    })
  })

  describe('shopify-inventory-nsls-cogs-dashboard.csv (Shopify inventory export)', () => {
    it('is an inventory file: SKU and On hand (current); needs a snapshot date', () => {
      const a = analyse('shopify-inventory-nsls-cogs-dashboard.csv')
      expect(a.guess.kind).toBe('inventory')
      expect(chosen(a)).toEqual({ sku: 'SKU', onHand: 'On hand (current)' })
      expect(a.missing).toEqual(['date'])
      expect(
        importFile(bytesOf('shopify-inventory-nsls-cogs-dashboard.csv'), {
          shopTimeZone: 'UTC',
          currency: 'USD',
        }),
      ).toEqual({
        ok: false,
        error: { key: 'importer.errors.missingColumn.date', values: { fields: 'date' } },
      })
      expect(
        importFile(bytesOf('shopify-inventory-nsls-cogs-dashboard.csv'), {
          shopTimeZone: 'UTC',
          currency: 'USD',
          kind: 'orders',
        }),
      ).toMatchObject({
        ok: false,
        error: { key: 'importer.errors.looksLike.inventory' },
      })
    })

    it('rejects `not stocked` and SKU-less rows, keeps negative stock with a warning', () => {
      const rows = table('shopify-inventory-nsls-cogs-dashboard.csv')
      const result = run('shopify-inventory-nsls-cogs-dashboard.csv', {
        shopTimeZone: 'UTC',
        currency: 'USD',
        snapshotDate: isoDate('2024-01-31'),
      })
      expect(result.kind).toBe('inventory')
      expect(result.rowCount).toBe(1_732)
      const withSku = rows.filter((x) => x['SKU'] !== '')
      const counted = withSku.filter((x) => x['On hand (current)'] !== 'not stocked')
      const byKey = (k: string): number => result.errors.filter((e) => e.key === k).length
      expect(byKey('importer.errors.missingSku')).toBe(rows.length - withSku.length)
      expect(byKey('importer.errors.notStocked')).toBe(withSku.length - counted.length)
      const records = result.records as InventoryRecord[]
      expect(records).toHaveLength(new Set(counted.map((x) => x['SKU'])).size)
      expect(records.reduce((s, x) => s + x.onHand, 0)).toBe(
        counted.reduce((s, x) => s + Number(x['On hand (current)']), 0),
      )
      expect(records.every((x) => x.date === '2024-01-31')).toBe(true)
      const negative = counted.filter((x) => Number(x['On hand (current)']) < 0).length
      expect(negative).toBeGreaterThan(0)
      expect(result.warnings.find((w) => w.key === 'importer.warnings.negativeStock')?.count).toBe(
        negative,
      )
    })
  })

  describe('taobao-assistant-products-utf16le.csv (UTF-16LE, tabs, preamble, mojibake)', () => {
    it('is read as a UTF-16 tab file whose header is the English key row, flagged as garbled', () => {
      const a = analyse('taobao-assistant-products-utf16le.csv')
      expect(a).toMatchObject({
        encoding: 'utf-16le',
        bomLength: 2,
        delimiter: '\t',
        headerRow: 1,
        mojibake: true,
      })
      expect(a.headers.slice(0, 3)).toEqual(['title', 'cid', 'seller_cids'])
      expect(a.guess.kind).toBe('products')
      expect(chosen(a)).toEqual({ sku: 'outer_id', name: 'title' })
    })

    it('is refused: the third line is GBK read as Shift-JIS, and the file has no cost column anyway', () => {
      // Decision: refuse rather than import a product list with garbled names, empty outer_id SKUs
      // and no unit cost (its `price` is the selling price).
      expect(
        importFile(bytesOf('taobao-assistant-products-utf16le.csv'), {
          shopTimeZone: 'Asia/Shanghai',
          currency: 'CNY',
        }),
      ).toEqual({
        ok: false,
        error: { key: 'importer.errors.mojibake', values: { encoding: 'utf-16le' } },
      })
    })
  })
})
