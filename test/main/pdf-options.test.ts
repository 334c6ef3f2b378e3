import { describe, it, expect } from 'vitest'
import { safeFileName, toPdfOptions } from '../../src/main/policy/pdf-options'

describe('toPdfOptions', () => {
  it('lets the page CSS decide size and margins; backgrounds printed; no Chromium header/footer', () => {
    expect(toPdfOptions({ pageSize: 'A4', margins: 'normal', landscape: false })).toEqual({
      pageSize: 'A4',
      landscape: false,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    })
  })
  it('passes landscape and the paper size through', () => {
    const o = toPdfOptions({ pageSize: 'Letter', margins: 'wide', landscape: true })
    expect(o.landscape).toBe(true)
    expect(o.pageSize).toBe('Letter')
    expect(o.preferCSSPageSize).toBe(true)
    expect(o.printBackground).toBe(true)
  })
})

describe('safeFileName', () => {
  it('replaces every Windows-forbidden character', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'pdf')).toBe('a_b_c_d_e_f_g_h_i_j.pdf')
  })
  it('replaces control characters', () => {
    expect(safeFileName('a\nb\tc\u0000d\u001fe', 'pdf')).toBe('a_b_c_d_e.pdf')
  })
  it('keeps Chinese and other Unicode text', () => {
    expect(safeFileName('阳光书店 店铺资料摘要', 'pdf')).toBe('阳光书店 店铺资料摘要.pdf')
    expect(safeFileName('Café – plan (2026)', 'pdf')).toBe('Café – plan (2026).pdf')
  })
  it('adds the extension once, case-insensitively', () => {
    expect(safeFileName('report', 'pdf')).toBe('report.pdf')
    expect(safeFileName('report.pdf', 'pdf')).toBe('report.pdf')
    expect(safeFileName('Report.PDF', 'pdf')).toBe('Report.PDF')
    expect(safeFileName('report.json', 'pdf')).toBe('report.json.pdf')
    expect(safeFileName('mypdf', 'pdf')).toBe('mypdf.pdf')
    expect(safeFileName('backup.json', 'json')).toBe('backup.json')
  })
  it.each(['', '   ', '...', '. . .', ' .'])(
    'an empty name %j falls back to shopbridge',
    (name) => {
      expect(safeFileName(name, 'pdf')).toBe('shopbridge.pdf')
    },
  )
  it('trims leading and trailing dots and spaces (invalid or hidden on some systems)', () => {
    expect(safeFileName('.hidden', 'pdf')).toBe('hidden.pdf')
    expect(safeFileName('  name. ', 'pdf')).toBe('name.pdf')
    expect(safeFileName('a . b', 'pdf')).toBe('a . b.pdf')
  })
  it('a traversal attempt becomes a plain name', () => {
    const n = safeFileName('../../etc/passwd', 'pdf')
    expect(n).toBe('_.._etc_passwd.pdf')
    expect(n).not.toMatch(/[\\/]/)
  })
  it('limits the length to 150 characters plus the extension', () => {
    expect(safeFileName('x'.repeat(300), 'pdf')).toBe(`${'x'.repeat(150)}.pdf`)
    expect(safeFileName('店'.repeat(200), 'pdf')).toHaveLength(154)
  })
  it('never returns a forbidden character, whatever the input', () => {
    const alphabet = [
      'a',
      '店',
      '/',
      '\\',
      ':',
      '*',
      '?',
      '"',
      '<',
      '>',
      '|',
      '.',
      ' ',
      '\n',
      '\u0001',
    ]
    let seed = 7
    for (let i = 0; i < 500; i++) {
      let s = ''
      const len = i % 20
      for (let j = 0; j < len; j++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        s += alphabet[seed % alphabet.length]
      }
      const out = safeFileName(s, 'pdf')
      expect(out, JSON.stringify(s)).not.toMatch(/[\\/:*?"<>|]/)
      expect(
        [...out].some((c) => c.charCodeAt(0) < 0x20),
        JSON.stringify(s),
      ).toBe(false)
      expect(out.endsWith('.pdf')).toBe(true)
      expect(out.startsWith('.')).toBe(false)
      expect(out.startsWith(' ')).toBe(false)
      expect(out.length).toBeGreaterThan(4)
    }
  })
})
