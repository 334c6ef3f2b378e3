/**
 * Dense numbering of strings (order IDs): `getOrAdd` returns 0, 1, 2… in first-seen order. An
 * open-addressing table in typed arrays, about 3× faster than a `Map<string, number>` for a
 * million fresh keys and invisible to the garbage collector (no per-entry objects).
 */

/** FNV-1a hash of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** Reused argument lists for `String.fromCharCode`, one per length up to COPY_BY_CODES. */
const COPY_BY_CODES = 64
const codeLists: number[][] = []
for (let n = 0; n <= COPY_BY_CODES; n++) codeLists.push(new Array<number>(n).fill(0))

/**
 * A copy of `s` that does not share memory with the text it was cut from. V8 represents a
 * substring of 13 or more characters as a slice of its parent: an order ID that PapaParse cut out
 * of a 1 MiB slice of decoded text keeps the whole slice alive (for a million orders, every slice
 * of the file: ~180 MiB). `String.fromCharCode` builds a fresh, flat string (one-byte when every
 * code fits) from the code units; longer strings go through a JSON round trip, which does the
 * same. (`(' ' + s).slice(1)` and the like do not: they make another slice.)
 */
export function flatCopy(s: string): string {
  const n = s.length
  if (n < 13) return s
  if (n > COPY_BY_CODES) return JSON.parse(JSON.stringify(s)) as string
  const codes = codeLists[n] as number[]
  for (let k = 0; k < n; k++) codes[k] = s.charCodeAt(k)
  return String.fromCharCode.apply(null, codes)
}

/** The longest text `textOfAscii` makes. */
export const MAX_ASCII_TEXT = COPY_BY_CODES

/**
 * The text of the ASCII bytes `b[s..e)` (at most MAX_ASCII_TEXT of them): a flat one-byte string,
 * made like `flatCopy`'s copies (the importer's byte path: order IDs, ASCII cells).
 */
export function textOfAscii(b: Uint8Array, s: number, e: number): string {
  const n = e - s
  const codes = codeLists[n] as number[]
  for (let k = 0; k < n; k++) codes[k] = b[s + k] as number
  return String.fromCharCode.apply(null, codes)
}

/** Strings numbered densely in insertion order. */
export class StringIndex {
  /**
   * Open addressing, linear probing, at most half full. A slot is 0 when empty, else the string's
   * number + 1 in the bits under `mask` and the same string's hash bits above `mask` (a tag): a
   * probe reads one slot, and compares strings only when the tags match (1 in 2^(32 − log2 size)
   * otherwise), without touching `hashes` or the strings of other keys.
   */
  private slots: Int32Array
  private mask: number
  private hashes: Int32Array
  private readonly keys: string[] = []

  constructor(expected = 1024) {
    let size = 16
    while (size < expected * 2) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    this.hashes = new Int32Array(Math.max(16, expected))
  }

  /** Number of distinct strings. */
  get size(): number {
    return this.keys.length
  }

  /** The string numbered `i`. */
  key(i: number): string {
    return this.keys[i] as string
  }

  /** Every string by its number (the live list: do not change it). */
  keyList(): string[] {
    return this.keys
  }

  /** The number of `s`, or -1 when it was never added. */
  get(s: string): number {
    return this.getHashed(s, hashString(s))
  }

  /** `get` for a string whose `hashString` is already known (`h`). */
  getHashed(s: string, h: number): number {
    const mask = this.mask
    const tag = h & ~mask
    const slots = this.slots
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = slots[p] as number
      if (v === 0) return -1
      if ((v & ~mask) === tag && this.keys[(v & mask) - 1] === s) return (v & mask) - 1
    }
  }

  /** Hash of the string numbered `i` (as `hashString` gives it). */
  hashOf(i: number): number {
    return this.hashes[i] as number
  }

  /**
   * Reads the slot where a key of hash `h` is looked for first, ahead of the `getOrAddHashed`
   * that will read it (a batch of these lets the cache misses overlap); returns the slot's value.
   */
  touch(h: number): number {
    return this.slots[h & this.mask] as number
  }

  /** The number of `s`, adding it (as the next number) when new. */
  getOrAdd(s: string): number {
    const n = s.length
    if (n < 13 || n > COPY_BY_CODES) return this.getOrAddHashed(s, hashString(s))
    // One pass over the text: the hash, and the codes for the flat copy should `s` be new.
    const codes = codeLists[n] as number[]
    let h = 0x811c9dc5
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k)
      codes[k] = c
      h ^= c
      h = Math.imul(h, 0x01000193)
    }
    h |= 0
    const p = this.find(s, h)
    return p < 0 ? -p - 1 : this.add(String.fromCharCode.apply(null, codes), h, p)
  }

  /**
   * `getOrAdd` for a string whose `hashString` is already known (`h`); `copy: false` keeps `s`
   * itself (a string that is already flat, e.g. one that came through postMessage).
   */
  getOrAddHashed(s: string, h: number, copy = true): number {
    const p = this.find(s, h)
    return p < 0 ? -p - 1 : this.add(copy ? flatCopy(s) : s, h, p)
  }

  /** −(number + 1) of `s` when present, else the free slot where it belongs. */
  private find(s: string, h: number): number {
    const mask = this.mask
    const tag = h & ~mask
    const slots = this.slots
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = slots[p] as number
      if (v === 0) return p
      if ((v & ~mask) === tag && this.keys[(v & mask) - 1] === s) return -(v & mask)
    }
  }

  /** Adds `s` (hash `h`) as the next number, in the free slot `p`. */
  private add(s: string, h: number, p: number): number {
    const i = this.keys.length
    if (i >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2)
      grown.set(this.hashes)
      this.hashes = grown
    }
    this.keys.push(s)
    this.hashes[i] = h
    this.slots[p] = (h & ~this.mask) | (i + 1)
    if ((i + 1) * 2 > this.mask) this.rehash()
    return i
  }

  /** Room for `expected` strings in all, made at once (no rehash on the way there). */
  reserve(expected: number): void {
    if (expected > this.hashes.length) {
      const grown = new Int32Array(expected)
      grown.set(this.hashes)
      this.hashes = grown
    }
    let size = this.mask + 1
    while (size <= expected * 2) size *= 2 // `add` doubles once more past half full
    if (size > this.mask + 1) this.rehash(size)
  }

  /** Grows the table (doubles it by default) and re-inserts every key. */
  private rehash(size = (this.mask + 1) * 2): void {
    const slots = new Int32Array(size)
    const mask = size - 1
    for (let i = 0; i < this.keys.length; i++) {
      const h = this.hashes[i] as number
      let p = h & mask
      while ((slots[p] as number) !== 0) p = (p + 1) & mask
      slots[p] = (h & ~mask) | (i + 1)
    }
    this.slots = slots
    this.mask = mask
  }
}
