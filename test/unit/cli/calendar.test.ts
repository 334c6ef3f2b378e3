import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCalendarArgs, runCalendar } from '../../../src/cli/calendar-command'
import { translate } from '../../../src/shared/i18n'

const ROOT = resolve(__dirname, '../../..')
const NOW = new Date('2026-11-25T00:00:00Z')

describe('calendar command (in process)', () => {
  it('parses options and refuses bad ones', () => {
    expect(parseCalendarArgs(['--year', '2027', '--json'])).toEqual({
      ok: true,
      value: { year: 2027, format: 'json' },
    })
    expect(parseCalendarArgs(['--year', '2027'])).toEqual({
      ok: true,
      value: { year: 2027, format: 'text' },
    })
    for (const bad of [
      ['--year', '1999'],
      ['--year', '2101'],
      ['--year', 'abcd'],
      ['--year'],
      ['--year', '20270'],
    ]) {
      const r = parseCalendarArgs(bad)
      expect(!r.ok && r.error.key, bad.join(' ')).toBe('promote.cli.badYear')
    }
    const none = parseCalendarArgs(['--json'])
    expect(!none.ok && none.error.key).toBe('promote.cli.noYear')
    const unknown = parseCalendarArgs(['--year', '2027', '--yaml'])
    expect(!unknown.ok && unknown.error.key).toBe('promote.cli.unknownOption')
    const r = parseCalendarArgs(['--year', '1999'])
    if (r.ok) throw new Error('expected failure')
    expect(translate('en', r.error.key, r.error.values)).toBe(
      'The year must be a number from 2000 to 2100 (got “1999”).',
    )
  })

  it('--json: the list of { id, name, date, kind } sorted by date', () => {
    const json = JSON.parse(runCalendar({ year: 2027, format: 'json' }, 'en', NOW)) as Record<
      string,
      unknown
    >[]
    expect(json.length).toBe(15)
    for (const e of json) expect(Object.keys(e)).toEqual(['id', 'name', 'date', 'kind'])
    const dates = json.map((e) => e['date'] as string)
    expect(dates).toEqual([...dates].sort())
    expect(json.find((e) => e['id'] === 'spring-festival')).toEqual({
      id: 'spring-festival',
      name: { 'zh-CN': '春节', en: 'Spring Festival' },
      date: '2027-02-06',
      kind: 'festival',
    })
  })

  it('readable output in either language', () => {
    const en = runCalendar({ year: 2027, format: 'text' }, 'en', NOW)
    expect(en).toContain('Retail calendar 2027')
    expect(en).toContain('2027-02-06  Spring Festival  [Festival]')
    expect(en).toContain('check the platform’s current rules')
    const zh = runCalendar({ year: 2027, format: 'text' }, 'zh-CN', NOW)
    expect(zh).toContain('2027年零售日历')
    expect(zh).toContain('2027-02-06  春节  [节日]')
    expect(zh).toContain('2027-11-11  双11  [购物节]')
  })

  it('--ics prints a calendar', () => {
    const ics = runCalendar({ year: 2027, format: 'ics' }, 'en', NOW)
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics).toContain('UID:spring-festival-2027-02-06@shopbridge')
  })
})

describe('calendar command (as a process)', () => {
  const run = (args: string[], lang: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/calendar.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
    })

  it('prints JSON for a year and fails in one line for a bad year', () => {
    const good = run(['--year', '2030', '--json'], 'en_US.UTF-8')
    expect(good.status, good.stderr).toBe(0)
    const json = JSON.parse(good.stdout) as { id: string; date: string }[]
    expect(json.find((e) => e.id === 'spring-festival')?.date).toBe('2030-02-03')
    expect(json.find((e) => e.id === 'black-friday')?.date).toBe('2030-11-29')

    const bad = run(['--year', '1899'], 'zh_CN.UTF-8')
    expect(bad.status).toBe(1)
    expect(bad.stdout).toBe('')
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    expect(bad.stderr).toContain('2000')
    expect(bad.stderr).toMatch(/年份/)
  }, 30_000)
})
