import { describe, it, expect } from 'vitest'
import {
  AUTO_BACKUP_PATTERN,
  AUTO_BACKUPS_KEPT,
  autoBackupDate,
  backupsToDelete,
  needsAutoBackup,
  sortAutoBackups,
} from '../../src/main/policy/backup-rotation'
import { backupFileName } from '../../src/shared/backup/format'
import { addDays, isoDate } from '../../src/shared/dates'

const auto = (d: string): string => `shopbridge-auto-${d}.json`
/** n consecutive days ending at `last`, oldest first. */
const days = (last: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => addDays(isoDate(last), i - n + 1))

describe('autoBackupDate', () => {
  it('reads the date of an automatic backup', () => {
    expect(autoBackupDate('shopbridge-auto-2026-11-25.json')).toBe('2026-11-25')
    expect(autoBackupDate('shopbridge-auto-2024-02-29.json')).toBe('2024-02-29')
  })
  it('agrees with the name the shell writes', () => {
    expect(autoBackupDate(backupFileName('2026-11-25', 'auto'))).toBe('2026-11-25')
    expect(AUTO_BACKUP_PATTERN.test(backupFileName('2026-11-25', 'auto'))).toBe(true)
  })
  it.each([
    'shopbridge-backup-2026-11-25.json', // a manual backup: never rotated
    'shopbridge-auto-2026-11-25.json.tmp',
    'shopbridge-auto-2026-11-25.json.1234.1700000000000.tmp',
    'shopbridge-auto-2026-11-25.JSON',
    'shopbridge-auto-2026-11-25.json.bak',
    'copy of shopbridge-auto-2026-11-25.json',
    'shopbridge-auto-2026-11-25 (1).json',
    'shopbridge-auto-26-11-25.json',
    'shopbridge-auto-2026-02-30.json', // not a calendar date
    'shopbridge-auto-2023-02-29.json',
    'shopbridge-auto-2026-13-01.json',
    'notes.txt',
    '',
  ])('ignores %j', (name) => {
    expect(autoBackupDate(name)).toBeNull()
  })
})

describe('sortAutoBackups', () => {
  it('newest first, other files dropped', () => {
    const names = [
      'readme.txt',
      auto('2026-01-02'),
      auto('2025-12-31'),
      auto('2026-01-10'),
      auto('2026-02-30'),
    ]
    expect(sortAutoBackups(names)).toEqual([
      { name: auto('2026-01-10'), date: '2026-01-10' },
      { name: auto('2026-01-02'), date: '2026-01-02' },
      { name: auto('2025-12-31'), date: '2025-12-31' },
    ])
  })
  it('does not reorder its input', () => {
    const names = [auto('2026-01-01'), auto('2026-01-02')]
    sortAutoBackups(names)
    expect(names).toEqual([auto('2026-01-01'), auto('2026-01-02')])
  })
})

describe('backupsToDelete', () => {
  it('keeps 7 by default', () => {
    expect(AUTO_BACKUPS_KEPT).toBe(7)
  })
  it('deletes nothing with 7 or fewer', () => {
    expect(backupsToDelete([])).toEqual([])
    expect(backupsToDelete(days('2026-11-25', 7).map(auto))).toEqual([])
  })
  it('deletes the oldest beyond the newest 7, whatever the listing order', () => {
    const names = days('2026-11-25', 10).map(auto).reverse()
    expect(backupsToDelete(names).sort()).toEqual(
      [auto('2026-11-16'), auto('2026-11-17'), auto('2026-11-18')].sort(),
    )
  })
  it('never deletes unrelated files or invalid dates, even when there are many', () => {
    const others = [
      'notes.txt',
      'shopbridge-backup-2020-01-01.json',
      'shopbridge-auto-2020-02-30.json',
      'shopbridge-auto-2020-01-01.json.tmp',
      'family-photos',
    ]
    const names = [...others, ...days('2026-01-31', 12).map(auto)]
    const del = backupsToDelete(names)
    expect(del).toHaveLength(5)
    for (const o of others) expect(del).not.toContain(o)
    expect(del.sort()).toEqual(days('2026-01-24', 5).map(auto).sort())
  })
  it('honours a custom keep count, across a year boundary', () => {
    const names = days('2026-01-02', 5).map(auto) // 2025-12-29 … 2026-01-02
    expect(backupsToDelete(names, 2).sort()).toEqual([
      auto('2025-12-29'),
      auto('2025-12-30'),
      auto('2025-12-31'),
    ])
    expect(backupsToDelete(names, 0)).toHaveLength(5)
  })
})

describe('needsAutoBackup', () => {
  it('is true when today has no automatic backup', () => {
    expect(needsAutoBackup([], '2026-11-25')).toBe(true)
    expect(needsAutoBackup([auto('2026-11-24')], '2026-11-25')).toBe(true)
    expect(needsAutoBackup(['shopbridge-backup-2026-11-25.json'], '2026-11-25')).toBe(true) // manual ≠ auto
    expect(needsAutoBackup([`${auto('2026-11-25')}.tmp`], '2026-11-25')).toBe(true) // leftover temp
  })
  it('is false once today exists', () => {
    expect(needsAutoBackup([auto('2026-11-24'), auto('2026-11-25')], '2026-11-25')).toBe(false)
  })
})
