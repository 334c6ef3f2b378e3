import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  crc32,
  readZipDirectory,
  readZipEntry,
  UNIX_TYPE,
} from '../../../src/shared/lessons/pack-zip'
import { centralHeaders } from './pack-helpers'

const enc = new TextEncoder()

describe('readZipDirectory', () => {
  it('lists names, sizes and Unix file types without inflating', () => {
    const zip = zipSync({
      'a.md': enc.encode('hello'),
      'dir/b.json': [enc.encode('{}'), { os: 3, attrs: (0o100644 << 16) >>> 0 }],
    })
    const r = readZipDirectory(zip)
    if (!r.ok) throw new Error(r.reason)
    expect(r.entries.map((e) => [e.name, e.size, e.unixType, e.encrypted])).toEqual([
      ['a.md', 5, 0, false],
      ['dir/b.json', 2, UNIX_TYPE.file, false],
    ])
  })

  it('decodes names a Chinese Windows zip tool wrote in GB18030 (no UTF-8 flag)', () => {
    const zip = zipSync({ 'm1/images/abcd.png': new Uint8Array([1]) })
    // 照片 in GBK is D5D5 C6AC: the same length as "abcd"; replace it in both headers.
    const gbk = [0xd5, 0xd5, 0xc6, 0xac]
    expect(new TextDecoder('gb18030').decode(new Uint8Array(gbk))).toBe('照片')
    const needle = enc.encode('abcd')
    for (let i = 0; i + 4 <= zip.length; i++)
      if (needle.every((b, k) => zip[i + k] === b)) zip.set(gbk, i)
    const h = centralHeaders(zip)[0]
    if (!h) throw new Error('no header')
    const view = new DataView(zip.buffer)
    view.setUint16(h.at + 8, view.getUint16(h.at + 8, true) & ~0x800, true)
    const r = readZipDirectory(zip)
    expect(r.ok && r.entries[0]?.name).toBe('m1/images/照片.png')
  })

  it('decodes UTF-8 names (flagged by fflate)', () => {
    const r = readZipDirectory(zipSync({ 'm1/images/照片.png': new Uint8Array([1]) }))
    expect(r.ok && r.entries[0]?.name).toBe('m1/images/照片.png')
  })

  it('says "not a zip" for other bytes and "damaged" for a broken directory', () => {
    expect(readZipDirectory(new Uint8Array(10))).toEqual({ ok: false, reason: 'notZip' })
    const zip = zipSync({ 'a.md': enc.encode('x') })
    const cut = zip.slice()
    // Point the directory past the end of the file.
    const eocd = cut.length - 22
    new DataView(cut.buffer).setUint32(eocd + 16, cut.length + 100, true)
    expect(readZipDirectory(cut)).toEqual({ ok: false, reason: 'damaged' })
  })
})

describe('readZipEntry', () => {
  it('inflates stored and deflated entries and checks the CRC', () => {
    const text = enc.encode('店桥 '.repeat(1000))
    const zip = zipSync({ 'a.md': [text, { level: 0 }], 'b.md': [text, { level: 9 }] })
    const r = readZipDirectory(zip)
    if (!r.ok) throw new Error(r.reason)
    for (const e of r.entries) {
      const got = readZipEntry(zip, e)
      expect(got.ok && got.bytes).toEqual(text)
    }
    expect(readZipEntry(zip, { ...(r.entries[0] as (typeof r.entries)[0]), crc: 1 })).toEqual({
      ok: false,
      reason: 'damaged',
    })
  })

  it('stops an entry that inflates past its declared size', () => {
    const zip = zipSync({ 'z.md': new Uint8Array(8 * 1024 * 1024) })
    const r = readZipDirectory(zip)
    if (!r.ok) throw new Error(r.reason)
    const e = r.entries[0] as (typeof r.entries)[0]
    expect(readZipEntry(zip, { ...e, size: 100 })).toEqual({ ok: false, reason: 'bomb' })
    // Shorter than declared: damaged.
    expect(readZipEntry(zip, { ...e, size: e.size + 1 })).toEqual({ ok: false, reason: 'damaged' })
  })

  it('crc32 matches the standard check value', () => {
    expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926)
  })
})
