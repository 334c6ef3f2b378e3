import { fail, ok, type Result } from '../result'

/**
 * Bytes → text for imported sales exports (bad-inputs #1–#7, #16).
 *
 * Detection order: binary magic → BOM → strict UTF-8 → UTF-16 without BOM → GB18030.
 * UTF-8 is always tried before GB18030: almost any byte string "decodes" as GB18030, so trying it
 * first silently garbles UTF-8 files (LazyAGI/LazyLLM#1176), while GBK text is practically never
 * valid UTF-8.
 *
 * Known limitation: a Windows-1252 / Latin-1 file (`Café Crème,£3.50`, bytes 43 61 66 E9 …) is not
 * valid UTF-8 and ends in the GB18030 fallback, which turns its accented letters into U+FFFD and
 * stray CJK characters. There is no Latin-1 guess on purpose (that guess mangles GBK files, see
 * jakob/TableTool#26); instead `looksLikeMojibake` flags the result so the preview can ask the user
 * to pick the encoding (re-decode with `decodeBytes(bytes, override)`).
 */

/** Text encodings the importer reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'
/** Kinds of non-text file a user may pick by mistake. */
export type BinaryKind = 'xlsx' | 'xls' | 'zip' | 'pdf' | 'image' | 'binary'

/** The encodings in the order a picker should offer them. */
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be']

/** How many leading bytes detection looks at (callers slicing a big file should read this much). */
export const SNIFF_BYTES = 64 * 1024

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** True when `bytes` starts with `magic`. */
function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false
  return true
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0))
const CONTENT_TYPES = ascii('[Content_Types].xml')
const XL_DIR = ascii('xl/')

/** True when the ASCII byte string `needle` occurs in `hay`. */
function containsBytes(hay: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]
  const last = hay.length - needle.length
  outer: for (let i = 0; i <= last; i++) {
    if (hay[i] !== first) continue
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** UTF-16 byte order from a BOM-less sample: ASCII-heavy text has a zero in every other byte. */
function utf16Pattern(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(head.length, SNIFF_BYTES) >> 1
  if (pairs < 2) return null
  let zeroEven = 0
  let zeroOdd = 0
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroEven++
    if (head[2 * i + 1] === 0) zeroOdd++
  }
  if (zeroOdd >= pairs * 0.3 && zeroEven <= pairs * 0.1) return 'utf-16le'
  if (zeroEven >= pairs * 0.3 && zeroOdd <= pairs * 0.1) return 'utf-16be'
  return null
}

/** Length of a byte-order mark at the start of `head` and the encoding it names. */
function bomOf(head: Uint8Array): { encoding: Encoding; bomLength: number } | null {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bomLength: 3 }
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 }
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 }
  return null
}

/** Detects a workbook, archive, PDF, image or other binary file from its first bytes; null for text. */
export function detectBinary(head: Uint8Array): BinaryKind | null {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const window = head.subarray(0, 4096)
    return containsBytes(window, CONTENT_TYPES) || containsBytes(window, XL_DIR) ? 'xlsx' : 'zip'
  }
  if (startsWith(head, [0x50, 0x4b, 0x05, 0x06]) || startsWith(head, [0x50, 0x4b, 0x07, 0x08]))
    return 'zip'
  if (startsWith(head, [0x1f, 0x8b]) || startsWith(head, ascii('Rar!'))) return 'zip'
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'zip'
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls'
  if (startsWith(head, ascii('%PDF'))) return 'pdf'
  if (
    startsWith(head, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(head, [0xff, 0xd8, 0xff]) ||
    startsWith(head, ascii('GIF8')) ||
    (startsWith(head, ascii('RIFF')) && containsBytes(head.subarray(8, 12), ascii('WEBP')))
  )
    return 'image'
  const bom = bomOf(head)
  if (bom && bom.encoding !== 'utf-8') return null
  if (utf16Pattern(head)) return null
  const n = Math.min(head.length, SNIFF_BYTES)
  let nul = 0
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = head[i] as number
    if (b === 0) nul++
    else if (
      b < 0x20 &&
      b !== 0x09 &&
      b !== 0x0a &&
      b !== 0x0d &&
      b !== 0x0c &&
      b !== 0x1a &&
      b !== 0x1b
    )
      control++
  }
  if (nul > 0 && (nul * 100 >= n || nul >= 64)) return 'binary'
  if (control * 10 > n) return 'binary'
  return null
}

/** Bytes to drop from the end of a cut sample so an incomplete UTF-8 sequence is not an error. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] as number
    if ((b & 0xc0) === 0x80) continue // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? back : 0
  }
  return 0
}

/** True when `bytes` is valid UTF-8 (strict). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Guesses the encoding of a sample: BOM, else strict UTF-8, else BOM-less UTF-16, else GB18030. */
export function detectEncoding(
  head: Uint8Array,
  complete: boolean,
): { encoding: Encoding; bomLength: number } {
  const bom = bomOf(head)
  if (bom) return bom
  // ASCII UTF-16 is valid UTF-8 (NUL bytes are legal), so the zero pattern is checked first.
  const utf16 = utf16Pattern(head)
  if (utf16) return { encoding: utf16, bomLength: 0 }
  const sample = complete ? head : head.subarray(0, head.length - incompleteUtf8Tail(head))
  if (isUtf8(sample)) return { encoding: 'utf-8', bomLength: 0 }
  return { encoding: 'gb18030', bomLength: 0 }
}

/** Decodes a whole file: rejects binaries and empty files, strips the BOM, detects or forces the encoding. */
export function decodeBytes(
  bytes: Uint8Array,
  override?: Encoding,
): Result<{ text: string; encoding: Encoding }> {
  if (bytes.length === 0) return fail('parse.errors.empty')
  const kind = detectBinary(bytes.subarray(0, SNIFF_BYTES))
  if (kind === 'xlsx') return fail('parse.errors.xlsx')
  if (kind) return fail('parse.errors.binary', { kind })
  const bom = bomOf(bytes)
  if (bom && bom.bomLength === bytes.length) return fail('parse.errors.empty')
  let text: string
  let encoding: Encoding
  if (override) {
    encoding = override
    // The default decoder strips a BOM only when it matches the chosen encoding.
    text = new TextDecoder(override).decode(bytes)
  } else if (bom) {
    encoding = bom.encoding
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.bomLength))
  } else {
    const utf16 = utf16Pattern(bytes.subarray(0, SNIFF_BYTES))
    if (utf16) {
      encoding = utf16
      text = new TextDecoder(utf16).decode(bytes)
    } else {
      try {
        text = strictUtf8.decode(bytes)
        encoding = 'utf-8'
      } catch {
        encoding = 'gb18030'
        text = new TextDecoder('gb18030').decode(bytes)
      }
    }
  }
  if (text.length === 0) return fail('parse.errors.empty')
  return ok({ text, encoding })
}

/** Incremental decoder for files read in slices: skips the BOM once and keeps split sequences intact. */
export class StreamDecoder {
  private readonly decoder: InstanceType<typeof TextDecoder>
  private skip: number
  private replaced = 0

  /** `bomLength` bytes at the very start of the stream are dropped (from `detectEncoding`). */
  constructor(encoding: Encoding, bomLength: number) {
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true })
    this.skip = bomLength
  }

  /** Decodes the next slice; an incomplete trailing sequence is held back until the next call. */
  decode(chunk: Uint8Array): string {
    let bytes = chunk
    if (this.skip > 0) {
      const n = Math.min(this.skip, bytes.length)
      bytes = bytes.subarray(n)
      this.skip -= n
    }
    return this.count(this.decoder.decode(bytes, { stream: true }))
  }

  /** Flushes what is held back (an incomplete sequence at the end of the file becomes U+FFFD). */
  end(): string {
    return this.count(this.decoder.decode())
  }

  /** How many U+FFFD replacement characters the decoded text held so far (bytes that were not valid). */
  get replacements(): number {
    return this.replaced
  }

  private count(text: string): string {
    for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1))
      this.replaced++
    return text
  }
}

// Windows-1252 characters that UTF-8 continuation bytes 0x80–0x9F turn into when read as CP1252.
const CP1252_CONTINUATION = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x017e, 0x0178,
])

const isHalfwidthKana = (c: number): boolean => c >= 0xff61 && c <= 0xff9f
const isCompatIdeograph = (c: number): boolean => c >= 0xf900 && c <= 0xfaff
/** A UTF-8 continuation byte as it looks after a Latin-1 / CP1252 misreading. */
const isLatinContinuation = (c: number): boolean =>
  (c >= 0x80 && c <= 0xbf) || CP1252_CONTINUATION.has(c)

/** Suspicious and non-ASCII character counts (see mojibakeScore). */
function mojibakeCounts(text: string): { suspicious: number; nonAscii: number } {
  let suspicious = 0
  let nonAscii = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    nonAscii++
    if (c === 0xfffd || isCompatIdeograph(c) || (c >= 0xe000 && c <= 0xf8ff)) {
      suspicious++
    } else if (isHalfwidthKana(c)) {
      // Runs only: one halfwidth kana can be real Japanese; Shift-JIS misreads of GBK come in runs.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0
      if (
        isHalfwidthKana(prev) ||
        isHalfwidthKana(next) ||
        isCompatIdeograph(prev) ||
        isCompatIdeograph(next)
      )
        suspicious++
    } else if (c >= 0xc2 && c <= 0xf4 && i + 1 < n && isLatinContinuation(text.charCodeAt(i + 1))) {
      // 'Ã©', 'Â ', 'â€™': a UTF-8 lead byte and a continuation byte read as Latin-1 / CP1252.
      suspicious += 2
      nonAscii++
      i++
    }
  }
  return { suspicious, nonAscii }
}

/** Share (0..1) of the non-ASCII characters that look like mis-decoded text (kana runs, U+FFFD, 'Ã©'…). */
export function mojibakeScore(text: string): number {
  const { suspicious, nonAscii } = mojibakeCounts(text)
  return nonAscii === 0 ? 0 : suspicious / nonAscii
}

/** True when the text is likely garbled: at least 2 suspicious characters making up 20 % of non-ASCII. */
export function looksLikeMojibake(text: string): boolean {
  const { suspicious, nonAscii } = mojibakeCounts(text)
  return suspicious >= 2 && suspicious >= nonAscii * 0.2
}
