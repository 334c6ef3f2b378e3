import { describe, it, expect } from 'vitest'
import {
  cssString,
  MARGINS,
  PAGE_SIZES,
  PAPER_MM,
  pageCounterContent,
  pageCss,
  parsePrintQuery,
  printOptionsSchema,
  printQuery,
  type PrintOptions,
} from '../../src/shared/print'

/**
 * Reads one CSS string token starting at `css[start]` (the opening quote), following CSS Syntax
 * Level 3 §4.3.5 "consume a string token". Returns the decoded value and the index after the
 * closing quote, or null for a bad string (raw newline) or an unterminated one.
 */
function readCssString(css: string, start: number): { value: string; end: number } | null {
  const quote = css[start]
  if (quote !== '"' && quote !== "'") return null
  const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c)
  const isNewline = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\f'
  let value = ''
  let i = start + 1
  while (i < css.length) {
    const c = css[i] as string
    if (c === quote) return { value, end: i + 1 }
    if (isNewline(c)) return null // bad-string: a raw newline ends the string early
    if (c === '\\') {
      const n = css[i + 1]
      if (n === undefined) return null
      if (isNewline(n)) {
        i += n === '\r' && css[i + 2] === '\n' ? 3 : 2 // escaped newline: line continuation
        continue
      }
      if (isHex(n)) {
        let hex = ''
        let j = i + 1
        while (hex.length < 6 && isHex(css[j])) hex += css[j++]
        if (css[j] === ' ' || css[j] === '\t' || css[j] === '\n') j++
        else if (css[j] === '\r') j += css[j + 1] === '\n' ? 2 : 1
        const cp = parseInt(hex, 16)
        value +=
          cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff
            ? '\ufffd'
            : String.fromCodePoint(cp)
        i = j
        continue
      }
      const cp = css.codePointAt(i + 1) as number
      value += String.fromCodePoint(cp)
      i += 1 + (cp > 0xffff ? 2 : 1)
      continue
    }
    value += c
    i++
  }
  return null
}

const opts = (o: Partial<PrintOptions> = {}): PrintOptions => printOptionsSchema.parse(o)

/**
 * Evaluates a CSS `content` value made of strings and page counters, as the printer would for
 * page `page` of `pages`, starting at `css[start]`. Stops at the first `;` outside a string.
 */
function evalContent(
  css: string,
  start: number,
  page: number,
  pages: number,
): { text: string; end: number } {
  let text = ''
  let i = start
  for (;;) {
    while (css[i] === ' ') i++
    const c = css[i]
    if (c === ';' || c === undefined) return { text, end: i }
    if (c === '"' || c === "'") {
      const tok = readCssString(css, i)
      expect(tok, `well-formed CSS string at ${i} in ${css}`).not.toBeNull()
      text += (tok as { value: string }).value
      i = (tok as { end: number }).end
    } else if (css.startsWith('counter(pages)', i)) {
      text += String(pages)
      i += 'counter(pages)'.length
    } else if (css.startsWith('counter(page)', i)) {
      text += String(page)
      i += 'counter(page)'.length
    } else {
      throw new Error(`unexpected content token at ${i}: ${css.slice(i, i + 20)}`)
    }
  }
}

/** The evaluated content of a margin box, plus the rest of its line after the value. */
function marginBox(
  css: string,
  box: '@top-left' | '@bottom-right',
): { text: string; rest: string } {
  const marker = `${box} { content: `
  const at = css.indexOf(marker)
  expect(at).toBeGreaterThan(0)
  const { text, end } = evalContent(css, at + marker.length, 3, 7)
  const eol = css.indexOf('\n', end)
  return { text, rest: css.slice(end, eol === -1 ? undefined : eol) }
}

describe('readCssString (test helper sanity)', () => {
  it('decodes CSS escapes', () => {
    expect(readCssString('"a\\"b"', 0)?.value).toBe('a"b')
    expect(readCssString('"a\\a b"', 0)?.value).toBe('a\nb')
    expect(readCssString('"\\n"', 0)?.value).toBe('n') // \n is NOT a newline in CSS
    expect(readCssString('"a\nb"', 0)).toBeNull()
  })
})

const tricky: [string, string][] = [
  ['quotes', 'Joe\'s "Best" Shop'],
  ['backslashes', 'C:\\shop\\ \\\\ end\\'],
  ['a newline', 'line one\nline two'],
  ['CRLF, tab and form feed', 'a\r\nb\tc\fd'],
  ['a breakout attempt', '"; } body { display: none } @page { @top-left { content: "pwned'],
  ['a backslash-quote', '\\"; color: red; x: "'],
  ['CSS comment markers', '*/ /* }'],
  ['a closing style tag', '</style><script>alert(1)</script>'],
  ['a hex-looking text after an escape', 'a\nbeef cafe'],
  ['DEL and C1 control characters', 'a\u007fb\u0085c'],
  ['emoji and CJK', '店🛍️桥'],
  ['page-counter look-alikes', 'counter(page) {{page}}'],
  ['an empty name', ''],
]

describe('cssString', () => {
  it.each(tricky)('%s: one well-formed CSS string that reads back unchanged', (_what, text) => {
    const s = cssString(text)
    const tok = readCssString(s, 0)
    expect(tok?.value).toBe(text)
    expect(tok?.end).toBe(s.length) // nothing after the closing quote
    expect(s).not.toMatch(/[\r\n\f]/)
    expect(s).not.toContain('<') // safe even if the CSS is ever inlined into HTML
  })
  it('writes plain text as is', () => {
    expect(cssString('阳光书店 Sunshine')).toBe('"阳光书店 Sunshine"')
  })
  it('maps NUL to U+FFFD (CSS cannot hold NUL) without breaking out', () => {
    expect(readCssString(cssString('a\u0000b'), 0)?.value).toBe('a\ufffdb')
  })
})

describe('pageCounterContent', () => {
  it.each([
    ['Page {{page}} of {{pages}}', 'Page 3 of 7'],
    ['第 {{page}} 页，共 {{pages}} 页', '第 3 页，共 7 页'],
    ['{{page}} / {{pages}}', '3 / 7'],
    ['{{page}}', '3'],
    ['{{pages}}{{page}}', '73'],
    ['{{other}} {{ page }}', '{{other}} {{ page }}'],
    ['"{{page}}"\n', '"3"\n'],
  ])('%j shows %j on page 3 of 7', (template, expected) => {
    const css = pageCounterContent(template)
    const { text, end } = evalContent(`${css};`, 0, 3, 7)
    expect(text).toBe(expected)
    expect(end).toBe(css.length)
  })
  it('exact output for the English template', () => {
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    )
  })
  it('an empty template still shows the page number', () => {
    expect(pageCounterContent('')).toBe('counter(page)')
  })
})

describe('pageCss', () => {
  it('sets size and orientation', () => {
    expect(pageCss(opts(), 'x', '{{page}}')).toContain('size: A4 portrait;')
    expect(pageCss(opts({ pageSize: 'Letter', landscape: true }), 'x', '{{page}}')).toContain(
      'size: Letter landscape;',
    )
  })
  it.each([
    ['normal', '22mm 18mm 22mm 18mm'],
    ['narrow', '14mm 10mm 14mm 10mm'],
    ['wide', '29mm 25mm 29mm 25mm'],
  ] as const)(
    'margins %s → %s (4 mm extra top and bottom for header and page numbers)',
    (m, expected) => {
      expect(MARGINS[m] + 4).toBe(Number(expected.split('mm')[0]))
      expect(pageCss(opts({ margins: m }), 'x', '{{page}}')).toContain(`margin: ${expected};`)
    },
  )
  it('puts the header top-left and the page counters bottom-right', () => {
    const css = pageCss(opts(), '阳光书店 Sunshine Books', '第 {{page}} 页，共 {{pages}} 页')
    expect(css.startsWith('@page {')).toBe(true)
    expect(css.trimEnd().endsWith('}')).toBe(true)
    expect(marginBox(css, '@top-left')).toEqual({
      text: '阳光书店 Sunshine Books',
      rest: '; font-size: 9pt; color: #666; }',
    })
    expect(marginBox(css, '@bottom-right')).toEqual({
      text: '第 3 页，共 7 页',
      rest: '; font-size: 9pt; color: #666; }',
    })
    expect(css).toContain('counter(page)')
    expect(css).toContain('counter(pages)')
  })

  it.each(tricky)(
    'header with %s stays inside its CSS string and reads back unchanged',
    (_what, name) => {
      const css = pageCss(opts(), name, 'Page {{page}} of {{pages}}')
      expect(marginBox(css, '@top-left')).toEqual({
        text: name,
        rest: '; font-size: 9pt; color: #666; }',
      })
      expect(marginBox(css, '@bottom-right').text).toBe('Page 3 of 7')
      // No raw line break can appear inside the rule: the CSS has exactly its 6 fixed lines.
      expect(css.split('\n')).toHaveLength(6)
      expect(css.split(/\r|\f/)).toHaveLength(1)
    },
  )

  it('a hostile page template is escaped too', () => {
    const css = pageCss(opts(), 'x', '"; } body { x: "{{page}}\n')
    expect(marginBox(css, '@bottom-right')).toEqual({
      text: '"; } body { x: "3\n',
      rest: '; font-size: 9pt; color: #666; }',
    })
  })
})

describe('PAPER_MM', () => {
  it('A4 is 210 × 297 mm and Letter 8.5 × 11 in', () => {
    expect(PAPER_MM.A4).toEqual({ width: 210, height: 297 })
    expect(PAPER_MM.Letter.width).toBeCloseTo(8.5 * 25.4, 10)
    expect(PAPER_MM.Letter.height).toBeCloseTo(11 * 25.4, 10)
    expect(Object.keys(PAPER_MM).sort()).toEqual([...PAGE_SIZES].sort())
  })
})

describe('printQuery / parsePrintQuery', () => {
  it('encodes as expected', () => {
    expect(printQuery(opts())).toBe('size=A4&margins=normal&landscape=0')
    expect(printQuery({ pageSize: 'Letter', margins: 'wide', landscape: true })).toBe(
      'size=Letter&margins=wide&landscape=1',
    )
  })
  it('round-trips every combination', () => {
    let n = 0
    for (const pageSize of PAGE_SIZES)
      for (const margins of ['normal', 'narrow', 'wide'] as const)
        for (const landscape of [false, true]) {
          const o = { pageSize, margins, landscape }
          expect(parsePrintQuery(printQuery(o))).toEqual(o)
          expect(parsePrintQuery(`?${printQuery(o)}`)).toEqual(o)
          n++
        }
    expect(n).toBe(12)
  })
  it('schema defaults are A4, normal, portrait', () => {
    expect(printOptionsSchema.parse({})).toEqual({
      pageSize: 'A4',
      margins: 'normal',
      landscape: false,
    })
  })
  it.each([
    '',
    '?',
    'garbage',
    '%%%',
    'size=B5',
    'size=a4',
    'margins=huge',
    'size=&margins=',
    'size=A4%00',
  ])('junk %j gives the defaults', (q) => {
    expect(parsePrintQuery(q)).toEqual({ pageSize: 'A4', margins: 'normal', landscape: false })
  })
  it('missing fields take their defaults', () => {
    expect(parsePrintQuery('size=Letter')).toEqual({
      pageSize: 'Letter',
      margins: 'normal',
      landscape: false,
    })
    expect(parsePrintQuery('landscape=1')).toEqual({
      pageSize: 'A4',
      margins: 'normal',
      landscape: true,
    })
  })
  it('landscape is only "1"', () => {
    for (const v of ['true', 'yes', '0', '', '11']) {
      expect(parsePrintQuery(`landscape=${v}`).landscape).toBe(false)
    }
  })
  it('ignores other parameters (the print route adds export=1 and page params)', () => {
    expect(parsePrintQuery('size=Letter&margins=narrow&landscape=1&export=1&id=42')).toEqual({
      pageSize: 'Letter',
      margins: 'narrow',
      landscape: true,
    })
  })
})
