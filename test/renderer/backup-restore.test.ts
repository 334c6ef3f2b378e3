import { describe, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup/format'
import { ShopBridgeDb } from '@renderer/db/db'
import { createBackup, exportTables, restoreTables } from '@renderer/db/backup'
import { getSetting, setSetting } from '@renderer/db/settings'

let n = 0
async function freshDb(): Promise<ShopBridgeDb> {
  const db = new ShopBridgeDb(`backup-${Date.now()}-${n++}`)
  await db.open()
  return db
}

const profile = {
  name: '阳光书店 "Sunshine"',
  type: 'bookstore' as const,
  city: '杭州',
  currency: 'CNY' as const,
  timeZone: 'Asia/Shanghai',
  ownerName: '王芳',
}

describe('backup and restore on a real IndexedDB', () => {
  it('backup → wipe → restore gives back identical data', async () => {
    const db = await freshDb()
    await setSetting('profile', profile, db)
    await setSetting('ui', { locale: 'zh-CN', largeText: true }, db)
    const before = await exportTables(db)
    const text = await createBackup('0.1.0', db, new Date('2026-11-25T08:00:00Z'))

    await db.settings.clear()
    expect(await db.settings.count()).toBe(0)

    const parsed = await parseBackup(text)
    if (!parsed.ok) throw new Error(parsed.error.key)
    expect(parsed.value.summary.counts.settings).toBe(2)
    expect(parsed.value.summary.createdAt).toBe('2026-11-25T08:00:00.000Z')
    await restoreTables(parsed.value.backup.tables, db)
    expect(await exportTables(db)).toEqual(before)
    expect(await getSetting('profile', db)).toEqual(profile)
  })

  it('a restore that fails part-way changes nothing (one transaction)', async () => {
    const db = await freshDb()
    await setSetting('profile', profile, db)
    const before = await exportTables(db)
    // Two rows with the same primary key: bulkAdd fails after clear() already ran in the transaction.
    const bad = {
      settings: [
        { key: 'ui', value: { locale: 'en', largeText: false } },
        { key: 'ui', value: { locale: 'en', largeText: false } },
      ],
      imports: [],
      chunks: [],
      mappings: [],
      lessonProgress: [],
      quizAttempts: [],
      packs: [],
      learners: [],
      plans: [],
      campaigns: [],
    }
    await expect(restoreTables(bad, db)).rejects.toThrow()
    expect(await exportTables(db)).toEqual(before)
  })

  it('restoring a damaged file is refused before the database is touched', async () => {
    const db = await freshDb()
    await setSetting('profile', profile, db)
    const text = await createBackup('0.1.0', db)
    const damaged = text.replace('阳光书店', '月光书店') // content changed, checksum kept
    const r = await parseBackup(damaged)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.key).toBe('backup.errors.checksum')
    expect((await getSetting('profile', db))?.name).toBe(profile.name)
  })
})

describe('settings repository', () => {
  it('validates on write and ignores an invalid stored value on read', async () => {
    const db = await freshDb()
    await expect(
      setSetting('profile', { ...profile, currency: 'XXX' as 'CNY' }, db),
    ).rejects.toThrow()
    await db.settings.put({ key: 'ui', value: { locale: 'fr', largeText: 'yes' } })
    expect(await getSetting('ui', db)).toBeUndefined()
    expect(await getSetting('profile', db)).toBeUndefined()
  })
})
