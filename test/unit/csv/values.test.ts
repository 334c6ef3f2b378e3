import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { CURRENCIES, CURRENCY_CODES, formatMoney, minorDigits } from '../../../src/shared/money'
import { fromEpochDay, toEpochDay, type IsoDate } from '../../../src/shared/dates'
import {
  cleanId,
  inferDateOrder,
  inferDecimalSeparator,
  parseBoolean,
  parseDateTime,
  parseDecimal,
  parseMoney,
  toShopDate,
  type DateOrder,
  type DecimalSeparator,
  type ParsedDateTime,
} from '../../../src/shared/csv/values'

const money = (raw: string, currency = 'CNY', decimal: DecimalSeparator = '.'): unknown => {
  const r = parseMoney(raw, currency, decimal)
  return r.ok ? r.value : r.error.key
}
const num = (raw: string, decimal: DecimalSeparator = '.'): unknown => {
  const r = parseDecimal(raw, decimal)
  return r.ok ? r.value : r.error.key
}
const dt = (raw: string, order: DateOrder = 'YMD'): ParsedDateTime | null | string => {
  const r = parseDateTime(raw, order)
  return r.ok ? r.value : r.error.key
}
const at = (
  date: string,
  time: string | null = null,
  offsetMinutes: number | null = null,
): ParsedDateTime => ({
  date: date as IsoDate,
  time,
  offsetMinutes,
})

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

describe('parseMoney', () => {
  it.each([
    ['¥1,234.50', 123450],
    ['￥1,234.50', 123450],
    ['$1,488.69', 148869],
    ['CNY 12', 1200],
    ['12 CNY', 1200],
    ['RMB 12.5', 1250],
    ['RMB¥12.50', 1250],
    ['12元', 1200],
    ['12.80 元', 1280],
    ['人民币 99', 9900],
    ['CN¥1,234.50', 123450],
    ['US$ 5', 500],
    ['HK$1,000', 100000],
    ['£3.50', 350],
    ['₹1,23,456.78', 12345678],
    ['Rs 1,234', 123400],
    ['Rs. 1,234.5', 123450],
    ['  12.50  ', 1250],
    ['\u00a012.50\u00a0', 1250],
    ['1\u00a0234.50', 123450],
    ["1'234.50", 123450],
    ['１２３．４５', 12345],
    ['￥１，２３４．５０', 123450],
    ['25075', 2507500],
    ['178.8', 17880],
    ['0.0', 0],
    ['-0.00', 0],
    ['.5', 50],
    ['12.', 1200],
    ['+12.00', 1200],
    ['12.50\t', 1250],
    ["'12.50", 1250],
    ['(12.00)', -1200],
    ['($30.00)', -3000],
    ['$(12.34)', -1234],
    ['-$30.00', -3000],
    ['$-30.00', -3000],
    ['12.00-', -1200],
    ['−7.25', -725],
    ['－7.25', -725],
    ['-', null],
    ['--', null],
    ['N/A', null],
    ['', null],
    ['   ', null],
    ['\t', null],
  ])('%j → %j (CNY, decimal point)', (raw, expected) => {
    expect(money(raw)).toBe(expected)
  })

  it.each([
    ['15,00€', 1500],
    ['-3,43€', -343],
    ['1.234,50', 123450],
    ['1.234,50 €', 123450],
    ['1 234,50 €', 123450], // narrow no-break space (U+202F), bad-inputs #18
    ['€ 1.234.567,89', 123456789],
    ['3.000', 300000], // a dotted thousand in a comma column
    ['-1.000', -100000],
    ['0,021385479', 2],
    ['3,5', 350],
    ['EUR 12,00', 1200],
  ])('%j → %j (EUR, decimal comma)', (raw, expected) => {
    expect(money(raw, 'EUR', ',')).toBe(expected)
  })

  it('uses the currency minor digits (JPY 0, CNY 2)', () => {
    expect(money('1,200', 'JPY')).toBe(1200)
    expect(money('¥1,200', 'JPY')).toBe(1200)
    expect(money('1200.4', 'JPY')).toBe(1200)
    expect(money('1200.5', 'JPY')).toBe(1201)
    expect(money('₩15,000', 'KRW')).toBe(15000)
    expect(money('1,200', 'CNY')).toBe(120000)
  })

  it('rounds half away from zero on the decimal string', () => {
    expect(money('0.005', 'USD')).toBe(1)
    expect(money('-0.005', 'USD')).toBe(-1)
    expect(money('0.0049', 'USD')).toBe(0)
    expect(money('1.005', 'USD')).toBe(101) // 1.005 * 100 is 100.49999… in floating point
    expect(money('1.995', 'USD')).toBe(200)
    expect(money('8.675', 'USD')).toBe(868)
    expect(money('-2.675', 'USD')).toBe(-268)
    expect(money('9.999', 'USD')).toBe(1000)
    expect(money('(0.125)', 'USD')).toBe(-13)
  })

  it('rejects scientific notation (Excel lost the digits, bad-inputs #22)', () => {
    expect(parseMoney('9.23E+11', 'USD', '.')).toEqual({
      ok: false,
      error: { key: 'parse.errors.scientific', values: { value: '9.23E+11' } },
    })
    expect(money('6.61808E+12')).toBe('parse.errors.scientific')
    expect(money('1e5')).toBe('parse.errors.scientific')
    expect(money('5,58199E+12', 'EUR', ',')).toBe('parse.errors.scientific')
  })

  it.each([
    ['not stocked'],
    ['abc'],
    ['SET389'],
    ['12,34'], // a comma that is not a thousands separator, in a decimal-point column
    ['1,2345'],
    ['1234,567'],
    ['1.2.3'],
    ['12 3'],
    ['10-20'],
    ['2024-11-11'],
    ['+1 636-399-0464'],
    ['(12.00'],
    ['12.00)'],
    ['5%'],
    ['12 apples'],
    ['$'],
    ['.'],
  ])('rejects %j with parse.errors.number', (raw) => {
    expect(parseMoney(raw, 'CNY', '.')).toEqual({
      ok: false,
      error: { key: 'parse.errors.number', values: { value: raw.trim() } },
    })
  })

  it('rejects a decimal point in a decimal-comma column instead of guessing (firefly-iii #9132)', () => {
    expect(money('178.8', 'EUR', ',')).toBe('parse.errors.number')
    expect(money('15,00€', 'EUR', '.')).toBe('parse.errors.number')
    expect(money('1.234,50', 'EUR', '.')).toBe('parse.errors.number')
  })

  it('rejects amounts beyond safe integers', () => {
    expect(money('99999999999999999999')).toBe('parse.errors.tooLarge')
    expect(money('90071992547409.92')).toBe('parse.errors.tooLarge')
    expect(money('90071992547409.91')).toBe(9007199254740991)
  })

  it('shortens a long value in the message', () => {
    const r = parseMoney(`x${'9'.repeat(100)}`, 'CNY', '.')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(String(r.error.values?.value).length).toBeLessThanOrEqual(40)
  })

  // Formats an integer amount of minor units in one of many written styles.
  type Style = (
    major: string,
    neg: boolean,
    code: string,
  ) => { raw: string; decimal: DecimalSeparator }
  const group = (int: string, sep: string, indian = false): string => {
    if (!indian) return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
    const last3 = int.slice(-3)
    const rest = int.slice(0, -3)
    return rest ? `${rest.replace(/\B(?=(\d{2})+(?!\d))/g, sep)}${sep}${last3}` : last3
  }
  const split = (major: string): [string, string] => {
    const [i, f = ''] = major.split('.')
    return [i as string, f]
  }
  const dot = (int: string, frac: string): string => (frac ? `${int}.${frac}` : int)
  const comma = (int: string, frac: string): string => (frac ? `${int},${frac}` : int)
  const STYLES: Record<string, Style> = {
    plain: (m, n) => ({ raw: `${n ? '-' : ''}${m}`, decimal: '.' }),
    yen: (m, n) => {
      const [i, f] = split(m)
      return { raw: `${n ? '-' : ''}¥${dot(group(i, ','), f)}`, decimal: '.' }
    },
    fullwidthYen: (m, n) => {
      const [i, f] = split(m)
      return { raw: `${n ? '-' : ''}￥${dot(group(i, ','), f)}`, decimal: '.' }
    },
    euroAfter: (m, n) => {
      const [i, f] = split(m)
      return { raw: `${n ? '-' : ''}${comma(group(i, '.'), f)} €`, decimal: ',' }
    },
    euroTight: (m, n) => {
      const [i, f] = split(m)
      return { raw: `${n ? '-' : ''}${comma(i, f)}€`, decimal: ',' }
    },
    accounting: (m, n) => {
      const [i, f] = split(m)
      return { raw: n ? `(${dot(group(i, ','), f)})` : dot(group(i, ','), f), decimal: '.' }
    },
    dollarParen: (m, n) => {
      const [i, f] = split(m)
      return { raw: n ? `$(${dot(group(i, ','), f)})` : `$${dot(group(i, ','), f)}`, decimal: '.' }
    },
    nbspGroups: (m, n) => {
      const [i, f] = split(m)
      return { raw: `${n ? '-' : ''}${comma(group(i, '\u00a0'), f)}`, decimal: ',' }
    },
    narrowNbsp: (m, n) => {
      const [i, f] = split(m)
      return { raw: `${n ? '-' : ''}${comma(group(i, '\u202f'), f)}\u00a0€`, decimal: ',' }
    },
    swiss: (m, n) => {
      const [i, f] = split(m)
      return { raw: `CHF ${n ? '-' : ''}${dot(group(i, "'"), f)}`, decimal: '.' }
    },
    indian: (m, n) => {
      const [i, f] = split(m)
      return { raw: `${n ? '-' : ''}₹${dot(group(i, ',', true), f)}`, decimal: '.' }
    },
    codeBefore: (m, n, code) => ({ raw: `${code} ${n ? '-' : ''}${m}`, decimal: '.' }),
    codeAfter: (m, n, code) => ({ raw: `${n ? '-' : ''}${m} ${code}`, decimal: '.' }),
    trailingMinus: (m, n) => ({ raw: `${m}${n ? '-' : ''}`, decimal: '.' }),
    excelGuards: (m, n) => ({ raw: `'${n ? '-' : ''}${m}\t`, decimal: '.' }),
    fullwidthDigits: (m, n) => ({
      raw: `${n ? '－' : ''}${m.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}`,
      decimal: '.',
    }),
  }
  const majorOf = (amount: number, digits: number): string => {
    const abs = String(Math.abs(amount))
    if (digits === 0) return abs
    const padded = abs.padStart(digits + 1, '0')
    return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`
  }

  it('parses back every written style to the same minor units (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.integer({ min: -1e13, max: 1e13 }),
        ),
        fc.constantFrom(...CURRENCY_CODES),
        fc.constantFrom(...Object.keys(STYLES)),
        (amount, code, style) => {
          const digits = CURRENCIES[code]
          const { raw, decimal } = (STYLES[style] as Style)(
            majorOf(amount, digits),
            amount < 0,
            code,
          )
          expect(parseMoney(raw, code, decimal), `${style}: ${raw}`).toEqual({
            ok: true,
            value: amount,
          })
        },
      ),
    )
  })

  it("parses back Intl's currency formats of many locales (property)", () => {
    const locales = [
      'en-US',
      'zh-CN',
      'zh-TW',
      'zh-HK',
      'zh-SG',
      'de-DE',
      'de-AT',
      'fr-FR',
      'fr-CH',
      'de-CH',
      'en-IN',
      'hi-IN',
      'ja-JP',
      'en-GB',
      'es-ES',
      'nl-NL',
      'pt-BR',
      'ko-KR',
      'th-TH',
      'vi-VN',
      'ms-MY',
      'en-AU',
      'fr-CA',
      'ur-PK',
      'pl-PL',
      'sv-SE',
      'id-ID',
    ]
    // The decimal separator of currency amounts (fr-CH writes "1 234,5" but "1 234.50 CHF").
    const decimalOf = (locale: string): DecimalSeparator =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
        .formatToParts(1.5)
        .find((p) => p.type === 'decimal')?.value === ','
        ? ','
        : '.'
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.constantFrom(...CURRENCY_CODES),
        fc.constantFrom(...locales),
        fc.boolean(),
        (amount, code, locale, accounting) => {
          const digits = minorDigits(code)
          const raw = accounting
            ? new Intl.NumberFormat(locale, {
                style: 'currency',
                currency: code,
                currencySign: 'accounting',
                minimumFractionDigits: digits,
                maximumFractionDigits: digits,
              }).format(`${amount < 0 ? '-' : ''}${majorOf(amount, digits)}` as unknown as number)
            : formatMoney(amount as never, code, locale)
          expect(parseMoney(raw, code, decimalOf(locale)), `${locale} ${raw}`).toEqual({
            ok: true,
            value: amount,
          })
        },
      ),
      { numRuns: 500 },
    )
  })

  it('matches exact BigInt rounding for any written decimal (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,12}$/),
        fc.stringMatching(/^[0-9]{0,6}$/),
        fc.boolean(),
        fc.constantFrom(0, 2),
        (int, frac, neg, digits) => {
          const currency = digits === 0 ? 'JPY' : 'USD'
          const scaled = BigInt(int + frac.padEnd(digits, '0').slice(0, digits))
          const up = frac.length > digits && Number(frac[digits]) >= 5 ? 1n : 0n
          const expected = Number(scaled + up) * (neg ? -1 : 1) || 0
          const raw = `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`
          expect(parseMoney(raw, currency, '.')).toEqual({ ok: true, value: expected })
        },
      ),
    )
  })

  it('never throws, and fails only with parse.errors keys (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 24 }),
        fc.constantFrom<DecimalSeparator>('.', ','),
        (raw, decimal) => {
          const r = parseMoney(raw, 'CNY', decimal)
          if (r.ok) expect(r.value === null || Number.isSafeInteger(r.value)).toBe(true)
          else expect(r.error.key).toMatch(/^parse\.errors\.(number|scientific|tooLarge)$/)
        },
      ),
    )
  })
})

describe('parseDecimal', () => {
  it.each([
    ['19000000\t', '.', 19000000],
    ['1\t', '.', 1],
    ['453.59237', '.', 453.59237],
    ['-5', '.', -5],
    ['1,234.5', '.', 1234.5],
    ['1.234,5', ',', 1234.5],
    ['3,5', ',', 3.5],
    ['5.2%', '.', 0.052],
    ['12,5 %', ',', 0.125],
    ['(3)', '.', -3],
    ['１２', '.', 12],
    ['0', '.', 0],
    ['-0', '.', 0],
    ['', '.', null],
    [' ', '.', null],
    ['-', '.', null],
  ] as const)('%j (%s) → %j', (raw, decimal, expected) => {
    expect(num(raw, decimal)).toBe(expected)
  })
  it('rejects text and scientific notation', () => {
    expect(parseDecimal('not stocked', '.')).toEqual({
      ok: false,
      error: { key: 'parse.errors.number', values: { value: 'not stocked' } },
    })
    expect(num('9.70802e-39')).toBe('parse.errors.scientific')
    expect(num('1,5', '.')).toBe('parse.errors.number')
  })
  it('never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (raw) => {
        const r = parseDecimal(raw, '.')
        if (r.ok && r.value !== null) expect(Number.isFinite(r.value)).toBe(true)
      }),
    )
  })
  it('reads back any number written with grouping (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, milli) => {
          const value = Number(`${whole}.${String(milli).padStart(3, '0')}`)
          const text = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 3 }).format(value)
          expect(parseDecimal(text, ',')).toEqual({ ok: true, value })
          expect(parseDecimal(value.toFixed(3), '.')).toEqual({ ok: true, value })
        },
      ),
    )
  })
})

describe('inferDecimalSeparator', () => {
  it.each([
    [['1.234,50'], ','],
    [['15,00€', '-3,43€', '0,00€'], ','],
    [['3,5'], ','],
    [['1,234.50'], '.'],
    [['178.8', '0.0', '21.0'], '.'],
    [['3.000'], '.'], // alone it is ambiguous: default '.'
    [['3.000', '15,00'], ','], // …the other samples decide
    [['1,234', '2,500'], '.'],
    [['1.234.567'], ','],
    [['1,234,567'], '.'],
    [['0,500'], ','],
    [['0.500'], '.'],
    [['25075', '12', ''], '.'],
    [['9.23E+11', '1,5'], ','],
    [[], '.'],
  ] as const)('%j → %s', (samples, expected) => {
    expect(inferDecimalSeparator(samples)).toBe(expected)
  })
})

// ---------------------------------------------------------------------------------------------
// IDs and booleans
// ---------------------------------------------------------------------------------------------

describe('cleanId', () => {
  it.each([
    ['\t9001', '9001', false],
    ['86633\t', '86633', false],
    ['70182718437127\t', '70182718437127', false],
    ["'08648", '08648', false],
    ["'+1 636-399-0464", '+1 636-399-0464', false],
    ['="00123"', '00123', false],
    ['  #1410 ', '#1410', false],
    ['405-8078784-5731545', '405-8078784-5731545', false],
    ['17850.0', '17850', false],
    ['400081.0', '400081', false],
    ['17850.5', '17850.5', false],
    ['1.0.0', '1.0.0', false],
    ['C536379', 'C536379', false],
    ['6.61808E+12', '6.61808E+12', true],
    ['9.23228E+11', '9.23228E+11', true],
    ['5,58199E+12', '5,58199E+12', true],
    ['12345678901234567890', '12345678901234567890', false],
  ])('%j → %j (mangled %s)', (raw, id, mangled) => {
    expect(cleanId(raw)).toEqual({ id, mangled })
  })
  it.each(['', '   ', '\t', '****', '*************', "'"])('%j → null', (raw) => {
    expect(cleanId(raw)).toEqual({ id: null, mangled: false })
  })
  it('keeps every digit of long IDs (never through a JS number) (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,30}$/), (digits) => {
        expect(cleanId(`\t${digits}\t`).id).toBe(digits)
        expect(cleanId(`'${digits}`).id).toBe(digits)
        expect(cleanId(`${digits}.0`).id).toBe(digits)
      }),
    )
  })
})

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['yes', true],
    ['是', true],
    ['1', true],
    [' 1\t', true],
    ['false', false],
    ['FALSE', false],
    ['no', false],
    ['否', false],
    ['0', false],
    ['', null],
    ['maybe', null],
    ['2', null],
  ] as const)('%j → %s', (raw, expected) => {
    expect(parseBoolean(raw)).toBe(expected)
  })
})

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

describe('inferDateOrder', () => {
  it.each([
    [['04-30-22'], 'MDY'],
    [['12/1/2010 8:26', '12/13/2010 9:00'], 'MDY'],
    [['31/01/2024', '01/02/2024'], 'DMY'],
    [['16.01.23'], 'DMY'], // dotted dates are day-first
    [['2024-11-11 10:00:00', '2024/2/1'], 'YMD'],
    [['2024年11月11日'], 'YMD'],
    [['45383'], 'YMD'],
    [['1. Dez. 2025, 12:32 Uhr CET(UTC+1)'], 'YMD'],
    [[], 'YMD'],
    [['11/12/2024'], 'ambiguous'],
    [['12/1/2010 8:26', '12/2/2010 9:00'], 'ambiguous'],
    [['13/01/2024', '01/13/2024'], 'ambiguous'], // contradicting rows
  ] as const)('%j → %s', (samples, expected) => {
    expect(inferDateOrder(samples)).toBe(expected)
  })
})

describe('parseDateTime', () => {
  it.each([
    ['2024-11-11 10:00:00', at('2024-11-11', '10:00:00')],
    ['2024-11-11', at('2024-11-11')],
    ['2024-11-11T10:00:00Z', at('2024-11-11', '10:00:00', 0)],
    ['2024-11-11T10:00:00.123+08:00', at('2024-11-11', '10:00:00', 480)],
    ['2023-05-31 23:06:05 -0700', at('2023-05-31', '23:06:05', -420)],
    ['2026-04-20 04:41:25 +0500', at('2026-04-20', '04:41:25', 300)],
    ['2024-11-11 10:00 +05:00', at('2024-11-11', '10:00:00', 300)],
    ['2024-11-11 10:00:00 UTC+8', at('2024-11-11', '10:00:00', 480)],
    ['2024-11-11 10:00:00 GMT+0800', at('2024-11-11', '10:00:00', 480)],
    ['2024-11-11 10:00:00 CEST', at('2024-11-11', '10:00:00', 120)],
    ['2024-11-11 10:00:00 CST', at('2024-11-11', '10:00:00')], // China or US Central: kept as written
    ['2024/11/11 10:00:00', at('2024-11-11', '10:00:00')],
    ['2020/2/21 0:00', at('2020-02-21', '00:00:00')],
    ['2024.11.11', at('2024-11-11')],
    ['20241111', at('2024-11-11')],
    ['2024年11月11日 10时00分', at('2024-11-11', '10:00:00')],
    ['2024年11月11日 10:00', at('2024-11-11', '10:00:00')],
    ['2024年11月11日', at('2024-11-11')],
    ['2024年1月5日 下午3:05', at('2024-01-05', '15:05:00')],
    ['2024年1月5日 10点30分15秒', at('2024-01-05', '10:30:15')],
    ['２０２４／１１／１１　１０：００', at('2024-11-11', '10:00:00')],
    ['45383', at('2024-04-01')],
    ['45383.5', at('2024-04-01', '12:00:00')],
    ['25569', at('1970-01-01')],
    ['45382.999999', at('2024-04-01', '00:00:00')],
    ['1. Dez. 2025, 12:32 Uhr CET(UTC+1)', at('2025-12-01', '12:32:00', 60)],
    ['4. Dez. 2025, 00:29 Uhr CET(UTC+1)', at('2025-12-04', '00:29:00', 60)],
    ['01 SEP 26', at('2026-09-01')],
    ['01-Sep-2026', at('2026-09-01')],
    ['3. März 2024', at('2024-03-03')],
    ['12. Mai 2024 08:15', at('2024-05-12', '08:15:00')],
    ['1er décembre 2025', at('2025-12-01')],
    ['15 septiembre 2025', at('2025-09-15')],
    ['Sept. 3, 2024', at('2024-09-03')],
    ['Dec 1, 2025 10:00 PM', at('2025-12-01', '22:00:00')],
    ['Dec 1, 2025 12:05 AM', at('2025-12-01', '00:05:00')],
    ['Mon, 1 Dec 2025 10:00:00 +0000', at('2025-12-01', '10:00:00', 0)],
    ['0000-00-00', null],
    ['0000-00-00 00:00:00', null],
    ['', null],
    ['  ', null],
  ])('%j', (raw, expected) => {
    expect(dt(raw)).toEqual(expected)
  })

  it('reads numeric day/month dates in the given order', () => {
    expect(dt('04-30-22', 'MDY')).toEqual(at('2022-04-30'))
    expect(dt('11/12/2024', 'MDY')).toEqual(at('2024-11-12'))
    expect(dt('11/12/2024', 'DMY')).toEqual(at('2024-12-11'))
    expect(dt('12/1/2010 8:26', 'MDY')).toEqual(at('2010-12-01', '08:26:00'))
    expect(dt('16.01.23', 'DMY')).toEqual(at('2023-01-16'))
    expect(dt('01/02/70', 'DMY')).toEqual(at('1970-02-01'))
    expect(dt('01/02/69', 'DMY')).toEqual(at('2069-02-01'))
    expect(dt('01/02/00', 'DMY')).toEqual(at('2000-02-01'))
    // A value that contradicts the declared order is an error, not a silent swap.
    expect(dt('13/01/2024', 'MDY')).toBe('parse.errors.date')
    // Year-first values are read as such whatever the column's order.
    expect(dt('2024-01-13', 'DMY')).toEqual(at('2024-01-13'))
  })

  it.each([
    '2023-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-11-11 25:00',
    '2024-11-11 10:60',
    '2024-11-11 10:00:00 XYZ',
    '2024-11-11 10:00:00 +15:00',
    '19999',
    '80001',
    '60',
    '1. Foo 2025',
    'yesterday',
    '2024-11',
    '11/12',
    '1/2/345',
    'Dec 32, 2025',
  ])('rejects %j with parse.errors.date', (raw) => {
    expect(parseDateTime(raw, 'DMY')).toEqual({
      ok: false,
      error: { key: 'parse.errors.date', values: { value: raw } },
    })
  })

  it('accepts 29 February in leap years only', () => {
    expect(dt('2024-02-29')).toEqual(at('2024-02-29'))
    expect(dt('2000-02-29')).toEqual(at('2000-02-29'))
    expect(dt('2100-02-29')).toBe('parse.errors.date')
  })

  it('handles the 1900 leap-year bug of Excel serials', () => {
    // Excel counts a fictitious 1900-02-29 as serial 60, so serial 61 is 1900-03-01 and modern
    // serials are days since 1899-12-30.
    expect(dt('43831')).toEqual(at('2020-01-01'))
    expect(dt('44927')).toEqual(at('2023-01-01'))
    expect(dt('45658')).toEqual(at('2025-01-01'))
  })

  const DE = [
    'Jan.',
    'Feb.',
    'März',
    'Apr.',
    'Mai',
    'Juni',
    'Juli',
    'Aug.',
    'Sept.',
    'Okt.',
    'Nov.',
    'Dez.',
  ]
  const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  const p2 = (n: number): string => String(n).padStart(2, '0')

  it('parses back any valid date in every written form (property)', () => {
    const FORMS: Record<
      string,
      (y: number, m: number, d: number, t: string) => [string, DateOrder, boolean]
    > = {
      iso: (y, m, d, t) => [`${y}-${p2(m)}-${p2(d)} ${t}`, 'YMD', true],
      isoT: (y, m, d, t) => [`${y}-${p2(m)}-${p2(d)}T${t}`, 'DMY', true],
      slash: (y, m, d, t) => [`${y}/${m}/${d} ${t.slice(0, 5).replace(/^0/, '')}`, 'MDY', true],
      chinese: (y, m, d, t) => [
        `${y}年${m}月${d}日 ${t.slice(0, 2)}时${t.slice(3, 5)}分`,
        'YMD',
        true,
      ],
      dmy: (y, m, d) => [`${p2(d)}/${p2(m)}/${y}`, 'DMY', false],
      mdy: (y, m, d) => [`${m}/${d}/${y}`, 'MDY', false],
      mdy2: (y, m, d) => [`${p2(m)}-${p2(d)}-${String(y).slice(2)}`, 'MDY', false],
      german: (y, m, d, t) => [`${d}. ${DE[m - 1]} ${y}, ${t.slice(0, 5)} Uhr`, 'YMD', true],
      english: (y, m, d) => [
        `${p2(d)} ${EN[m - 1]?.toUpperCase()} ${String(y).slice(2)}`,
        'YMD',
        false,
      ],
      serial: (y, m, d) => [
        String(toEpochDay(`${y}-${p2(m)}-${p2(d)}` as IsoDate) + 25569),
        'YMD',
        false,
      ],
    }
    fc.assert(
      fc.property(
        fc.integer({
          min: toEpochDay('1970-01-01' as IsoDate),
          max: toEpochDay('2068-12-31' as IsoDate),
        }),
        fc.integer({ min: 0, max: 86399 }),
        fc.constantFrom(...Object.keys(FORMS)),
        (day, secs, form) => {
          const date = fromEpochDay(day)
          const [y, m, d] = [
            Number(date.slice(0, 4)),
            Number(date.slice(5, 7)),
            Number(date.slice(8, 10)),
          ]
          const t = `${p2(Math.floor(secs / 3600))}:${p2(Math.floor(secs / 60) % 60)}:${p2(secs % 60)}`
          const [raw, order, hasTime] = (FORMS[form] as (typeof FORMS)[string])(y, m, d, t)
          if (form === 'serial' && (Number(raw) < 20000 || Number(raw) > 80000)) return
          const r = parseDateTime(raw, order)
          if (!r.ok || !r.value) throw new Error(`${form}: ${raw} → ${JSON.stringify(r)}`)
          expect(r.value.date, raw).toBe(date)
          if (hasTime) {
            const written = form === 'iso' || form === 'isoT' ? t : `${t.slice(0, 5)}:00`
            expect(r.value.time, raw).toBe(written)
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('treats placeholders for "no date" as empty', () => {
    for (const raw of ['-', 'N/A', 'NaT', 'null', '--']) expect(dt(raw), raw).toBeNull()
  })

  it('the fixed-width ISO fast path agrees with the general parser (property)', () => {
    // A leading space bypasses the fast path, so both paths see the same text.
    const d2 = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0'))
    const iso = fc
      .tuple(
        fc.constantFrom('0000', '1969', '1999', '2000', '2024', '2023', '2100', '2199', '2200'),
        fc.constantFrom('-', '/'),
        d2,
        d2,
        fc.constantFrom('', ' ', 'T', 'x'),
        fc.tuple(
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 61 }),
        ),
        fc.boolean(),
        fc.constantFrom(
          '',
          'Z',
          ' Z',
          '+08:00',
          '-0700',
          ' -0700',
          ' +0530',
          '+15:00',
          '+08:61',
          ' UTC',
        ),
      )
      .map(([y, sep, m, d, t, [h, mi, sec], withSec, zone]) => {
        const time =
          t === ''
            ? ''
            : `${t}${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}${withSec ? `:${String(sec).padStart(2, '0')}` : ''}`
        return `${y}${sep}${m}${sep}${d}${time}${t === '' ? '' : zone}`
      })
    fc.assert(
      fc.property(iso, (raw) => {
        expect(parseDateTime(raw, 'YMD'), raw).toEqual(
          ((r) => (r.ok ? r : { ok: false, error: { key: r.error.key, values: { value: raw } } }))(
            parseDateTime(` ${raw}`, 'YMD'),
          ),
        )
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.constantFrom<DateOrder>('YMD', 'DMY', 'MDY'),
        (raw, order) => {
          const r = parseDateTime(raw, order)
          if (!r.ok) expect(r.error.key).toBe('parse.errors.date')
        },
      ),
    )
  })
})

describe('toShopDate', () => {
  const parsed = (raw: string): ParsedDateTime => {
    const r = parseDateTime(raw, 'YMD')
    if (!r.ok || !r.value) throw new Error(raw)
    return r.value
  }
  it('keeps the wall-clock date of a timestamp without a zone', () => {
    expect(toShopDate(parsed('2024-11-11 23:59:59'), 'America/Los_Angeles')).toBe('2024-11-11')
    expect(toShopDate(parsed('2024-11-11 00:00:00'), 'Asia/Tokyo')).toBe('2024-11-11')
  })
  it('converts a zoned timestamp to the shop zone', () => {
    const p = parsed('2023-05-31 23:06:05 -0700')
    expect(toShopDate(p, 'Asia/Shanghai')).toBe('2023-06-01')
    expect(toShopDate(p, 'Europe/Berlin')).toBe('2023-06-01')
    expect(toShopDate(p, 'America/Los_Angeles')).toBe('2023-05-31')
    expect(toShopDate(p, 'Pacific/Honolulu')).toBe('2023-05-31')
    const temu = parsed('1. Dez. 2025, 00:29 Uhr CET(UTC+1)')
    expect(toShopDate(temu, 'Europe/Berlin')).toBe('2025-12-01')
    expect(toShopDate(temu, 'Europe/London')).toBe('2025-11-30')
    expect(toShopDate(temu, 'Asia/Shanghai')).toBe('2025-12-01')
  })
  it('handles half-hour zones and a date without a time', () => {
    expect(toShopDate(at('2024-11-11', '18:29:00', 0), 'Asia/Kolkata')).toBe('2024-11-11')
    expect(toShopDate(at('2024-11-11', '18:30:00', 0), 'Asia/Kolkata')).toBe('2024-11-12')
    expect(toShopDate(at('2024-11-11', null, 480), 'Asia/Shanghai')).toBe('2024-11-11')
    expect(toShopDate(at('2024-11-11', null, 480), 'Europe/Berlin')).toBe('2024-11-10')
  })
  it('agrees with Intl for any instant (property)', () => {
    const zones = [
      'Asia/Shanghai',
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Australia/Adelaide',
      'UTC',
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }),
        fc.constantFrom(-420, -300, 0, 60, 330, 480, 545),
        fc.constantFrom(...zones),
        (epochSec, offset, zone) => {
          const local = new Date((epochSec + offset * 60) * 1000).toISOString()
          const p = at(local.slice(0, 10), local.slice(11, 19), offset)
          const expected = new Intl.DateTimeFormat('en-CA', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          }).format(new Date(epochSec * 1000))
          expect(toShopDate(p, zone)).toBe(expected)
        },
      ),
    )
  })
})
