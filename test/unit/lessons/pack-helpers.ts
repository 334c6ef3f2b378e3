import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { zipSync, type Zippable } from 'fflate'

/** The example pack shipped in the docs. */
export const EXAMPLE_PACK = resolve(__dirname, '../../../docs/example-pack')

/** Every file of a folder: path relative to it (forward slashes) → bytes. */
export function readFolder(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {}
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out[relative(dir, p).split('\\').join('/')] = new Uint8Array(readFileSync(p))
    }
  }
  walk(dir)
  return out
}

const enc = new TextEncoder()

/** Zips files (text or bytes) with fflate, optionally inside a top folder. */
export function zipFiles(files: Record<string, string | Uint8Array>, top?: string): Uint8Array {
  const z: Zippable = {}
  for (const [path, v] of Object.entries(files))
    z[top ? `${top}/${path}` : path] = typeof v === 'string' ? enc.encode(v) : v
  return zipSync(z)
}

/** The example pack's files as text / bytes. */
export function examplePackFiles(): Record<string, string | Uint8Array> {
  const out: Record<string, string | Uint8Array> = {}
  for (const [path, bytes] of Object.entries(readFolder(EXAMPLE_PACK)))
    out[path] = /\.(md|json)$/.test(path) ? new TextDecoder().decode(bytes) : bytes
  return out
}

/** Offsets of every central directory header of a ZIP. */
export function centralHeaders(zip: Uint8Array): { at: number; name: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const out: { at: number; name: string }[] = []
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue
    const len = view.getUint16(i + 28, true)
    out.push({ at: i, name: new TextDecoder().decode(zip.subarray(i + 46, i + 46 + len)) })
  }
  return out
}

/** A copy of a ZIP with one entry's central directory header changed. */
export function patchCentral(
  zip: Uint8Array,
  name: string,
  patch: (view: DataView, at: number) => void,
): Uint8Array {
  const copy = zip.slice()
  const h = centralHeaders(copy).find((x) => x.name === name)
  if (!h) throw new Error(`no central header for ${name}`)
  patch(new DataView(copy.buffer), h.at)
  return copy
}
