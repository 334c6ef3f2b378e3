import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CellCache,
  cleanText,
  createOrderRowConverter,
  daysFromCivil,
  emptyOrderRow,
  isFilledDate,
  isMaskedId,
  type ConvertOptions,
} from '../../../src/shared/csv/convert'
import { WarningLog } from '../../../src/shared/csv/issues'
import { autoMap } from '../../../src/shared/csv/mapping'
import {
  cleanId,
  parseDateTime,
  parseDecimal,
  parseMoney,
  plainDecimal,
  plainId,
  plainMoney,
  type DecimalSeparator,
} from '../../../src/shared/csv/values'
import { minorDigits } from '../../../src/shared/money'
import { timestampShapes } from './support/timestamps'

/**
 * Every fast path of the row conversion must give what the general path gives: each is checked
 * against it over generated cells (plain ones, near misses and noise).
 */

const chars = (alphabet: string, maxLength = 24): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...Array.from(alphabet)), { maxLength }).map((list) => list.join(''))

/** Plain numbers ('-12.50', '.5', '7.'), sometimes longer than 15 digits. */
const plainNumberText = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^[0-9]{0,18}$/),
    fc.constantFrom('', '.', ','),
    fc.stringMatching(/^[0-9]{0,8}$/),
  )
  .map(([neg, int, sep, frac]) => `${neg ? '-' : ''}${int}${sep}${sep ? frac : ''}`)
const numberCells = fc.oneof(
  plainNumberText,
  chars('0123456789.,-+ e%$¥（）()\t'),
  chars('0123456789', 20),
  fc.string(),
)

describe('plainMoney ≡ parseMoney', () => {
  it('gives the same minor units whenever it answers', () => {
    fc.assert(
      fc.property(
        numberCells,
        fc.constantFrom('CNY', 'JPY'),
        fc.constantFrom<DecimalSeparator>('.', ','),
        (raw, currency, decimal) => {
          const fast = plainMoney(raw, minorDigits(currency), decimal)
          if (Number.isNaN(fast)) return
          const r = parseMoney(raw, currency, decimal)
          expect(r.ok).toBe(true)
          if (r.ok) expect(Object.is(fast, r.value), `${raw} → ${fast} vs ${r.value}`).toBe(true)
        },
      ),
      { numRuns: 20_000 },
    )
  })

  it('answers for plain amounts of up to 15 digits', () => {
    for (const [raw, v] of [
      ['1295.70', 129570],
      ['0.00', 0],
      ['-0.00', 0],
      ['-3', -300],
      ['.5', 50],
      ['7.', 700],
      ['0.005', 1],
      ['-0.004', 0],
      ['9999999999999.99', 999999999999999],
    ] as const)
      expect(Object.is(plainMoney(raw, 2, '.'), v), raw).toBe(true)
    expect(plainMoney('12,5', 2, ',')).toBe(1250)
    expect(plainMoney('12.5', 0, '.')).toBe(13)
    for (const raw of [
      '',
      '-',
      '.',
      '-.',
      '1,234.50',
      ' 12',
      '12 ',
      '¥12',
      '1e5',
      '99999999999999.99',
    ])
      expect(plainMoney(raw, 2, '.'), raw).toBeNaN()
  })
})

describe('plainDecimal ≡ parseDecimal', () => {
  it('gives the same number whenever it answers', () => {
    fc.assert(
      fc.property(numberCells, fc.constantFrom<DecimalSeparator>('.', ','), (raw, decimal) => {
        const fast = plainDecimal(raw, decimal)
        if (Number.isNaN(fast)) return
        const r = parseDecimal(raw, decimal)
        expect(r.ok).toBe(true)
        if (r.ok) expect(Object.is(fast, r.value), `${raw} → ${fast} vs ${r.value}`).toBe(true)
      }),
      { numRuns: 20_000 },
    )
  })

  it('answers for plain quantities', () => {
    expect(plainDecimal('3', '.')).toBe(3)
    expect(plainDecimal('-2.5', '.')).toBe(-2.5)
    expect(plainDecimal('0.1', '.')).toBe(0.1)
    expect(Object.is(plainDecimal('-0', '.'), 0)).toBe(true)
    expect(plainDecimal('1.5%', '.')).toBeNaN()
  })
})

const idCells = fc.oneof(
  chars('0123456789'),
  chars('0123456789eE.,+-'),
  chars('abcEeZ_09-*＊@. \t\'="张三一龥丂〇·'),
  fc.string({ unit: 'binary', maxLength: 12 }),
)

describe('plainId ≡ cleanId (and not masked)', () => {
  it('returns the cell only when cleanId keeps it as it is, unmasked and without @', () => {
    fc.assert(
      fc.property(idCells, (raw) => {
        const fast = plainId(raw)
        if (fast === undefined) return
        expect(fast).toBe(raw)
        expect(cleanId(raw)).toEqual({ id: raw, mangled: false })
        expect(isMaskedId(raw)).toBe(false)
        expect(raw.includes('@')).toBe(false)
      }),
      { numRuns: 20_000 },
    )
  })

  it('answers for common IDs and leaves the rest to cleanId', () => {
    for (const id of ['2144557251001000000', 'tb_wmyvc29', 'SKU-1046', '张三', 'e_1', 'E5x'])
      expect(plainId(id), id).toBe(id)
    for (const id of ['', '1e5', '6.61808E+12', '17850.0', ' 12', "'12", '***', '--', '_', 'a@b'])
      expect(plainId(id), id).toBeUndefined()
  })
})

describe('isFilledDate fast path', () => {
  const ZERO_DATE = /^0{4}[-/.]0{1,2}[-/.]0{1,2}/
  const general = (raw: string): boolean => {
    const t = cleanText(raw)
    return t !== null && !ZERO_DATE.test(t)
  }
  it('agrees with cleanText and the zero-date check', () => {
    fc.assert(
      fc.property(
        fc.oneof(chars('0123456789-/. :\t\u3000nulNUL'), fc.string({ unit: 'binary' })),
        (raw) => {
          expect(isFilledDate(raw)).toBe(general(raw))
        },
      ),
      { numRuns: 20_000 },
    )
    expect(isFilledDate('2026-11-01 00:02:02')).toBe(true)
    expect(isFilledDate('2026-11-01 00:02:02\u3000')).toBe(true)
  })
})

describe('CellCache', () => {
  it('gives clean(cell) for every cell, whatever shares its slot', () => {
    const cells = fc.oneof(
      chars('ab', 12),
      chars('SKU0123456789 ', 14),
      chars('交易成功关闭 ', 6),
      fc.string({ unit: 'binary', maxLength: 16 }),
    )
    fc.assert(
      fc.property(
        fc.array(cells, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat()),
        (pool, picks) => {
          const clean = (raw: string): string | null =>
            raw.includes('a') ? null : `<${raw.trim()}>`
          const cache = new CellCache(clean)
          for (const k of [...picks, ...picks]) {
            const raw = pool[k % pool.length] as string
            expect(cache.get(raw)).toBe(clean(raw))
          }
        },
      ),
      { numRuns: 1000 },
    )
  })
})

/** A converter for an orders file with the given header (Taobao-style names). */
function converter(headers: string[]): {
  convert: ReturnType<typeof createOrderRowConverter>
  opts: ConvertOptions
} {
  const opts: ConvertOptions = {
    mapping: autoMap(headers, 'orders'),
    headers,
    currency: 'CNY',
    shopTimeZone: 'Asia/Shanghai',
    decimal: '.',
    dateOrder: 'YMD',
    warnings: new WarningLog(),
  }
  return { convert: createOrderRowConverter(opts), opts }
}

describe('order rows: fast paths ≡ general path', () => {
  const two = (n: number): string => String(n).padStart(2, '0')
  /** Timestamps in runs of one day (as exports list them), with near misses. */
  const stampShape = timestampShapes
  const stamp = fc.oneof(stampShape, chars('0123456789-/ :T２'))
  /** A timestamp with one character replaced (near misses of the fast path's shape). */
  const nearMiss = fc
    .tuple(stampShape, fc.nat(), fc.constantFrom('a', '/', ':', ' ', '２', '0', '9', ';', '.'))
    .map(([s, at, c]) => {
      const i = at % s.length
      return s.slice(0, i) + c + s.slice(i + 1)
    })
  /** Timestamps of one month (days that share all but their last digits, like an export's). */
  const oneMonth = fc
    .tuple(
      fc.integer({ min: 1999, max: 2031 }),
      fc.integer({ min: 1, max: 12 }),
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 31 }),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
        ),
        { minLength: 1, maxLength: 12 },
      ),
    )
    .map(([y, m, list]) =>
      list.map(
        ([d, h, mi]) => `${y}-${two(m)}-${two(d)} ${two(h)}:${two(mi)}:${two((d * 7) % 60)}`,
      ),
    )
  const days = fc.oneof(
    fc.array(fc.tuple(fc.oneof(stamp, nearMiss), fc.integer({ min: 1, max: 4 })), {
      maxLength: 30,
    }),
    oneMonth.map((list) => list.map((s): [string, number] => [s, 1])),
  )

  it('creation dates and sort stamps are those of parseDateTime', () => {
    fc.assert(
      fc.property(days, (list) => {
        const { convert } = converter(['订单编号', '订单创建时间'])
        const out = emptyOrderRow()
        let line = 2
        for (const [raw, times] of list) {
          for (let k = 0; k < times; k++) {
            // Same day, other times: the day cache must not leak a time.
            const cell = k === 0 ? raw : raw.replace(/:(\d)\d$/, `:$1${k}`)
            const err = convert(['1001', cell], line++, out)
            const r = parseDateTime(cell, 'YMD')
            if (!r.ok) {
              expect(err?.key).toBe('parse.errors.date')
              continue
            }
            expect(err).toBeNull()
            if (r.value === null) {
              expect(out.date).toBeNull()
              continue
            }
            // No zone in these cells: the shop date is the date as written.
            expect(r.value.offsetMinutes).toBeNull()
            const date = r.value.date
            const t = r.value.time ?? '00:00:00'
            const secs =
              Number(t.slice(0, 2)) * 3600 + Number(t.slice(3, 5)) * 60 + Number(t.slice(6, 8))
            const day = daysFromCivil(
              Number(date.slice(0, 4)),
              Number(date.slice(5, 7)),
              Number(date.slice(8, 10)),
            )
            expect(out.date, cell).toBe(date)
            expect(out.stamp, cell).toBe(day * 86400 + secs)
          }
        }
      }),
      { numRuns: 500 },
    )
  })

  it('order IDs, customers and amounts are those of the general parsers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(idCells, idCells, numberCells, numberCells), { maxLength: 20 }),
        (rows) => {
          const { convert, opts } = converter([
            '订单编号',
            '买家会员名',
            '买家实际支付金额',
            '购买数量',
          ])
          const out = emptyOrderRow()
          rows.forEach(([id, customer, amount, qty], k) => {
            const err = convert([id, customer, amount, qty], k + 2, out)
            const cid = cleanId(id)
            if (cid.id === null) {
              expect(err?.key).toBe('importer.errors.missingOrderId')
              return
            }
            const money =
              amount === '' ? { ok: true as const, value: null } : parseMoney(amount, 'CNY', '.')
            const count = qty === '' ? { ok: true as const, value: null } : parseDecimal(qty, '.')
            if (!money.ok || !count.ok) {
              expect(err).not.toBeNull()
              return
            }
            expect(err).toBeNull()
            expect(out.orderId).toBe(cid.id)
            expect(Object.is(out.amountPaid, money.value)).toBe(true)
            expect(Object.is(out.quantity, count.value)).toBe(true)
            const c = cleanId(customer)
            const expected =
              c.id === null || c.mangled || isMaskedId(c.id)
                ? null
                : c.id.includes('@')
                  ? c.id.toLowerCase()
                  : c.id
            expect(out.customerId).toBe(expected)
          })
          // Warnings as the general path gives them: mangled IDs, masked or mangled customers.
          const keys = new Set(opts.warnings.list().map((w) => w.key))
          const want = new Set<string>()
          for (const [id, customer, amount, qty] of rows) {
            const cid = cleanId(id)
            if (cid.id === null) continue
            if (cid.mangled) want.add('importer.warnings.mangledId')
            if (amount !== '' && !parseMoney(amount, 'CNY', '.').ok) continue
            if (qty !== '' && !parseDecimal(qty, '.').ok) continue
            const c = cleanId(customer)
            if (c.id === null && customer.includes('*'))
              want.add('importer.warnings.maskedCustomerId')
            else if (c.id !== null && c.mangled) want.add('importer.warnings.mangledCustomerId')
            else if (c.id !== null && isMaskedId(c.id))
              want.add('importer.warnings.maskedCustomerId')
          }
          expect(keys).toEqual(want)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
