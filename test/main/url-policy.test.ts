import { describe, it, expect } from 'vitest'
import {
  appOrigins,
  externalUrl,
  isNavigationAllowed,
  isRequestAllowed,
  originOf,
} from '../../src/main/policy/url-policy'
import { APP_ORIGIN } from '../../src/shared/app-meta'

const PROD = appOrigins()
const DEV = appOrigins('http://localhost:5173/some/path?x=1')

describe('originOf and appOrigins', () => {
  it('app:// URLs get scheme://host', () => {
    expect(APP_ORIGIN).toBe('app://shopbridge')
    expect(originOf('app://shopbridge/index.html#/settings')).toBe('app://shopbridge')
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173')
  })
  it('opaque and malformed URLs have no origin', () => {
    expect(originOf('file:///C:/x.html')).toBeNull()
    expect(originOf('javascript:alert(1)')).toBeNull()
    expect(originOf('data:text/html,hi')).toBeNull()
    expect(originOf('not a url')).toBeNull()
    expect(originOf('')).toBeNull()
  })
  it('production is app://shopbridge only; development adds the dev server origin', () => {
    expect(PROD).toEqual(['app://shopbridge'])
    expect(DEV).toEqual(['app://shopbridge', 'http://localhost:5173'])
    expect(appOrigins('')).toEqual(['app://shopbridge'])
    expect(appOrigins('garbage')).toEqual(['app://shopbridge'])
  })
})

describe('isNavigationAllowed', () => {
  it.each([
    'app://shopbridge/',
    'app://shopbridge/index.html',
    'app://shopbridge/index.html#/print/profile?size=A4',
    'app://shopbridge/assets/index-abc123.js',
  ])('allows %s', (url) => {
    expect(isNavigationAllowed(url, PROD)).toBe(true)
    expect(isNavigationAllowed(url, DEV)).toBe(true)
  })

  it('allows the dev server only when it is given', () => {
    expect(isNavigationAllowed('http://localhost:5173/#/settings', DEV)).toBe(true)
    expect(isNavigationAllowed('http://localhost:5173/#/settings', PROD)).toBe(false)
    expect(isNavigationAllowed('http://localhost:5174/', DEV)).toBe(false)
    expect(isNavigationAllowed('https://localhost:5173/', DEV)).toBe(false)
    expect(isNavigationAllowed('http://127.0.0.1:5173/', DEV)).toBe(false)
  })

  it.each([
    'app://other/',
    'app://shopbridge.evil.com/',
    'app://shopbridge:8080/',
    'app://shopbridge@evil/',
    'app://evil/shopbridge',
    'file:///etc/passwd',
    'file://shopbridge/index.html',
    'https://evil.example/',
    'http://shopbridge/',
    'https://shopbridge/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://shopbridge/1234',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'http://localhost:5173.evil.com/',
    'not a url',
    '',
    '//shopbridge/index.html',
    'app:shopbridge',
  ])('refuses %s', (url) => {
    expect(isNavigationAllowed(url, DEV)).toBe(false)
  })
})

describe('externalUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://例子.测试/', 'https://xn--fsqu00a.xn--0zwm56d/'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
  ])('allows %s (normalised to %s)', (url, expected) => {
    expect(externalUrl(url)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share',
    'data:text/html,hi',
    'smb://server/share',
    'ftp://example.com/',
    'mailto:a@b.c',
    'ms-settings:',
    'vbscript:msgbox',
    'app://shopbridge/',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'http://:pass@example.com/',
    'not a url',
    '',
    '//example.com',
    'example.com',
  ])('refuses %j', (url) => {
    expect(externalUrl(url)).toBeNull()
  })
})

describe('isRequestAllowed', () => {
  it('allows the app itself, data:, blob: and devtools:', () => {
    expect(isRequestAllowed('app://shopbridge/assets/a.js', PROD)).toBe(true)
    expect(isRequestAllowed('data:image/png;base64,AAAA', PROD)).toBe(true)
    expect(isRequestAllowed('blob:app://shopbridge/6f1c', PROD)).toBe(true)
    expect(isRequestAllowed('devtools://devtools/bundled/x.js', PROD)).toBe(true)
  })
  it('allows the dev server only in development', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', DEV)).toBe(true)
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', PROD)).toBe(false)
  })
  it.each([
    'https://fonts.googleapis.com/css',
    'http://example.com/',
    'wss://example.com/',
    'chrome-extension://abc/x.js',
    'file:///etc/passwd',
    'app://other/x.js',
    'ftp://x/',
    'garbage',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url, DEV)).toBe(false)
  })
})

describe('isRequestAllowed in development', () => {
  it("lets Vite's hot-reload socket through only on the dev server's own host", () => {
    expect(isRequestAllowed('ws://localhost:5173/', DEV)).toBe(true)
    expect(isRequestAllowed('ws://localhost:5173/', PROD)).toBe(false)
    expect(isRequestAllowed('ws://evil.example:5173/', DEV)).toBe(false)
  })
})
