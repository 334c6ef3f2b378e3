// Deterministic order export for `npm run bench:import`: a Taobao/Tmall-style "订单报表" with one row
// per order, written in UTF-8 with CRLF line ends, newest order first (as the platforms export it).
//
// Everything comes from one seeded PRNG (mulberry32), never Math.random, so the same parameters give
// the same bytes on every machine: the bench pins the SHA-256 of the default file and regenerates
// only when the file on disk is missing or differs.
import { createHash } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'

export const HEADER =
  '订单编号,订单创建时间,订单付款时间,买家实际支付金额,退款金额,订单状态,买家会员名,渠道,商家编码,购买数量'

/** Parameters of the default benchmark file (change them and the pinned hash must change too). */
export const DEFAULTS = Object.freeze({
  rows: 1_000_000,
  seed: 20261101,
  buyers: 200_000,
  skus: 50,
  /** Last day with orders; the file covers the 730 days up to it. */
  lastDay: '2026-10-31',
  days: 730,
})

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n, w) => String(n).padStart(w, '0')
const money = (cents) => `${Math.floor(cents / 100)}.${pad(cents % 100, 2)}`

/** `YYYY-MM-DD HH:MM:SS` of a UTC epoch second (the export's wall-clock time, shop time). */
function stamp(sec) {
  const d = new Date(sec * 1000)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)} ` +
    `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`
  )
}

// Order statuses and their shares (cumulative thresholds below).
const STATUS_OK = '交易成功'
const STATUS_CLOSED = '交易关闭'
const STATUS_SHIPPED = '卖家已发货，等待买家确认'
const STATUS_PAID = '买家已付款，等待卖家发货'
const CHANNELS = [
  ['淘宝', 0.55],
  ['天猫', 0.8],
  ['抖音', 0.92],
  ['拼多多', 1],
]

/**
 * Writes the file and returns what it contains. Rows are built in blocks and written with
 * writeSync, so memory stays small whatever `rows` is.
 * @returns {{ bytes: number, sha256: string, rows: number, distinctBuyers: number, statuses: Record<string, number>, from: string, to: string, paidOrders: number, refundedOrders: number }}
 */
export function generateOrders(path, params = {}) {
  const p = { ...DEFAULTS, ...params }
  const rnd = mulberry32(p.seed)
  // Price list: 50 SKUs from 9.90 to ~599, in cents.
  const prices = Array.from(
    { length: p.skus },
    () => 990 + Math.floor(rnd() * 590) * 100 + (rnd() < 0.5 ? 0 : 90),
  )
  // SKU popularity: a few best-sellers (weight ~ 1/(k+1)).
  const skuWeights = prices.map((_, k) => 1 / (k + 1))
  const skuTotal = skuWeights.reduce((a, b) => a + b, 0)
  const skuCum = []
  let acc = 0
  for (const w of skuWeights) skuCum.push((acc += w / skuTotal))
  const pickSku = (u) => {
    let lo = 0
    let hi = skuCum.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (skuCum[mid] < u) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  // Buyer names: a fixed, scrambled member name per buyer index.
  const buyerName = (b) =>
    `tb_${((Math.imul(b + 1, 2654435761) >>> 0) % 2176782336).toString(36).padStart(6, '0')}${b % 10}`

  const end = Date.parse(`${p.lastDay}T23:59:59Z`) / 1000
  const span = p.days * 86400
  const start = end - span + 1
  // Orders grow over the two years (the second year has ~1.5× the first): times are drawn from a
  // linearly rising density by inverting its CDF, then emitted newest first.
  const meanGap = span / p.rows

  const statuses = {}
  const buyersSeen = new Uint8Array(p.buyers)
  let distinctBuyers = 0
  let paidOrders = 0
  let refundedOrders = 0
  let bytes = 0
  const hash = createHash('sha256')
  const fd = openSync(path, 'w')
  const write = (s) => {
    const buf = Buffer.from(s, 'utf8')
    writeSync(fd, buf)
    hash.update(buf)
    bytes += buf.length
  }
  write(`${HEADER}\r\n`)
  let t = end
  let lastStamp = ''
  let firstStamp = ''
  const BLOCK = 10_000
  let block = []
  for (let i = 0; i < p.rows; i++) {
    // Newest first: step back by a random gap, shorter near the end (more recent = busier).
    const age = (end - t) / span // 0 (newest) … 1 (oldest)
    const rate = 1.25 - 0.5 * age // relative density: 1.25 now, 0.75 two years ago
    t -= Math.max(0, Math.round((meanGap / rate) * 2 * rnd()))
    if (t < start) t = start
    const created = stamp(t)
    if (i === 0) lastStamp = created
    firstStamp = created
    const orderId = `${2 + Math.floor(rnd() * 7)}${pad(Math.floor(rnd() * 1e9), 9)}${pad(p.rows - i, 9)}`
    const sku = pickSku(rnd())
    const uq = rnd()
    const qty = uq < 0.8 ? 1 : uq < 0.95 ? 2 : 3
    const coupon = rnd() < 0.3 ? (rnd() < 0.5 ? 500 : 1000) : 0
    let paid = Math.max(100, prices[sku] * qty - coupon)
    let refund = 0
    let payTime = stamp(t + 5 + Math.floor(rnd() * 1800))
    const us = rnd()
    let status
    if (us < 0.08) {
      status = STATUS_CLOSED // closed before payment
      paid = 0
      payTime = ''
    } else if (us < 0.12) {
      status = STATUS_CLOSED // paid, then refunded in full
      refund = paid
    } else if (us < 0.15) {
      status = STATUS_OK // partial refund
      refund = Math.max(100, Math.floor(paid * (0.1 + 0.5 * rnd())))
    } else if (t > end - 5 * 86400 && us < 0.3) {
      status = us < 0.22 ? STATUS_SHIPPED : STATUS_PAID // recent orders still under way
    } else status = STATUS_OK
    if (paid > 0) paidOrders++
    if (refund > 0) refundedOrders++
    statuses[status] = (statuses[status] ?? 0) + 1
    // Buyers: skewed towards regulars (index ~ u^1.6 of the pool), ~200k distinct in 1M orders.
    const b = Math.min(p.buyers - 1, Math.floor(p.buyers * rnd() ** 1.6))
    if (!buyersSeen[b]) {
      buyersSeen[b] = 1
      distinctBuyers++
    }
    const uc = rnd()
    const channel = CHANNELS.find(([, c]) => uc < c)[0]
    block.push(
      `${orderId},${created},${payTime},${money(paid)},${money(refund)},${status},${buyerName(b)},${channel},SKU${pad(1001 + sku, 4)},${qty}`,
    )
    if (block.length === BLOCK) {
      write(`${block.join('\r\n')}\r\n`)
      block = []
    }
  }
  if (block.length) write(`${block.join('\r\n')}\r\n`)
  closeSync(fd)
  return {
    bytes,
    sha256: hash.digest('hex'),
    rows: p.rows,
    distinctBuyers,
    statuses,
    from: firstStamp.slice(0, 10),
    to: lastStamp.slice(0, 10),
    paidOrders,
    refundedOrders,
  }
}
