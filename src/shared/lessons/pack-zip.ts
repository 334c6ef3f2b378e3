import { Inflate } from 'fflate'

/**
 * A small, defensive ZIP reader for trainer packs. It reads the central directory first (names,
 * declared sizes, flags, Unix file types) so the caller can refuse a pack before anything is
 * inflated, then inflates single entries with a hard cap on their output: an entry that inflates
 * past its declared size (a zip bomb that lies in its directory) is stopped after one small chunk.
 * Pure TypeScript on fflate's streaming inflater, so it runs in the browser and in Node alike.
 */

/** One entry of a ZIP's central directory. */
export interface ZipEntry {
  /** The stored name, decoded (UTF-8 when flagged or valid, else GB18030 as Chinese Windows writes). */
  name: string
  /** 0 stored, 8 deflate; anything else is unsupported. */
  method: number
  /** Password-protected (general-purpose flag bit 0). */
  encrypted: boolean
  crc: number
  compressedSize: number
  /** Declared uncompressed size. */
  size: number
  /** Unix file type bits (mode & 0o170000) when the archive records them, else 0. */
  unixType: number
  /** Offset of the entry's local header. */
  localOffset: number
}

/** Why an archive or an entry could not be read. */
export type ZipFailure = 'notZip' | 'damaged' | 'compression' | 'encrypted' | 'bomb'

/** Unix file type bits. */
export const UNIX_TYPE = { file: 0o100000, dir: 0o040000, link: 0o120000 } as const

const SIG_EOCD = 0x06054b50
const SIG_EOCD64 = 0x06064b50
const SIG_EOCD64_LOCATOR = 0x07064b50
const SIG_CENTRAL = 0x02014b50
const SIG_LOCAL = 0x04034b50
const MAX_U32 = 0xffffffff

class Damaged extends Error {
  constructor() {
    super('damaged')
  }
}

/** Reads little-endian integers with bounds checks (a read past the end means a damaged archive). */
function reader(bytes: Uint8Array) {
  const u16 = (at: number): number => {
    if (at < 0 || at + 2 > bytes.length) throw new Damaged()
    return (bytes[at] as number) | ((bytes[at + 1] as number) << 8)
  }
  const u32 = (at: number): number => {
    if (at < 0 || at + 4 > bytes.length) throw new Damaged()
    return (
      ((bytes[at] as number) |
        ((bytes[at + 1] as number) << 8) |
        ((bytes[at + 2] as number) << 16) |
        ((bytes[at + 3] as number) << 24)) >>>
      0
    )
  }
  const u64 = (at: number): number => {
    const lo = u32(at)
    const hi = u32(at + 4)
    if (hi > 0x1fffff) throw new Damaged() // beyond Number.MAX_SAFE_INTEGER
    return hi * 0x100000000 + lo
  }
  return { u16, u32, u64 }
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true })

/** Decodes an entry name: UTF-8 when flagged or valid, else GB18030 (Chinese Windows' zip tool). */
function decodeName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag || raw.every((b) => b < 0x80)) return new TextDecoder('utf-8').decode(raw)
  try {
    return utf8Strict.decode(raw)
  } catch {
    return new TextDecoder('gb18030').decode(raw)
  }
}

/** Finds the end-of-central-directory record (it may be followed by a comment of up to 64 KiB). */
function findEocd(bytes: Uint8Array, u32: (at: number) => number): number {
  const last = bytes.length - 22
  const first = Math.max(0, last - 0xffff)
  for (let at = last; at >= first; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(at) === SIG_EOCD) return at
  }
  return -1
}

/**
 * Lists a ZIP's entries from its central directory without inflating anything. Fails with
 * 'notZip' when the bytes are not a ZIP archive and 'damaged' when its directory is broken.
 */
export function readZipDirectory(
  bytes: Uint8Array,
): { ok: true; entries: ZipEntry[] } | { ok: false; reason: ZipFailure } {
  const { u16, u32, u64 } = reader(bytes)
  if (bytes.length < 22) return { ok: false, reason: 'notZip' }
  const eocd = findEocd(bytes, u32)
  if (eocd < 0) return { ok: false, reason: 'notZip' }
  try {
    let count = u16(eocd + 10)
    let offset = u32(eocd + 16)
    // ZIP64: the classic record holds 0xFFFF / 0xFFFFFFFF and a locator points at the real one.
    if (eocd >= 20 && u32(eocd - 20) === SIG_EOCD64_LOCATOR) {
      const at = u64(eocd - 12)
      if (u32(at) !== SIG_EOCD64) throw new Damaged()
      count = u64(at + 32)
      offset = u64(at + 48)
    }
    const entries: ZipEntry[] = []
    let at = offset
    for (let i = 0; i < count; i++) {
      if (u32(at) !== SIG_CENTRAL) throw new Damaged()
      const madeBy = u16(at + 4) >> 8
      const flags = u16(at + 8)
      const method = u16(at + 10)
      const crc = u32(at + 16)
      let compressedSize = u32(at + 20)
      let size = u32(at + 24)
      const nameLen = u16(at + 28)
      const extraLen = u16(at + 30)
      const commentLen = u16(at + 32)
      const external = u32(at + 38)
      let localOffset = u32(at + 42)
      const nameStart = at + 46
      const extraStart = nameStart + nameLen
      const end = extraStart + extraLen + commentLen
      if (end > bytes.length) throw new Damaged()
      let name = decodeName(bytes.subarray(nameStart, extraStart), (flags & 0x800) !== 0)
      // Extra fields: ZIP64 sizes (0x0001) and Info-ZIP's Unicode path (0x7075).
      for (let x = extraStart; x + 4 <= extraStart + extraLen;) {
        const id = u16(x)
        const len = u16(x + 2)
        const data = x + 4
        if (data + len > extraStart + extraLen) throw new Damaged()
        if (id === 0x0001) {
          let p = data
          if (size === MAX_U32) {
            size = u64(p)
            p += 8
          }
          if (compressedSize === MAX_U32) {
            compressedSize = u64(p)
            p += 8
          }
          if (localOffset === MAX_U32) localOffset = u64(p)
        } else if (id === 0x7075 && len > 5 && bytes[data] === 1) {
          try {
            name = utf8Strict.decode(bytes.subarray(data + 5, data + len))
          } catch {
            // keep the plain name
          }
        }
        x = data + len
      }
      // Unix hosts (3) and macOS (19) keep st_mode in the high half of the external attributes.
      const unixType = madeBy === 3 || madeBy === 19 ? (external >>> 16) & 0o170000 : 0
      entries.push({
        name,
        method,
        encrypted: (flags & 1) !== 0,
        crc,
        compressedSize,
        size,
        unixType,
        localOffset,
      })
      at = end
    }
    return { ok: true, entries }
  } catch (e) {
    if (e instanceof Damaged) return { ok: false, reason: 'damaged' }
    throw e
  }
}

let crcTable: Uint32Array | null = null

/** CRC-32 (the ZIP / PNG polynomial). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let c = 0xffffffff
  for (let i = 0; i < data.length; i++)
    c = (crcTable[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** Compressed bytes fed to the inflater per step: bounds what one step can produce (~1 000×). */
const INFLATE_STEP = 16 * 1024

/**
 * Inflates one entry, never producing more than its declared size: output beyond it means the
 * directory lied (a zip bomb) and stops the work at once. Checks the CRC-32.
 */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
): { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: ZipFailure } {
  if (entry.encrypted) return { ok: false, reason: 'encrypted' }
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: 'compression' }
  const { u16, u32 } = reader(bytes)
  let start: number
  try {
    if (u32(entry.localOffset) !== SIG_LOCAL) return { ok: false, reason: 'damaged' }
    start = entry.localOffset + 30 + u16(entry.localOffset + 26) + u16(entry.localOffset + 28)
  } catch {
    return { ok: false, reason: 'damaged' }
  }
  const end = start + entry.compressedSize
  if (end > bytes.length) return { ok: false, reason: 'damaged' }
  const raw = bytes.subarray(start, end)

  let out: Uint8Array<ArrayBuffer>
  if (entry.method === 0) {
    if (raw.length !== entry.size) return { ok: false, reason: 'damaged' }
    out = raw.slice()
  } else {
    out = new Uint8Array(entry.size)
    let written = 0
    let over = false
    const inflater = new Inflate((chunk) => {
      if (over) return
      if (written + chunk.length > entry.size) {
        over = true
        return
      }
      out.set(chunk, written)
      written += chunk.length
    })
    if (raw.length === 0)
      return entry.size === 0 ? { ok: true, bytes: out } : { ok: false, reason: 'damaged' }
    try {
      for (let i = 0; i < raw.length && !over; i += INFLATE_STEP) {
        const stop = Math.min(raw.length, i + INFLATE_STEP)
        inflater.push(raw.subarray(i, stop), stop === raw.length)
      }
    } catch {
      return { ok: false, reason: over ? 'bomb' : 'damaged' }
    }
    if (over) return { ok: false, reason: 'bomb' }
    if (written !== entry.size) return { ok: false, reason: 'damaged' }
  }
  if (crc32(out) !== entry.crc) return { ok: false, reason: 'damaged' }
  return { ok: true, bytes: out }
}
