import { addDays, dateFromParts, fromEpochDay, toEpochDay, type IsoDate } from '../dates'
import { minorDigits, type Minor } from '../money'
import type {
  Dataset,
  InventoryRecord,
  OrderLine,
  OrderRecord,
  OrderStatus,
  ProductRecord,
  SpendRecord,
  TrafficRecord,
} from './model'

/**
 * A deterministic sample dataset: two years of a small stationery and gift shop that sells on
 * Taobao, Douyin, a WeChat mini-shop and in its own store. For the "try with sample data" button,
 * the dashboard's demo and the KPI tests. Same seed, end date and currency → the same data.
 *
 * Shape: ~40–80 orders on an ordinary day (weekends busier in the store), a yearly cycle (back to
 * school, the year-end gift season), the 618 ramp (1–18 June, peak on the 18th), 双11 (pre-sale from
 * 20 October, peak on 11 November), a Spring Festival dip (the store closes for a few days), repeat
 * customers, ~4 % returns (full, partial and unrecorded refunds), a few cancellations, daily
 * traffic and spend per online channel (the store has no visitor counter; it prints flyers on
 * Mondays), weekly inventory snapshots and a products file.
 */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The sample's sales channels. */
export const SAMPLE_CHANNELS = ['taobao', 'douyin', 'wechat', 'store'] as const
type Channel = (typeof SAMPLE_CHANNELS)[number]

/** A product of the sample shop; prices and costs in CNY (major units). */
export interface SampleProduct {
  sku: string
  name: string
  price: number
  cost: number
  /** Relative popularity. */
  weight: number
  /** Popularity boost in the year-end season (Oct–Jan) or before Spring Festival. */
  season?: 'yearEnd' | 'springFestival'
  /** Cost rises by this fraction after the first year (a supplier price change). */
  costRise?: number
}

/** The sample's 20 SKUs. */
export const SAMPLE_PRODUCTS: readonly SampleProduct[] = [
  { sku: 'NB-A5-DOT', name: '点阵笔记本 A5', price: 29.9, cost: 11, weight: 10 },
  { sku: 'NB-A6-LINE', name: '横线口袋本 A6', price: 15.9, cost: 5.5, weight: 8 },
  { sku: 'PEN-GEL-05', name: '中性笔 0.5mm 3支装', price: 12.9, cost: 4.2, weight: 12 },
  { sku: 'PEN-FTN-01', name: '入门钢笔', price: 89, cost: 38, weight: 3, costRise: 0.08 },
  { sku: 'INK-BLUE', name: '蓝黑墨水', price: 25, cost: 9, weight: 3 },
  { sku: 'TAPE-WASHI', name: '和纸胶带套装', price: 39.9, cost: 14, weight: 7 },
  { sku: 'STK-PACK', name: '手帐贴纸包', price: 9.9, cost: 2.8, weight: 9 },
  { sku: 'CAL-DESK', name: '台历', price: 45, cost: 16, weight: 2, season: 'yearEnd' },
  { sku: 'PLN-YEAR', name: '年度手帐本', price: 68, cost: 27, weight: 3, season: 'yearEnd' },
  { sku: 'CARD-GREET', name: '贺卡', price: 6.5, cost: 1.6, weight: 4, season: 'springFestival' },
  { sku: 'BOX-GIFT', name: '礼品盒', price: 19.9, cost: 6.5, weight: 5 },
  { sku: 'MUG-CERAMIC', name: '陶瓷马克杯', price: 49, cost: 19, weight: 4, costRise: 0.1 },
  { sku: 'BAG-CANVAS', name: '帆布袋', price: 35, cost: 12, weight: 4 },
  { sku: 'PCIL-CASE', name: '笔袋', price: 29, cost: 10.5, weight: 5 },
  { sku: 'HL-PASTEL', name: '荧光笔套装', price: 22, cost: 7.5, weight: 6 },
  { sku: 'STAMP-SET', name: '印章套装', price: 58, cost: 22, weight: 2 },
  { sku: 'CLIP-BRASS', name: '黄铜书签', price: 18, cost: 6, weight: 3 },
  { sku: 'PUZZLE-500', name: '500片拼图', price: 69, cost: 28, weight: 2 },
  { sku: 'CANDLE-AROMA', name: '香薰蜡烛', price: 79, cost: 30, weight: 3, costRise: 0.06 },
  { sku: 'PHOTO-FRAME', name: '相框', price: 39, cost: 14, weight: 3 },
]

/** Spring Festival (lunar new year's day) dates. */
const SPRING_FESTIVAL: Record<number, string> = {
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
}

/** Spring Festival of a year (1 February outside the table's 2015–2035). */
export function springFestival(year: number): IsoDate {
  const s = SPRING_FESTIVAL[year]
  return s ? (s as IsoDate) : dateFromParts(year, 2, 1)
}

/** Approximate units of a currency per CNY, so sample prices look plausible in any currency. */
const PER_CNY: Record<string, number> = {
  CNY: 1,
  HKD: 1.1,
  TWD: 4.5,
  USD: 0.14,
  EUR: 0.13,
  GBP: 0.11,
  JPY: 21,
  KRW: 190,
  SGD: 0.19,
  MYR: 0.65,
  THB: 5,
  VND: 3500,
  INR: 11.7,
  PKR: 39,
  AUD: 0.21,
  CAD: 0.19,
}

/** Options of generateSampleData. */
export interface SampleOptions {
  seed: number
  /** Last day of the data (inclusive). */
  endDate: IsoDate
  currency: string
  /** Multiplies the number of orders (default 1; benchmarks use ~25 for a million orders). */
  scale?: number
  /** Number of days (default 730: two years). */
  days?: number
}

const CHANNEL: Record<
  Channel,
  {
    share: number
    prefix: string
    identified: number
    repeat: number
    conversion: number
    adShare: number
    weekly: number[]
    returns: number
    cancels: number
  }
> = {
  // weekly: Monday … Sunday
  taobao: {
    share: 0.36,
    prefix: 'TB',
    identified: 1,
    repeat: 0.3,
    conversion: 0.032,
    adShare: 0.15,
    weekly: [1, 0.97, 0.97, 1, 1.02, 1.05, 1.08],
    returns: 0.045,
    cancels: 0.015,
  },
  douyin: {
    share: 0.24,
    prefix: 'DY',
    identified: 1,
    repeat: 0.2,
    conversion: 0.021,
    adShare: 0.22,
    weekly: [0.95, 0.95, 0.97, 1, 1.05, 1.12, 1.1],
    returns: 0.06,
    cancels: 0.02,
  },
  wechat: {
    share: 0.14,
    prefix: 'WX',
    identified: 1,
    repeat: 0.55,
    conversion: 0.048,
    adShare: 0.06,
    weekly: [1, 1, 1, 1, 1, 1.02, 1.02],
    returns: 0.03,
    cancels: 0.01,
  },
  store: {
    share: 0.26,
    prefix: 'ST',
    identified: 0.45,
    repeat: 0.5,
    conversion: 0,
    adShare: 0,
    weekly: [0.7, 0.8, 0.85, 0.9, 1.05, 1.5, 1.4],
    returns: 0.012,
    cancels: 0.002,
  },
}

/** Seasonal multipliers of a date for online channels and the store. */
function dayFactors(
  iso: IsoDate,
  day: number,
): { online: number; store: number; discount: number } {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  const doy = day - toEpochDay(dateFromParts(y, 1, 1))
  // Year-end gift season peaks around mid December; back to school in late August / September.
  let base = 1 + 0.12 * Math.cos((2 * Math.PI * (doy - 350)) / 365)
  if ((m === 8 && d >= 20) || (m === 9 && d <= 15)) base *= 1.15
  let online = base
  let store = base
  let discount = 0
  // 618: a ramp over 1–17 June, the peak on the 18th.
  if (m === 6 && d <= 17) {
    online *= 1.1 + (0.5 * (d - 1)) / 16
    store *= 1.05
    discount = 0.05
  } else if (m === 6 && d === 18) {
    online *= 2.8
    store *= 1.2
    discount = 0.1
  } else if (m === 6 && d <= 20) online *= 1.15
  // 双11: pre-sale from 20 October, ramp over 1–10 November, the peak on the 11th.
  if (m === 10 && d >= 20) {
    online *= 1.15 + (0.15 * (d - 20)) / 11
    discount = 0.05
  } else if (m === 11 && d <= 10) {
    online *= 1.3 + (0.5 * (d - 1)) / 9
    store *= 1.05
    discount = 0.08
  } else if (m === 11 && d === 11) {
    online *= 4.2
    store *= 1.3
    discount = 0.15
  } else if (m === 11 && d <= 14) online *= 1.25
  if (m === 12 && d === 12) {
    online *= 1.6
    discount = 0.08
  }
  // Spring Festival: couriers stop a week before, the store closes from New Year's Eve for 3 days.
  for (const sfYear of [y, y + 1]) {
    const rel = day - toEpochDay(springFestival(sfYear))
    if (rel >= -10 && rel <= -8) online *= 0.8
    else if (rel >= -7 && rel <= 6) online *= 0.4
    else if (rel >= 7 && rel <= 14) online *= 0.6 + (0.35 * (rel - 7)) / 7
    if (rel >= -1 && rel <= 2) store *= 0.02
    else if (rel >= -10 && rel <= -2)
      store *= 1.2 // gifts and cards before the holiday
    else if (rel >= 3 && rel <= 7) store *= 0.6
  }
  return { online, store, discount }
}

/** Normal deviate (Box–Muller). */
function gaussian(rand: () => number): number {
  const u = 1 - rand()
  const v = rand()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

/** A count with mean `mu` (Poisson-like noise). */
function noisyCount(rand: () => number, mu: number): number {
  if (mu <= 0) return 0
  return Math.max(0, Math.round(mu + Math.sqrt(mu) * gaussian(rand)))
}

/** Picks an index by weights. */
function pickWeighted(rand: () => number, weights: readonly number[], total: number): number {
  let r = rand() * total
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number
    if (r < 0) return i
  }
  return weights.length - 1
}

const compact = (iso: IsoDate): string => iso.replaceAll('-', '')

/** Generates the sample dataset (deterministic for a seed, an end date and a currency). */
export function generateSampleData(opts: SampleOptions): Dataset {
  const rand = mulberry32(opts.seed)
  const scale = opts.scale ?? 1
  const nDays = Math.max(1, Math.floor(opts.days ?? 730))
  const digits = minorDigits(opts.currency)
  const perCny = PER_CNY[opts.currency] ?? 1
  const money = (cny: number): number => Math.max(1, Math.round(cny * perCny * 10 ** digits))
  const m = (n: number): Minor => n as Minor
  const endDay = toEpochDay(opts.endDate)
  const startDay = endDay - nDays + 1
  const firstYearEnd = startDay + 365

  const products = SAMPLE_PRODUCTS
  const price = products.map((p) => money(p.price))
  const costBefore = products.map((p) => money(p.cost))
  const costAfter = products.map((p) => money(p.cost * (1 + (p.costRise ?? 0))))
  const costOn = (k: number, day: number): number =>
    (day < firstYearEnd ? costBefore[k] : costAfter[k]) as number

  const orders: OrderRecord[] = []
  const traffic: TrafficRecord[] = []
  const spend: SpendRecord[] = []
  const inventory: InventoryRecord[] = []

  const pools: Record<Channel, string[]> = { taobao: [], douyin: [], wechat: [], store: [] }
  const custPrefix: Record<Channel, string> = {
    taobao: 'tb_',
    douyin: 'dy_',
    wechat: 'wx_',
    store: 'vip_',
  }
  const baseOrders = 55 * scale
  const avgOrderCny = 52

  // Inventory: stock per SKU, restocked to ~45 days of demand when below ~14 days.
  const totalWeight = products.reduce((s, p) => s + p.weight, 0)
  const dailyUnits = products.map((p) => (baseOrders * 1.55 * 1.3 * p.weight) / totalWeight)
  const stock = dailyUnits.map((u) => Math.round(u * 40) + 20)
  const pendingRestock = products.map(() => ({ day: -1, qty: 0 }))

  for (let day = startDay; day <= endDay; day++) {
    const iso = fromEpochDay(day)
    const month = Number(iso.slice(5, 7))
    const weekday = (((day + 3) % 7) + 7) % 7
    const f = dayFactors(iso, day)
    const growth = 1 + (0.25 * (day - startDay)) / nDays
    const recent = endDay - day < 5

    // Restocks arriving today; then the Monday snapshot (stock at the start of the day).
    products.forEach((_, k) => {
      const pr = pendingRestock[k] as { day: number; qty: number }
      if (pr.day === day) {
        stock[k] = (stock[k] as number) + pr.qty
        pr.day = -1
      }
    })
    if (weekday === 0) {
      products.forEach((p, k) => {
        inventory.push({
          date: iso,
          sku: p.sku,
          onHand: stock[k] as number,
          unitCost: m(costOn(k, day)),
        })
      })
    }

    // SKU weights of the day.
    const weights = products.map((p) => {
      let w = p.weight
      if (p.season === 'yearEnd' && (month >= 10 || month === 1)) w *= 4
      if (p.season === 'yearEnd' && month >= 3 && month <= 8) w *= 0.2
      if (p.season === 'springFestival') {
        const rel = day - toEpochDay(springFestival(Number(iso.slice(0, 4))))
        const relNext = day - toEpochDay(springFestival(Number(iso.slice(0, 4)) + 1))
        if ((rel >= -25 && rel <= 0) || (relNext >= -25 && relNext <= 0)) w *= 6
      }
      return w
    })
    const weightSum = weights.reduce((s, w) => s + w, 0)
    const soldToday = products.map(() => 0)

    for (const ch of SAMPLE_CHANNELS) {
      const c = CHANNEL[ch]
      const factor = ch === 'store' ? f.store : f.online
      const mu = baseOrders * c.share * (c.weekly[weekday] as number) * factor * growth
      const count = noisyCount(rand, mu)
      const discount = ch === 'store' ? 0 : f.discount
      const returnBoost = ch !== 'store' && f.discount >= 0.08 ? 1.5 : 1
      for (let seq = 1; seq <= count; seq++) {
        // Customer.
        let customerId: string | null = null
        if (rand() < c.identified) {
          const pool = pools[ch]
          if (pool.length > 0 && rand() < c.repeat) {
            const r = rand()
            const idx =
              rand() < 0.5 ? Math.floor(r * pool.length) : Math.floor((1 - r * r * r) * pool.length)
            customerId = pool[Math.min(idx, pool.length - 1)] as string
          } else {
            customerId = `${custPrefix[ch]}${String(pool.length + 1).padStart(6, '0')}`
            pool.push(customerId)
          }
        }
        // Lines: 1–4 distinct SKUs.
        const rl = rand()
        const nLines = rl < 0.6 ? 1 : rl < 0.88 ? 2 : rl < 0.97 ? 3 : 4
        const lines: OrderLine[] = []
        const used = new Set<number>()
        let subtotal = 0
        for (let j = 0; j < nLines; j++) {
          const k = pickWeighted(rand, weights, weightSum)
          if (used.has(k)) continue
          used.add(k)
          const rq = rand()
          const quantity = rq < 0.8 ? 1 : rq < 0.95 ? 2 : 3
          const p = products[k] as SampleProduct
          lines.push({ sku: p.sku, name: p.name, quantity, unitPrice: m(price[k] as number) })
          subtotal += quantity * (price[k] as number)
        }
        let amountPaid = Math.round(subtotal * (1 - discount))
        if (ch === 'wechat' && subtotal < money(99)) amountPaid += money(8)
        // Status.
        let status: OrderStatus = 'paid'
        let statusRaw = ch === 'store' ? '已完成' : recent ? '卖家已发货' : '交易成功'
        let refund = 0
        const rs = rand()
        if (rs < c.cancels) {
          status = 'cancelled'
          statusRaw = '交易关闭'
        } else if (rs < c.cancels + c.returns * returnBoost && !recent) {
          status = 'returned'
          const kind = rand()
          if (kind < 0.7) {
            refund = amountPaid
            statusRaw = '退款成功'
          } else if (kind < 0.9 && lines.length > 0) {
            const line = lines[0] as OrderLine
            refund = Math.max(
              1,
              Math.min(amountPaid, Math.round((line.unitPrice as number) * (1 - discount))),
            )
            statusRaw = '部分退款'
          } else {
            refund = 0 // returned, amount not recorded: counts as a full refund
            statusRaw = '已退货'
          }
        }
        if (status === 'paid') {
          for (const line of lines) {
            const k = products.findIndex((p) => p.sku === line.sku)
            soldToday[k] = (soldToday[k] as number) + line.quantity
          }
        }
        orders.push({
          orderId: `${c.prefix}${compact(iso)}${String(seq).padStart(5, '0')}`,
          date: iso,
          amountPaid: m(amountPaid),
          refund: m(refund),
          status,
          statusRaw,
          customerId,
          channel: ch,
          currency: opts.currency,
          lines,
        })
      }

      // Traffic (online channels) and spend.
      if (ch !== 'store') {
        const conv = c.conversion * (f.discount >= 0.08 ? 1.35 : 1) * (0.9 + 0.2 * rand())
        traffic.push({ date: iso, channel: ch, visitors: Math.max(1, Math.round(mu / conv)) })
        const adBoost = f.discount > 0 ? 1.6 : 1
        const amount = money(mu * avgOrderCny * c.adShare * adBoost * (0.8 + 0.4 * rand()))
        spend.push({ date: iso, channel: ch, spend: m(amount) })
      } else if (weekday === 0) {
        spend.push({ date: iso, channel: ch, spend: m(money(150 + Math.round(rand() * 100))) })
      }
    }

    // Stock moves; reorder when low.
    products.forEach((_, k) => {
      const left = Math.max(0, (stock[k] as number) - (soldToday[k] as number))
      stock[k] = left
      const pr = pendingRestock[k] as { day: number; qty: number }
      const demand = (dailyUnits[k] as number) * growth * 1.5
      if (pr.day < 0 && left < demand * 14) {
        pr.day = day + 4 + Math.floor(rand() * 4)
        pr.qty = Math.round(demand * 45) + 10
      }
    })
  }

  const productRecords: ProductRecord[] = products.map((p, k) => ({
    sku: p.sku,
    name: p.name,
    unitCost: m(costOn(k, endDay)),
  }))
  return { orders, traffic, spend, inventory, products: productRecords }
}

/** The sample's last `days` days as a period ending on its end date (for demos and tests). */
export function sampleRecentPeriod(endDate: IsoDate, days: number): { from: IsoDate; to: IsoDate } {
  return { from: addDays(endDate, -(days - 1)), to: endDate }
}
