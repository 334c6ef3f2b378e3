import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cleanText,
  createOrderRowConverter,
  createRecordConverter,
  daysFromCivil,
  emptyOrderRow,
  inferColumnFormats,
  isFilledDate,
  isMaskedId,
  isReturnDone,
  readCurrency,
  readShipped,
  type ConvertOptions,
} from '../../../src/shared/csv/convert'
import { WarningLog, type RowError } from '../../../src/shared/csv/issues'
import { autoMap, type Mapping } from '../../../src/shared/csv/mapping'
import { isoDate, toEpochDay } from '../../../src/shared/dates'
import { parseDateTime, toShopDate } from '../../../src/shared/csv/values'
import type { DatasetKind } from '../../../src/shared/analytics/model'

/** Converter options for a header, with overrides. */
function optionsFor(
  headers: string[],
  kind: DatasetKind,
  extra: Partial<ConvertOptions> & { mapping?: Mapping } = {},
): ConvertOptions {
  return {
    mapping: extra.mapping ?? autoMap(headers, kind),
    headers,
    currency: 'CNY',
    shopTimeZone: 'Asia/Shanghai',
    decimal: '.',
    dateOrder: 'YMD',
    warnings: new WarningLog(),
    ...extra,
  }
}

const isError = (v: unknown): v is RowError => typeof v === 'object' && v !== null && 'key' in v

describe('cell helpers', () => {
  it('cleanText trims and drops placeholders', () => {
    expect(cleanText('  web\t')).toBe('web')
    expect(cleanText('')).toBeNull()
    for (const p of ['null', 'NULL', 'N/A', '-', '--', 'None', 'nan'])
      expect(cleanText(p)).toBeNull()
    expect(cleanText('Nancy')).toBe('Nancy')
  })
  it('isFilledDate treats zero dates and placeholders as empty', () => {
    expect(isFilledDate('2020-02-21 00:00:02')).toBe(true)
    expect(isFilledDate('0000-00-00 00:00:00')).toBe(false)
    expect(isFilledDate('0000/0/0')).toBe(false)
    expect(isFilledDate(' ')).toBe(false)
    expect(isFilledDate('null')).toBe(false)
  })
  it('isMaskedId spots platform masks (bad-inputs #38)', () => {
    for (const id of ['****', '-', 't**1', '小***', '张＊＊']) expect(isMaskedId(id), id).toBe(true)
    for (const id of ['tb123', '17850', 'a*b', 'v4bEYU@scs3.tiktok.com'])
      expect(isMaskedId(id), id).toBe(false)
  })
  it('readShipped reads fulfilment words and booleans', () => {
    expect(readShipped('fulfilled')).toBe(true)
    expect(readShipped('partial')).toBe(true)
    expect(readShipped('Shipped')).toBe(true)
    expect(readShipped('已发货')).toBe(true)
    expect(readShipped('unfulfilled')).toBe(false)
    expect(readShipped('Unshipped')).toBe(false)
    expect(readShipped('TRUE')).toBe(true)
    expect(readShipped('')).toBeNull()
    expect(readShipped('weird')).toBeNull()
  })
  it('isReturnDone reads after-sales columns', () => {
    expect(isReturnDone('退款成功')).toBe(true)
    expect(isReturnDone('售后完成')).toBe(true)
    expect(isReturnDone('Refunded')).toBe(true)
    expect(isReturnDone('无售后')).toBe(false)
    expect(isReturnDone('退款关闭')).toBe(false)
    expect(isReturnDone('')).toBe(false)
  })
  it('readCurrency normalises codes and aliases', () => {
    expect(readCurrency(' usd ')).toBe('USD')
    expect(readCurrency('RMB')).toBe('CNY')
    expect(readCurrency('人民币')).toBe('CNY')
    expect(readCurrency('')).toBeNull()
    expect(readCurrency('dollars')).toBeNull()
  })
  it('daysFromCivil agrees with dates.ts', () => {
    for (const d of [
      '1970-01-01',
      '2000-02-29',
      '2020-02-21',
      '1899-12-31',
      '2199-12-31',
      '2024-03-01',
    ])
      expect(
        daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))),
      ).toBe(toEpochDay(isoDate(d)))
  })
})

describe('inferColumnFormats', () => {
  it('decimal comma and currency sign (Temu)', () => {
    const headers = [
      'Bestell-ID',
      'Kaufdatum',
      'Gekaufte Menge',
      'Gesamteinzelhandelspreis',
      'Versandkosten',
      'Rabatt vom Verkäufer',
    ]
    const rows = [
      ['PO-1', '1. Dez. 2025, 20:33 Uhr CET(UTC+1)', '1\t', '16,66€', '0,00€', ''],
      ['PO-2', '30. Nov. 2025, 17:59 Uhr CET(UTC+1)', '2\t', '33,32€', '2,51€', '-3,43€'],
    ]
    const f = inferColumnFormats(rows, autoMap(headers, 'orders'))
    expect(f).toMatchObject({
      decimal: ',',
      currency: 'EUR',
      refundDeducted: false,
      amountRows: 'sum',
    })
    expect(f.dateOrder).not.toBe('ambiguous')
  })

  it('day/month order: MM-DD-YY (Amazon), DD/MM, and ambiguous', () => {
    const m = autoMap(['Order ID', 'Date', 'Amount'], 'orders')
    expect(inferColumnFormats([['1', '04-30-22', '1']], m).dateOrder).toBe('MDY')
    expect(inferColumnFormats([['1', '31/01/2024', '1']], m).dateOrder).toBe('DMY')
    expect(
      inferColumnFormats(
        [
          ['1', '04/05/2024', '1'],
          ['2', '03/02/2024', '1'],
        ],
        m,
      ).dateOrder,
    ).toBe('ambiguous')
    expect(inferColumnFormats([['1', '2024-05-04', '1']], m).dateOrder).toBe('YMD')
    expect(
      inferColumnFormats([['1', '04/05/2024', '1']], { ...m, dateOrder: 'DMY' }).dateOrder,
    ).toBe('DMY')
  })

  it('currency from the currency column (most common value)', () => {
    const m = autoMap(['Order ID', 'Date', 'Amount', 'currency'], 'orders')
    const rows = [
      ['1', '2024-01-01', '1', 'INR'],
      ['2', '2024-01-01', '', ''],
      ['3', '2024-01-01', '2', 'INR'],
      ['4', '2024-01-01', '2', 'USD'],
    ]
    expect(inferColumnFormats(rows, m).currency).toBe('INR')
  })

  it('refundDeducted: Tmall amounts have the refund taken off (总金额 = 实付 + 退款)', () => {
    const h = ['订单编号', '总金额', '买家实际支付金额', '订单创建时间', '订单付款时间', '退款金额']
    const m = autoMap(h, 'orders')
    const tmall = [
      ['1', '178.8', '0.0', '2020-02-21 00:00:00', '', '0.0'],
      ['5', '64.8', '0.0', '2020-02-20 23:57:04', '2020-02-20 23:57:11', '64.8'],
      ['6', '327.7', '148.9', '2020-02-20 23:56:39', '2020-02-20 23:56:53', '178.8'],
      ['7', '21.0', '21.0', '2020-02-20 23:56:39', '2020-02-20 23:56:53', '0.0'],
    ]
    expect(inferColumnFormats(tmall, m).refundDeducted).toBe(true)
    const plain = [
      ['5', '64.8', '64.8', '2020-02-20', '2020-02-20', '64.8'],
      ['6', '327.7', '327.7', '2020-02-20', '2020-02-20', '178.8'],
    ]
    expect(inferColumnFormats(plain, m).refundDeducted).toBe(false)
    expect(inferColumnFormats(tmall.slice(3), m).refundDeducted).toBe(false) // no refunded row: cannot tell
  })

  it('amountRows: repeated order totals → first; per-item amounts → sum', () => {
    const m = autoMap(['Order ID', 'Date', 'Amount', 'SKU'], 'orders')
    const repeated = [
      ['A', '2024-01-01', '30.00', 'x'],
      ['A', '2024-01-01', '30.00', 'y'],
      ['B', '2024-01-01', '12.00', 'x'],
      ['B', '2024-01-01', '12.00', 'z'],
    ]
    expect(inferColumnFormats(repeated, m).amountRows).toBe('first')
    const perItem = [
      ...repeated.slice(0, 2),
      ['C', '2024-01-01', '5.00', 'x'],
      ['C', '2024-01-01', '7.00', 'y'],
    ]
    expect(inferColumnFormats(perItem, m).amountRows).toBe('sum')
    const shopifyLike = [
      ['A', '2024-01-01', '30.00', 'x'],
      ['A', '2024-01-01', '', 'y'],
    ]
    expect(inferColumnFormats(shopifyLike, m).amountRows).toBe('sum')
  })
})

describe('order row converter', () => {
  const headers = [
    'Name',
    'Email',
    'Financial Status',
    'Paid at',
    'Fulfillment Status',
    'Currency',
    'Total',
    'Created at',
    'Lineitem quantity',
    'Lineitem name',
    'Lineitem price',
    'Lineitem sku',
    'Refunded Amount',
    'Cancelled at',
    'Source',
  ]
  const make = (extra: Partial<ConvertOptions> = {}) => {
    const opts = optionsFor(headers, 'orders', { currency: 'USD', ...extra })
    return { convert: createOrderRowConverter(opts), warnings: opts.warnings }
  }
  const row = (over: Record<string, string>): string[] => {
    const base: Record<string, string> = {
      Name: '#1001',
      Email: 'Amie@Example.com',
      'Financial Status': 'paid',
      'Paid at': '2023-05-31 23:06:05 -0700',
      'Fulfillment Status': 'fulfilled',
      Currency: 'USD',
      Total: '77.93',
      'Created at': '2023-05-31 23:06:04 -0700',
      'Lineitem quantity': '3',
      'Lineitem name': 'Magic Pee Pads XL',
      'Lineitem price': '24.74',
      'Lineitem sku': 'PeePad_XL',
      'Refunded Amount': '0.00',
      'Cancelled at': '',
      Source: 'web',
    }
    return headers.map((h) => over[h] ?? base[h] ?? '')
  }

  it('reads a first row: zoned date to the shop calendar, money in cents, status signals, customer', () => {
    const { convert } = make()
    const out = emptyOrderRow()
    expect(convert(row({}), 2, out)).toBeNull()
    expect(out).toMatchObject({
      line: 2,
      orderId: '#1001',
      date: '2023-06-01', // 23:06 at -07:00 is the next morning in Shanghai
      amountPaid: 7793,
      refund: 0,
      statusRaw: 'paid',
      paid: true,
      shipped: true,
      cancelled: false,
      customerId: 'amie@example.com',
      channel: 'web',
      currency: 'USD',
      sku: 'PeePad_XL',
      name: 'Magic Pee Pads XL',
      quantity: 3,
      unitPrice: 2474,
    })
  })

  it('continuation rows leave order fields null', () => {
    const { convert } = make()
    const out = emptyOrderRow()
    const r = row({
      'Financial Status': '',
      'Paid at': '',
      'Fulfillment Status': '',
      Currency: '',
      Total: '',
      'Refunded Amount': '',
      Source: '',
    })
    expect(convert(r, 3, out)).toBeNull()
    expect(out).toMatchObject({
      amountPaid: null,
      refund: null,
      statusRaw: '',
      paid: false,
      shipped: null,
      channel: null,
      currency: 'USD',
    })
  })

  it('rejects a row in another currency, with a warning per currency (bad-inputs #36)', () => {
    const { convert, warnings } = make()
    const out = emptyOrderRow()
    const err = convert(row({ Currency: 'CAD' }), 7, out)
    expect(err).toMatchObject({
      line: 7,
      field: 'currency',
      key: 'importer.errors.otherCurrency',
      values: { currency: 'CAD', shopCurrency: 'USD', line: 7, column: 'Currency' },
    })
    convert(row({ Currency: 'cad' }), 8, out)
    expect(warnings.list()).toEqual([
      {
        key: 'importer.warnings.otherCurrency',
        values: { currency: 'CAD', shopCurrency: 'USD', count: 2 },
        count: 2,
        firstLine: 7,
      },
    ])
  })

  it('reports unreadable money and dates with line, column and value', () => {
    const { convert } = make()
    const out = emptyOrderRow()
    expect(convert(row({ Total: 'abc' }), 4, out)).toMatchObject({
      line: 4,
      field: 'amountPaid',
      key: 'parse.errors.number',
      values: { column: 'Total', value: 'abc', line: 4 },
    })
    expect(convert(row({ 'Created at': '31/31/2023' }), 5, out)).toMatchObject({
      line: 5,
      field: 'createdAt',
      key: 'parse.errors.date',
    })
    expect(convert(row({ Name: '  ' }), 6, out)).toMatchObject({
      line: 6,
      field: 'orderId',
      key: 'importer.errors.missingOrderId',
    })
  })

  it('masked, mangled and e-mail customer IDs', () => {
    const { convert, warnings } = make()
    const out = emptyOrderRow()
    convert(row({ Email: '*************' }), 2, out)
    expect(out.customerId).toBeNull()
    convert(row({ Email: 't**1' }), 3, out)
    expect(out.customerId).toBeNull()
    convert(row({ Email: '9.23228E+11' }), 4, out)
    expect(out.customerId).toBeNull()
    convert(row({ Name: '6.61808E+12' }), 5, out)
    expect(out.orderId).toBe('6.61808E+12')
    expect(warnings.list().map((w) => [w.key, w.count])).toEqual([
      ['importer.warnings.maskedCustomerId', 2],
      ['importer.warnings.mangledCustomerId', 1],
      ['importer.warnings.mangledId', 1],
    ])
  })

  it('cancellation, pending payment and zero dates', () => {
    const { convert } = make()
    const out = emptyOrderRow()
    convert(
      row({ 'Cancelled at': '2023-06-01 10:00:00 -0700', 'Paid at': '0000-00-00 00:00:00' }),
      2,
      out,
    )
    expect(out).toMatchObject({ cancelled: true, paid: false })
  })

  it('Excel-resaved values: TRUE, amounts without decimals, apostrophe and tab guards', () => {
    const { convert } = make({ currency: 'PKR' })
    const out = emptyOrderRow()
    expect(
      convert(
        row({
          Currency: 'PKR',
          Total: '25075',
          Name: "'#1132",
          'Lineitem quantity': '1\t',
          'Fulfillment Status': 'TRUE',
        }),
        2,
        out,
      ),
    ).toBeNull()
    expect(out).toMatchObject({ orderId: '#1132', amountPaid: 2507500, quantity: 1, shipped: true })
  })

  it('without a quantity column a row naming a product is one unit; the SKU falls back to nothing', () => {
    const h = ['订单编号', '下单时间', '实付金额', '商品名称']
    const convert = createOrderRowConverter(optionsFor(h, 'orders'))
    const out = emptyOrderRow()
    expect(convert(['1001', '2024/11/11 10:00:00', '¥1,234.50', '保温杯'], 2, out)).toBeNull()
    expect(out).toMatchObject({
      orderId: '1001',
      date: '2024-11-11',
      amountPaid: 123450,
      quantity: 1,
      name: '保温杯',
      sku: null,
    })
  })

  it('after-sales status and Douyin-style tab-guarded IDs', () => {
    const h = ['主订单编号', '子订单编号', '订单提交时间', '订单应付金额', '售后状态']
    const convert = createOrderRowConverter(optionsFor(h, 'orders'))
    const out = emptyOrderRow()
    expect(
      convert(['\t9001', '\t9001-1', '2024-11-11 10:00:00', '99.00', '退款成功'], 2, out),
    ).toBeNull()
    expect(out).toMatchObject({ orderId: '9001', lineId: '9001-1', returnFlag: true })
    convert(['9002', '9002-1', '2024-11-11 10:00:00', '99.00', '无售后'], 3, out)
    expect(out.returnFlag).toBe(false)
  })
})

describe('timestamp fast path', () => {
  const headers = ['Order ID', 'Created at', 'Total']
  const convert = createOrderRowConverter(
    optionsFor(headers, 'orders', { shopTimeZone: 'Asia/Shanghai' }),
  )
  /** What the full parser says about a cell: its date and stamp, or its error key. */
  const slow = (raw: string): { date: string; stamp: number } | string | null => {
    const r = parseDateTime(raw, 'YMD')
    if (!r.ok) return r.error.key
    if (r.value === null) return null
    const date = toShopDate(r.value, 'Asia/Shanghai')
    const t = r.value.time ?? '00:00:00'
    const secs = Number(t.slice(0, 2)) * 3600 + Number(t.slice(3, 5)) * 60 + Number(t.slice(6, 8))
    return { date, stamp: toEpochDay(date) * 86400 + secs }
  }
  const fast = (raw: string): { date: string; stamp: number } | string | null => {
    const out = emptyOrderRow()
    const err = convert(['A', raw, '1.00'], 2, out)
    if (err) return err.key
    return out.date === null ? null : { date: out.date, stamp: out.stamp }
  }
  const two = (n: number): string => String(n).padStart(2, '0')

  it('agrees with parseDateTime + toShopDate on valid and out-of-range timestamps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2210 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 61 }),
        fc.constantFrom(' ', 'T', 't', '  '),
        fc.constantFrom('', ':sec', ' +0800', ' -07:00', 'Z'),
        (y, m, d, h, mi, sec, sep, tail) => {
          const raw = `${y}-${two(m)}-${two(d)}${sep}${two(h)}:${two(mi)}${tail.replace(':sec', `:${two(sec)}`)}`
          expect(fast(raw), raw).toEqual(slow(raw))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('edge cases', () => {
    for (const raw of [
      '2024-02-29 23:59:59',
      '2023-02-29 10:00:00',
      '2024-12-31 24:00:00',
      '2024-12-31 23:60',
      '0000-00-00 00:00:00',
      '2020-02-21T00:00:00',
      '1899-12-31 10:00:00',
      '2024-1-05 10:00:00',
    ])
      expect(fast(raw), raw).toEqual(slow(raw))
  })
})

describe('record converters', () => {
  it('traffic: visitors per day and channel; negatives and blanks are errors', () => {
    const h = ['日期', '访客数', '渠道']
    const c = createRecordConverter('traffic', optionsFor(h, 'traffic'))
    expect(c(['2024-11-11', '1,024', '淘宝'], 2)).toEqual({
      date: '2024-11-11',
      visitors: 1024,
      channel: '淘宝',
    })
    expect(c(['2024-11-12', '', ''], 3)).toMatchObject({
      key: 'importer.errors.missingVisitors',
      line: 3,
      values: { column: '访客数' },
    })
    expect(c(['2024-11-12', '-5', ''], 4)).toMatchObject({
      key: 'importer.errors.negativeValue',
      values: { value: '-5' },
    })
    expect(c(['', '5', ''], 5)).toMatchObject({ key: 'importer.errors.missingDate', field: 'date' })
  })

  it('spend in minor units', () => {
    const c = createRecordConverter('spend', optionsFor(['日期', '推广费'], 'spend'))
    expect(c(['2024-11-11', '¥300.50'], 2)).toEqual({
      date: '2024-11-11',
      channel: null,
      spend: 30050,
    })
    expect(c(['2024-11-11', 'lots'], 3)).toMatchObject({
      key: 'parse.errors.number',
      field: 'spend',
    })
  })

  it('inventory: snapshot date, `not stocked` rejected, negative stock kept with a warning (bad-inputs #25)', () => {
    const h = ['SKU', 'Available (not editable)', 'On hand (current)']
    const mapping = { ...autoMap(h, 'inventory'), snapshotDate: isoDate('2024-01-31') }
    const opts = optionsFor(h, 'inventory', { mapping })
    const c = createRecordConverter('inventory', opts)
    expect(c(['book-1', '609', '609'], 2)).toEqual({
      date: '2024-01-31',
      sku: 'book-1',
      onHand: 609,
      unitCost: null,
    })
    expect(c(['coin', 'not stocked', 'not stocked'], 3)).toMatchObject({
      key: 'importer.errors.notStocked',
      field: 'onHand',
      values: { sku: 'coin', line: 3 },
    })
    expect(c(['cords', '-5', '-5'], 4)).toEqual({
      date: '2024-01-31',
      sku: 'cords',
      onHand: -5,
      unitCost: null,
    })
    expect(c(['', '1', '1'], 5)).toMatchObject({ key: 'importer.errors.missingSku' })
    expect(opts.warnings.list()).toEqual([
      {
        key: 'importer.warnings.negativeStock',
        values: { sku: 'cords', count: 1 },
        count: 1,
        firstLine: 4,
      },
    ])
  })

  it('inventory with a date column and unit cost', () => {
    const h = ['日期', '商家编码', '库存', '成本']
    const c = createRecordConverter('inventory', optionsFor(h, 'inventory'))
    expect(c(['2024-11-30', 'A-1', '12', '8.50'], 2)).toEqual({
      date: '2024-11-30',
      sku: 'A-1',
      onHand: 12,
      unitCost: 850,
    })
  })

  it('products need a cost', () => {
    const h = ['商家编码', '商品名称', '成本价']
    const c = createRecordConverter('products', optionsFor(h, 'products'))
    expect(c(['A-1', '保温杯', '12.00'], 2)).toEqual({ sku: 'A-1', name: '保温杯', unitCost: 1200 })
    const e = c(['A-2', '杯盖', ''], 3)
    expect(isError(e) && e.key).toBe('importer.errors.missingCost')
  })
})
