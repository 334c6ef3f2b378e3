// Types for chromium.mjs, so the TypeScript tests in test/build can import it.
export type ChromiumLookup =
  { ok: true; path: string; source: string } | { ok: false; reason: string }
export const CHROMIUM_ENV_VARS: string[]
export function systemCandidates(
  platform?: string,
  env?: Record<string, string | undefined>,
): string[]
export function playwrightChromiumPath(): string | null
export function findChromium(options?: {
  env?: Record<string, string | undefined>
  platform?: string
  exists?: (path: string) => boolean
  playwrightPath?: () => string | null
}): ChromiumLookup
export function hasCjkFont(options?: {
  run?: (cmd: string, args: string[]) => { status: number | null; stdout: string }
  exists?: (path: string) => boolean
}): boolean
export const INSTRUCTION: string
export function ensureChromium(deps?: {
  find?: () => ChromiumLookup
  linuxRoot?: boolean
  apt?: boolean
  cjk?: () => boolean
  run?: (cmd: string, args: string[]) => boolean
  log?: (line: string) => void
  fail?: (line: string) => never | void
}): string
