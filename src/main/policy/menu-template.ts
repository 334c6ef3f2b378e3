import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc/contract'
import { translate } from '../../shared/i18n'
import type { Locale } from '../../shared/locale'

/**
 * The application menu in the user's language. Roles give native behaviour; the app's own
 * commands are sent to the renderer, which owns the data. DevTools only in development.
 */
export function buildMenuTemplate(
  locale: Locale,
  opts: { isMac: boolean; isDev: boolean; send: (cmd: MenuCommand) => void; about: () => void },
): MenuItemConstructorOptions[] {
  const t = (k: string): string => translate(locale, `menu.${k}`)
  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { label: t('home'), accelerator: 'CmdOrCtrl+1', click: () => opts.send('open-home') },
      { label: t('backupNow'), accelerator: 'CmdOrCtrl+B', click: () => opts.send('backup-now') },
      { label: t('settings'), accelerator: 'CmdOrCtrl+,', click: () => opts.send('open-settings') },
      { type: 'separator' },
      opts.isMac ? { role: 'close', label: t('close') } : { role: 'quit', label: t('quit') },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { role: 'resetZoom', label: t('resetZoom') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('fullscreen') },
      ...(opts.isDev ? [{ role: 'toggleDevTools' } as MenuItemConstructorOptions] : []),
    ],
  }
  const windowMenu: MenuItemConstructorOptions = {
    label: t('window'),
    submenu: [
      { role: 'minimize', label: t('minimize') },
      { role: 'close', label: t('close') },
    ],
  }
  const help: MenuItemConstructorOptions = {
    label: t('help'),
    submenu: [{ label: t('about'), click: opts.about }],
  }
  const appMenu: MenuItemConstructorOptions[] = opts.isMac
    ? [
        {
          label: 'ShopBridge',
          submenu: [
            { label: t('about'), click: opts.about },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { type: 'separator' },
            { role: 'quit', label: t('quit') },
          ],
        },
      ]
    : []
  return [...appMenu, file, edit, view, windowMenu, help]
}
