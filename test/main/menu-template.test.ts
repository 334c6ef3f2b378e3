import { describe, it, expect } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate } from '../../src/main/policy/menu-template'
import { resources, translate } from '../../src/shared/i18n'
import { LOCALES, type Locale } from '../../src/shared/locale'
import type { MenuCommand } from '../../src/shared/ipc/contract'

type Item = MenuItemConstructorOptions

function build(locale: Locale, isMac: boolean, isDev: boolean) {
  const sent: MenuCommand[] = []
  let abouts = 0
  const template = buildMenuTemplate(locale, {
    isMac,
    isDev,
    send: (cmd) => sent.push(cmd),
    about: () => {
      abouts++
    },
  })
  return { template, sent, abouts: () => abouts }
}

const submenu = (item: Item | undefined): Item[] => {
  expect(Array.isArray(item?.submenu)).toBe(true)
  return item?.submenu as Item[]
}
const all = (items: Item[]): Item[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu as Item[]) : [])])
const click = (item: Item | undefined): void => {
  expect(typeof item?.click).toBe('function')
  ;(item?.click as unknown as () => void)()
}
const byLabel = (items: Item[], label: string): Item | undefined =>
  all(items).find((i) => i.label === label)

const combos = LOCALES.flatMap((locale) =>
  [false, true].flatMap((isMac) => [false, true].map((isDev) => [locale, isMac, isDev] as const)),
)

describe('buildMenuTemplate', () => {
  it.each(combos)(
    '%s mac=%s dev=%s: every label comes from the locale’s menu strings',
    (locale, isMac, isDev) => {
      const { template } = build(locale, isMac, isDev)
      const menuStrings = new Set(Object.values(resources[locale].menu))
      for (const item of all(template)) {
        if (item.type === 'separator') continue
        if (item.label === undefined) {
          // Only roles whose native label is localised by the OS may go without one.
          expect(['hide', 'hideOthers', 'toggleDevTools']).toContain(item.role)
          continue
        }
        if (isMac && item === template[0]) continue // the app menu is titled by the product name
        expect(menuStrings.has(item.label), `${locale}: ${item.label}`).toBe(true)
      }
    },
  )

  it.each(LOCALES)('%s: top-level menus in order (Windows/Linux)', (locale) => {
    const t = (k: string): string => translate(locale, `menu.${k}`)
    const { template } = build(locale, false, false)
    expect(template.map((i) => i.label)).toEqual([
      t('file'),
      t('edit'),
      t('view'),
      t('window'),
      t('help'),
    ])
  })

  it('labels are really translated', () => {
    expect(build('zh-CN', false, false).template.map((i) => i.label)).toEqual([
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ])
    expect(build('en', false, false).template.map((i) => i.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
  })

  it.each(LOCALES)('%s: macOS gets an app menu first, with about, hide and quit', (locale) => {
    const { template } = build(locale, true, false)
    expect(template).toHaveLength(6)
    expect(template[0]?.label).toBe('ShopBridge')
    const app = submenu(template[0])
    expect(app[0]?.label).toBe(translate(locale, 'menu.about'))
    const roles = app.map((i) => i.role).filter(Boolean)
    expect(roles).toEqual(['hide', 'hideOthers', 'quit'])
    expect(app.find((i) => i.role === 'quit')?.label).toBe(translate(locale, 'menu.quit'))
    // On macOS the File menu closes the window instead of quitting.
    const fileLast = submenu(template[1]).at(-1)
    expect(fileLast?.role).toBe('close')
  })

  it('Windows/Linux: no app menu; File ends with Quit', () => {
    const { template } = build('en', false, false)
    expect(template.some((i) => i.label === 'ShopBridge')).toBe(false)
    const fileLast = submenu(template[0]).at(-1)
    expect(fileLast).toMatchObject({ role: 'quit', label: 'Quit' })
  })

  it.each(combos)('%s mac=%s dev=%s: DevTools only in development', (locale, isMac, isDev) => {
    const items = all(build(locale, isMac, isDev).template)
    const devtools = items.filter((i) => i.role === 'toggleDevTools')
    expect(devtools).toHaveLength(isDev ? 1 : 0)
    if (isDev) {
      const view = build(locale, isMac, isDev).template.find(
        (i) => i.label === translate(locale, 'menu.view'),
      )
      expect(submenu(view).some((i) => i.role === 'toggleDevTools')).toBe(true)
    }
  })

  it.each(LOCALES)('%s: the File commands send their menu command', (locale) => {
    const t = (k: string): string => translate(locale, `menu.${k}`)
    const m = build(locale, false, false)
    click(byLabel(m.template, t('backupNow')))
    expect(m.sent).toEqual(['backup-now'])
    click(byLabel(m.template, t('home')))
    click(byLabel(m.template, t('settings')))
    expect(m.sent).toEqual(['backup-now', 'open-home', 'open-settings'])
    expect(m.abouts()).toBe(0)
  })

  it('About calls the about callback (Help menu, and the app menu on macOS)', () => {
    const m = build('en', true, false)
    const abouts = all(m.template).filter((i) => i.label === 'About ShopBridge')
    expect(abouts).toHaveLength(2)
    for (const a of abouts) click(a)
    expect(m.abouts()).toBe(2)
    expect(m.sent).toEqual([])
  })

  it('accelerators are the documented ones and unique', () => {
    const { template } = build('en', false, true)
    const accels = all(template)
      .map((i) => i.accelerator)
      .filter((a): a is string => typeof a === 'string')
    expect(accels.sort()).toEqual(['CmdOrCtrl+,', 'CmdOrCtrl+1', 'CmdOrCtrl+B'])
    expect(byLabel(template, 'Back Up Everything…')?.accelerator).toBe('CmdOrCtrl+B')
  })

  it('edit menu uses native roles', () => {
    const edit = build('zh-CN', false, false).template[1]
    expect(submenu(edit).map((i) => i.role ?? i.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
  })
})
