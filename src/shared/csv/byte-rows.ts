import {
  DateCache,
  cleanText,
  isFilledDate,
  isReturnDone,
  readCurrency,
  readCustomer,
  readShipped,
  type ConvertOptions,
  type CustomerCell,
  type OrderRow,
} from './convert'
import type { Encoding } from './decode'
import type { Field } from './mapping'
import { MAX_ASCII_TEXT, hashString, textOfAscii } from './string-index'
import { minorDigits } from '../money'
import { cleanId, decimalCode, plainIdBytes, plainNumberBytes } from './values'

/**
 * The importer's byte path for orders files: rows are converted from the file's bytes, without
 * decoding the text or cutting it into cell strings (decoding and PapaParse's cells are most of
 * an import's reading time). Only what is plainly the same as the text path is read here: ASCII
 * IDs, plain numbers, `YYYY-MM-DD HH:MM[:SS]` timestamps, and text cells (status, channel, SKU,
 * customer…) looked up by their bytes in a cache filled by the text path's own cleaning function.
 * A row with anything else (a quote, a full-width digit, a currency sign, a masked customer…) is
 * decoded and goes through the text path (pipeline.ts), which gives its value, warning or error.
 *
 * Possible for UTF-8 and GB18030 with a comma, tab or semicolon delimiter (and `|` in UTF-8): in
 * both encodings those bytes, the quote and the line ends never occur inside a multi-byte
 * character (GB18030's trailing bytes are 0x30–0x39 and 0x40–0xFE), so a cell's bytes are its
 * characters' bytes and decode on their own exactly as in the whole text.
 */

/** The byte of a delimiter when the byte path can split rows of this encoding on it, else -1. */
export function byteDelimiter(delimiter: string, encoding: Encoding | undefined): number {
  if (encoding !== 'utf-8' && encoding !== 'gb18030') return -1
  if (delimiter === ',' || delimiter === '\t' || delimiter === ';') return delimiter.charCodeAt(0)
  return delimiter === '|' && encoding === 'utf-8' ? 0x7c : -1
}

/**
 * A hash of `b[s..e)`: FNV-1a over its length, its first 12 and its last 8 bytes (long status
 * words differ early or late; keys that collide are told apart by comparing their bytes).
 */
function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = Math.imul(0x811c9dc5 ^ (e - s), 0x01000193)
  const head = e - s > 20 ? s + 12 : e
  for (let i = s; i < head; i++) {
    h ^= b[i] as number
    h = Math.imul(h, 0x01000193)
  }
  for (let i = head === e ? e : e - 8; i < e; i++) {
    h ^= b[i] as number
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/**
 * Finds the record that starts at `b[s]` and its cells, in one pass: returns the index of its line
 * feed (-1 when there is none before `limit`), with cell k at `b[starts[k]..ends[k])` (the last cell
 * ends at the line feed) and the number of cells in `count[0]` (-1 when there are more than
 * `starts` can hold).
 */
export function scanRecord(
  b: Uint8Array,
  s: number,
  limit: number,
  delimiter: number,
  starts: Int32Array,
  ends: Int32Array,
  count: Int32Array,
): number {
  const max = starts.length
  let n = 0
  starts[0] = s
  for (let i = s; i < limit; i++) {
    const c = b[i] as number
    if (c === delimiter) {
      if (n + 1 < max) {
        ends[n] = i
        starts[n + 1] = i + 1
      }
      n++
    } else if (c === 0x0a) {
      if (n < max) ends[n] = i
      count[0] = n < max ? n + 1 : -1
      return i
    }
  }
  return -1
}

/**
 * What a pure function of a cell's text gives for each distinct cell, keyed by the cell's bytes:
 * the text is decoded once per distinct cell (on a miss), not once per row. An open-addressing
 * table in typed arrays with the keys' bytes in one arena; stops remembering new cells after
 * `limit` distinct ones (then decodes those each time: same values, slower).
 */
export class ByteCache<T> {
  private slots = new Int32Array(64)
  private mask = 63
  private hashes = new Int32Array(32)
  /** Where key k's bytes start in `arena` (k + 1: where they end). */
  private starts = new Int32Array(33)
  private arena = new Uint8Array(1024)
  private readonly values: T[] = []

  constructor(
    private readonly decode: (bytes: Uint8Array) => string,
    private readonly compute: (text: string) => T,
    private readonly limit = 50_000,
  ) {}

  /** Distinct cells remembered. */
  get size(): number {
    return this.values.length
  }

  /** The key found last (columns repeat row after row), -1 none. */
  private last = -1

  /** The number (0, 1, 2… in first-seen order) of the cell of the last `get`; -1 past `limit`. */
  get slot(): number {
    return this.last
  }

  /** `compute` of the text of `b[s..e)`. */
  get(b: Uint8Array, s: number, e: number): T {
    const n = e - s
    const last = this.last
    if (last >= 0) {
      const o = this.starts[last] as number
      if ((this.starts[last + 1] as number) - o === n) {
        const arena = this.arena
        let j = 0
        while (j < n && arena[o + j] === b[s + j]) j++
        if (j === n) return this.values[last] as T
      }
    }
    return this.getHashed(b, s, e, hashBytes(b, s, e))
  }

  /** `get` for a cell whose `hash` is known (from `touch`). */
  getHashed(b: Uint8Array, s: number, e: number, h: number): T {
    const n = e - s
    const mask = this.mask
    const tag = h & ~mask
    const slots = this.slots
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = slots[p] as number
      if (v === 0) return this.add(b, s, e, h, p)
      if ((v & ~mask) !== tag) continue
      const k = (v & mask) - 1
      const o = this.starts[k] as number
      if ((this.starts[k + 1] as number) - o !== n) continue
      const arena = this.arena
      let j = 0
      while (j < n && arena[o + j] === b[s + j]) j++
      if (j === n) {
        this.last = k
        return this.values[k] as T
      }
    }
  }

  /**
   * Reads the memory a `getHashed` of this cell will read (its slot, and a matching key's start,
   * first byte and value): called for a batch of rows before they are converted, so the cache
   * misses of many rows overlap instead of coming one after another. Returns the cell's hash.
   */
  touch(b: Uint8Array, s: number, e: number): number {
    const h = hashBytes(b, s, e)
    const mask = this.mask
    const v = this.slots[h & mask] as number
    this.touchedSlot = -1
    if (v !== 0 && (v & ~mask) === (h & ~mask)) {
      const k = (v & mask) - 1
      this.touchedSlot = k
      this.sink ^=
        (this.arena[this.starts[k] as number] as number) + (this.values[k] === undefined ? 1 : 0)
    }
    return h
  }

  /** What `touch` read (kept so that the reads are not optimised away). */
  private sink = 0
  /** The slot of the key the last `touch` found first (-1 none): the likely `slot` of its `get`. */
  touchedSlot = -1

  private add(b: Uint8Array, s: number, e: number, h: number, p: number): T {
    const value = this.compute(this.decode(b.subarray(s, e)))
    const k = this.values.length
    this.last = -1
    if (k >= this.limit) return value
    if (k >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2)
      hashes.set(this.hashes)
      this.hashes = hashes
      const starts = new Int32Array(hashes.length + 1)
      starts.set(this.starts)
      this.starts = starts
    }
    const at = this.starts[k] as number
    const n = e - s
    if (at + n > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, at + n))
      arena.set(this.arena)
      this.arena = arena
    }
    const arena = this.arena
    for (let j = 0; j < n; j++) arena[at + j] = b[s + j] as number
    this.starts[k + 1] = at + n
    this.hashes[k] = h
    this.values.push(value)
    this.slots[p] = (h & ~this.mask) | (k + 1)
    this.last = k
    if ((k + 1) * 2 > this.mask) this.rehash()
    return value
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2
    const mask = size - 1
    const slots = new Int32Array(size)
    for (let k = 0; k < this.values.length; k++) {
      const h = this.hashes[k] as number
      let p = h & mask
      while ((slots[p] as number) !== 0) p = (p + 1) & mask
      slots[p] = (h & ~mask) | (k + 1)
    }
    this.slots = slots
    this.mask = mask
  }
}

/**
 * Converts the row whose cells are `b[starts[i]..ends[i])` into `out`, exactly as the text path
 * converts the row's decoded cells; false (with `out` in any state) when the row must take the
 * text path.
 */
export interface ByteRowConverter {
  /**
   * Reads ahead for the row in batch position `slot` (its order ID's slot in the grouper and its
   * customer's entries, through `ahead`; its customer's cache entry) and remembers the hashes for
   * `convert`.
   */
  touch(b: Uint8Array, starts: Int32Array, ends: Int32Array, slot: number): void
  /** Converts the row (`slot`: its batch position when `touch` was called for it, else -1). */
  convert(
    b: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    line: number,
    out: OrderRow,
    slot: number,
  ): boolean
}

/** Rows converted as one batch (see ByteRowConverter.touch). */
export const BYTE_BATCH = 64

/**
 * The byte-path twin of `createOrderRowConverter` (same options, same results for the rows it
 * accepts), or null when this file's mapping or currency needs the text path for every row.
 */
export function createOrderByteConverter(
  opts: ConvertOptions,
  encoding: Encoding,
  /**
   * Reads ahead what the grouper will read for a row: its slot for the order ID's hash, and its
   * entry for the customer cell's slot (OrderGrouper.touch, touchCustomer).
   */
  ahead: { order: (hash: number) => void; customer: (slot: number) => void } = {
    order: () => {},
    customer: () => {},
  },
): ByteRowConverter | null {
  const { mapping, currency: shopCurrency } = opts
  const col = (field: Field): number => mapping.fields[field] ?? -1
  const iCurrency = col('currency')
  const fileCurrency = mapping.currency ?? shopCurrency
  if (iCurrency < 0 && fileCurrency !== shopCurrency) return null

  const textDecoder = new TextDecoder(encoding, { ignoreBOM: true })
  // ASCII cells (most IDs, SKUs, customers) without a TextDecoder call: their bytes are their text.
  const decode = (bytes: Uint8Array): string => {
    const n = bytes.length
    if (n <= MAX_ASCII_TEXT) {
      let ascii = true
      for (let k = 0; k < n && ascii; k++) ascii = (bytes[k] as number) < 0x80
      if (ascii) return textOfAscii(bytes, 0, n)
    }
    return textDecoder.decode(bytes)
  }
  const cache = <T>(compute: (text: string) => T, limit?: number): ByteCache<T> =>
    new ByteCache(decode, compute, limit)
  const dates = new DateCache(opts.dateOrder, opts.shopTimeZone)
  const point = decimalCode(opts.decimal)
  const cents = minorDigits(shopCurrency)

  const iOrder = col('orderId')
  const iLine = col('lineId')
  const iCreated = col('createdAt')
  const iAmount = col('amountPaid')
  const iTotal = col('orderTotal')
  const iRefund = col('refund')
  const iPrice = col('unitPrice')
  const iLineTotal = col('lineTotal')
  const iShipping = col('shipping')
  const iDiscount = col('discount')
  const iQty = col('quantity')
  const iPaid = col('paidAt')
  const iFulfilled = col('fulfilledAt')
  const iCancelled = col('cancelledAt')
  const iStatus = col('status')
  const iReturn = col('returnStatus')
  const iShipped = col('shipped')
  const iCustomer = col('customerId')
  const iChannel = col('channel')
  const iSku = col('sku')
  const iName = col('productName')
  const defaultQty = iQty < 0 ? 1 : null

  const statuses = cache((raw) => raw.trim())
  const returns = cache(isReturnDone)
  const shippedWords = cache(readShipped)
  // Up to a million distinct customers: each one's ID is kept by the grouper anyway.
  const customers = cache<CustomerCell>(readCustomer, 1 << 20)
  const channels = cache(cleanText)
  const skus = cache((raw) => {
    const id = cleanId(raw).id
    return id === null ? null : cleanText(id)
  })
  const names = cache(cleanText)
  const currencies = cache(readCurrency)

  /** Money in minor units: null for an empty cell, NaN when the cell needs the text path. */
  const moneyAt = (
    b: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    i: number,
  ): number | null => {
    if (i < 0) return null
    const s = starts[i] as number
    const e = ends[i] as number
    return s === e ? null : plainNumberBytes(b, s, e, point, cents)
  }
  /** `isFilledDate` of a cell: its quick answer from bytes, else from the decoded text. */
  const filledAt = (b: Uint8Array, starts: Int32Array, ends: Int32Array, i: number): boolean => {
    const s = starts[i] as number
    const e = ends[i] as number
    if (s === e) return false
    const first = b[s] as number
    const last = b[e - 1] as number
    if (e - s >= 10 && first >= 0x31 && first <= 0x39 && last > 0x20 && last < 0x80) return true
    return isFilledDate(decode(b.subarray(s, e)))
  }

  /** Hashes of each batch position's order ID (`hashString` of its text) and customer cell. */
  const orderHashes = new Int32Array(BYTE_BATCH)
  const customerHashes = new Int32Array(BYTE_BATCH)

  const touch: ByteRowConverter['touch'] = (b, starts, ends, slot) => {
    const os = starts[iOrder] as number
    const oe = ends[iOrder] as number
    let h = 0x811c9dc5
    for (let i = os; i < oe; i++) {
      h ^= b[i] as number
      h = Math.imul(h, 0x01000193)
    }
    orderHashes[slot] = h | 0
    ahead.order(h | 0)
    if (iCustomer >= 0) {
      customerHashes[slot] = customers.touch(
        b,
        starts[iCustomer] as number,
        ends[iCustomer] as number,
      )
      if (customers.touchedSlot >= 0) ahead.customer(customers.touchedSlot)
    }
  }

  const convert: ByteRowConverter['convert'] = (b, starts, ends, line, out, slot) => {
    const os = starts[iOrder] as number
    const oe = ends[iOrder] as number
    if (os === oe || oe - os > MAX_ASCII_TEXT || !plainIdBytes(b, os, oe)) return false

    let currency = fileCurrency
    if (iCurrency >= 0) {
      currency =
        currencies.get(b, starts[iCurrency] as number, ends[iCurrency] as number) ?? fileCurrency
      if (currency !== shopCurrency) return false
    }

    let date = null
    let stamp = 0
    if (iCreated >= 0) {
      const s = starts[iCreated] as number
      const e = ends[iCreated] as number
      if (s !== e) {
        const d = dates.fastBytes(b, s, e)
        if (d === null) return false
        date = d.date
        stamp = d.stamp
      }
    }
    const amountPaid = moneyAt(b, starts, ends, iAmount)
    const orderTotal = moneyAt(b, starts, ends, iTotal)
    const refund = moneyAt(b, starts, ends, iRefund)
    const unitPrice = moneyAt(b, starts, ends, iPrice)
    const lineTotal = moneyAt(b, starts, ends, iLineTotal)
    const shipping = moneyAt(b, starts, ends, iShipping)
    const discount = moneyAt(b, starts, ends, iDiscount)
    // NaN !== NaN: one of them is not plain.
    if (
      amountPaid !== amountPaid ||
      orderTotal !== orderTotal ||
      refund !== refund ||
      unitPrice !== unitPrice ||
      lineTotal !== lineTotal ||
      shipping !== shipping ||
      discount !== discount
    )
      return false
    let quantity: number | null = null
    if (iQty >= 0) {
      const s = starts[iQty] as number
      const e = ends[iQty] as number
      if (s !== e) {
        quantity = plainNumberBytes(b, s, e, point, -1)
        if (quantity !== quantity) return false
      }
    }

    let customerId: string | null = null
    let customerSlot = -1
    if (iCustomer >= 0) {
      const s = starts[iCustomer] as number
      const e = ends[iCustomer] as number
      const c =
        slot < 0
          ? customers.get(b, s, e)
          : customers.getHashed(b, s, e, customerHashes[slot] as number)
      if (c.warning !== null) return false
      customerId = c.id
      if (customerId !== null) customerSlot = customers.slot
    }
    let lineId: string | null = null
    if (iLine >= 0) {
      const s = starts[iLine] as number
      const e = ends[iLine] as number
      if (s !== e) {
        if (e - s > MAX_ASCII_TEXT || !plainIdBytes(b, s, e)) return false
        lineId = textOfAscii(b, s, e)
      }
    }
    const sku = iSku >= 0 ? skus.get(b, starts[iSku] as number, ends[iSku] as number) : null
    const name = iName >= 0 ? names.get(b, starts[iName] as number, ends[iName] as number) : null

    const orderId = textOfAscii(b, os, oe)
    out.line = line
    out.orderId = orderId
    out.orderIdFlat = true
    out.orderIdHash = slot < 0 ? hashString(orderId) : (orderHashes[slot] as number)
    out.lineId = lineId
    out.date = date
    out.stamp = stamp
    out.amountPaid = amountPaid
    out.orderTotal = orderTotal
    out.refund = refund === null ? null : Math.abs(refund)
    out.statusRaw =
      iStatus >= 0 ? statuses.get(b, starts[iStatus] as number, ends[iStatus] as number) : ''
    out.returnFlag =
      iReturn >= 0 && returns.get(b, starts[iReturn] as number, ends[iReturn] as number)
    out.paid = iPaid >= 0 ? filledAt(b, starts, ends, iPaid) : null
    let shipped: boolean | null = null
    if (iFulfilled >= 0) shipped = filledAt(b, starts, ends, iFulfilled) ? true : null
    if (shipped === null && iShipped >= 0)
      shipped = shippedWords.get(b, starts[iShipped] as number, ends[iShipped] as number)
    out.shipped = shipped
    out.cancelled = iCancelled >= 0 && filledAt(b, starts, ends, iCancelled)
    out.customerId = customerId
    out.customerSlot = customerSlot
    out.channel =
      iChannel >= 0 ? channels.get(b, starts[iChannel] as number, ends[iChannel] as number) : null
    out.currency = currency
    out.sku = sku
    out.name = name
    out.quantity = quantity ?? (sku !== null || name !== null ? defaultQty : null)
    out.unitPrice = unitPrice
    out.lineTotal = lineTotal
    out.shipping = shipping
    out.discount = discount
    return true
  }
  return { touch, convert }
}
