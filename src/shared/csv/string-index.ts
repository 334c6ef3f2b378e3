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

/**
 * A copy of `s` that does not share memory with the text it was cut from. V8 represents a
 * substring of 13 or more characters as a slice of its parent: an order ID that PapaParse cut out
 * of a 1 MiB slice of decoded text keeps the whole slice alive (for a million orders, every slice
 * of the file: ~180 MiB). JSON.parse builds a fresh, flat (and one-byte when possible) string.
 */
export function flatCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string)
}

/** Strings numbered densely in insertion order. */
export class StringIndex {
  private slots: Int32Array
  private mask: number
  private hashes: Int32Array
  private readonly keys: string[] = []

  constructor(expected = 1024) {
    let size = 16
    while (size < expected * 2) size *= 2
    this.slots = new Int32Array(size).fill(-1)
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
    for (let p = h & this.mask; ; p = (p + 1) & this.mask) {
      const i = this.slots[p] as number
      if (i < 0) return -1
      if (this.hashes[i] === h && this.keys[i] === s) return i
    }
  }

  /** Hash of the string numbered `i` (as `hashString` gives it). */
  hashOf(i: number): number {
    return this.hashes[i] as number
  }

  /** The number of `s`, adding it (as the next number) when new. */
  getOrAdd(s: string): number {
    return this.getOrAddHashed(s, hashString(s))
  }

  /**
   * `getOrAdd` for a string whose `hashString` is already known (`h`); `copy: false` keeps `s`
   * itself (a string that is already flat, e.g. one that came through postMessage).
   */
  getOrAddHashed(s: string, h: number, copy = true): number {
    let p = h & this.mask
    for (; ; p = (p + 1) & this.mask) {
      const i = this.slots[p] as number
      if (i < 0) break
      if (this.hashes[i] === h && this.keys[i] === s) return i
    }
    const i = this.keys.length
    if (i >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2)
      grown.set(this.hashes)
      this.hashes = grown
    }
    this.keys.push(copy ? flatCopy(s) : s)
    this.hashes[i] = h
    this.slots[p] = i
    if ((i + 1) * 2 > this.mask) this.rehash()
    return i
  }

  /** Doubles the table and re-inserts every key. */
  private rehash(): void {
    const size = (this.mask + 1) * 2
    const slots = new Int32Array(size).fill(-1)
    const mask = size - 1
    for (let i = 0; i < this.keys.length; i++) {
      let p = (this.hashes[i] as number) & mask
      while ((slots[p] as number) >= 0) p = (p + 1) & mask
      slots[p] = i
    }
    this.slots = slots
    this.mask = mask
  }
}
