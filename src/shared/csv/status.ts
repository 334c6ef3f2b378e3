import type { OrderStatus } from '../analytics/model'
import type { Minor } from '../money'

/**
 * Status words of every platform → the three canonical statuses (kpi-definitions.md "Order
 * status"; bad-inputs #33, #35).
 */

/** What the importer knows about one order when it maps its status. */
export interface StatusInput {
  /** The status word as written in the file ('' when the file has no status column). */
  raw: string
  /** Refunded amount; null when the file has no refund column. */
  refund: Minor | null
  /** Amount paid; null when unknown. */
  amountPaid: Minor | null
  /** A payment time is present (null = the file has no such column). */
  paid: boolean | null
  /** A fulfilled/shipped/delivered signal (null = unknown). */
  shipped: boolean | null
  /** The order carries a cancellation time or flag (Shopify "Cancelled at"). */
  cancelledAt: boolean
}

/**
 * Word classes: paid; returned; cancelled (voided/cancelled outright); closed (交易关闭: unpaid →
 * cancelled, refunded → returned); awaiting (awaiting payment: cancelled unless shipped = COD).
 */
type StatusClass = 'paid' | 'returned' | 'cancelled' | 'closed' | 'awaiting'

// Exact phrases after normalisation (lower case, half-width, punctuation → space, spaces collapsed).
const EXACT: Record<string, StatusClass> = {
  // Chinese platforms (Taobao/Tmall/JD/PDD/Douyin/Youzan).
  交易成功: 'paid',
  交易完成: 'paid',
  已完成: 'paid',
  完成: 'paid',
  已签收: 'paid',
  已收货: 'paid',
  已发货: 'paid',
  已发货待签收: 'paid',
  待收货: 'paid',
  待发货: 'paid',
  未发货: 'paid',
  部分发货: 'paid',
  备货中: 'paid',
  等待出库: 'paid',
  等待确认收货: 'paid',
  已付款: 'paid',
  已支付: 'paid',
  待成团: 'paid',
  '买家已付款 等待卖家发货': 'paid',
  '卖家已发货 等待买家确认': 'paid',
  卖家部分发货: 'paid',
  退款关闭: 'paid', // the refund request was withdrawn: the sale stands
  交易关闭: 'closed',
  已关闭: 'closed',
  订单关闭: 'closed',
  关闭: 'closed',
  已取消: 'cancelled',
  取消: 'cancelled',
  订单取消: 'cancelled',
  已作废: 'cancelled',
  等待买家付款: 'awaiting',
  待付款: 'awaiting',
  待支付: 'awaiting',
  未付款: 'awaiting',
  待买家付款: 'awaiting',
  退款成功: 'returned',
  退款中: 'returned',
  已退款: 'returned',
  部分退款: 'returned',
  退货: 'returned',
  退货成功: 'returned',
  已退货: 'returned',
  退货退款: 'returned',
  售后中: 'returned',
  售后完成: 'returned',
  // Taobao/Youzan API codes.
  'wait buyer pay': 'awaiting',
  'trade no create pay': 'awaiting',
  'wait seller send goods': 'paid',
  'seller consigned part': 'paid',
  'wait buyer confirm goods': 'paid',
  'trade buyer signed': 'paid',
  'trade finished': 'paid',
  'trade success': 'paid',
  'trade closed': 'closed',
  'trade closed by taobao': 'cancelled',
  // English (Shopify financial/fulfillment status, Amazon, WooCommerce).
  paid: 'paid',
  'partially paid': 'paid',
  authorized: 'paid',
  fulfilled: 'paid',
  'partially fulfilled': 'paid',
  unfulfilled: 'paid',
  shipped: 'paid',
  shipping: 'paid',
  delivered: 'paid',
  completed: 'paid',
  complete: 'paid',
  processing: 'paid',
  unshipped: 'paid',
  'in transit': 'paid',
  'order confirmed': 'paid',
  'shipped delivered to buyer': 'paid',
  'shipped out for delivery': 'paid',
  'shipped picked up': 'paid',
  'shipped lost in transit': 'paid',
  'shipped damaged': 'paid',
  'pending waiting for pick up': 'paid', // Amazon: packed, waiting for the courier
  'shipped returned to seller': 'returned',
  'shipped returning to seller': 'returned',
  'shipped rejected by buyer': 'returned',
  refunded: 'returned',
  'partially refunded': 'returned',
  returned: 'returned',
  'return requested': 'returned',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  'order canceled': 'cancelled',
  'order cancelled': 'cancelled',
  voided: 'cancelled',
  void: 'cancelled',
  expired: 'cancelled',
  declined: 'cancelled',
  failed: 'cancelled',
  closed: 'closed',
  pending: 'awaiting',
  'pending payment': 'awaiting',
  'awaiting payment': 'awaiting',
  'confirmation pending': 'awaiting',
  unpaid: 'awaiting',
  'on hold': 'awaiting',
  // German (Temu, Amazon.de, Shopify DE).
  versandt: 'paid',
  zugestellt: 'paid',
  'nicht versandt': 'paid', // prepaid, not yet shipped
  'teilweise versandt': 'paid',
  bezahlt: 'paid',
  abgeschlossen: 'paid',
  'in bearbeitung': 'paid',
  erstattet: 'returned',
  'teilweise erstattet': 'returned',
  rückerstattet: 'returned',
  zurückgegeben: 'returned',
  retourniert: 'returned',
  storniert: 'cancelled',
  annulliert: 'cancelled',
  ausstehend: 'awaiting',
  'zahlung ausstehend': 'awaiting',
}

// Keyword fallback, checked in order (returns before cancellations before awaiting before paid).
const KEYWORDS: ReadonlyArray<readonly [string, StatusClass]> = [
  ['退款关闭', 'paid'],
  ['退款', 'returned'],
  ['退货', 'returned'],
  ['售后', 'returned'],
  ['交易关闭', 'closed'],
  ['关闭', 'closed'],
  ['取消', 'cancelled'],
  ['作废', 'cancelled'],
  ['等待买家付款', 'awaiting'],
  ['待付款', 'awaiting'],
  ['待支付', 'awaiting'],
  ['未付款', 'awaiting'],
  ['拒收', 'returned'],
  ['失败', 'cancelled'],
  ['发货', 'paid'],
  ['签收', 'paid'],
  ['收货', 'paid'],
  ['揽收', 'paid'],
  ['运输', 'paid'],
  ['配送', 'paid'],
  ['派送', 'paid'],
  ['评价', 'paid'],
  ['已付款', 'paid'],
  ['成功', 'paid'],
  ['完成', 'paid'],
  ['refund', 'returned'],
  ['return', 'returned'],
  ['erstatt', 'returned'],
  ['cancel', 'cancelled'],
  ['storn', 'cancelled'],
  ['void', 'cancelled'],
  ['fail', 'cancelled'],
  ['pending', 'awaiting'],
  ['unpaid', 'awaiting'],
  ['deliver', 'paid'],
  ['ship', 'paid'],
  ['fulfil', 'paid'],
  ['complete', 'paid'],
  ['paid', 'paid'],
  ['versand', 'paid'],
  ['zugestellt', 'paid'],
]

/** Trims, lower-cases, folds full-width forms, turns punctuation/emoji/symbols into spaces and collapses them. */
export function normalizeStatus(raw: string): string {
  let out = ''
  let space = false
  for (const ch of raw) {
    let c = ch.codePointAt(0) as number
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0
    const s = String.fromCodePoint(c)
    if (WORD_CHAR.test(s)) {
      if (space && out !== '') out += ' '
      out += s.toLowerCase()
      space = false
    } else {
      space = true
    }
  }
  return out
}
const WORD_CHAR = /[\p{L}\p{N}]/u

const classCache = new Map<string, StatusClass | null>()

/** Class of a status word; null when unknown. Memoised: a file has a handful of distinct words. */
function classify(raw: string): StatusClass | null {
  const hit = classCache.get(raw)
  if (hit !== undefined) return hit
  const word = normalizeStatus(raw)
  let cls: StatusClass | null = EXACT[word] ?? null
  if (!cls) {
    const compact = word.replace(SPACES, '')
    cls = EXACT[compact] ?? null
    if (!cls) {
      for (const [key, value] of KEYWORDS) {
        if (word.includes(key) || compact.includes(key)) {
          cls = value
          break
        }
      }
    }
  }
  if (classCache.size > 10_000) classCache.clear()
  classCache.set(raw, cls)
  return cls
}
const SPACES = / /g

/** What `mapStatus` answers (shared, frozen objects: one per status and known flag). */
export interface MappedStatus {
  readonly status: OrderStatus
  readonly known: boolean
}

const MAPPED: Readonly<Record<OrderStatus, readonly [MappedStatus, MappedStatus]>> = {
  paid: [
    Object.freeze({ status: 'paid', known: false }),
    Object.freeze({ status: 'paid', known: true }),
  ],
  returned: [
    Object.freeze({ status: 'returned', known: false }),
    Object.freeze({ status: 'returned', known: true }),
  ],
  cancelled: [
    Object.freeze({ status: 'cancelled', known: false }),
    Object.freeze({ status: 'cancelled', known: true }),
  ],
}

function mapped(status: OrderStatus, known: boolean): MappedStatus {
  return MAPPED[status][known ? 1 : 0]
}

/** A blank StatusInput, for callers that reuse one object for many orders. */
export function emptyStatusInput(): StatusInput {
  return { raw: '', refund: null, amountPaid: null, paid: null, shipped: null, cancelledAt: false }
}

/** Maps a status word plus the order's refund/payment/shipping signals to paid, returned or cancelled. */
export function mapStatus(input: StatusInput): MappedStatus {
  const blank = input.raw.trim() === ''
  const cls = blank ? null : classify(input.raw)
  const known = blank || cls !== null
  // A refund above zero makes an order returned whatever its word says.
  if (input.refund !== null && input.refund > 0) return mapped('returned', known)
  if (cls === 'returned') return mapped('returned', known)
  const shipped = input.shipped === true
  if (cls === 'cancelled' || cls === 'closed' || (input.cancelledAt && cls !== 'paid')) {
    // Closed or cancelled after payment means the money went back: returned.
    if (input.paid === true) return mapped('returned', known)
    if (
      cls === 'closed' &&
      input.paid === null &&
      input.refund === null &&
      input.amountPaid !== null &&
      input.amountPaid > 0
    )
      return mapped('returned', known)
    return mapped('cancelled', known)
  }
  if (input.cancelledAt) return mapped(input.paid === true ? 'returned' : 'cancelled', known)
  if (cls === 'awaiting') {
    // Awaiting payment but shipped or fulfilled is cash on delivery.
    return mapped(shipped || input.paid === true ? 'paid' : 'cancelled', known)
  }
  if (blank && input.paid === false && !shipped) return mapped('cancelled', known)
  return mapped('paid', known)
}
