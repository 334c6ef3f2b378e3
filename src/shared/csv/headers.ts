/**
 * Header-name normalisation (bad-inputs #2, #6, #13, #14): the same column is spelled
 * `订单付款时间 `, `Sales Channel `, `Versandadresse\u00a01`, `商品总价(元)`, `On hand (current)`
 * or `\ufeffName` in real exports. Everything that compares header names goes through here.
 */

// Unit and editability suffixes that platforms append to a header; compared after the rest of
// normalisation (lower case, half-width brackets, single spaces).
const UNIT_SUFFIXES = new Set([
  '元',
  '件',
  '个',
  '人',
  '次',
  '单',
  '笔',
  '天',
  '%',
  '¥',
  '￥',
  '$',
  '€',
  '£',
  'rmb',
  'cny',
  'usd',
  'eur',
  'gbp',
  'inr',
  'pkr',
  'pcs',
  'kg',
  'g',
  'not editable',
  'current',
  '人民币',
  '单位:元',
  '单位:件',
])

const SUFFIX = /\s*\(([^()]*)\)$/
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
const ZERO_WIDTH = /[\ufeff\u200b-\u200d\u2060]/g
const FULL_WIDTH = /[\uff01-\uff5e]/g

/** Full-width ASCII (`（`, `：`, `Ａ`, `１`) to half-width. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/**
 * Canonical form of a header for matching: BOM and zero-width characters removed, odd spaces
 * (NBSP, U+202F, ideographic) made plain and collapsed, full-width ASCII made half-width, lower
 * case, trimmed, and known unit suffixes (`(元)`, `（件）`, `(not editable)`, `(current)`)
 * dropped. CJK is kept as it is.
 */
export function normalizeHeader(h: string): string {
  let s = toHalfWidth(h.replace(ZERO_WIDTH, '')).replace(SPACES, ' ').trim().toLowerCase()
  for (;;) {
    const m = SUFFIX.exec(s)
    if (!m || !UNIT_SUFFIXES.has((m[1] ?? '').trim())) break
    s = s.slice(0, m.index).trim()
  }
  return s
}

/**
 * A looser key for synonym lookup: the normalised header without spaces, `_`, `-`, `.`, `/`
 * and `:`, so `Order ID`, `order_id`, `order-id` and `OrderID` meet.
 */
export function headerKey(h: string): string {
  return normalizeHeader(h).replace(/[\s_\-./:]+/g, '')
}

/** The header as shown to the user: BOM and zero-width characters removed, spaces tidied. */
export function displayHeader(h: string): string {
  return h.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim()
}

/**
 * Display names made unique: a header that repeats (compared normalised) gets `_1`, `_2`, …
 * (`Total`, `Total_1`), never overwriting the earlier column (bad-inputs #13, PapaParse #129).
 * Empty headers stay empty.
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const used = new Set<string>()
  const counts = new Map<string, number>()
  const out: string[] = []
  for (const h of raw) {
    const shown = displayHeader(h)
    const norm = normalizeHeader(shown)
    if (norm === '') {
      out.push(shown)
      continue
    }
    if (!used.has(norm)) {
      used.add(norm)
      counts.set(norm, 1)
      out.push(shown)
      continue
    }
    let n = counts.get(norm) ?? 1
    let candidate = `${shown}_${n}`
    while (used.has(normalizeHeader(candidate))) candidate = `${shown}_${++n}`
    counts.set(norm, n + 1)
    used.add(normalizeHeader(candidate))
    out.push(candidate)
  }
  return out
}
