import { describe, it, expect } from 'vitest'
import {
  addMinor,
  CURRENCIES,
  CURRENCY_CODES,
  formatMoney,
  minor,
  minorDigits,
  toMajorString,
} from '../../src/shared/money'

describe('minorDigits', () => {
  it('knows two-digit and zero-digit currencies', () => {
    expect(minorDigits('CNY')).toBe(2)
    expect(minorDigits('USD')).toBe(2)
    expect(minorDigits('JPY')).toBe(0)
    expect(minorDigits('KRW')).toBe(0)
    expect(minorDigits('VND')).toBe(0)
  })
  it('defaults to 2 for an unknown code', () => {
    expect(minorDigits('XYZ')).toBe(2)
  })
  it('CURRENCY_CODES lists exactly the keys of CURRENCIES', () => {
    expect([...CURRENCY_CODES].sort()).toEqual(Object.keys(CURRENCIES).sort())
    expect(CURRENCY_CODES).toContain('CNY')
  })
})

describe('minor', () => {
  it('accepts safe integers, including 0, negatives and the extremes', () => {
    expect(minor(0)).toBe(0)
    expect(minor(-1)).toBe(-1)
    expect(minor(123456)).toBe(123456)
    expect(minor(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER)
    expect(minor(Number.MIN_SAFE_INTEGER)).toBe(Number.MIN_SAFE_INTEGER)
  })
  it.each([0.1, 1.5, -0.01, 12.34, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, 2 ** 60])(
    'rejects %s',
    (n) => {
      expect(() => minor(n)).toThrow(RangeError)
    },
  )
})

describe('addMinor', () => {
  it('adds exactly where floats would not (0.1 + 0.2)', () => {
    expect(0.1 + 0.2).not.toBe(0.3) // the reason minor units exist
    expect(addMinor(minor(10), minor(20))).toBe(30)
    expect(toMajorString(addMinor(minor(10), minor(20)), 'CNY')).toBe('0.30')
  })
  it('handles no, one and many arguments, and negatives', () => {
    expect(addMinor()).toBe(0)
    expect(addMinor(minor(5))).toBe(5)
    expect(addMinor(minor(199), minor(-250), minor(1))).toBe(-50)
  })
  it('throws when the sum leaves the safe-integer range', () => {
    expect(() => addMinor(minor(Number.MAX_SAFE_INTEGER), minor(1))).toThrow(RangeError)
  })
})

describe('toMajorString', () => {
  it.each([
    [0, 'CNY', '0.00'],
    [1, 'CNY', '0.01'],
    [10, 'CNY', '0.10'],
    [99, 'CNY', '0.99'],
    [100, 'CNY', '1.00'],
    [123450, 'CNY', '1234.50'],
    [-1, 'CNY', '-0.01'],
    [-5, 'USD', '-0.05'],
    [-123456, 'USD', '-1234.56'],
    [-100, 'EUR', '-1.00'],
    [0, 'JPY', '0'],
    [1234, 'JPY', '1234'],
    [-1234, 'JPY', '-1234'],
    [50000, 'KRW', '50000'],
    [7, 'VND', '7'],
    [Number.MAX_SAFE_INTEGER, 'CNY', '90071992547409.91'],
    [Number.MIN_SAFE_INTEGER, 'CNY', '-90071992547409.91'],
    [Number.MAX_SAFE_INTEGER, 'JPY', '9007199254740991'],
    [Number.MAX_SAFE_INTEGER - 1, 'USD', '90071992547409.90'],
  ])('%i %s → %s', (amount, currency, expected) => {
    expect(toMajorString(minor(amount), currency)).toBe(expected)
  })

  it('never produces "-0" for zero', () => {
    expect(toMajorString(minor(-0), 'CNY')).toBe('0.00')
    expect(toMajorString(minor(-0), 'JPY')).toBe('0')
  })

  it('agrees with integer arithmetic for every cent from -100.00 to 100.00', () => {
    for (let n = -10_000; n <= 10_000; n++) {
      const s = toMajorString(minor(n), 'CNY')
      const m = /^(-?)(\d+)\.(\d{2})$/.exec(s)
      expect(m, s).not.toBeNull()
      const [, sign, int, frac] = m as RegExpExecArray
      const back = (sign === '-' ? -1 : 1) * (Number(int) * 100 + Number(frac))
      expect(back).toBe(n)
    }
  })
})

/** Strips everything but digits, the decimal point, grouping commas and the minus sign. */
const numericPart = (s: string): string => s.replace(/[^\d.,-]/g, '')

describe('formatMoney', () => {
  it('zh-CN: CNY with grouping and two decimals', () => {
    const s = formatMoney(minor(123456789), 'CNY', 'zh-CN')
    expect(numericPart(s)).toBe('1,234,567.89')
    expect(s).toContain('¥')
    expect(s).toBe('¥1,234,567.89') // stable in Node 20's full ICU
  })
  it('en: CNY is marked CN¥ so it is not confused with yen', () => {
    const s = formatMoney(minor(123456789), 'CNY', 'en')
    expect(numericPart(s)).toBe('1,234,567.89')
    expect(s).toBe('CN¥1,234,567.89')
  })
  it('en and zh-CN: USD', () => {
    expect(formatMoney(minor(123456789), 'USD', 'en')).toBe('$1,234,567.89')
    const zh = formatMoney(minor(123456789), 'USD', 'zh-CN')
    expect(numericPart(zh)).toBe('1,234,567.89')
    expect(zh).toContain('$')
  })
  it('JPY has no decimals in either locale', () => {
    const en = formatMoney(minor(123456789), 'JPY', 'en')
    const zh = formatMoney(minor(123456789), 'JPY', 'zh-CN')
    expect(numericPart(en)).toBe('123,456,789')
    expect(numericPart(zh)).toBe('123,456,789')
    expect(en).not.toContain('.')
    expect(zh).not.toContain('.')
    expect(en).toContain('¥')
    expect(zh).toContain('¥')
  })
  it('keeps trailing zeros and small amounts', () => {
    expect(numericPart(formatMoney(minor(5), 'CNY', 'zh-CN'))).toBe('0.05')
    expect(numericPart(formatMoney(minor(100), 'USD', 'en'))).toBe('1.00')
    expect(numericPart(formatMoney(minor(0), 'CNY', 'en'))).toBe('0.00')
  })
  it('shows negatives with a minus sign', () => {
    const s = formatMoney(minor(-1234), 'USD', 'en')
    expect(s).toMatch(/^-/)
    expect(numericPart(s)).toBe('-12.34')
    expect(numericPart(formatMoney(minor(-1234), 'CNY', 'zh-CN'))).toBe('-12.34')
  })
  it('is exact for the largest safe amount (no float rounding)', () => {
    // As a float, 90071992547409.91 would print as …409.91 only by luck; the string path is exact.
    expect(numericPart(formatMoney(minor(Number.MAX_SAFE_INTEGER), 'CNY', 'zh-CN'))).toBe(
      '90,071,992,547,409.91',
    )
    expect(numericPart(formatMoney(minor(Number.MAX_SAFE_INTEGER - 8), 'USD', 'en'))).toBe(
      '90,071,992,547,409.83',
    )
    expect(numericPart(formatMoney(minor(Number.MAX_SAFE_INTEGER), 'JPY', 'en'))).toBe(
      '9,007,199,254,740,991',
    )
  })
  it('does not round amounts with many digits', () => {
    // 1234567890123.45 is not exactly representable as a double.
    expect(numericPart(formatMoney(minor(123456789012345), 'CNY', 'en'))).toBe(
      '1,234,567,890,123.45',
    )
  })
})
