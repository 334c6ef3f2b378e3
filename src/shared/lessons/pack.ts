import { zipSync, type Zippable } from 'fflate'
import type { Locale } from '../locale'
import type { Result } from '../result'
import { courseLessons, loadCourse, type Course } from './course'
import { parseJsonDoc } from './json'
import { readZipDirectory, readZipEntry, UNIX_TYPE, type ZipFailure } from './pack-zip'
import { contentProblem, type ContentProblem } from './problems'
import { packManifestSchema, type PackManifest } from './schemas'
import { MAX_PACK_BYTES, type PackRow } from './stored'

/**
 * Trainer content packs: reading a pack from a .zip or from a chosen folder, refusing anything
 * unsafe before it is stored (zip bombs, oversized packs, paths that leave the pack, links, file
 * types other than lessons, JSON and raster pictures, text that is not UTF-8), validating its
 * content with the course loader, and writing a pack back to a .zip for export.
 *
 * Every problem is a ContentProblem: an i18n key `learn.errors.*` with { file, line?, field? }.
 */

/** At most this many entries (files and folders) in a pack. */
export const MAX_PACK_ENTRIES = 2000
/** A pack's .zip may be this much larger than its content (headers and directory). */
export const ZIP_OVERHEAD_BYTES = 4 * 1024 * 1024
/** The file name problems about the whole archive refer to when the caller gave none. */
const DEFAULT_ZIP_NAME = 'pack.zip'

/** Text files of a pack. */
export const PACK_TEXT_EXTENSIONS = ['md', 'json'] as const
/** Pictures a pack may hold (checked by their first bytes, not just their names). */
export const PACK_IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp'] as const

/** A pack read from a .zip or a folder: its text files, pictures and manifest. */
export interface PackContents {
  /** Path relative to the pack root → text; includes pack.json. */
  files: Record<string, string>
  /** Path relative to the pack root → picture bytes. */
  assets: Record<string, Uint8Array<ArrayBuffer>>
  manifest: PackManifest
}

/** One file of a pack folder (as chosen with <input webkitdirectory>). */
export interface PackFileEntry {
  /** Path as the browser gives it (webkitRelativePath: "<folder>/m1/l1.en.md"). */
  path: string
  bytes: Uint8Array
}

/** Reading a pack: its contents, or every problem that keeps it from being read. */
export type PackReadResult = Result<PackContents, ContentProblem[]>

// --- Paths -------------------------------------------------------------------------------------

/** Files operating systems add to folders and zips by themselves; silently left out. */
export function isPackJunk(path: string): boolean {
  const parts = path.split('/')
  const name = parts[parts.length - 1] ?? ''
  return (
    parts.some((p) => p === '__MACOSX' || (p.startsWith('.') && p !== '.' && p !== '..')) ||
    /^(thumbs\.db|desktop\.ini)$/i.test(name)
  )
}

/** Why a path may not be in a pack, or null when it is safe (relative, inside, plain). */
function unsafePath(path: string): string | null {
  if (path.includes('\\')) return 'backslash'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'control'
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'absolute'
  const parts = path.split('/')
  if (parts.some((p) => p === '..' || p === '.' || p === '')) return 'dots'
  if (path.length > 300) return 'long'
  return null
}

/**
 * Drops a single top-level folder when the whole pack sits inside one ("my-pack/pack.json"),
 * unless that folder is itself a module (it has a module.json and there is no pack.json in it).
 */
function stripTopFolder<T extends { path: string }>(entries: T[]): T[] {
  if (entries.length === 0) return entries
  const first = entries[0]?.path.split('/')[0] ?? ''
  const allInside = entries.every(
    (e) => e.path.startsWith(`${first}/`) && e.path.length > first.length + 1,
  )
  if (!allInside) return entries
  const paths = new Set(entries.map((e) => e.path))
  if (paths.has(`${first}/module.json`) && !paths.has(`${first}/pack.json`)) return entries
  return entries.map((e) => ({ ...e, path: e.path.slice(first.length + 1) }))
}

const extensionOf = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

// --- Content checks ----------------------------------------------------------------------------

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x)
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))

/** The picture format the bytes really hold (by their magic number), or null. */
export function imageKind(bytes: Uint8Array): 'png' | 'jpeg' | 'gif' | 'webp' | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  return null
}

const EXPECTED_KIND: Record<string, string> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** A checked file: text, picture, or the problem that keeps it out. */
type Checked =
  | { kind: 'text'; path: string; text: string }
  | { kind: 'asset'; path: string; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'problem'; problem: ContentProblem }

/** Whether a path's type is allowed at all (before its bytes are read). */
function typeProblem(path: string): ContentProblem | null {
  const ext = extensionOf(path)
  if (ext === 'svg' || ext === 'svgz') return contentProblem('learn.errors.packSvg', path)
  if (
    !(PACK_TEXT_EXTENSIONS as readonly string[]).includes(ext) &&
    !(PACK_IMAGE_EXTENSIONS as readonly string[]).includes(ext)
  )
    return contentProblem('learn.errors.packFileType', path, {
      allowed: [...PACK_TEXT_EXTENSIONS, ...PACK_IMAGE_EXTENSIONS].map((e) => `.${e}`).join(' '),
    })
  return null
}

/** Checks one file's bytes: UTF-8 text, or a picture whose bytes match its extension. */
function checkFile(path: string, bytes: Uint8Array): Checked {
  const ext = extensionOf(path)
  if ((PACK_TEXT_EXTENSIONS as readonly string[]).includes(ext)) {
    try {
      // The decoder drops a UTF-8 byte order mark.
      return { kind: 'text', path, text: utf8.decode(bytes) }
    } catch {
      return { kind: 'problem', problem: contentProblem('learn.errors.packNotUtf8', path) }
    }
  }
  const kind = imageKind(bytes)
  if (kind !== EXPECTED_KIND[ext])
    return {
      kind: 'problem',
      problem: contentProblem('learn.errors.packImageMismatch', path, {
        type: ext.toUpperCase(),
      }),
    }
  const own =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes)
  return { kind: 'asset', path, bytes: own }
}

/** Problems of a pack's size: too many entries or too many bytes once unpacked. */
export function packSizeProblems(file: string, entries: number, bytes: number): ContentProblem[] {
  const problems: ContentProblem[] = []
  if (entries > MAX_PACK_ENTRIES)
    problems.push(
      contentProblem('learn.errors.packTooManyFiles', file, {
        count: entries,
        max: MAX_PACK_ENTRIES,
      }),
    )
  if (bytes > MAX_PACK_BYTES)
    problems.push(
      contentProblem('learn.errors.packTooBig', file, {
        size: megabytes(bytes),
        max: megabytes(MAX_PACK_BYTES),
      }),
    )
  return problems
}

const megabytes = (n: number): string => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')

/** Reads and validates pack.json; null problems when absent (the course loader reports it). */
function readManifest(files: Record<string, string>): PackManifest | null {
  const text = files['pack.json']
  if (text === undefined) return null
  const parsed = parseJsonDoc(text)
  if (!parsed.ok) return null
  const r = packManifestSchema.safeParse(parsed.doc.value)
  return r.success ? r.data : null
}

/**
 * The last step of reading: the manifest. Without a usable pack.json, every problem of the pack
 * is returned at once (the manifest's own, with line and field, and the content's), so the
 * trainer can fix everything in one go.
 */
function finish(
  files: Record<string, string>,
  assets: Record<string, Uint8Array<ArrayBuffer>>,
): PackReadResult {
  const manifest = readManifest(files)
  if (manifest) return { ok: true, value: { files, assets, manifest } }
  const { problems } = loadCourse(files, {
    source: { packId: 'pack' },
    assets: Object.keys(assets),
  })
  const list =
    problems.length > 0 ? problems : [contentProblem('learn.errors.packMissing', 'pack.json')]
  return { ok: false, error: list }
}

/** Sorts problems by file, then line. */
const byPlace = (a: ContentProblem, b: ContentProblem): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0)

// --- Reading ----------------------------------------------------------------------------------

const ZIP_KEYS: Record<ZipFailure, string> = {
  notZip: 'learn.errors.packNotZip',
  damaged: 'learn.errors.packZipDamaged',
  compression: 'learn.errors.packCompression',
  encrypted: 'learn.errors.packEncrypted',
  bomb: 'learn.errors.packZipBomb',
}

/**
 * Reads a pack from the bytes of a .zip. Everything is checked from the archive's directory
 * before a single entry is inflated (entry count, total unpacked size, paths, links, types); then
 * each entry is inflated with a hard cap at its declared size and checked (UTF-8 text, pictures by
 * their first bytes). `name` is the .zip's file name, used in problems about the whole archive.
 */
export function readPackZip(bytes: Uint8Array, opts: { name?: string } = {}): PackReadResult {
  const zipName = opts.name ?? DEFAULT_ZIP_NAME
  const fail = (problems: ContentProblem[]): PackReadResult => ({
    ok: false,
    error: problems.sort(byPlace),
  })
  const zipProblem = (reason: ZipFailure, file = zipName): ContentProblem =>
    contentProblem(ZIP_KEYS[reason], file)

  if (bytes.length > MAX_PACK_BYTES + ZIP_OVERHEAD_BYTES)
    return fail(packSizeProblems(zipName, 0, bytes.length))
  const dir = readZipDirectory(bytes)
  if (!dir.ok) return fail([zipProblem(dir.reason)])

  // 1. The whole archive, from its directory: entry count and declared unpacked size.
  const declared = dir.entries.reduce((sum, e) => sum + e.size, 0)
  const sizeProblems = packSizeProblems(zipName, dir.entries.length, declared)
  if (sizeProblems.length > 0) return fail(sizeProblems)

  // 2. Each entry's name and kind, still without inflating anything.
  const problems: ContentProblem[] = []
  const candidates: { path: string; entry: (typeof dir.entries)[number] }[] = []
  for (const entry of dir.entries) {
    const raw = entry.name.startsWith('./') ? entry.name.slice(2) : entry.name
    const isDir = raw.endsWith('/') || entry.unixType === UNIX_TYPE.dir
    const path = isDir ? raw.replace(/\/+$/, '') : raw
    if (path === '') continue
    if (unsafePath(path) !== null) {
      problems.push(contentProblem('learn.errors.packUnsafePath', entry.name))
      continue
    }
    if (isPackJunk(path)) continue
    if (
      entry.unixType !== 0 &&
      entry.unixType !== UNIX_TYPE.file &&
      entry.unixType !== UNIX_TYPE.dir
    ) {
      problems.push(contentProblem('learn.errors.packLink', path))
      continue
    }
    if (isDir) continue
    candidates.push({ path, entry })
  }
  if (problems.length > 0) return fail(problems)

  const placed = stripTopFolder(candidates)
  const seen = new Map<string, string>()
  for (const { path } of placed) {
    const folded = path.toLowerCase()
    if (seen.has(folded)) problems.push(contentProblem('learn.errors.packDuplicate', path))
    else seen.set(folded, path)
    const tp = typeProblem(path)
    if (tp) problems.push(tp)
  }
  if (problems.length > 0) return fail(problems)

  // 3. Inflate (capped) and check each file's bytes.
  const files: Record<string, string> = {}
  const assets: Record<string, Uint8Array<ArrayBuffer>> = {}
  for (const { path, entry } of placed) {
    const r = readZipEntry(bytes, entry)
    if (!r.ok) {
      // A bomb or a broken entry makes the whole archive suspect: stop here.
      return fail([zipProblem(r.reason, r.reason === 'bomb' ? zipName : path)])
    }
    const c = checkFile(path, r.bytes)
    if (c.kind === 'problem') problems.push(c.problem)
    else if (c.kind === 'text') files[c.path] = c.text
    else assets[c.path] = c.bytes
  }
  if (problems.length > 0) return fail(problems)
  if (Object.keys(files).length === 0 && Object.keys(assets).length === 0)
    return fail([contentProblem('learn.errors.packEmpty', zipName)])
  return finish(files, assets)
}

/**
 * Reads a pack from a chosen folder's files (paths as `webkitRelativePath` gives them; the chosen
 * folder itself is dropped). Same checks as readPackZip. `name` is the folder's name.
 */
export function readPackFolder(
  entries: readonly PackFileEntry[],
  opts: { name?: string } = {},
): PackReadResult {
  const folderName = opts.name ?? entries[0]?.path.split('/')[0] ?? DEFAULT_ZIP_NAME
  const fail = (problems: ContentProblem[]): PackReadResult => ({
    ok: false,
    error: problems.sort(byPlace),
  })
  const total = entries.reduce((sum, e) => sum + e.bytes.length, 0)
  const sizeProblems = packSizeProblems(folderName, entries.length, total)
  if (sizeProblems.length > 0) return fail(sizeProblems)

  const problems: ContentProblem[] = []
  const candidates: PackFileEntry[] = []
  for (const e of entries) {
    const path = e.path.startsWith('./') ? e.path.slice(2) : e.path
    if (unsafePath(path) !== null) {
      problems.push(contentProblem('learn.errors.packUnsafePath', e.path))
      continue
    }
    if (isPackJunk(path)) continue
    candidates.push({ path, bytes: e.bytes })
  }
  if (problems.length > 0) return fail(problems)

  const placed = stripTopFolder(candidates)
  const seen = new Set<string>()
  const files: Record<string, string> = {}
  const assets: Record<string, Uint8Array<ArrayBuffer>> = {}
  for (const { path, bytes } of placed) {
    const folded = path.toLowerCase()
    if (seen.has(folded)) {
      problems.push(contentProblem('learn.errors.packDuplicate', path))
      continue
    }
    seen.add(folded)
    const tp = typeProblem(path)
    if (tp) {
      problems.push(tp)
      continue
    }
    const c = checkFile(path, bytes)
    if (c.kind === 'problem') problems.push(c.problem)
    else if (c.kind === 'text') files[c.path] = c.text
    else assets[c.path] = c.bytes
  }
  if (problems.length > 0) return fail(problems)
  if (placed.length === 0) return fail([contentProblem('learn.errors.packEmpty', folderName)])
  return finish(files, assets)
}

// --- Validation ---------------------------------------------------------------------------------

/** What a pack holds, for the import confirmation. */
export interface PackSummary {
  modules: number
  lessons: number
  questions: number
  languages: Locale[]
}

/** A validated pack: the course it yields and every content problem. */
export interface PackValidation {
  course: Course
  problems: ContentProblem[]
  /** At least one lesson can be read: the pack may be imported (its broken parts left out). */
  usable: boolean
  summary: PackSummary
}

/** Runs the course loader over a pack (source `pack:<id>`, with its pictures) and sums it up. */
export function validatePack(contents: PackContents): PackValidation {
  const { course, problems } = loadCourse(contents.files, {
    source: { packId: contents.manifest.id },
    assets: Object.keys(contents.assets),
  })
  const lessons = courseLessons(course)
  return {
    course,
    problems,
    usable: lessons.length > 0,
    summary: {
      modules: course.modules.length,
      lessons: lessons.length,
      questions: course.modules.reduce((n, m) => n + (m.quiz?.questions.length ?? 0), 0),
      languages: course.languages,
    },
  }
}

/** The row to store for a read pack. */
export function packRow(contents: PackContents, importedAt: string): PackRow {
  return {
    id: contents.manifest.id,
    manifest: contents.manifest,
    files: contents.files,
    assets: contents.assets,
    importedAt,
  }
}

// --- Writing ------------------------------------------------------------------------------------

/** A fixed time stamp for every entry, so exporting the same pack gives the same bytes. */
const ZIP_MTIME = new Date(Date.UTC(2020, 0, 1))

/**
 * A stored pack as a .zip (files at the root, sorted; pictures stored as they are, text
 * deflated), readable again by readPackZip. pack.json is written from the manifest when the row
 * has none.
 */
export function writePackZip(row: PackRow): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder()
  const entries: Zippable = {}
  const files: Record<string, string> = { ...row.files }
  if (files['pack.json'] === undefined)
    files['pack.json'] = `${JSON.stringify(row.manifest, null, 2)}\n`
  for (const path of Object.keys(files).sort())
    entries[path] = [enc.encode(files[path] as string), { level: 9, mtime: ZIP_MTIME }]
  for (const path of Object.keys(row.assets).sort())
    entries[path] = [row.assets[path] as Uint8Array, { level: 0, mtime: ZIP_MTIME }]
  return zipSync(entries)
}

/** The suggested file name of an exported pack: `<id>-<version>.zip` (version made file-safe). */
export function packZipName(manifest: PackManifest): string {
  const version = manifest.version.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')
  return `${manifest.id}${version ? `-${version}` : ''}.zip`
}
