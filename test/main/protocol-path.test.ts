import { describe, it, expect } from 'vitest'
import { tmpdir } from 'node:os'
import { join, resolve, sep } from 'node:path'
import { mimeFor, resolveAppPath } from '../../src/main/policy/protocol-path'

const ROOT = resolve(tmpdir(), 'shopbridge-root', 'renderer')
const inside = (p: string | null): boolean => p !== null && p.startsWith(ROOT + sep)

describe('resolveAppPath', () => {
  it.each([
    'app://shopbridge/',
    'app://shopbridge',
    'app://shopbridge/?x=1',
    'app://shopbridge/#/settings',
  ])('%s → index.html', (url) => {
    expect(resolveAppPath(url, ROOT)).toBe(join(ROOT, 'index.html'))
  })
  it('serves files and nested assets', () => {
    expect(resolveAppPath('app://shopbridge/index.html', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(resolveAppPath('app://shopbridge/index.html#/print/profile?size=A4', ROOT)).toBe(
      join(ROOT, 'index.html'),
    )
    expect(resolveAppPath('app://shopbridge/assets/index-abc123.js', ROOT)).toBe(
      join(ROOT, 'assets', 'index-abc123.js'),
    )
    expect(resolveAppPath('app://shopbridge/assets/fonts/a.woff2?v=2', ROOT)).toBe(
      join(ROOT, 'assets', 'fonts', 'a.woff2'),
    )
    expect(resolveAppPath('app://shopbridge//assets//x.js', ROOT)).toBe(
      join(ROOT, 'assets', 'x.js'),
    )
  })
  it('decodes percent-encoded names', () => {
    expect(resolveAppPath('app://shopbridge/assets/a%20b.png', ROOT)).toBe(
      join(ROOT, 'assets', 'a b.png'),
    )
    expect(resolveAppPath('app://shopbridge/%E5%BA%97.png', ROOT)).toBe(join(ROOT, '店.png'))
  })
  it('works with a relative root', () => {
    expect(resolveAppPath('app://shopbridge/a.js', 'out/renderer')).toBe(
      resolve('out/renderer', 'a.js'),
    )
  })

  it.each([
    'app://shopbridge/../secret.txt',
    'app://shopbridge/../../../../etc/passwd',
    'app://shopbridge/assets/../../x',
    'app://shopbridge/%2e%2e/x',
    'app://shopbridge/%2E%2E/%2e%2e/x',
    'app://shopbridge/.%2e/x',
    'app://shopbridge/%2e./x',
    'app://shopbridge/..%2fx',
    'app://shopbridge/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://shopbridge/%2e%2e%2f%2e%2e%2fetc',
    'app://shopbridge/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fx',
  ])('a traversal %s never leaves the root', (url) => {
    const r = resolveAppPath(url, ROOT)
    expect(r === null || inside(r), String(r)).toBe(true)
    // The URL parser and posix.normalize both clamp at "/", so these stay in the root.
    expect(r).not.toBe(resolve(ROOT, '..', 'secret.txt'))
    expect(r).not.toBe(resolve(ROOT, '..', 'x'))
  })

  it.each([
    ['an encoded backslash', 'app://shopbridge/..%5c..%5cx'],
    ['an encoded backslash alone', 'app://shopbridge/assets%5cx.js'],
    ['a raw backslash', 'app://shopbridge/..\\..\\x'],
    ['NUL', 'app://shopbridge/index.html%00.png'],
    ['a malformed escape', 'app://shopbridge/%E0%A4%A'],
    ['a lone %', 'app://shopbridge/%'],
    ['another host', 'app://other/index.html'],
    ['a look-alike host', 'app://shopbridge.evil/index.html'],
    ['a port', 'app://shopbridge:80/index.html'],
    ['user info', 'app://x@other/index.html'],
    ['file:', 'file:///etc/passwd'],
    ['http:', 'http://shopbridge/index.html'],
    ['https:', 'https://shopbridge/index.html'],
    ['no scheme', '/index.html'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('%s → null', (_what, url) => {
    expect(resolveAppPath(url, ROOT)).toBeNull()
  })
})

describe('mimeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['INDEX.HTML', 'text/html; charset=utf-8'],
    ['/a/b/app.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['p.png', 'image/png'],
    ['p.jpg', 'image/jpeg'],
    ['p.jpeg', 'image/jpeg'],
    ['p.webp', 'image/webp'],
    ['favicon.ico', 'image/x-icon'],
    ['f.woff', 'font/woff'],
    ['f.woff2', 'font/woff2'],
    ['f.ttf', 'font/ttf'],
    ['lesson.md', 'text/markdown; charset=utf-8'],
    ['LICENSE.txt', 'text/plain; charset=utf-8'],
    ['pdf.worker.wasm', 'application/wasm'],
  ])('%s → %s', (p, mime) => {
    expect(mimeFor(p)).toBe(mime)
  })
  it.each(['README', 'a.exe', 'archive.tar.gz', '/dir.with.dots/file', '.', 'x.'])(
    '%s → octet-stream',
    (p) => {
      expect(mimeFor(p)).toBe('application/octet-stream')
    },
  )
})
