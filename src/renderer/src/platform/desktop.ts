import { isoDate } from '@shared/dates'
import type { DesktopBridge } from '@shared/ipc/contract'
import type { PlatformApi } from './types'

/** The platform API over the preload bridge (desktop app). */
export function desktopPlatform(bridge: DesktopBridge): PlatformApi {
  const { invoke } = bridge
  return {
    capabilities: { kind: 'desktop', nativePdf: true, autoBackup: true },
    appInfo: () => invoke['app:getInfo'](),
    setLocale: (locale) => invoke['app:setLocale'](locale),
    saveFile: ({ suggestedName, content, filters }) =>
      invoke['files:save']({ suggestedName, content, filters }),
    printToPdf: (req) => invoke['print:toPdf'](req),
    printReady: () => void invoke['print:ready']().catch(() => undefined),
    openExternal: async (url) => (await invoke['shell:openExternal']({ url })).opened,
    autoBackup: {
      write: async (date, content) => invoke['backup:writeAuto']({ date: isoDate(date), content }),
      list: () => invoke['backup:listAuto'](),
      read: async (name) => (await invoke['backup:readAuto']({ name })).content,
    },
    onMenuCommand: (listener) => bridge.on['menu:command'](listener),
  }
}
