import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_GLOBAL } from '../shared/ipc/bridge'
import type { DesktopBridge, EventPayload } from '../shared/ipc/contract'

/**
 * The one narrow bridge (Electron checklist 20): a named function per contract channel and a
 * subscription per event. ipcRenderer, the event object and Node never reach the page.
 */
const on =
  <E extends 'menu:command'>(channel: E) =>
  (listener: (payload: EventPayload<E>) => void) => {
    const wrapped = (_event: unknown, payload: EventPayload<E>): void => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  }

const bridge = {
  invoke: {
    'app:getInfo': () => ipcRenderer.invoke('app:getInfo'),
    'app:setLocale': (locale) => ipcRenderer.invoke('app:setLocale', locale),
    'files:save': (req) => ipcRenderer.invoke('files:save', req),
    'backup:writeAuto': (req) => ipcRenderer.invoke('backup:writeAuto', req),
    'backup:listAuto': () => ipcRenderer.invoke('backup:listAuto'),
    'backup:readAuto': (req) => ipcRenderer.invoke('backup:readAuto', req),
    'print:toPdf': (req) => ipcRenderer.invoke('print:toPdf', req),
    'print:ready': () => ipcRenderer.invoke('print:ready'),
    'shell:openExternal': (req) => ipcRenderer.invoke('shell:openExternal', req),
  },
  on: {
    'menu:command': on('menu:command'),
  },
} satisfies DesktopBridge

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge)
