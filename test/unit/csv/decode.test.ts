import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import {
  decodeBytes,
  detectBinary,
  detectEncoding,
  looksLikeMojibake,
  mojibakeScore,
  StreamDecoder,
  type Encoding,
} from '../../../src/shared/csv/decode'
import { readDataset, skipDatasets } from '../../support/datasets'

// ---------------------------------------------------------------------------------------------
// Encoders for test bytes (the app only decodes).
// ---------------------------------------------------------------------------------------------

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8
  }
  return out
}

const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)))
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0))
  let at = 0
  for (const a of arrays) {
    out.set(a, at)
    at += a.length
  }
  return out
}

/**
 * A GBK encoder table built from the platform's own GB18030 decoder: every two-byte code
 * (lead 81–FE, trail 40–FE) decoded once, mapped back. Covers all GBK characters.
 */
const GBK = (() => {
  const table = new Map<string, [number, number]>()
  const dec = new TextDecoder('gb18030')
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = dec.decode(Uint8Array.of(lead, trail))
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail])
    }
  }
  return table
})()

function gbk(s: string): Uint8Array {
  const out: number[] = []
  for (const ch of s) {
    const c = ch.charCodeAt(0)
    if (c < 0x80) out.push(c)
    else {
      const pair = GBK.get(ch)
      if (!pair) throw new Error(`no GBK code for ${ch}`)
      out.push(...pair)
    }
  }
  return Uint8Array.from(out)
}

const isValidUtf8 = (b: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b)
    return true
  } catch {
    return false
  }
}

const hex = (b: Uint8Array): string =>
  Array.from(b, (x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ')

const TAOBAO_HEADER = '订单编号,买家会员名,买家实际支付金额,订单状态'
const LATIN1_CAFE = Uint8Array.from([
  0x43, 0x61, 0x66, 0xe9, 0x20, 0x43, 0x72, 0xe8, 0x6d, 0x65, 0x2c, 0xa3, 0x33, 0x2e, 0x35, 0x30,
]) // 'Café Crème,£3.50' in Latin-1

// ---------------------------------------------------------------------------------------------

describe('detectBinary', () => {
  const zipHeader = (name: string): Uint8Array =>
    concat(
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
      new Uint8Array(22),
      utf8(name),
      new Uint8Array(40),
    )

  it('recognises an XLSX renamed to .csv by its first entry', () => {
    expect(detectBinary(zipHeader('[Content_Types].xml'))).toBe('xlsx')
    expect(detectBinary(zipHeader('xl/workbook.xml'))).toBe('xlsx')
  })
  it('tells a plain ZIP from a workbook', () => {
    expect(detectBinary(zipHeader('orders_export_1.csv'))).toBe('zip')
    expect(detectBinary(Uint8Array.of(0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0))).toBe('zip')
    expect(detectBinary(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00))).toBe('zip')
  })
  it('recognises XLS, PDF and images', () => {
    expect(detectBinary(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).toBe(
      'xls',
    )
    expect(detectBinary(utf8('%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf')
    expect(detectBinary(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe(
      'image',
    )
    expect(detectBinary(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image')
    expect(detectBinary(utf8('GIF89a\x01\x00'))).toBe('image')
  })
  it('flags NUL-heavy data as binary, but not UTF-16 text', () => {
    const junk = new Uint8Array(1000).map((_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26)))
    expect(detectBinary(junk)).toBe('binary')
    expect(detectBinary(utf16('Name,Total\n#1001,12.50\n', true))).toBeNull()
    expect(detectBinary(utf16('Name,Total\n#1001,12.50\n', false))).toBeNull()
    expect(detectBinary(concat([0xff, 0xfe], utf16('订单编号\t金额\n', true)))).toBeNull()
  })
  it('returns null for text, whatever its encoding', () => {
    expect(detectBinary(utf8('Name,Email,Financial Status\n'))).toBeNull()
    expect(detectBinary(concat([0xef, 0xbb, 0xbf], utf8('Bestell-ID,Bestellstatus\n')))).toBeNull()
    expect(detectBinary(gbk(TAOBAO_HEADER))).toBeNull()
    expect(detectBinary(LATIN1_CAFE)).toBeNull()
    expect(detectBinary(new Uint8Array(0))).toBeNull()
  })
})

describe('detectEncoding', () => {
  it('follows a BOM', () => {
    expect(detectEncoding(concat([0xef, 0xbb, 0xbf], utf8('a,b')), true)).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
    })
    expect(detectEncoding(concat([0xff, 0xfe], utf16('a,b', true)), true)).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
    })
    expect(detectEncoding(concat([0xfe, 0xff], utf16('a,b', false)), true)).toEqual({
      encoding: 'utf-16be',
      bomLength: 2,
    })
  })
  it('prefers strict UTF-8, even for Chinese UTF-8 that would also "decode" as GB18030', () => {
    const bytes = utf8(`${TAOBAO_HEADER}\n1001,tb123,99.00,交易成功\n`)
    expect(new TextDecoder('gb18030').decode(bytes)).not.toContain('订单') // as GB18030 it is garbage…
    expect(detectEncoding(bytes, true)).toEqual({ encoding: 'utf-8', bomLength: 0 }) // …but UTF-8 wins
  })
  it('falls back to GB18030 for GBK bytes (bad-inputs #1)', () => {
    const bytes = gbk(TAOBAO_HEADER)
    expect(hex(bytes.subarray(0, 9))).toBe('B6 A9 B5 A5 B1 E0 BA C5 2C')
    expect(detectEncoding(bytes, true)).toEqual({ encoding: 'gb18030', bomLength: 0 })
  })
  it('ignores a multi-byte sequence cut by the end of an incomplete sample', () => {
    const full = utf8('订单编号,金额\n1001,99\n订')
    for (const cut of [1, 2]) {
      const sample = full.subarray(0, full.length - cut)
      expect(isValidUtf8(sample)).toBe(false)
      expect(detectEncoding(sample, false).encoding).toBe('utf-8')
      expect(detectEncoding(sample, true).encoding).toBe('gb18030') // a complete file cannot end mid-character
    }
  })
  it('does not excuse invalid bytes that are not at the very end', () => {
    const bad = concat(utf8('Name,Total\n'), [0xc3, 0x28], utf8(',12\n'))
    expect(detectEncoding(bad, false).encoding).toBe('gb18030')
  })
  it('detects UTF-16 without a BOM from the zero bytes of ASCII-heavy text', () => {
    const text = 'title\tcid\tprice\n宝贝\t50013932\t88\n'
    expect(detectEncoding(utf16(text, true), true)).toEqual({ encoding: 'utf-16le', bomLength: 0 })
    expect(detectEncoding(utf16(text, false), true)).toEqual({ encoding: 'utf-16be', bomLength: 0 })
  })
})

describe('decodeBytes', () => {
  it('decodes GBK Chinese headers to the same text', () => {
    const text = `${TAOBAO_HEADER}\n1001,tb123,99.00,交易成功\n`
    expect(decodeBytes(gbk(text))).toEqual({ ok: true, value: { text, encoding: 'gb18030' } })
  })

  it('decode(gbk(text)) === text for Chinese order rows (property)', () => {
    const words = [
      '订单编号',
      '买家会员名',
      '买家实际支付金额',
      '订单状态',
      '收货地址',
      '订单创建时间',
      '订单付款时间',
      '退款金额',
      '宝贝标题',
      '交易成功',
      '交易关闭',
      '等待买家付款',
      '卖家已发货',
      '上海',
      '广东省',
      '内蒙古自治区',
      '速干T恤',
      '数量',
      '单价',
      '备注',
    ]
    // Each word is invalid UTF-8 on its own and cells are separated by ASCII, so the file is too.
    for (const w of words) expect(isValidUtf8(gbk(`${w},`)), w).toBe(false)
    const cell = fc.oneof(fc.constantFrom(...words), fc.stringMatching(/^[0-9A-Za-z .:-]{0,8}$/))
    const row = fc.array(cell, { minLength: 1, maxLength: 8 }).map((cells) => cells.join(','))
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.array(row, { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (head, rows, eol) => {
          const text = [head, ...rows].join(eol) + eol
          const r = decodeBytes(gbk(text))
          expect(r).toEqual({ ok: true, value: { text, encoding: 'gb18030' } })
        },
      ),
    )
  })

  it('strips a UTF-8 BOM (bad-inputs #2)', () => {
    const r = decodeBytes(
      concat([0xef, 0xbb, 0xbf], utf8('Bestell-ID,Bestellstatus,Versandadresse\u00a01\n')),
    )
    expect(r).toEqual({
      ok: true,
      value: { text: 'Bestell-ID,Bestellstatus,Versandadresse\u00a01\n', encoding: 'utf-8' },
    })
  })

  it('decodes UTF-16BE with and without a BOM', () => {
    const text = 'version 1.00\ntitle\tcid\n宝贝名称\t宝贝类目\n'
    expect(decodeBytes(concat([0xfe, 0xff], utf16(text, false)))).toEqual({
      ok: true,
      value: { text, encoding: 'utf-16be' },
    })
    expect(decodeBytes(utf16(text, false))).toEqual({
      ok: true,
      value: { text, encoding: 'utf-16be' },
    })
    expect(decodeBytes(concat([0xff, 0xfe], utf16(text, true)))).toEqual({
      ok: true,
      value: { text, encoding: 'utf-16le' },
    })
  })

  it.skipIf(skipDatasets())(
    'decodes the real UTF-16LE Taobao-Assistant file and flags its mojibake line (bad-inputs #3, #4)',
    () => {
      const bytes = readDataset('taobao-assistant-products-utf16le.csv')
      expect(hex(bytes.subarray(0, 2))).toBe('FF FE')
      expect(detectEncoding(bytes.subarray(0, 4096), false)).toEqual({
        encoding: 'utf-16le',
        bomLength: 2,
      })
      const r = decodeBytes(bytes)
      if (!r.ok) throw new Error(r.error.key)
      expect(r.value.encoding).toBe('utf-16le')
      const lines = r.value.text.split('\n')
      expect(lines[0]).toBe('version 1.00')
      expect(lines[1]?.startsWith('title\tcid\tseller_cids\t')).toBe(true)
      expect(lines[2]?.startsWith('ｱｦｱｴﾃ﨤ﾆ\tｱｦｱｴﾀ狷ｿ')).toBe(true)
      expect(mojibakeScore(lines[2] as string)).toBeGreaterThan(0.7)
      expect(looksLikeMojibake(lines[2] as string)).toBe(true)
      for (const i of [0, 1, 3, 4, 5])
        expect(looksLikeMojibake(lines[i] as string), `line ${i + 1}`).toBe(false)
      expect(lines[3]?.startsWith('"test-速干T恤"\t50013932')).toBe(true)
    },
  )

  it.skipIf(skipDatasets())('decodes the real UTF-8-with-BOM Temu file without the BOM', () => {
    const r = decodeBytes(readDataset('temu-orders-de.csv'))
    if (!r.ok) throw new Error(r.error.key)
    expect(r.value.encoding).toBe('utf-8')
    expect(r.value.text.startsWith('Bestell-ID,Bestellstatus,Erfüllungs-Modus')).toBe(true)
    expect(looksLikeMojibake(r.value.text)).toBe(false)
  })

  it('reads a Latin-1 file as GB18030 (known limitation) and the result is flagged as garbled (bad-inputs #5)', () => {
    expect(isValidUtf8(LATIN1_CAFE)).toBe(false) // so it must not come out as UTF-8
    const r = decodeBytes(LATIN1_CAFE)
    if (!r.ok) throw new Error(r.error.key)
    expect(r.value.encoding).toBe('gb18030')
    expect(r.value.text).not.toContain('é')
    expect(looksLikeMojibake(r.value.text)).toBe(true)
    expect(r.value.text.startsWith('Caf')).toBe(true)
  })

  it('rejects empty files and BOM-only files (bad-inputs #16)', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({
      ok: false,
      error: { key: 'parse.errors.empty' },
    })
    expect(decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf))).toEqual({
      ok: false,
      error: { key: 'parse.errors.empty' },
    })
    expect(decodeBytes(Uint8Array.of(0xff, 0xfe))).toEqual({
      ok: false,
      error: { key: 'parse.errors.empty' },
    })
    expect(decodeBytes(Uint8Array.of(0xfe, 0xff))).toEqual({
      ok: false,
      error: { key: 'parse.errors.empty' },
    })
    expect(decodeBytes(new Uint8Array(0), 'gb18030')).toEqual({
      ok: false,
      error: { key: 'parse.errors.empty' },
    })
  })

  it('rejects workbooks and other binaries with their own keys (bad-inputs #7)', () => {
    const xlsx = concat(
      [0x50, 0x4b, 0x03, 0x04],
      new Uint8Array(26),
      utf8('[Content_Types].xml'),
      new Uint8Array(64),
    )
    expect(decodeBytes(xlsx)).toEqual({ ok: false, error: { key: 'parse.errors.xlsx' } })
    expect(decodeBytes(utf8('%PDF-1.4\n...'))).toEqual({
      ok: false,
      error: { key: 'parse.errors.binary', values: { kind: 'pdf' } },
    })
    expect(decodeBytes(xlsx, 'utf-8').ok).toBe(false) // an override never decodes a workbook
  })

  it('an override decodes with that encoding, non-fatally', () => {
    const gb = gbk(TAOBAO_HEADER)
    const asUtf8 = decodeBytes(gb, 'utf-8')
    if (!asUtf8.ok) throw new Error(asUtf8.error.key)
    expect(asUtf8.value.encoding).toBe('utf-8')
    expect(asUtf8.value.text).toContain('\ufffd')
    expect(looksLikeMojibake(asUtf8.value.text)).toBe(true)
    const forced = decodeBytes(utf8('Name,Total\n'), 'gb18030')
    expect(forced).toEqual({ ok: true, value: { text: 'Name,Total\n', encoding: 'gb18030' } })
    // A BOM matching the forced encoding is still stripped.
    expect(decodeBytes(concat([0xef, 0xbb, 0xbf], utf8('a,b')), 'utf-8')).toEqual({
      ok: true,
      value: { text: 'a,b', encoding: 'utf-8' },
    })
  })
})

describe('StreamDecoder', () => {
  const TEXT =
    'Bestell-ID,Größe,Preis\n1,"Konftel\u00a0250",15,00€\n订单编号,宝贝名称\n2,"速干T恤 😀",99.00\n'
  const cases: [Encoding, Uint8Array, Uint8Array][] = [
    ['utf-8', concat([0xef, 0xbb, 0xbf], utf8(TEXT)), Uint8Array.of(0xef, 0xbb, 0xbf)],
    ['utf-16le', concat([0xff, 0xfe], utf16(TEXT, true)), Uint8Array.of(0xff, 0xfe)],
    ['utf-16be', concat([0xfe, 0xff], utf16(TEXT, false)), Uint8Array.of(0xfe, 0xff)],
  ]

  it.each(cases)(
    '%s: a split at every byte offset gives the whole-buffer text',
    (encoding, bytes, bom) => {
      for (let cut = 0; cut <= bytes.length; cut++) {
        const d = new StreamDecoder(encoding, bom.length)
        const out = d.decode(bytes.subarray(0, cut)) + d.decode(bytes.subarray(cut)) + d.end()
        expect(out, `cut at ${cut}`).toBe(TEXT)
        expect(d.replacements).toBe(0)
      }
    },
  )

  it.each(cases)('%s: one byte at a time gives the whole-buffer text', (encoding, bytes, bom) => {
    const d = new StreamDecoder(encoding, bom.length)
    let out = ''
    for (let i = 0; i < bytes.length; i++) out += d.decode(bytes.subarray(i, i + 1))
    expect(out + d.end()).toBe(TEXT)
  })

  it('gb18030: splits at every offset of GBK bytes equal decodeBytes', () => {
    const text = `${TAOBAO_HEADER}\n1001,tb123,99.00,交易成功\n`
    const bytes = gbk(text)
    for (let cut = 0; cut <= bytes.length; cut++) {
      const d = new StreamDecoder('gb18030', 0)
      expect(d.decode(bytes.subarray(0, cut)) + d.decode(bytes.subarray(cut)) + d.end()).toBe(text)
    }
  })

  it('random chunkings of random text equal the whole decode (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, cutsRaw) => {
          const bytes = utf8(text)
          const cuts = [...new Set(cutsRaw.map((c) => c % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          )
          const d = new StreamDecoder('utf-8', 0)
          let out = ''
          let prev = 0
          for (const c of [...cuts, bytes.length]) {
            out += d.decode(bytes.subarray(prev, c))
            prev = c
          }
          expect(out + d.end()).toBe(text)
        },
      ),
    )
  })

  it('counts replacement characters and flushes a cut sequence at the end', () => {
    const d = new StreamDecoder('utf-8', 0)
    expect(d.decode(utf8('订单').subarray(0, 4))).toBe('订')
    expect(d.end()).toBe('\ufffd')
    expect(d.replacements).toBe(1)
  })
})

describe('mojibakeScore / looksLikeMojibake', () => {
  it('scores normal Chinese, English and German text ~0', () => {
    for (const s of [
      '订单编号,买家会员名,买家实际支付金额,订单状态,收货地址 ,订单创建时间',
      'Name,Email,Financial Status,Paid at,Fulfillment Status',
      'Bestell-ID,Bestellstatus,Erfüllungs-Modus,Name des Empfängers,Späteste Versandzeit,Größe,Straße',
      'Café Crème £3.50 — “quoted” ‘text’ Ø 5 x 7 cm PawRamp™ ✅ Order Confirmed',
      'Numéro de commande, Année, Señor, Ärger, Éte, ½ kg, ¥1,234.50 ￥88',
    ]) {
      expect(mojibakeScore(s), s).toBeLessThan(0.05)
      expect(looksLikeMojibake(s), s).toBe(false)
    }
    expect(mojibakeScore('')).toBe(0)
    expect(mojibakeScore('plain ascii only')).toBe(0)
  })
  it('scores Shift-JIS-read GBK (halfwidth kana runs, compatibility ideographs) high', () => {
    const line = 'ｱｦｱｴﾃ﨤ﾆ\tｱｦｱｴﾀ狷ｿ\tｵﾌﾀ狷ｿ\tﾐﾂｾﾉｳﾌｶﾈ\tﾊ｡\tｳﾇﾊﾐ'
    expect(mojibakeScore(line)).toBeGreaterThan(0.7)
    expect(looksLikeMojibake(line)).toBe(true)
  })
  it('scores UTF-8 read as Latin-1 / CP1252 high', () => {
    for (const s of ['CafÃ© CrÃ¨me', 'GrÃ¶ÃŸe', 'itâ€™s', 'Versandadresse\u00c2\u00a01']) {
      expect(mojibakeScore(s), s).toBeGreaterThan(0.5)
    }
    expect(looksLikeMojibake('CafÃ© CrÃ¨me')).toBe(true)
  })
  it('counts replacement characters', () => {
    expect(mojibakeScore('订单\ufffd\ufffd')).toBe(0.5)
    expect(looksLikeMojibake('订单\ufffd\ufffd')).toBe(true)
    // One stray replacement among many good characters is not "garbled".
    expect(looksLikeMojibake(`${'订单编号'.repeat(10)}\ufffd`)).toBe(false)
  })
  it('stays within 0..1 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const v = mojibakeScore(s)
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual(1)
      }),
    )
  })
})
