/**
 * A GB18030 encoder for tests (Node's TextEncoder writes UTF-8 only): the two-byte table is built
 * once by decoding every two-byte sequence with TextDecoder('gb18030'). Covers ASCII and every
 * character with a two-byte GBK code — all Chinese text the tests use. Files made with it are
 * derived test data, not real exports.
 */
let table: Map<string, [number, number]> | null = null

function buildTable(): Map<string, [number, number]> {
  const dec = new TextDecoder('gb18030')
  const map = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = dec.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail])
    }
  }
  return map
}

/** Encodes text as GB18030 (ASCII + two-byte characters); throws on a character outside that set. */
export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable()
  const out: number[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0) as number
    if (c < 0x80) {
      out.push(c)
      continue
    }
    const bytes = table.get(ch)
    if (!bytes) throw new Error(`no two-byte GB18030 code for ${JSON.stringify(ch)}`)
    out.push(bytes[0], bytes[1])
  }
  return Uint8Array.from(out)
}
