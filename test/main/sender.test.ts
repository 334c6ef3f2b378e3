import { describe, it, expect } from 'vitest'
import { isTrustedSender, type FrameLike } from '../../src/main/policy/sender'
import { appOrigins } from '../../src/main/policy/url-policy'

const PROD = appOrigins()
const DEV = appOrigins('http://localhost:5173')
const top = (url: string): FrameLike => ({ url, parent: null })

describe('isTrustedSender', () => {
  it('trusts the top frame of the app origin', () => {
    expect(isTrustedSender(top('app://shopbridge/index.html#/'), PROD)).toBe(true)
    expect(isTrustedSender(top('app://shopbridge/index.html#/print/profile'), PROD)).toBe(true)
  })
  it('trusts the dev server top frame only in development', () => {
    expect(isTrustedSender(top('http://localhost:5173/'), DEV)).toBe(true)
    expect(isTrustedSender(top('http://localhost:5173/'), PROD)).toBe(false)
  })
  it('refuses a sub-frame even of the app origin', () => {
    const parent = top('app://shopbridge/index.html')
    expect(isTrustedSender({ url: 'app://shopbridge/index.html', parent }, PROD)).toBe(false)
    expect(isTrustedSender({ url: 'app://shopbridge/index.html', parent: {} }, PROD)).toBe(false)
  })
  it('refuses a frame whose parent is unknown (undefined is not null)', () => {
    expect(isTrustedSender({ url: 'app://shopbridge/index.html', parent: undefined }, PROD)).toBe(
      false,
    )
  })
  it.each([
    'https://evil.example/',
    'app://other/index.html',
    'file:///x.html',
    'about:blank',
    'data:text/html,x',
    '',
  ])('refuses a top frame from %j', (url) => {
    expect(isTrustedSender(top(url), DEV)).toBe(false)
  })
  it('refuses a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedSender(null, PROD)).toBe(false)
    expect(isTrustedSender(undefined, PROD)).toBe(false)
  })
  it('refuses everything when no origin is allowed', () => {
    expect(isTrustedSender(top('app://shopbridge/index.html'), [])).toBe(false)
  })
})
