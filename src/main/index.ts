import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_HOST, APP_ORIGIN, APP_SCHEME, PRODUCT_NAME } from '../shared/app-meta'
import { cspString } from '../shared/csp'
import { CHANNELS, type Handlers, type MenuCommand } from '../shared/ipc/contract'
import { pickLocale, type Locale } from '../shared/locale'
import { printQuery } from '../shared/print'
import { backupFileName } from '../shared/backup/format'
import { translate } from '../shared/i18n'
import { atomicWrite, listAutoBackups, writeAutoBackup } from './fs-utils'
import { guardHandler } from './ipc-guard'
import { buildMenuTemplate } from './policy/menu-template'
import { safeFileName, toPdfOptions } from './policy/pdf-options'
import { mimeFor, resolveAppPath } from './policy/protocol-path'
import { appOrigins, externalUrl, isNavigationAllowed, isRequestAllowed } from './policy/url-policy'
import { parseWindowState, restoreBounds } from './policy/window-state'

// Must run before `ready`: app:// behaves like https (secure context, fetch, IndexedDB origin).
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
])
app.enableSandbox()
// One ASCII folder name on every OS (productName has a space and Chinese characters); chosen once,
// because the IndexedDB data of app://shopbridge lives inside it.
app.setPath('userData', join(app.getPath('appData'), 'ShopBridge'))

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const allowed = appOrigins(devServerUrl)
const rendererRoot = join(__dirname, '../renderer')
const preloadPath = join(__dirname, '../preload/index.js')
const backupDir = (): string => join(app.getPath('userData'), 'backups')
const windowStateFile = (): string => join(app.getPath('userData'), 'window-state.json')

let mainWindow: BrowserWindow | null = null
let locale: Locale = 'en'
const printWaiters = new Map<number, () => void>()

function secureWebPreferences(): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
  }
}

function pageUrl(hash: string): string {
  const base = devServerUrl ?? `${APP_ORIGIN}/index.html`
  return `${base}#${hash}`
}

function sendMenu(cmd: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', cmd)
}

function setMenu(): void {
  const template = buildMenuTemplate(locale, {
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    send: sendMenu,
    about: () => {
      void dialog.showMessageBox({
        type: 'info',
        title: translate(locale, 'menu.about'),
        message: PRODUCT_NAME,
        detail: `${app.getVersion()}\n${translate(locale, 'app.tagline')}\n${translate(locale, 'app.offline')}`,
      })
    },
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

async function printToPdf(req: Parameters<Handlers['print:toPdf']>[0]) {
  const win = new BrowserWindow({ show: false, webPreferences: secureWebPreferences() })
  try {
    const ready = new Promise<void>((resolve, reject) => {
      printWaiters.set(win.webContents.id, resolve)
      setTimeout(() => reject(new Error('print page did not become ready')), 30_000)
    })
    const params = new URLSearchParams(req.params ?? {}).toString()
    await win.loadURL(pageUrl(`/print/${req.page}?${printQuery(req.options)}&export=1&${params}`))
    await ready
    const pdf = await win.webContents.printToPDF(toPdfOptions(req.options))
    const parent = mainWindow ?? undefined
    const options = {
      defaultPath: join(app.getPath('documents'), safeFileName(req.suggestedName, 'pdf')),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    }
    const res = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options)
    if (res.canceled || !res.filePath) return { saved: false }
    await atomicWrite(res.filePath, pdf)
    return { saved: true, path: res.filePath }
  } finally {
    printWaiters.delete(win.webContents.id)
    win.destroy()
  }
}

const handlers: Handlers = {
  'app:getInfo': async () => ({
    version: app.getVersion(),
    platform: process.platform,
    userDataDir: app.getPath('userData'),
    backupDir: backupDir(),
  }),
  'app:setLocale': async (next) => {
    locale = next
    setMenu()
  },
  'files:save': async ({ suggestedName, content, filters }) => {
    const ext = filters[0]?.extensions[0] ?? 'txt'
    const options = {
      defaultPath: join(app.getPath('documents'), safeFileName(suggestedName, ext)),
      filters,
    }
    const res = mainWindow
      ? await dialog.showSaveDialog(mainWindow, options)
      : await dialog.showSaveDialog(options)
    if (res.canceled || !res.filePath) return { saved: false }
    await atomicWrite(res.filePath, content)
    return { saved: true, path: res.filePath }
  },
  'backup:writeAuto': async ({ date, content }) =>
    writeAutoBackup(backupDir(), backupFileName(date, 'auto'), content),
  'backup:listAuto': async () => ({ dir: backupDir(), files: await listAutoBackups(backupDir()) }),
  'backup:readAuto': async ({ name }) => {
    const files = await listAutoBackups(backupDir())
    if (!files.some((f) => f.name === name)) throw new Error('no such automatic backup')
    return { content: await readFile(join(backupDir(), name), 'utf8') }
  },
  'print:toPdf': printToPdf,
  'print:ready': async () => undefined, // replaced below: needs the sender
  'shell:openExternal': async ({ url }) => {
    const safe = externalUrl(url)
    if (!safe) return { opened: false }
    await shell.openExternal(safe)
    return { opened: true }
  },
}

function registerIpc(): void {
  for (const channel of CHANNELS) {
    if (channel === 'print:ready') continue
    ipcMain.handle(
      channel,
      guardHandler(channel, handlers[channel], () => allowed),
    )
  }
  const readyGuard = guardHandler('print:ready', handlers['print:ready'], () => allowed)
  ipcMain.handle('print:ready', async (event) => {
    await readyGuard(event)
    printWaiters.get(event.sender.id)?.()
  })
}

function registerProtocol(): void {
  const csp = cspString()
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(request.url, rendererRoot)
    if (!file) return new Response('Not found', { status: 404 })
    const res = await net.fetch(pathToFileURL(file).toString())
    if (!res.ok) return new Response('Not found', { status: 404 })
    const headers = new Headers({
      'Content-Type': mimeFor(file),
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    })
    return new Response(res.body, { status: 200, headers })
  })
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, allowed)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url, allowed)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // New windows are never opened; links to the web go through shell:openExternal after a confirm.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

async function readWindowState() {
  try {
    return parseWindowState(JSON.parse(await readFile(windowStateFile(), 'utf8')))
  } catch {
    return null
  }
}

async function createWindow(): Promise<void> {
  const saved = await readWindowState()
  const state = restoreBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: PRODUCT_NAME,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(),
  })
  mainWindow = win
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  const persist = (): void => {
    const payload = JSON.stringify({ bounds: win.getNormalBounds(), maximized: win.isMaximized() })
    void atomicWrite(windowStateFile(), payload).catch(() => undefined)
  }
  win.on('close', persist)
  win.on('closed', () => {
    mainWindow = null
  })
  await win.loadURL(pageUrl('/'))
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app.on('web-contents-created', (_e, contents) => hardenContents(contents))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  void app.whenReady().then(async () => {
    locale = pickLocale(app.getPreferredSystemLanguages())
    const ses = session.defaultSession
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    ses.setPermissionCheckHandler(() => false)
    ses.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isRequestAllowed(details.url, allowed) })
    })
    registerProtocol()
    registerIpc()
    setMenu()
    await createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow()
    })
  })
}

export { APP_HOST }
