import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseJsonDoc } from '../../../src/shared/lessons/json'

describe('parseJsonDoc', () => {
  const text = [
    '{',
    '  "a": 1,',
    '  "list": [',
    '    { "id": "x" },',
    '    {',
    '      "id": "y"',
    '    }',
    '  ]',
    '}',
  ].join('\n')

  it('parses like JSON.parse and knows the line of every value', () => {
    const r = parseJsonDoc(text)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.doc.value).toEqual(JSON.parse(text))
    expect(r.doc.lineOf([])).toBe(1)
    expect(r.doc.lineOf(['a'])).toBe(2)
    expect(r.doc.lineOf(['list'])).toBe(3)
    expect(r.doc.lineOf(['list', 0])).toBe(4)
    expect(r.doc.lineOf(['list', 1, 'id'])).toBe(6)
    // A missing path falls back to its nearest parent.
    expect(r.doc.lineOf(['list', 1, 'missing'])).toBe(5)
    expect(r.doc.lineOf(['nope', 3])).toBe(1)
  })

  it('reports the line of a syntax error', () => {
    const broken = text.replace('"a": 1,', '"a": 1')
    expect(parseJsonDoc(broken)).toEqual({ ok: false, line: 3 })
    expect(parseJsonDoc('{"a": 1,}')).toEqual({ ok: false, line: 1 })
    expect(parseJsonDoc('{\n"a": tru\n}')).toEqual({ ok: false, line: 2 })
    expect(parseJsonDoc('{}\n\nx')).toEqual({ ok: false, line: 3 })
    expect(parseJsonDoc('')).toEqual({ ok: false, line: 1 })
    expect(parseJsonDoc("{'a': 1}")).toEqual({ ok: false, line: 1 })
  })

  it('handles a BOM, CRLF and a __proto__ key like JSON.parse', () => {
    const r = parseJsonDoc('\ufeff{\r\n"__proto__": {"x": 1},\r\n"b": "\\u00e9\\n"\r\n}')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.doc.value).toEqual(JSON.parse('{"__proto__": {"x": 1}, "b": "\\u00e9\\n"}'))
    expect(Object.getPrototypeOf(r.doc.value)).toBe(Object.prototype)
    expect(r.doc.lineOf(['b'])).toBe(3)
  })

  it('property: agrees with JSON.parse on any JSON value, pretty or compact', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        const s = pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v)
        const r = parseJsonDoc(s)
        expect(r.ok).toBe(true)
        if (r.ok) expect(r.doc.value).toEqual(JSON.parse(s))
      }),
    )
  })
})
