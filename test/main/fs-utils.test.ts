import { describe, it, expect, beforeEach, afterEach } from 'vitest'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { atomicWrite, listAutoBackups, writeAutoBackup } from '../../src/main/fs-utils'
import { backupFileName } from '../../src/shared/backup/format'
import { addDays, isoDate } from '../../src/shared/dates'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shopbridge-test-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const tmpFiles = async (d: string): Promise<string[]> =>
  (await readdir(d)).filter((n) => n.endsWith('.tmp'))

describe('atomicWrite', () => {
  it('writes a new file, creating folders', async () => {
    const p = join(dir, 'a', 'b', 'state.json')
    await atomicWrite(p, '{"x":1}')
    expect(await readFile(p, 'utf8')).toBe('{"x":1}')
    expect(await tmpFiles(join(dir, 'a', 'b'))).toEqual([])
  })
  it('replaces existing content completely (shorter content leaves no tail)', async () => {
    const p = join(dir, 'f.txt')
    await atomicWrite(p, 'a long first version of the file')
    await atomicWrite(p, 'short')
    expect(await readFile(p, 'utf8')).toBe('short')
    expect(await readdir(dir)).toEqual(['f.txt'])
  })
  it('writes bytes and UTF-8 text exactly', async () => {
    const bytes = Uint8Array.from([0, 255, 1, 254, 0x25, 0x50, 0x44, 0x46])
    await atomicWrite(join(dir, 'b.pdf'), bytes)
    expect(Array.from(await readFile(join(dir, 'b.pdf')))).toEqual(Array.from(bytes))
    await atomicWrite(join(dir, '店桥.txt'), '阳光书店 ✓')
    expect(await readFile(join(dir, '店桥.txt'), 'utf8')).toBe('阳光书店 ✓')
  })
  it('leaves no temporary file after many writes', async () => {
    const p = join(dir, 'many.json')
    for (let i = 0; i < 20; i++) await atomicWrite(p, String(i))
    expect(await readFile(p, 'utf8')).toBe('19')
    expect(await readdir(dir)).toEqual(['many.json'])
  })
  it('on failure, throws, keeps the old file and cleans up its temporary file', async () => {
    // The target is a non-empty folder: the rename over it fails after the temp file was written.
    const target = join(dir, 'occupied')
    await mkdir(target)
    await writeFile(join(target, 'inside.txt'), 'keep me')
    await expect(atomicWrite(target, 'new')).rejects.toThrow()
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me')
    expect(await tmpFiles(dir)).toEqual([])
  })
})

describe('writeAutoBackup', () => {
  it('writes the file and reports it', async () => {
    const name = backupFileName('2026-11-25', 'auto')
    const r = await writeAutoBackup(dir, name, '{"backup":1}')
    expect(r).toEqual({ path: join(dir, name), kept: 1 })
    expect(await readFile(join(dir, name), 'utf8')).toBe('{"backup":1}')
  })

  it('creates a missing backup folder', async () => {
    const sub = join(dir, 'backups')
    const r = await writeAutoBackup(sub, backupFileName('2026-11-25', 'auto'), 'x')
    expect(r.kept).toBe(1)
    expect(await readdir(sub)).toEqual(['shopbridge-auto-2026-11-25.json'])
  })

  it('after 10 days keeps the newest 7 and leaves other files alone', async () => {
    const others = [
      'notes.txt',
      'shopbridge-backup-2020-01-01.json',
      'shopbridge-auto-2020-02-30.json',
    ]
    for (const o of others) await writeFile(join(dir, o), 'mine')
    await mkdir(join(dir, 'shopbridge-auto-2000-01-01.json.d'))

    const start = isoDate('2026-02-24') // crosses into March
    const results: number[] = []
    for (let i = 0; i < 10; i++) {
      const date = addDays(start, i)
      results.push((await writeAutoBackup(dir, backupFileName(date, 'auto'), `day ${i}`)).kept)
    }
    expect(results).toEqual([1, 2, 3, 4, 5, 6, 7, 7, 7, 7])

    const names = (await readdir(dir)).sort()
    const autos = names.filter(
      (n) => /^shopbridge-auto-\d{4}-\d{2}-\d{2}\.json$/.test(n) && !others.includes(n),
    )
    expect(autos).toEqual(
      [
        '2026-02-27',
        '2026-02-28',
        '2026-03-01',
        '2026-03-02',
        '2026-03-03',
        '2026-03-04',
        '2026-03-05',
      ].map((d) => `shopbridge-auto-${d}.json`),
    )
    for (const o of others) {
      expect(names).toContain(o)
      expect(await readFile(join(dir, o), 'utf8')).toBe('mine')
    }
    expect(names).toContain('shopbridge-auto-2000-01-01.json.d')
    expect(await tmpFiles(dir)).toEqual([])
    expect(await readFile(join(dir, 'shopbridge-auto-2026-03-05.json'), 'utf8')).toBe('day 9')
  })

  it("writing the same day twice replaces that day's file", async () => {
    const name = backupFileName('2026-11-25', 'auto')
    await writeAutoBackup(dir, name, 'first')
    const r = await writeAutoBackup(dir, name, 'second')
    expect(r.kept).toBe(1)
    expect(await readFile(join(dir, name), 'utf8')).toBe('second')
  })
})

describe('listAutoBackups', () => {
  it('returns [] for a missing folder', async () => {
    expect(await listAutoBackups(join(dir, 'does-not-exist'))).toEqual([])
  })
  it('returns [] when the path is a file', async () => {
    await writeFile(join(dir, 'file'), 'x')
    expect(await listAutoBackups(join(dir, 'file'))).toEqual([])
  })
  it('lists automatic backups newest first with their byte sizes, ignoring other files', async () => {
    await writeFile(join(dir, 'shopbridge-auto-2026-11-24.json'), 'abc')
    await writeFile(join(dir, 'shopbridge-auto-2026-11-25.json'), '店') // 3 bytes in UTF-8
    await writeFile(join(dir, 'shopbridge-auto-2026-11-23.json'), '')
    await writeFile(join(dir, 'shopbridge-backup-2026-11-26.json'), 'manual')
    await writeFile(join(dir, 'shopbridge-auto-2026-11-31.json'), 'bad date')
    expect(await listAutoBackups(dir)).toEqual([
      { name: 'shopbridge-auto-2026-11-25.json', date: '2026-11-25', size: 3 },
      { name: 'shopbridge-auto-2026-11-24.json', date: '2026-11-24', size: 3 },
      { name: 'shopbridge-auto-2026-11-23.json', date: '2026-11-23', size: 0 },
    ])
  })
})
