import { describe, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup/format'
import type { AutoBackupEntry } from '@shared/ipc/contract'
import { runDailyBackup } from '@renderer/app/auto-backup'
import { setSetting } from '@renderer/db/settings'
import { webPlatform } from '@renderer/platform/web'
import type { PlatformApi } from '@renderer/platform'

function fakeDesktop(): { api: PlatformApi; files: Map<string, string> } {
  const files = new Map<string, string>()
  const api: PlatformApi = {
    ...webPlatform(),
    capabilities: { kind: 'desktop', nativePdf: true, autoBackup: true },
    autoBackup: {
      write: async (date, content) => {
        files.set(`shopbridge-auto-${date}.json`, content)
        return { path: `/data/backups/shopbridge-auto-${date}.json` }
      },
      list: async () => ({
        dir: '/data/backups',
        files: [...files.entries()].map(
          ([name, c]) => ({ name, date: name.slice(16, 26), size: c.length }) as AutoBackupEntry,
        ),
      }),
      read: async (name) => files.get(name) ?? '',
    },
  }
  return { api, files }
}

describe('daily automatic backup', () => {
  it('writes one valid backup per day and none in web mode', async () => {
    await setSetting('profile', {
      name: '小李文具',
      type: 'other',
      city: '苏州',
      currency: 'CNY',
      timeZone: 'Asia/Shanghai',
      ownerName: '李',
    })
    const { api, files } = fakeDesktop()
    const day1 = new Date('2026-11-25T04:00:00Z')
    expect(await runDailyBackup(api, day1)).toBe(true)
    expect(await runDailyBackup(api, day1)).toBe(false)
    expect(files.size).toBe(1)
    const content = [...files.values()][0] ?? ''
    const parsed = await parseBackup(content)
    expect(parsed.ok).toBe(true)
    expect(await runDailyBackup(api, new Date('2026-11-27T04:00:00Z'))).toBe(true)
    expect(files.size).toBe(2)
    expect(await runDailyBackup(webPlatform(), day1)).toBe(false)
  })
})
