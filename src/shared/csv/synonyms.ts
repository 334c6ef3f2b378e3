import type { DatasetKind } from '../analytics/model'
import { headerKey } from './headers'

/**
 * Target fields of each kind of file and the header names real exports use for them.
 * Names are written as they appear in exports; matching compares `headerKey()` forms, so case,
 * spaces, `_`/`-`, full-width brackets and unit suffixes such as `(元)` do not matter.
 * Within a field, earlier names win when a file has several matching columns
 * (JD: 应付金额 before 订单金额; PDD: 用户实付金额 before 商家实收金额).
 */

/** Every target field of any kind. */
export type Field =
  // orders
  | 'orderId'
  | 'lineId'
  | 'createdAt'
  | 'amountPaid'
  | 'orderTotal'
  | 'status'
  | 'returnStatus'
  | 'paidAt'
  | 'refund'
  | 'customerId'
  | 'channel'
  | 'currency'
  | 'sku'
  | 'productName'
  | 'quantity'
  | 'unitPrice'
  | 'lineTotal'
  | 'shipping'
  | 'discount'
  | 'fulfilledAt'
  | 'shipped'
  | 'cancelledAt'
  // traffic, spend, inventory, products
  | 'date'
  | 'visitors'
  | 'spend'
  | 'onHand'
  | 'unitCost'
  | 'name'

/** Fields of each kind, in the order the mapping screen lists them. */
export const FIELDS: Record<DatasetKind, readonly Field[]> = {
  orders: [
    'orderId',
    'createdAt',
    'amountPaid',
    'status',
    'paidAt',
    'refund',
    'customerId',
    'channel',
    'currency',
    'sku',
    'productName',
    'quantity',
    'unitPrice',
    'lineTotal',
    'shipping',
    'discount',
    'orderTotal',
    'returnStatus',
    'fulfilledAt',
    'shipped',
    'cancelledAt',
    'lineId',
  ],
  traffic: ['date', 'visitors', 'channel'],
  spend: ['date', 'spend', 'channel'],
  inventory: ['date', 'sku', 'onHand', 'unitCost'],
  products: ['sku', 'unitCost', 'name'],
}

/**
 * Fields a kind cannot do without. Orders also need an amount: `amountPaid`, or per-line amounts
 * (`lineTotal`, or `quantity` and `unitPrice`); inventory needs `date` unless the user gives a
 * snapshot date. `missingRequired()` applies those two rules.
 */
export const REQUIRED: Record<DatasetKind, readonly Field[]> = {
  orders: ['orderId', 'createdAt'],
  traffic: ['date', 'visitors'],
  spend: ['date', 'spend'],
  inventory: ['sku', 'onHand'],
  products: ['sku', 'unitCost'],
}

const DATE_NAMES = [
  '日期',
  '统计日期',
  '时间',
  '日期时间',
  'date',
  'day',
  'datum',
  'stat date',
  'report date',
]
const CHANNEL_NAMES = [
  '渠道',
  '来源',
  '流量来源',
  '订单来源',
  '销售渠道',
  '推广渠道',
  '平台',
  'channel',
  'sales channel',
  'source',
  'order source',
  'platform',
  'medium',
  'utm source',
  'kanal',
]
const SKU_NAMES = [
  '商家编码',
  '商家编码-sku维度',
  'sku编码',
  '规格编码',
  '商品编码',
  '商家sku',
  '商品编号',
  '货号',
  '商家编码-商品维度',
  'outer_id',
  'sku',
  'lineitem sku',
  'variant sku',
  'seller sku',
  'item sku',
  'product sku',
  'msku',
  'stockcode',
  'stock code',
  'beitrags-sku',
  'sku-id',
  'sku id',
  'artikelnummer',
]
const COST_NAMES = [
  '成本',
  '成本价',
  '单位成本',
  '单件成本',
  '进价',
  '进货价',
  '采购价',
  '采购单价',
  'unit cost',
  'cost per item',
  'cost price',
  'unit_cost',
  'cost',
  'einkaufspreis',
  'stückkosten',
  '单价',
]

/** Header names per kind and field, best first. */
export const SYNONYMS: Record<DatasetKind, Partial<Record<Field, readonly string[]>>> = {
  orders: {
    orderId: [
      '订单编号',
      '订单号',
      '主订单编号',
      '主订单号',
      '订单id',
      '父订单编号',
      '交易编号',
      '交易号',
      '订单',
      'order id',
      'order number',
      'order no',
      'order #',
      'order',
      'invoiceno',
      'invoice',
      'invoice no',
      'invoice number',
      'bestell-id',
      'bestellnummer',
      'name',
    ],
    lineId: [
      '子订单编号',
      '子订单号',
      '子订单id',
      'bestellartikel-id',
      'order item id',
      'line item id',
      'lineitem id',
    ],
    createdAt: [
      '订单创建时间',
      '下单时间',
      '订单提交时间',
      '创建时间',
      '订单成交时间',
      '成交时间',
      '交易创建时间',
      '订单时间',
      '下单日期',
      'created at',
      'order date',
      'order time',
      'purchase date',
      'invoicedate',
      'invoice date',
      'date created',
      'kaufdatum',
      'bestelldatum',
      'date',
      '日期',
    ],
    amountPaid: [
      '买家实际支付金额',
      '实付金额',
      '订单实付金额',
      '用户实付金额',
      '买家实付金额',
      '实付款',
      '订单应付金额',
      '应付金额',
      '支付金额',
      '付款金额',
      '实收金额',
      '订单金额',
      '商家实收金额',
      '金额',
      'total',
      'order total',
      'order_total',
      'total amount',
      'grand total',
      'amount paid',
      'amount',
      'gesamtbetrag',
    ],
    orderTotal: ['总金额', '订单总金额'],
    status: [
      '订单状态',
      '交易状态',
      '状态',
      'financial status',
      'order status',
      'status',
      'payment status',
      'bestellstatus',
    ],
    returnStatus: ['售后状态', '退款状态', '退货状态', 'refund status', 'return status'],
    paidAt: [
      '订单付款时间',
      '付款时间',
      '支付时间',
      '买家付款时间',
      '付款日期',
      'paid at',
      'paid date',
      'date paid',
      'payment date',
      'zahlungsdatum',
    ],
    refund: [
      '退款金额',
      '已退款金额',
      '退款',
      'refunded amount',
      'refund amount',
      'refund',
      'refunded',
      'total refunded',
      'refund total',
      'erstattungsbetrag',
    ],
    customerId: [
      '买家会员名',
      '买家昵称',
      '买家id',
      '买家账号',
      '下单帐号',
      '下单账号',
      '会员名',
      '用户id',
      '客户id',
      '客户编号',
      '买家',
      '客户',
      // E-mail before customer ID: WooCommerce writes customer_id 0 for every guest checkout.
      'email',
      'billing email',
      'customer email',
      'buyer email',
      'customer id',
      'customerid',
      'customer',
      'buyer',
      'buyer id',
      'virtuelle e-mail',
      'kunden-id',
    ],
    channel: CHANNEL_NAMES,
    currency: ['币种', '货币', 'currency', 'currency code', 'währung'],
    sku: SKU_NAMES,
    productName: [
      '宝贝标题',
      '商品名称',
      '商品标题',
      '宝贝名称',
      '商品名',
      '产品名称',
      '品名',
      '商品',
      'lineitem name',
      'product name',
      'item name',
      'product',
      'description',
      'title',
      'produktname',
      'produktname nach kundenbestellung',
    ],
    quantity: [
      '购买数量',
      '商品数量',
      '宝贝总数量',
      '数量',
      '件数',
      'lineitem quantity',
      'quantity',
      'qty',
      'units',
      'gekaufte menge',
      'menge',
    ],
    unitPrice: [
      '单价',
      '商品单价',
      '宝贝单价',
      '商品价格',
      '价格',
      '售价',
      'lineitem price',
      'unit price',
      'unitprice',
      'price',
      'item price',
    ],
    lineTotal: [
      '商品金额',
      '小计',
      'item total',
      'line total',
      'line item total',
      'gesamteinzelhandelspreis',
    ],
    shipping: [
      '邮费',
      '运费',
      '买家应付邮费',
      'shipping',
      'shipping cost',
      'shipping total',
      'postage',
      'versandkosten',
    ],
    discount: [
      '优惠金额',
      '商家优惠',
      '店铺优惠',
      '店铺优惠折扣',
      '折扣',
      'discount amount',
      'discount',
      'cart discount',
      'rabatt vom verkäufer',
    ],
    fulfilledAt: ['发货时间', 'fulfilled at', 'shipped at', 'ship date', 'versanddatum'],
    shipped: [
      '发货状态',
      '物流状态',
      'fulfillment status',
      'shipping status',
      'courier status',
      'versandstatus',
    ],
    cancelledAt: [
      '取消时间',
      '订单关闭时间',
      '关闭时间',
      'cancelled at',
      'canceled at',
      'cancel date',
    ],
  },
  traffic: {
    date: DATE_NAMES,
    visitors: [
      '访客数',
      '店铺访客数',
      '访客',
      '独立访客',
      'uv',
      '进店人数',
      '客流量',
      '客流',
      '浏览人数',
      '浏览量',
      'pv',
      'visitors',
      'unique visitors',
      'sessions',
      'users',
      'visits',
      'besucher',
    ],
    channel: CHANNEL_NAMES,
  },
  spend: {
    date: DATE_NAMES,
    spend: [
      '推广费',
      '推广花费',
      '花费',
      '广告费',
      '广告花费',
      '消耗',
      '营销费用',
      '投放金额',
      '费用',
      'spend',
      'amount spent',
      'ad spend',
      'cost',
      'ausgaben',
      'kosten',
    ],
    channel: CHANNEL_NAMES,
  },
  inventory: {
    date: [...DATE_NAMES, '盘点日期', '快照日期', 'snapshot date', 'as of', 'stichtag'],
    sku: SKU_NAMES,
    onHand: [
      '库存',
      '库存数量',
      '现有库存',
      '实际库存',
      '在库数量',
      '库存量',
      '可用库存',
      'on hand',
      'quantity on hand',
      'qty on hand',
      'stock',
      'inventory',
      'available',
      'bestand',
      'lagerbestand',
    ],
    unitCost: COST_NAMES,
  },
  products: {
    sku: SKU_NAMES,
    unitCost: COST_NAMES,
    name: [
      '商品名称',
      '宝贝名称',
      '宝贝标题',
      '产品名称',
      '品名',
      '名称',
      'title',
      'name',
      'product name',
      'product',
      'item name',
      'description',
      'produktname',
    ],
  },
}

/** Per kind: header key → candidate fields with their rank (lower is better). Built once. */
export const SYNONYM_INDEX: Record<
  DatasetKind,
  Map<string, { field: Field; rank: number }[]>
> = (() => {
  const out = {} as Record<DatasetKind, Map<string, { field: Field; rank: number }[]>>
  for (const [kind, fields] of Object.entries(SYNONYMS) as [
    DatasetKind,
    Partial<Record<Field, readonly string[]>>,
  ][]) {
    const index = new Map<string, { field: Field; rank: number }[]>()
    for (const [field, names] of Object.entries(fields) as [Field, readonly string[]][]) {
      names.forEach((name, rank) => {
        const key = headerKey(name)
        const list = index.get(key) ?? []
        if (!list.some((c) => c.field === field)) list.push({ field, rank })
        index.set(key, list)
      })
    }
    out[kind] = index
  }
  return out
})()

/** Every header key that names some field of some kind (for header-row scoring). */
export const ALL_HEADER_KEYS: ReadonlySet<string> = new Set(
  Object.values(SYNONYM_INDEX).flatMap((index) => [...index.keys()]),
)
