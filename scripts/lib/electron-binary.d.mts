// Types for electron-binary.mjs, so the TypeScript tests in test/build can import it.
export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string }
export function defaultExecutableName(platform?: string): string
export function findElectronBinary(options?: {
  root?: string
  env?: Record<string, string | undefined>
  platform?: string
}): ElectronBinary
