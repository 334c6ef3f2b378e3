import { describe, expect, it } from 'vitest'
import {
  displayHeader,
  headerKey,
  normalizeHeader,
  uniqueHeaders,
} from '../../../src/shared/csv/headers'
import {
  autoMap,
  FIELDS,
  guessKind,
  headerSignature,
  missingRequired,
  scoreHeaderRow,
  type Field,
  type Mapping,
} from '../../../src/shared/csv/mapping'
import { findHeaderRow, splitSampleRows } from '../../../src/shared/csv/sniff'
import { SYNONYMS } from '../../../src/shared/csv/synonyms'
import { DATASET_KINDS, type DatasetKind } from '../../../src/shared/analytics/model'

/** Column name per mapped field, for readable assertions. */
function mapped(headers: string[], kind: DatasetKind): Partial<Record<Field, string>> {
  const m = autoMap(headers, kind)
  return Object.fromEntries(Object.entries(m.fields).map(([f, i]) => [f, headers[i as number]]))
}

describe('normalizeHeader', () => {
  it.each([
    ['订单付款时间 ', '订单付款时间'],
    ['Sales Channel ', 'sales channel'],
    ['\ufeffName', 'name'],
    ['Versandadresse\u00a01', 'versandadresse 1'],
    ['Amount\u202fpaid', 'amount paid'],
    ['订单\u3000编号', '订单 编号'],
    ['  Lineitem   quantity  ', 'lineitem quantity'],
    ['商品总价(元)', '商品总价'],
    ['商品数量（件）', '商品数量'],
    ['用户实付金额（元）', '用户实付金额'],
    ['Incoming (not editable)', 'incoming'],
    ['On hand (current)', 'on hand'],
    ['On hand (new)', 'on hand (new)'],
    ['金额（单位：元）', '金额'],
    ['ＯＲＤＥＲ　ＩＤ', 'order id'],
    ['状态：', '状态:'],
    ['Price (USD)', 'price'],
    [
      'Versandpostleitzahl (Muss an die folgende Postleitzahl gesendet werden.)',
      'versandpostleitzahl (muss an die folgende postleitzahl gesendet werden.)',
    ],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeHeader(raw)).toBe(expected)
  })

  it('keys ignore spaces, underscores, hyphens and dots', () => {
    for (const h of ['Order ID', 'order_id', 'order-id', 'OrderID', 'ORDER.ID', 'Order Id '])
      expect(headerKey(h)).toBe('orderid')
    expect(headerKey('Customer ID')).toBe(headerKey('CustomerID'))
  })

  it('displayHeader keeps case but drops the BOM and odd spaces', () => {
    expect(displayHeader('\ufeffBestell-ID ')).toBe('Bestell-ID')
    expect(displayHeader('Versandadresse\u00a01')).toBe('Versandadresse 1')
  })
})

describe('uniqueHeaders (bad-inputs #13)', () => {
  it('suffixes repeats instead of letting them overwrite each other', () => {
    expect(uniqueHeaders(['Name', 'Email', 'Total', 'Total', 'Notes'])).toEqual([
      'Name',
      'Email',
      'Total',
      'Total_1',
      'Notes',
    ])
    expect(uniqueHeaders(['Total', 'Total', 'Total'])).toEqual(['Total', 'Total_1', 'Total_2'])
  })
  it('compares normalised names and avoids clashing with an existing Total_1', () => {
    expect(uniqueHeaders(['Total', 'total ', 'Total_1'])).toEqual(['Total', 'total_1', 'Total_1_1'])
  })
  it('leaves empty headers empty', () => {
    expect(uniqueHeaders(['a', '', ''])).toEqual(['a', '', ''])
  })
})

describe('autoMap: platform exports', () => {
  it('Taobao classic order report (full header)', () => {
    const h =
      '订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,退款金额'.split(
        ',',
      )
    expect(mapped(h, 'orders')).toMatchObject({
      orderId: '订单编号',
      customerId: '买家会员名',
      amountPaid: '买家实际支付金额',
      orderTotal: '总金额',
      status: '订单状态',
      createdAt: '订单创建时间',
      paidAt: '订单付款时间',
      productName: '宝贝标题',
      quantity: '宝贝总数量',
      refund: '退款金额',
      shipping: '买家应付邮费',
    })
  })

  it('Tmall report with trailing-space headers', () => {
    const h = [
      '订单编号',
      '总金额',
      '买家实际支付金额',
      '收货地址 ',
      '订单创建时间',
      '订单付款时间 ',
      '退款金额',
    ]
    expect(autoMap(h, 'orders').fields).toEqual({
      orderId: 0,
      orderTotal: 1,
      amountPaid: 2,
      createdAt: 4,
      paidAt: 5,
      refund: 6,
    })
  })

  it('JD: 应付金额 wins over 订单金额', () => {
    const h = [
      '订单号',
      '商品编号',
      '商品名称',
      '订购数量',
      '下单时间',
      '订单金额',
      '应付金额',
      '订单状态',
      '下单帐号',
    ]
    expect(mapped(h, 'orders')).toMatchObject({
      orderId: '订单号',
      sku: '商品编号',
      productName: '商品名称',
      createdAt: '下单时间',
      amountPaid: '应付金额',
      status: '订单状态',
      customerId: '下单帐号',
    })
  })

  it('Pinduoduo: unit suffixes, 用户实付金额 before 商家实收金额', () => {
    const h = [
      '订单号',
      '订单状态',
      '商品总价(元)',
      '店铺优惠折扣(元)',
      '邮费(元)',
      '用户实付金额(元)',
      '商家实收金额(元)',
      '商品数量(件)',
      '订单成交时间',
      '商家编码-SKU维度',
      '售后状态',
    ]
    expect(mapped(h, 'orders')).toMatchObject({
      orderId: '订单号',
      status: '订单状态',
      amountPaid: '用户实付金额(元)',
      quantity: '商品数量(件)',
      createdAt: '订单成交时间',
      sku: '商家编码-SKU维度',
      returnStatus: '售后状态',
      shipping: '邮费(元)',
      discount: '店铺优惠折扣(元)',
    })
  })

  it('Douyin (抖店): main order groups, sub-order is the line', () => {
    const h = [
      '主订单编号',
      '子订单编号',
      '选购商品',
      '商家编码',
      '商品数量',
      '订单应付金额',
      '订单提交时间',
      '订单状态',
      '售后状态',
      '流量来源',
    ]
    expect(mapped(h, 'orders')).toMatchObject({
      orderId: '主订单编号',
      lineId: '子订单编号',
      sku: '商家编码',
      quantity: '商品数量',
      amountPaid: '订单应付金额',
      createdAt: '订单提交时间',
      status: '订单状态',
      returnStatus: '售后状态',
      channel: '流量来源',
    })
  })

  it('Youzan', () => {
    const h = [
      '订单号',
      '订单状态',
      '订单创建时间',
      '买家付款时间',
      '订单实付金额',
      '商品名称',
      '规格编码',
      '商品数量',
      '商品单价',
      '退款状态',
      '退款金额',
    ]
    expect(mapped(h, 'orders')).toMatchObject({
      orderId: '订单号',
      createdAt: '订单创建时间',
      paidAt: '买家付款时间',
      amountPaid: '订单实付金额',
      sku: '规格编码',
      unitPrice: '商品单价',
      returnStatus: '退款状态',
      refund: '退款金额',
    })
  })

  it('Shopify orders export', () => {
    const h =
      'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Billing Name,Notes,Cancelled at,Payment Method,Refunded Amount,Vendor,Id,Tags,Source,Lineitem discount'.split(
        ',',
      )
    expect(mapped(h, 'orders')).toEqual({
      orderId: 'Name',
      customerId: 'Email',
      status: 'Financial Status',
      paidAt: 'Paid at',
      shipped: 'Fulfillment Status',
      fulfilledAt: 'Fulfilled at',
      currency: 'Currency',
      shipping: 'Shipping',
      amountPaid: 'Total',
      discount: 'Discount Amount',
      createdAt: 'Created at',
      quantity: 'Lineitem quantity',
      productName: 'Lineitem name',
      unitPrice: 'Lineitem price',
      sku: 'Lineitem sku',
      cancelledAt: 'Cancelled at',
      refund: 'Refunded Amount',
      channel: 'Source',
    })
  })

  it('WooCommerce export plugin columns', () => {
    const h = [
      'order_number',
      'order_date',
      'paid_date',
      'status',
      'order_total',
      'order_shipping',
      'billing_email',
      'customer_id',
      'product_name',
      'sku',
      'quantity',
      'item_total',
    ]
    expect(mapped(h, 'orders')).toMatchObject({
      orderId: 'order_number',
      createdAt: 'order_date',
      paidAt: 'paid_date',
      status: 'status',
      amountPaid: 'order_total',
      customerId: 'billing_email',
      productName: 'product_name',
      sku: 'sku',
      quantity: 'quantity',
      lineTotal: 'item_total',
    })
  })

  it('Amazon sale report, with `Sales Channel ` and `Courier Status`', () => {
    const h =
      'index,Order ID,Date,Status,Fulfilment,Sales Channel ,ship-service-level,Style,SKU,Category,Size,ASIN,Courier Status,Qty,currency,Amount,ship-city,ship-state,ship-postal-code,ship-country,promotion-ids,B2B,fulfilled-by,Unnamed: 22'.split(
        ',',
      )
    expect(mapped(h, 'orders')).toEqual({
      orderId: 'Order ID',
      createdAt: 'Date',
      status: 'Status',
      channel: 'Sales Channel ',
      sku: 'SKU',
      shipped: 'Courier Status',
      quantity: 'Qty',
      currency: 'currency',
      amountPaid: 'Amount',
    })
  })

  it('Temu German export: amounts from the lines (retail price + shipping − seller discount)', () => {
    const h = [
      'Bestell-ID',
      'Bestellstatus',
      'Bestellartikel-ID',
      'Status der Bestellartikel',
      'Produktname nach Kundenbestellung',
      'Produktname',
      'Beitrags-SKU',
      'SKU-ID',
      'Gekaufte Menge',
      'Versandadresse\u00a01',
      'Kaufdatum',
      'Virtuelle E-Mail',
      'Gesamtbasispreis',
      'Produktsteuer-Gesamtbetrag',
      'Gesamteinzelhandelspreis',
      'Versandkosten',
      'Rabatt von Temu',
      'Rabatt vom Verkäufer',
    ]
    const m = autoMap(h, 'orders')
    expect(mapped(h, 'orders')).toEqual({
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
    expect(missingRequired(m)).toEqual([])
  })

  it('UCI Online Retail I and II name their columns differently', () => {
    const one =
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'.split(',')
    const two =
      'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country'.split(',')
    const expected = {
      orderId: 0,
      sku: 1,
      productName: 2,
      quantity: 3,
      createdAt: 4,
      unitPrice: 5,
      customerId: 6,
    }
    expect(autoMap(one, 'orders').fields).toEqual(expected)
    expect(autoMap(two, 'orders').fields).toEqual(expected)
    expect(missingRequired(autoMap(one, 'orders'))).toEqual([])
  })

  it('Shopify inventory export: On hand (current), not Available or On hand (new)', () => {
    const h =
      'Handle,Title,Option1 Name,Option1 Value,SKU,HS Code,COO,Location,Bin name,Incoming (not editable),Unavailable (not editable),Committed (not editable),Available (not editable),On hand (current),On hand (new)'.split(
        ',',
      )
    expect(mapped(h, 'inventory')).toEqual({ sku: 'SKU', onHand: 'On hand (current)' })
    expect(missingRequired(autoMap(h, 'inventory'))).toEqual(['date'])
    expect(
      missingRequired({ ...autoMap(h, 'inventory'), snapshotDate: '2024-01-31' as never }),
    ).toEqual([])
  })

  it('generic traffic, spend, inventory and products files in Chinese and English', () => {
    expect(mapped(['日期', '访客数', '浏览量', '渠道'], 'traffic')).toEqual({
      date: '日期',
      visitors: '访客数',
      channel: '渠道',
    })
    expect(mapped(['date', 'sessions', 'source'], 'traffic')).toEqual({
      date: 'date',
      visitors: 'sessions',
      channel: 'source',
    })
    expect(mapped(['日期', 'UV'], 'traffic')).toEqual({ date: '日期', visitors: 'UV' })
    expect(mapped(['日期', '推广费', '平台'], 'spend')).toEqual({
      date: '日期',
      spend: '推广费',
      channel: '平台',
    })
    expect(mapped(['Date', 'Spend', 'Channel'], 'spend')).toEqual({
      date: 'Date',
      spend: 'Spend',
      channel: 'Channel',
    })
    expect(mapped(['日期', '广告费'], 'spend')).toEqual({ date: '日期', spend: '广告费' })
    expect(mapped(['日期', '商家编码', '库存', '成本'], 'inventory')).toEqual({
      date: '日期',
      sku: '商家编码',
      onHand: '库存',
      unitCost: '成本',
    })
    expect(mapped(['date', 'sku', 'on hand', 'unit cost'], 'inventory')).toEqual({
      date: 'date',
      sku: 'sku',
      onHand: 'on hand',
      unitCost: 'unit cost',
    })
    expect(mapped(['Variant SKU', 'Title', 'Cost per item', 'Variant Price'], 'products')).toEqual({
      sku: 'Variant SKU',
      name: 'Title',
      unitCost: 'Cost per item',
    })
    expect(mapped(['商家编码', '商品名称', '单价'], 'products')).toEqual({
      sku: '商家编码',
      name: '商品名称',
      unitCost: '单价',
    })
  })

  it('never maps one column to two fields, and keeps the first of duplicate headers', () => {
    const h = uniqueHeaders(['Order ID', 'Total', 'Total', 'Date'])
    const m = autoMap(h, 'orders')
    expect(m.fields).toEqual({ orderId: 0, amountPaid: 1, createdAt: 3 })
    const cols = Object.values(m.fields)
    expect(new Set(cols).size).toBe(cols.length)
  })

  it('every synonym belongs to a field of its kind', () => {
    for (const kind of DATASET_KINDS)
      for (const field of Object.keys(SYNONYMS[kind])) expect(FIELDS[kind]).toContain(field)
  })
})

describe('missingRequired', () => {
  const m = (kind: DatasetKind, fields: Mapping['fields']): Mapping => ({ kind, fields })
  it('orders need an ID, a date and an amount (or line amounts)', () => {
    expect(missingRequired(m('orders', {}))).toEqual(['orderId', 'createdAt', 'amountPaid'])
    expect(missingRequired(m('orders', { orderId: 0, createdAt: 1, quantity: 2 }))).toEqual([
      'amountPaid',
    ])
    expect(
      missingRequired(m('orders', { orderId: 0, createdAt: 1, quantity: 2, unitPrice: 3 })),
    ).toEqual([])
    expect(missingRequired(m('orders', { orderId: 0, createdAt: 1, lineTotal: 3 }))).toEqual([])
  })
  it('traffic, spend and products', () => {
    expect(missingRequired(m('traffic', { date: 0 }))).toEqual(['visitors'])
    expect(missingRequired(m('spend', { spend: 1 }))).toEqual(['date'])
    expect(missingRequired(m('products', { sku: 0 }))).toEqual(['unitCost'])
  })
})

describe('guessKind', () => {
  it.each([
    [
      ['订单编号', '总金额', '买家实际支付金额', '订单创建时间', '订单付款时间 ', '退款金额'],
      'orders',
    ],
    [
      [
        'InvoiceNo',
        'StockCode',
        'Description',
        'Quantity',
        'InvoiceDate',
        'UnitPrice',
        'CustomerID',
        'Country',
      ],
      'orders',
    ],
    [['日期', '访客数', '浏览量'], 'traffic'],
    [['Date', 'Sessions'], 'traffic'],
    [['日期', '推广费', '渠道'], 'spend'],
    [['Handle', 'Title', 'SKU', 'Available (not editable)', 'On hand (current)'], 'inventory'],
    [['日期', '商家编码', '库存', '成本'], 'inventory'],
    [['SKU', 'Name', 'Unit cost'], 'products'],
  ] as const)('%j → %s', (headers, kind) => {
    const g = guessKind(headers)
    expect(g.kind).toBe(kind)
    expect(g.confidence).toBeGreaterThanOrEqual(0.8)
  })

  it('has low confidence for unrelated headers', () => {
    expect(guessKind(['foo', 'bar', 'baz']).confidence).toBeLessThan(0.3)
  })
})

describe('headerSignature', () => {
  it('is stable across spelling noise and changes with the columns', () => {
    const a = headerSignature(['订单编号', '收货地址 ', 'Sales Channel'])
    expect(headerSignature(['\ufeff订单编号', '收货地址', 'sales  channel '])).toBe(a)
    expect(headerSignature(['订单编号', 'Sales Channel', '收货地址'])).not.toBe(a)
    expect(headerSignature(['订单编号', '收货地址'])).not.toBe(a)
  })
})

describe('scoreHeaderRow with findHeaderRow', () => {
  it('prefers rows naming known fields, and penalises numeric rows', () => {
    expect(scoreHeaderRow(['订单编号', '总金额', '订单创建时间'])).toBeGreaterThan(
      scoreHeaderRow(['1', '178.8', '2020-02-21 00:00:00']),
    )
    expect(scoreHeaderRow(['1', '178.8', '2020-02-21'])).toBeLessThan(0)
    expect(scoreHeaderRow(['', ''])).toBe(0)
  })

  it('finds the header after a report title and an export-time line', () => {
    const text =
      '店铺订单报表\n导出时间：2024-11-12 10:00\n\n订单编号,实付金额,下单时间\n1001,99.00,2024-11-11 10:00:00\n1002,5.00,2024-11-11 10:01:00\n'
    const rows = splitSampleRows(text, ',', 50)
    expect(findHeaderRow(rows, scoreHeaderRow)).toBe(3)
  })

  it('picks the Taobao-Assistant English key row over the version line and the garbled row', () => {
    const rows = [
      ['version 1.00'],
      ['title', 'cid', 'seller_cids', 'price', 'num', 'outer_id'],
      ['ｱｦｱｴﾃ﨤ﾆ', 'ｱｦｱｴﾀ狷ｿ', 'ｵﾌﾀ狷ｿ', 'ｱｦｱｴｼﾛｸ', 'ｱｦｱｴﾊﾁｿ', 'ﾉﾌｼﾒｱ狡'],
      ['test', '50013932', '', '88', '396', ''],
    ]
    expect(findHeaderRow(rows, scoreHeaderRow)).toBe(1)
  })
})
