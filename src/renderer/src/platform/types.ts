import type { AppInfo, AutoBackupEntry, MenuCommand, SaveResult } from '@shared/ipc/contract'
import type { Locale } from '@shared/locale'
import type { PrintablePage, PrintOptions } from '@shared/print'

/** What the platform under the renderer can do; features branch only on these, never on "is Electron". */
export interface Capabilities {
  kind: 'desktop' | 'web'
  /** A PDF can be written straight to a file the user picks (desktop); otherwise the print dialog. */
  nativePdf: boolean
  /** Daily backups into the app's data folder. */
  autoBackup: boolean
}

/** A file the renderer asks to save. */
export interface SaveRequest {
  suggestedName: string
  content: string | Uint8Array<ArrayBuffer>
  mime: string
  filters: { name: string; extensions: string[] }[]
}

/** A print job: a printable page rendered with a print layout. */
export interface PrintRequest {
  page: PrintablePage
  params?: Record<string, string>
  options: PrintOptions
  suggestedName: string
}

/**
 * The one API features use to reach outside the page. The desktop implementation forwards to the
 * preload bridge (the IPC contract); web mode implements the same with browser means.
 */
export interface PlatformApi {
  capabilities: Capabilities
  appInfo(): Promise<AppInfo | null>
  setLocale(locale: Locale): Promise<void>
  saveFile(req: SaveRequest): Promise<SaveResult>
  /** Desktop: renders the page hidden and saves a PDF. Web: opens the print dialog on the current page. */
  printToPdf(req: PrintRequest): Promise<SaveResult>
  /** Tells the desktop shell that a print page finished rendering (no-op on the web). */
  printReady(): void
  openExternal(url: string): Promise<boolean>
  autoBackup: {
    write(date: string, content: string): Promise<{ path: string }>
    list(): Promise<{ dir: string; files: AutoBackupEntry[] }>
    read(name: string): Promise<string>
  } | null
  onMenuCommand(listener: (cmd: MenuCommand) => void): () => void
}
