import { describe, it, expect } from 'vitest'
import { decodeValue, encodeValue } from '../../src/shared/backup/codec'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupFileName,
  parseBackup,
  serializeBackup,
  sha256Hex,
} from '../../src/shared/backup/format'
import {
  DB_SCHEMA_VERSION,
  restoreSetting,
  settingsRowSchema,
  TABLE_NAMES,
  TABLES,
} from '../../src/shared/backup/tables'

// ------------------------------------------------------------------------------------------------
// codec
// ------------------------------------------------------------------------------------------------

type AnyTyped =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array

const bytesOf = (v: ArrayBufferView): number[] =>
  Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))
/** Encodes, goes through JSON text (as a file would), decodes. */
const viaJson = (v: unknown): unknown => decodeValue(JSON.parse(JSON.stringify(encodeValue(v))))

const samples: [string, AnyTyped][] = [
  ['Int8Array', Int8Array.from([-128, -1, 0, 1, 127])],
  ['Uint8Array', Uint8Array.from([0, 1, 128, 255])],
  ['Int16Array', Int16Array.from([-32768, -1, 0, 1, 32767])],
  ['Uint16Array', Uint16Array.from([0, 1, 65535])],
  ['Int32Array', Int32Array.from([-(2 ** 31), -1, 0, 2 ** 31 - 1])],
  ['Uint32Array', Uint32Array.from([0, 1, 2 ** 32 - 1])],
  ['Float32Array', Float32Array.from([1.5, -0, NaN, Infinity, -Infinity, 3.4e38, 1e-45])],
  [
    'Float64Array',
    Float64Array.from([Math.PI, -0, NaN, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 0.1]),
  ],
]

describe('codec: typed arrays', () => {
  it('covers all 8 kinds', () => {
    expect(new Set(samples.map(([n]) => n)).size).toBe(8)
  })

  it.each(samples)('%s round-trips bit for bit through JSON text', (name, arr) => {
    const enc = encodeValue(arr) as { $typed: string; b64: string }
    expect(enc.$typed).toBe(name)
    expect(typeof enc.b64).toBe('string')
    const dec = viaJson(arr) as AnyTyped
    expect(dec.constructor.name).toBe(name)
    expect(dec.length).toBe(arr.length)
    expect(bytesOf(dec)).toEqual(bytesOf(arr)) // exact bits: NaN, -0 included
  })

  it.each(samples)(
    '%s subarray with a non-zero offset encodes only its own elements',
    (name, arr) => {
      // Put the sample inside a bigger array so the view starts one element (or 3 bytes) in.
      const Ctor = arr.constructor as new (n: number) => AnyTyped
      const big = new Ctor(arr.length + 3)
      big.set(arr as never, 1)
      const view = big.subarray(1, 1 + arr.length)
      expect(view.byteOffset).toBe(arr.BYTES_PER_ELEMENT)
      const dec = viaJson(view) as AnyTyped
      expect(dec.constructor.name).toBe(name)
      expect(dec.length).toBe(arr.length)
      expect(bytesOf(dec)).toEqual(bytesOf(arr))
      expect(dec.byteOffset).toBe(0)
    },
  )

  it('Uint8Array and Int8Array at an odd byte offset of a shared buffer', () => {
    const buf = new ArrayBuffer(16)
    new Uint8Array(buf).forEach((_, i, a) => (a[i] = i * 10))
    const u8 = new Uint8Array(buf, 3, 5)
    const i8 = new Int8Array(buf, 7, 3)
    expect(Array.from(viaJson(u8) as Uint8Array)).toEqual([30, 40, 50, 60, 70])
    expect(Array.from(viaJson(i8) as Int8Array)).toEqual([70, 80, 90])
  })

  it('a decoded Float64Array is usable (aligned buffer) even when it came from an odd offset', () => {
    const bytes = new Uint8Array(8 * 3 + 1)
    new Float64Array(bytes.buffer, 8, 2).set([1.25, -2.5])
    const f = new Float64Array(bytes.buffer, 8, 2)
    const dec = viaJson(f) as Float64Array
    expect(Array.from(dec)).toEqual([1.25, -2.5])
  })

  it('empty and large arrays (more than one base64 chunk)', () => {
    expect(Array.from(viaJson(new Int32Array(0)) as Int32Array)).toEqual([])
    const big = new Uint8Array(100_003)
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 256
    const dec = viaJson(big) as Uint8Array
    expect(dec.length).toBe(big.length)
    expect(Buffer.from(dec).equals(Buffer.from(big))).toBe(true)
  })

  it('base64 is standard base64 of the bytes', () => {
    expect(encodeValue(Uint8Array.from([0x66, 0x6f, 0x6f]))).toEqual({
      $typed: 'Uint8Array',
      b64: 'Zm9v',
    })
    expect(encodeValue(Uint16Array.from([1]))).toEqual({ $typed: 'Uint16Array', b64: 'AQA=' }) // little-endian
  })

  it('the decoded array does not share memory with anything else', () => {
    const enc = encodeValue(Int16Array.from([1, 2, 3]))
    const a = decodeValue(enc) as Int16Array
    const b = decodeValue(enc) as Int16Array
    a[0] = 99
    expect(b[0]).toBe(1)
  })
})

describe('codec: dates, nesting, plain values', () => {
  it('round-trips Dates to the millisecond', () => {
    const d = new Date('2026-11-25T08:00:00.123Z')
    expect(encodeValue(d)).toEqual({ $date: '2026-11-25T08:00:00.123Z' })
    const back = viaJson(d) as Date
    expect(back).toBeInstanceOf(Date)
    expect(back.getTime()).toBe(d.getTime())
  })

  it('round-trips nested objects and arrays with typed arrays and dates inside', () => {
    const v = {
      id: 'x1',
      n: 42,
      ok: true,
      none: null,
      tags: ['a', 'b'],
      when: new Date(Date.UTC(2024, 1, 29)),
      series: { sales: Float64Array.from([1.5, 2.25]), days: [Int32Array.from([19782, 19783])] },
      deep: [[{ at: new Date(0) }]],
    }
    const back = viaJson(v) as typeof v
    expect(back.id).toBe('x1')
    expect(back.n).toBe(42)
    expect(back.ok).toBe(true)
    expect(back.none).toBeNull()
    expect(back.tags).toEqual(['a', 'b'])
    expect(back.when.toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(back.series.sales).toBeInstanceOf(Float64Array)
    expect(Array.from(back.series.sales)).toEqual([1.5, 2.25])
    expect(back.series.days[0]).toBeInstanceOf(Int32Array)
    expect(Array.from(back.series.days[0] as Int32Array)).toEqual([19782, 19783])
    expect((back.deep[0]?.[0]?.at as Date).getTime()).toBe(0)
  })

  it('leaves primitives alone and does not mutate its input', () => {
    for (const p of [null, 0, -1.5, 'text', '', true, false]) {
      expect(encodeValue(p)).toBe(p)
      expect(decodeValue(p)).toBe(p)
    }
    const input = { d: new Date(5), a: Uint8Array.from([1]) }
    encodeValue(input)
    expect(input.d).toBeInstanceOf(Date)
    expect(input.a).toBeInstanceOf(Uint8Array)
  })

  it('unknown tags and look-alikes stay plain objects', () => {
    expect(decodeValue({ $typed: 'BigInt64Array', b64: '' })).toEqual({
      $typed: 'BigInt64Array',
      b64: '',
    })
    expect(decodeValue({ $typed: 'Uint8Array' })).toEqual({ $typed: 'Uint8Array' })
    expect(decodeValue({ $date: '2024-01-01T00:00:00.000Z', note: 'x' })).toEqual({
      $date: '2024-01-01T00:00:00.000Z',
      note: 'x',
    })
    // Names inherited from Object.prototype are not typed-array kinds.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(decodeValue({ $typed: name, b64: '' })).toEqual({ $typed: name, b64: '' })
    }
  })
})

// ------------------------------------------------------------------------------------------------
// format
// ------------------------------------------------------------------------------------------------

const META = { appVersion: '0.1.0', createdAt: '2026-11-25T08:00:00.000Z' }
const PROFILE = {
  name: '阳光书店',
  type: 'bookstore',
  city: '杭州',
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  ownerName: '王芳',
}
const SETTINGS = [
  { key: 'profile', value: PROFILE },
  { key: 'ui', value: { locale: 'zh-CN', largeText: true } },
  { key: 'lastAutoBackup', value: '2026-11-24' },
]

/** A backup file with any envelope fields and tables, its checksum computed correctly. */
async function craft(
  tables: Record<string, unknown[]>,
  envelope: Record<string, unknown> = {},
): Promise<string> {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: META.appVersion,
    schemaVersion: DB_SCHEMA_VERSION,
    createdAt: META.createdAt,
    checksum: await sha256Hex(JSON.stringify(tables)),
    tables,
    ...envelope,
  })
}

/** Expected counts: `n` settings rows, every other table empty. */
const countsWith = (settings: number): Record<string, number> =>
  Object.fromEntries(TABLE_NAMES.map((name) => [name, name === 'settings' ? settings : 0]))
/** Expected per-area totals: `n` in the settings area, every other area 0. */
const areasWith = (settings: number): Record<string, number> =>
  Object.fromEntries(
    TABLE_NAMES.map((name) => [TABLES[name].area, TABLES[name].area === 'settings' ? settings : 0]),
  )

async function errorOf(text: string): Promise<unknown> {
  const r = await parseBackup(text)
  expect(r.ok).toBe(false)
  return r.ok ? null : r.error
}

describe('sha256Hex', () => {
  it('matches known digests', async () => {
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
})

describe('serializeBackup → parseBackup', () => {
  it('round-trips rows and summarises them', async () => {
    const text = await serializeBackup({ settings: SETTINGS }, META)
    const r = await parseBackup(text)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    expect(r.value.backup.tables.settings).toEqual(SETTINGS)
    expect(r.value.backup.appVersion).toBe('0.1.0')
    expect(r.value.backup.createdAt).toBe(META.createdAt)
    expect(r.value.backup.schemaVersion).toBe(DB_SCHEMA_VERSION)
    expect(r.value.summary).toEqual({
      appVersion: '0.1.0',
      schemaVersion: DB_SCHEMA_VERSION,
      createdAt: META.createdAt,
      counts: countsWith(3),
      areas: areasWith(3),
    })
    expect(r.value.summary.counts['settings']).toBe(3)
    expect(r.value.summary.areas['settings']).toBe(3)
  })

  it('summary has a count for every table and per-area totals that add up', async () => {
    const r = await parseBackup(await serializeBackup({ settings: SETTINGS }, META))
    if (!r.ok) throw new Error('expected ok')
    expect(Object.keys(r.value.summary.counts).sort()).toEqual([...TABLE_NAMES].sort())
    const total = Object.values(r.value.summary.counts).reduce((a, b) => a + b, 0)
    expect(Object.values(r.value.summary.areas).reduce((a, b) => a + b, 0)).toBe(total)
    for (const name of TABLE_NAMES) expect(r.value.summary.areas).toHaveProperty(TABLES[name].area)
  })

  it('writes a versioned envelope with a checksum of the tables', async () => {
    const text = await serializeBackup({ settings: SETTINGS }, META)
    const env = JSON.parse(text) as Record<string, unknown>
    expect(env).toMatchObject({
      format: 'shopbridge-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      schemaVersion: DB_SCHEMA_VERSION,
      createdAt: META.createdAt,
    })
    expect(env['checksum']).toBe(await sha256Hex(JSON.stringify(env['tables'])))
  })

  it('an empty database round-trips with zero counts; missing tables are written empty', async () => {
    const r = await parseBackup(await serializeBackup({}, META))
    if (!r.ok) throw new Error('expected ok')
    for (const name of TABLE_NAMES) expect(r.value.backup.tables[name]).toEqual([])
    expect(r.value.summary.counts).toEqual(countsWith(0))
    expect(r.value.summary.areas).toEqual(areasWith(0))
  })

  it('tables the app does not know are not written', async () => {
    const env = JSON.parse(await serializeBackup({ settings: [], scratch: [{ a: 1 }] }, META)) as {
      tables: Record<string, unknown>
    }
    expect(Object.keys(env.tables)).toEqual(TABLE_NAMES)
    expect(env.tables).not.toHaveProperty('scratch')
  })

  it('a backup of every older schema version (settings only) restores under the current one', async () => {
    for (let v = 1; v <= DB_SCHEMA_VERSION; v++) {
      const r = await parseBackup(await craft({ settings: SETTINGS }, { schemaVersion: v }))
      if (!r.ok) throw new Error(`schema ${v}: ${JSON.stringify(r.error)}`)
      expect(r.value.backup.schemaVersion).toBe(DB_SCHEMA_VERSION)
      expect(r.value.backup.tables.settings).toEqual(SETTINGS)
    }
  })

  it('accepts a UTF-8 BOM in front of the JSON', async () => {
    const text = await serializeBackup({ settings: SETTINGS }, META)
    const r = await parseBackup(`\uFEFF${text}`)
    expect(r.ok).toBe(true)
  })

  it('accepts a re-indented file (the checksum is over the data, not its whitespace)', async () => {
    const text = await serializeBackup({ settings: SETTINGS }, META)
    const r = await parseBackup(JSON.stringify(JSON.parse(text), null, 2))
    expect(r.ok).toBe(true)
  })

  it('keeps typed arrays and dates of rows intact (codec inside the format)', async () => {
    // The settings schema keeps unknown keys' values untouched, so they can carry any value.
    const value = { at: new Date('2026-01-02T03:04:05.006Z'), data: Float32Array.from([0.5, 2]) }
    const r = await parseBackup(
      await serializeBackup({ settings: [{ key: 'future', value }] }, META),
    )
    if (!r.ok) throw new Error('expected ok')
    const back = (r.value.backup.tables.settings[0] as { value: typeof value }).value
    expect(back.at.toISOString()).toBe('2026-01-02T03:04:05.006Z')
    expect(back.data).toBeInstanceOf(Float32Array)
    expect(Array.from(back.data)).toEqual([0.5, 2])
  })
})

describe('parseBackup errors', () => {
  it.each(['', '   ', '\n\t', '\uFEFF'])('empty text %j → empty', async (text) => {
    expect(await errorOf(text)).toEqual({ key: 'backup.errors.empty' })
  })

  it.each([
    'hello',
    '{',
    '{"format": "shopbridge-backup",',
    "{'a': 1}",
    'PK\u0003\u0004',
    '<html></html>',
  ])('not JSON %j → notJson', async (text) => {
    expect(await errorOf(text)).toEqual({ key: 'backup.errors.notJson' })
  })

  it('a truncated file → notJson', async () => {
    const text = await serializeBackup({ settings: SETTINGS }, META)
    for (const cut of [1, 10, Math.floor(text.length / 2), text.length - 1]) {
      expect(await errorOf(text.slice(0, cut))).toEqual({ key: 'backup.errors.notJson' })
    }
  })

  it.each([
    '{"name":"other-app","version":3,"data":[]}',
    '[]',
    'null',
    '42',
    '"shopbridge-backup"',
    '{"format":"shopbridge-backup-v2"}',
    '{"format":"SHOPBRIDGE-BACKUP"}',
  ])('JSON of another app %s → foreign', async (text) => {
    expect(await errorOf(text)).toEqual({ key: 'backup.errors.foreign' })
  })

  it.each([
    ['createdAt missing', { createdAt: undefined }],
    ['checksum missing', { checksum: undefined }],
    ['tables missing', { tables: undefined }],
    ['appVersion missing', { appVersion: undefined }],
    ['formatVersion missing', { formatVersion: undefined }],
    ['schemaVersion missing', { schemaVersion: undefined }],
    ['formatVersion a string', { formatVersion: '1' }],
    ['schemaVersion zero', { schemaVersion: 0 }],
    ['createdAt not a timestamp', { createdAt: 'yesterday' }],
    ['checksum not hex', { checksum: 'z'.repeat(64) }],
    ['checksum too short', { checksum: 'ab' }],
    ['tables an array', { tables: [] }],
    ['a table not an array', { tables: { settings: {} } }],
  ])('envelope with %s → damaged', async (_what, patch) => {
    const text = await craft({ settings: SETTINGS }, patch)
    expect(await errorOf(text)).toEqual({ key: 'backup.errors.damaged' })
  })

  it('schemaVersion newer than current → newer, with the app version', async () => {
    const text = await craft(
      { settings: SETTINGS },
      { schemaVersion: DB_SCHEMA_VERSION + 1, appVersion: '3.2.1' },
    )
    expect(await errorOf(text)).toEqual({
      key: 'backup.errors.newer',
      values: { version: '3.2.1' },
    })
  })

  it('formatVersion newer than current → newer, with the app version', async () => {
    const text = await craft(
      { settings: SETTINGS },
      { formatVersion: BACKUP_FORMAT_VERSION + 1, appVersion: '9.0.0' },
    )
    expect(await errorOf(text)).toEqual({
      key: 'backup.errors.newer',
      values: { version: '9.0.0' },
    })
  })

  it('a newer format whose envelope changed shape is still "newer", not "damaged"', async () => {
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION + 1,
      appVersion: '5.0.0',
      schemaVersion: DB_SCHEMA_VERSION + 3,
      createdAt: 1764057600000,
      checksum: { sha512: 'abc' },
      data: { settings: [] },
    })
    expect(await errorOf(text)).toEqual({
      key: 'backup.errors.newer',
      values: { version: '5.0.0' },
    })
  })

  it('a tampered row with the old checksum kept → checksum', async () => {
    const text = await serializeBackup({ settings: SETTINGS }, META)
    const env = JSON.parse(text) as { tables: { settings: { value: { name?: string } }[] } }
    const row = env.tables.settings[0]
    if (!row) throw new Error('no row')
    row.value.name = '别人的书店'
    expect(await errorOf(JSON.stringify(env))).toEqual({ key: 'backup.errors.checksum' })
  })

  it('a removed row or a wrong checksum → checksum', async () => {
    const env = JSON.parse(await serializeBackup({ settings: SETTINGS }, META)) as {
      checksum: string
      tables: { settings: unknown[] }
    }
    env.tables.settings.pop()
    expect(await errorOf(JSON.stringify(env))).toEqual({ key: 'backup.errors.checksum' })
    expect(
      await errorOf(await craft({ settings: SETTINGS }, { checksum: '0'.repeat(64) })),
    ).toEqual({
      key: 'backup.errors.checksum',
    })
  })

  it('an unknown table with a correct checksum → unknownTable, naming it', async () => {
    const text = await craft({ settings: SETTINGS, zzNotATable: [{ id: 1 }] })
    expect(await errorOf(text)).toEqual({
      key: 'backup.errors.unknownTable',
      values: { table: 'zzNotATable' },
    })
  })

  it('an invalid profile value with a correct checksum → invalidRow naming table, row and field', async () => {
    const rows = [SETTINGS[1], { key: 'profile', value: { ...PROFILE, currency: 'DOGE' } }]
    expect(await errorOf(await craft({ settings: rows }))).toEqual({
      key: 'backup.errors.invalidRow',
      values: { table: 'settings', row: 2, field: 'value.currency' },
    })
  })

  it.each([
    [{ key: 'profile', value: { ...PROFILE, timeZone: 'Mars/Olympus' } }, 'value.timeZone'],
    [{ key: 'profile', value: { ...PROFILE, name: 'n'.repeat(81) } }, 'value.name'],
    [{ key: 'profile', value: 'a string' }, 'value'],
    [{ key: 'ui', value: { locale: 'fr', largeText: false } }, 'value.locale'],
    [{ key: 'lastAutoBackup', value: 20261124 }, 'value'],
    [{ key: '', value: 1 }, 'key'],
    [{ value: 1 }, 'key'],
    ['not an object', '—'],
  ])('invalid settings row %j → invalidRow field %s', async (row, field) => {
    expect(await errorOf(await craft({ settings: [row] }))).toEqual({
      key: 'backup.errors.invalidRow',
      values: { table: 'settings', row: 1, field },
    })
  })

  it('undecodable typed data with a correct checksum → invalidRow, not a thrown exception', async () => {
    const row = { key: 'future', value: { $typed: 'Uint8Array', b64: '!!not base64!!' } }
    await expect(parseBackup(await craft({ settings: [row] }))).resolves.toEqual({
      ok: false,
      error: { key: 'backup.errors.invalidRow', values: { table: 'settings', row: 1, field: '—' } },
    })
  })

  it('every error key exists in the string tables (checked in i18n.test.ts by the scan)', async () => {
    const { en } = await import('../../src/shared/i18n/en')
    for (const k of [
      'empty',
      'notJson',
      'foreign',
      'damaged',
      'newer',
      'checksum',
      'unknownTable',
      'invalidRow',
    ]) {
      expect(en.backup.errors).toHaveProperty(k)
    }
  })
})

describe('restore layer', () => {
  it('fills ownerName for an older profile that lacks it', () => {
    const { ownerName: _drop, ...older } = PROFILE
    const r = restoreSetting('profile', older)
    expect(r.success).toBe(true)
    expect(r.data).toEqual({ ...PROFILE, ownerName: '' })
  })

  it('fills any missing field from the defaults', () => {
    const r = restoreSetting('profile', { name: 'Only a name' })
    expect(r.success).toBe(true)
    expect(r.data).toEqual({
      name: 'Only a name',
      type: 'other',
      city: '',
      currency: 'CNY',
      timeZone: 'Asia/Shanghai',
      ownerName: '',
    })
  })

  it('keeps unknown extra profile fields (from a newer version)', () => {
    const r = restoreSetting('profile', { ...PROFILE, loyaltyProgram: { points: 2 }, website: 'x' })
    expect(r.success).toBe(true)
    expect(r.data).toEqual({ ...PROFILE, loyaltyProgram: { points: 2 }, website: 'x' })
  })

  it('still rejects a profile whose known fields are invalid', () => {
    expect(restoreSetting('profile', { ...PROFILE, type: 'casino' }).success).toBe(false)
    expect(restoreSetting('profile', null).success).toBe(false)
    expect(restoreSetting('profile', 'x').success).toBe(false)
  })

  it('keeps an unknown settings key untouched', () => {
    const value = { nested: [1, 'two', { three: null }], n: 3 }
    const r = restoreSetting('fromTheFuture', value)
    expect(r.success).toBe(true)
    expect(r.data).toEqual(value)
    expect(restoreSetting('fromTheFuture', null).data).toBeNull()
  })

  it('validates known non-profile keys strictly', () => {
    expect(restoreSetting('ui', { locale: 'en', largeText: false }).success).toBe(true)
    expect(restoreSetting('ui', { locale: 'en' }).success).toBe(false)
    expect(restoreSetting('lastAutoBackup', '2026-11-24').success).toBe(true)
    expect(restoreSetting('lastAutoBackup', 5).success).toBe(false)
  })

  it('settingsRowSchema applies the restore layer', () => {
    const { ownerName: _drop, ...older } = PROFILE
    expect(settingsRowSchema.parse({ key: 'profile', value: { ...older, extra: 1 } })).toEqual({
      key: 'profile',
      value: { ...PROFILE, ownerName: '', extra: 1 },
    })
  })

  it('end to end: an older backup restores with defaults filled and unknowns kept', async () => {
    const { ownerName: _drop, ...older } = PROFILE
    const rows = [
      { key: 'profile', value: { ...older, slogan: '好书好生活' } },
      { key: 'futureSetting', value: { mode: 'x', list: [3, 2, 1] } },
    ]
    const r = await parseBackup(await craft({ settings: rows }))
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    expect(r.value.backup.tables.settings).toEqual([
      { key: 'profile', value: { ...PROFILE, ownerName: '', slogan: '好书好生活' } },
      { key: 'futureSetting', value: { mode: 'x', list: [3, 2, 1] } },
    ])
  })
})

describe('backupFileName', () => {
  it('names manual and automatic backups', () => {
    expect(backupFileName('2026-11-25')).toBe('shopbridge-backup-2026-11-25.json')
    expect(backupFileName('2026-11-25', 'manual')).toBe('shopbridge-backup-2026-11-25.json')
    expect(backupFileName('2026-11-25', 'auto')).toBe('shopbridge-auto-2026-11-25.json')
  })
})
