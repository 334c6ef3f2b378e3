import { describe, it, expect } from 'vitest'
import { z } from 'zod'
import {
  autoBackupEntrySchema,
  BRIDGE_GLOBAL,
  CHANNELS,
  contract,
  EVENT_CHANNELS,
  events,
  MAX_WRITE_BYTES,
  menuCommandSchema,
  type Channel,
} from '../../src/shared/ipc/contract'

const ok = (c: Channel, args: unknown[]): boolean => contract[c].args.safeParse(args).success

const saveReq = {
  suggestedName: 'backup.json',
  content: '{}',
  filters: [{ name: 'JSON', extensions: ['json'] }],
}
const pdfReq = {
  page: 'profile',
  options: { pageSize: 'A4', margins: 'normal', landscape: false },
  suggestedName: 'profile.pdf',
}

/** A valid argument tuple for every channel. */
const VALID: Record<Channel, unknown[]> = {
  'app:getInfo': [],
  'app:setLocale': ['zh-CN'],
  'files:save': [saveReq],
  'backup:writeAuto': [{ date: '2026-11-25', content: '{}' }],
  'backup:listAuto': [],
  'backup:readAuto': [{ name: 'shopbridge-auto-2026-11-25.json' }],
  'print:toPdf': [pdfReq],
  'print:ready': [],
  'shell:openExternal': [{ url: 'https://example.com/' }],
}

describe('contract shape', () => {
  it('CHANNELS lists every key of the contract, once', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort())
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
    expect([...CHANNELS].sort()).toEqual(Object.keys(VALID).sort())
  })
  it('EVENT_CHANNELS lists every event', () => {
    expect([...EVENT_CHANNELS].sort()).toEqual(Object.keys(events).sort())
    expect(EVENT_CHANNELS).toEqual(['menu:command'])
  })
  it.each(CHANNELS)('%s has zod args (a tuple) and result schemas', (c) => {
    const entry = contract[c]
    expect(entry.args).toBeInstanceOf(z.ZodTuple)
    expect(entry.result).toBeInstanceOf(z.ZodType)
  })
  it('channel names are namespaced', () => {
    for (const c of CHANNELS) expect(c).toMatch(/^[a-z]+:[a-zA-Z]+$/)
  })
  it('the bridge global is shopbridge', () => {
    expect(BRIDGE_GLOBAL).toBe('shopbridge')
  })
})

describe('args: arity', () => {
  it.each(CHANNELS)('%s accepts its valid arguments', (c) => {
    expect(ok(c, VALID[c])).toBe(true)
  })
  it.each(CHANNELS)('%s rejects an extra argument', (c) => {
    expect(ok(c, [...VALID[c], 'extra'])).toBe(false)
  })
  it.each(CHANNELS.filter((c) => VALID[c].length > 0))('%s rejects a missing argument', (c) => {
    expect(ok(c, VALID[c].slice(0, -1))).toBe(false)
  })
  it.each(CHANNELS)('%s rejects a non-array', (c) => {
    expect(contract[c].args.safeParse(undefined).success).toBe(false)
    expect(contract[c].args.safeParse({}).success).toBe(false)
  })
})

describe('args: types and values', () => {
  it('app:setLocale only takes shipped locales', () => {
    expect(ok('app:setLocale', ['en'])).toBe(true)
    expect(ok('app:setLocale', ['fr'])).toBe(false)
    expect(ok('app:setLocale', [1])).toBe(false)
  })

  it('files:save', () => {
    const bad = (patch: Record<string, unknown>): boolean =>
      ok('files:save', [{ ...saveReq, ...patch }])
    expect(bad({ content: new Uint8Array([1, 2]) })).toBe(true)
    expect(bad({ filters: [] })).toBe(true)
    expect(bad({ suggestedName: '' })).toBe(false)
    expect(bad({ suggestedName: 'x'.repeat(201) })).toBe(false)
    expect(bad({ suggestedName: 'x'.repeat(200) })).toBe(true)
    expect(bad({ suggestedName: 42 })).toBe(false)
    expect(bad({ content: 42 })).toBe(false)
    expect(bad({ content: [1, 2, 3] })).toBe(false)
    expect(bad({ content: undefined })).toBe(false)
    for (const ext of ['.pdf', 'p d f', 'json/..', '', 'a'.repeat(11), '*', 'pdf;rm']) {
      expect(bad({ filters: [{ name: 'X', extensions: [ext] }] }), ext).toBe(false)
    }
    expect(bad({ filters: [{ name: 'X', extensions: ['PDF', 'json', 'mp4'] }] })).toBe(true)
    expect(
      bad({ filters: Array.from({ length: 6 }, () => ({ name: 'X', extensions: ['x'] })) }),
    ).toBe(false)
    expect(
      bad({ filters: [{ name: 'X', extensions: Array.from({ length: 11 }, () => 'x') }] }),
    ).toBe(false)
    expect(bad({ filters: [{ name: 'n'.repeat(101), extensions: ['x'] }] })).toBe(false)
  })

  it('files:save size limit is expressed in the schema (checked on a tiny stand-in, not a real 1 GB buffer)', () => {
    expect(MAX_WRITE_BYTES).toBe(512 * 1024 * 1024)
    // A Uint8Array's byteLength is checked; fake one that claims to be too big.
    const fake = new Uint8Array(1)
    Object.defineProperty(fake, 'byteLength', { value: MAX_WRITE_BYTES + 1 })
    expect(ok('files:save', [{ ...saveReq, content: fake }])).toBe(false)
  })

  it('backup:writeAuto needs a real date', () => {
    expect(ok('backup:writeAuto', [{ date: '2026-02-29', content: '' }])).toBe(false)
    expect(ok('backup:writeAuto', [{ date: '2026-11-25T00:00', content: '' }])).toBe(false)
    expect(ok('backup:writeAuto', [{ date: '../../etc', content: '' }])).toBe(false)
    expect(ok('backup:writeAuto', [{ date: '2024-02-29', content: '' }])).toBe(true)
    expect(ok('backup:writeAuto', [{ date: '2024-02-29', content: new Uint8Array(1) }])).toBe(false)
  })

  it.each([
    '../secret.json',
    '..',
    '...',
    'a..b',
    '..\\x',
    'a/b.json',
    'a\\b.json',
    '/etc/passwd',
    'C:\\x',
    'C:x',
    '',
    'x'.repeat(101),
    'name with space.json',
    'nul\u0000.json',
    '备份.json',
  ])('backup:readAuto rejects %j', (name) => {
    expect(ok('backup:readAuto', [{ name }])).toBe(false)
  })
  it('backup:readAuto accepts plain file names', () => {
    expect(ok('backup:readAuto', [{ name: 'shopbridge-auto-2026-11-25.json' }])).toBe(true)
    expect(ok('backup:readAuto', [{ name: 'a.b-c_d' }])).toBe(true)
  })

  it('print:toPdf', () => {
    const p = (patch: Record<string, unknown>): boolean =>
      ok('print:toPdf', [{ ...pdfReq, ...patch }])
    expect(p({ page: 'nope' })).toBe(false)
    expect(p({ page: '../settings' })).toBe(false)
    expect(p({ suggestedName: '' })).toBe(false)
    expect(p({ options: { pageSize: 'A3' } })).toBe(false)
    expect(p({ options: { margins: 'huge' } })).toBe(false)
    expect(p({ options: {} })).toBe(true) // all defaults
    expect(p({ params: { id: '42', year: '2026' } })).toBe(true)
    expect(p({ params: { 'bad key': '1' } })).toBe(false)
    expect(p({ params: { id: 42 } })).toBe(false)
    expect(p({ params: { id: 'x'.repeat(201) } })).toBe(false)
  })

  it('print:toPdf fills option defaults in the parsed value', () => {
    const r = contract['print:toPdf'].args.parse([{ ...pdfReq, options: {} }])
    expect(r[0].options).toEqual({ pageSize: 'A4', margins: 'normal', landscape: false })
  })

  it('shell:openExternal limits the URL length (the shell filters schemes)', () => {
    expect(ok('shell:openExternal', [{ url: `https://e.com/${'a'.repeat(2048)}` }])).toBe(false)
    expect(ok('shell:openExternal', [{ url: 5 }])).toBe(false)
  })
})

describe('results and events', () => {
  it('app:getInfo result', () => {
    const info = {
      version: '0.1.0',
      platform: 'win32',
      userDataDir: 'C:\\u',
      backupDir: 'C:\\u\\backups',
    }
    expect(contract['app:getInfo'].result.safeParse(info).success).toBe(true)
    expect(contract['app:getInfo'].result.safeParse({ ...info, version: undefined }).success).toBe(
      false,
    )
  })
  it('save results', () => {
    expect(contract['files:save'].result.safeParse({ saved: false }).success).toBe(true)
    expect(contract['files:save'].result.safeParse({ saved: true, path: '/x.json' }).success).toBe(
      true,
    )
    expect(contract['files:save'].result.safeParse({ path: '/x.json' }).success).toBe(false)
  })
  it('auto backup entries need a real date and a non-negative integer size', () => {
    expect(
      autoBackupEntrySchema.safeParse({ name: 'a', date: '2026-11-25', size: 0 }).success,
    ).toBe(true)
    expect(
      autoBackupEntrySchema.safeParse({ name: 'a', date: '2026-11-31', size: 0 }).success,
    ).toBe(false)
    expect(
      autoBackupEntrySchema.safeParse({ name: 'a', date: '2026-11-25', size: -1 }).success,
    ).toBe(false)
    expect(
      autoBackupEntrySchema.safeParse({ name: 'a', date: '2026-11-25', size: 1.5 }).success,
    ).toBe(false)
  })
  it('menu commands', () => {
    expect(menuCommandSchema.options.sort()).toEqual(['backup-now', 'open-home', 'open-settings'])
    expect(menuCommandSchema.safeParse('quit').success).toBe(false)
  })
})
