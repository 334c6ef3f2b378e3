import type { PlatformApi } from './types'

/** The platform API in a plain browser (web mode): downloads, the print dialog, window.open. */
export function webPlatform(): PlatformApi {
  return {
    capabilities: { kind: 'web', nativePdf: false, autoBackup: false },
    appInfo: async () => null,
    setLocale: async () => undefined,
    saveFile: async ({ suggestedName, content, mime }) => {
      const blob = new Blob([content as BlobPart], { type: mime })
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = suggestedName
      a.style.display = 'none'
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { saved: true }
    },
    printToPdf: async () => {
      window.print()
      return { saved: false }
    },
    printReady: () => undefined,
    openExternal: async (url) => window.open(url, '_blank', 'noopener,noreferrer') !== null,
    autoBackup: null,
    onMenuCommand: () => () => undefined,
  }
}
