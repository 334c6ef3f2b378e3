import { describe, it, expect } from 'vitest'
import { defaultProfile, SHOP_TYPES, shopProfileSchema } from '../../src/shared/profile'
import { LOCALES, localeSchema, pickLocale, uiPrefsSchema } from '../../src/shared/locale'

const valid = {
  name: '阳光书店',
  type: 'bookstore',
  city: '杭州',
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  ownerName: '王芳',
} as const

describe('defaultProfile', () => {
  it('uses the system zone when valid and CNY', () => {
    const p = defaultProfile('America/Los_Angeles')
    expect(p).toEqual({
      name: '',
      type: 'other',
      city: '',
      currency: 'CNY',
      timeZone: 'America/Los_Angeles',
      ownerName: '',
    })
  })
  it('falls back to Asia/Shanghai for an unknown system zone', () => {
    expect(defaultProfile('Nowhere/Special').timeZone).toBe('Asia/Shanghai')
    expect(defaultProfile('').timeZone).toBe('Asia/Shanghai')
  })
  it('is accepted by the schema', () => {
    expect(shopProfileSchema.safeParse(defaultProfile('Asia/Shanghai')).success).toBe(true)
    expect(shopProfileSchema.safeParse(defaultProfile('Bad/Zone')).success).toBe(true)
  })
})

describe('shopProfileSchema', () => {
  it('accepts a full profile and every shop type', () => {
    expect(shopProfileSchema.parse(valid)).toEqual(valid)
    for (const type of SHOP_TYPES)
      expect(shopProfileSchema.safeParse({ ...valid, type }).success).toBe(true)
  })
  it('trims names', () => {
    expect(
      shopProfileSchema.parse({ ...valid, name: '  Sunshine  ', city: ' 上海 ' }),
    ).toMatchObject({
      name: 'Sunshine',
      city: '上海',
    })
  })
  it.each([
    ['currency', 'RMB'],
    ['currency', 'cny'],
    ['currency', ''],
    ['type', 'restaurant'],
    ['type', ''],
    ['timeZone', 'Mars/Olympus'],
    ['timeZone', ''],
    ['name', 'x'.repeat(81)],
    ['name', '书'.repeat(81)],
    ['city', 'c'.repeat(81)],
    ['ownerName', 'o'.repeat(81)],
    ['name', 42],
  ])('rejects %s = %j', (field, value) => {
    const r = shopProfileSchema.safeParse({ ...valid, [field]: value })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path).toEqual([field])
  })
  it('accepts names of exactly 80 characters, and longer ones that trim to 80', () => {
    expect(shopProfileSchema.safeParse({ ...valid, name: 'x'.repeat(80) }).success).toBe(true)
    expect(shopProfileSchema.safeParse({ ...valid, name: ` ${'x'.repeat(80)} ` }).success).toBe(
      true,
    )
  })
  it('reports an unknown time zone with the i18n key', () => {
    const r = shopProfileSchema.safeParse({ ...valid, timeZone: 'Mars/Olympus' })
    expect(r.error?.issues[0]?.message).toBe('errors.timeZone')
  })
  it('rejects a missing field', () => {
    const { ownerName: _omit, ...rest } = valid
    expect(shopProfileSchema.safeParse(rest).success).toBe(false)
  })
})

describe('pickLocale', () => {
  it.each([
    [['zh'], 'zh-CN'],
    [['zh-CN'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-Hant-HK', 'en-US'], 'zh-CN'],
    [['ZH-cn'], 'zh-CN'],
    [['', 'zh-CN'], 'zh-CN'],
    [['en-US'], 'en'],
    [['en'], 'en'],
    [['de'], 'en'],
    [['de-DE', 'zh-CN'], 'en'], // the first preference decides
    [[], 'en'],
    [[''], 'en'],
    [['  '], 'en'],
  ] as [string[], string][])('%j → %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected)
  })
})

describe('locale schemas', () => {
  it('accepts only shipped locales', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en'])
    expect(localeSchema.safeParse('zh-CN').success).toBe(true)
    expect(localeSchema.safeParse('en').success).toBe(true)
    expect(localeSchema.safeParse('zh').success).toBe(false)
    expect(localeSchema.safeParse('fr').success).toBe(false)
  })
  it('uiPrefsSchema requires locale and a boolean largeText', () => {
    expect(uiPrefsSchema.safeParse({ locale: 'en', largeText: true }).success).toBe(true)
    expect(uiPrefsSchema.safeParse({ locale: 'en', largeText: 'yes' }).success).toBe(false)
    expect(uiPrefsSchema.safeParse({ locale: 'de', largeText: false }).success).toBe(false)
  })
})
