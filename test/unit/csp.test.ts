import { describe, it, expect } from 'vitest'
import { CSP_DIRECTIVES, cspString } from '../../src/shared/csp'

/** Parses a CSP header value into directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) {
      expect(out.has(name), `duplicate directive ${name}`).toBe(false)
      out.set(name, sources)
    }
  }
  return out
}

describe('CSP', () => {
  const csp = parseCsp(cspString())

  it('has every directive of CSP_DIRECTIVES, once', () => {
    expect([...csp.keys()].sort()).toEqual(Object.keys(CSP_DIRECTIVES).sort())
  })

  it("script-src is 'self' only", () => {
    expect(csp.get('script-src')).toEqual(["'self'"])
  })

  it('nothing allows inline or eval scripts', () => {
    const s = cspString()
    expect(s).not.toContain('unsafe-eval')
    expect(s).not.toContain('wasm-unsafe-eval')
    expect(s).not.toContain('unsafe-hashes')
    expect(s).not.toContain('strict-dynamic')
    for (const d of ['default-src', 'script-src', 'worker-src']) {
      expect(csp.get(d)).not.toContain("'unsafe-inline'")
    }
    // Only styles may be inline (antd writes style attributes).
    const inline = [...csp].filter(([, v]) => v.includes("'unsafe-inline'")).map(([k]) => k)
    expect(inline).toEqual(['style-src'])
  })

  it("default-src and worker-src are 'self'; object-src, base-uri, form-action, frame-src are 'none'", () => {
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('worker-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    for (const d of ['object-src', 'base-uri', 'form-action', 'frame-src'])
      expect(csp.get(d)).toEqual(["'none'"])
  })

  it('no directive allows a remote origin', () => {
    for (const [name, sources] of csp) {
      for (const src of sources) {
        expect(src, `${name} ${src}`).not.toMatch(/^(https?|wss?|ftp):/i)
        expect(src, `${name} ${src}`).not.toContain('*')
        expect(src, `${name} ${src}`).not.toContain('//')
        expect(src, `${name} ${src}`).not.toContain('.') // no bare host names either
        // Every source is a keyword or one of the local schemes.
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']).toContain(src)
      }
    }
  })

  it('data: and blob: appear only where needed (images, fonts)', () => {
    for (const [name, sources] of csp) {
      if (sources.includes('data:')) expect(['img-src', 'font-src']).toContain(name)
      if (sources.includes('blob:')) expect(['img-src']).toContain(name)
    }
  })

  it('extra directives override and add', () => {
    const dev = parseCsp(
      cspString({ 'connect-src': "'self' ws://localhost:5173", 'report-to': 'x' }),
    )
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
    expect(dev.get('report-to')).toEqual(['x'])
    expect(dev.get('script-src')).toEqual(["'self'"])
    // The default is not mutated by an override.
    expect(CSP_DIRECTIVES['connect-src']).toBe("'self'")
    expect(parseCsp(cspString()).get('connect-src')).toEqual(["'self'"])
  })

  it('is one header line', () => {
    expect(cspString()).not.toMatch(/[\r\n]/)
    expect(cspString().split('; ')).toHaveLength(Object.keys(CSP_DIRECTIVES).length)
  })
})
