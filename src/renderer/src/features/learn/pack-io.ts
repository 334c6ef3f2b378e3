import Dexie from 'dexie'
import type { Locale } from '@shared/locale'
import {
  buildProgressExport,
  coachSummary,
  parseProgressExport,
  type ProgressExport,
} from '@shared/lessons/coach'
import type { CourseSource } from '@shared/lessons/course'
import {
  isPackJunk,
  packSizeProblems,
  readPackFolder,
  readPackZip,
  writePackZip,
  packZipName,
  ZIP_OVERHEAD_BYTES,
  type PackReadResult,
} from '@shared/lessons/pack'
import type { LocalizedText, PackManifest } from '@shared/lessons/schemas'
import { MAX_PACK_BYTES, type LearnerRow, type PackRow } from '@shared/lessons/stored'
import type { Problem } from '@shared/result'
import { allCourses, shippedPacks } from '../../content/courses'
import { db as appDb, type ShopBridgeDb } from '../../db/db'
import { getSetting, setSetting } from '../../db/settings'
import { platform } from '../../platform'

/**
 * Reading, storing, exporting and removing trainer packs, and the coach view's learner progress
 * files. Every write is one IndexedDB transaction. Functions take the database as a parameter so
 * tests can run them on a fresh fake-indexeddb.
 */

// --- Packs --------------------------------------------------------------------------------------

/** The course source id of a pack: `pack:<id>`. */
export const packSource = (id: string): string => `pack:${id}`

/** Reads a chosen .zip file as a pack (size checked before its bytes are read). */
export async function readPackZipFile(file: File): Promise<PackReadResult> {
  if (file.size > MAX_PACK_BYTES + ZIP_OVERHEAD_BYTES)
    return { ok: false, error: packSizeProblems(file.name, 0, file.size) }
  const bytes = new Uint8Array(await file.arrayBuffer())
  return readPackZip(bytes, { name: file.name })
}

/** The path of a file chosen with <input webkitdirectory> ("<folder>/m1/l1.en.md"). */
const relativePath = (f: File): string =>
  (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name

/**
 * Reads a chosen folder's files as a pack. Hidden and system files (.git, .DS_Store, __MACOSX…)
 * are left out; count and total size are checked before any file is read.
 */
export async function readPackFolderFiles(files: readonly File[]): Promise<PackReadResult> {
  const wanted = files.filter((f) => !isPackJunk(relativePath(f)))
  const name = relativePath(files[0] ?? new File([], 'pack')).split('/')[0] ?? 'pack'
  const size = wanted.reduce((n, f) => n + f.size, 0)
  const sizeProblems = packSizeProblems(name, wanted.length, size)
  if (sizeProblems.length > 0) return { ok: false, error: sizeProblems }
  const entries = await Promise.all(
    wanted.map(async (f) => ({
      path: relativePath(f),
      bytes: new Uint8Array(await f.arrayBuffer()),
    })),
  )
  return readPackFolder(entries, { name })
}

/** Stores a pack, replacing one with the same id (its learners' progress is kept). */
export async function storePack(row: PackRow, database: ShopBridgeDb = appDb): Promise<void> {
  await database.transaction('rw', database.packs, async () => {
    await database.packs.put(row)
  })
}

/**
 * Removes a pack and, in the same transaction, the progress and quiz attempts of its course; the
 * active course goes back to the built-in one when it was this pack.
 */
export async function removePack(id: string, database: ShopBridgeDb = appDb): Promise<void> {
  const source = packSource(id)
  await database.transaction(
    'rw',
    [database.packs, database.lessonProgress, database.quizAttempts, database.settings],
    async () => {
      await database.packs.delete(id)
      await database.lessonProgress.where('source').equals(source).delete()
      await database.quizAttempts
        .where('[source+module]')
        .between([source, Dexie.minKey], [source, Dexie.maxKey], true, true)
        .delete()
      if ((await getSetting('activeCourse', database)) === source)
        await setSetting('activeCourse', 'builtin', database)
    },
  )
}

/** Saves a stored pack as a .zip where the user chooses (a download in web mode). */
export async function exportPack(row: PackRow): Promise<{ saved: boolean; path?: string }> {
  return platform().saveFile({
    suggestedName: packZipName(row.manifest),
    content: writePackZip(row),
    mime: 'application/zip',
    filters: [{ name: 'ZIP', extensions: ['zip'] }],
  })
}

/** A pack's title (or any localised text) in a language, falling back to the other one. */
export function localized(text: LocalizedText | undefined, locale: string): string {
  if (!text) return ''
  return text[locale as Locale] ?? text['zh-CN'] ?? text.en ?? ''
}

/** A pack shipped inside the app (resources/packs/<id>/, via the course registry), read-only. */
export interface ShippedPack {
  id: string
  manifest: PackManifest
}

/** Packs shipped with the app whose pack.json is valid. */
export function shippedPackList(): ShippedPack[] {
  const out: ShippedPack[] = []
  for (const e of shippedPacks()) {
    if (e.course.pack) out.push({ id: e.course.pack.id, manifest: e.course.pack })
  }
  return out
}

// --- Coach view: my own progress -----------------------------------------------------------------

const sourceOf = (id: string): CourseSource =>
  id.startsWith('pack:') ? { packId: id.slice('pack:'.length) } : 'builtin'

/** Course sources the learner can export: the built-in course, imported and shipped packs. */
export async function exportableSources(database: ShopBridgeDb = appDb): Promise<string[]> {
  const packs = await database.packs.toCollection().primaryKeys()
  const ids = new Set(['builtin', ...packs.map(packSource), ...shippedPacks().map((e) => e.id)])
  return [...ids]
}

/** This learner's progress in one course, ready to send to a trainer. */
export async function buildMyProgress(
  source: string,
  learnerName: string,
  database: ShopBridgeDb = appDb,
  now: Date = new Date(),
): Promise<ProgressExport> {
  const [rows, attempts, profile] = await Promise.all([
    database.lessonProgress.where('source').equals(source).toArray(),
    database.quizAttempts
      .where('[source+module]')
      .between([source, Dexie.minKey], [source, Dexie.maxKey], true, true)
      .toArray(),
    getSetting('profile', database),
  ])
  return buildProgressExport({
    learnerName,
    shopName: profile?.name ?? '',
    exportedAt: now.toISOString(),
    source: sourceOf(source),
    progress: Object.fromEntries(rows.map((r) => [r.lessonId, r.progress])),
    attempts: attempts.map((a) => a.attempt),
  })
}

/** File name of a progress export: shopbridge-progress-<name>-<date>.json. */
export function progressFileName(e: ProgressExport): string {
  const name = e.learnerName.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'learner'
  return `shopbridge-progress-${name}-${e.exportedAt.slice(0, 10)}.json`
}

/** Remembers the learner's name, then saves their progress in `source` as a JSON file. */
export async function exportMyProgress(
  source: string,
  learnerName: string,
  database: ShopBridgeDb = appDb,
): Promise<{ saved: boolean; path?: string }> {
  await setSetting('learnerName', learnerName.trim(), database)
  const e = await buildMyProgress(source, learnerName, database)
  return platform().saveFile({
    suggestedName: progressFileName(e),
    content: `${JSON.stringify(e, null, 2)}\n`,
    mime: 'application/json',
    filters: [{ name: 'ShopBridge progress', extensions: ['json'] }],
  })
}

// --- Coach view: learners' files ------------------------------------------------------------------

/** A progress file is a few kilobytes; anything this big is not one. */
export const MAX_PROGRESS_FILE_BYTES = 5 * 1024 * 1024

/** The key of a learner's imported file: learner name + export time. */
export const learnerId = (e: ProgressExport): string => `${e.learnerName}|${e.exportedAt}`

/** One file the trainer chose: its name and text. */
export interface ProgressFile {
  name: string
  text: string
}

/**
 * Imports learners' progress files: every valid one is stored (one transaction), every bad one is
 * reported with its precise problem and changes nothing. Importing the same file again replaces it.
 */
export async function importProgressFiles(
  files: readonly ProgressFile[],
  database: ShopBridgeDb = appDb,
  now: Date = new Date(),
): Promise<{ imported: LearnerRow[]; failed: { name: string; problem: Problem }[] }> {
  const imported: LearnerRow[] = []
  const failed: { name: string; problem: Problem }[] = []
  for (const f of files) {
    const r = parseProgressExport(f.text)
    if (!r.ok) failed.push({ name: f.name, problem: r.error })
    else imported.push({ id: learnerId(r.value), export: r.value, importedAt: now.toISOString() })
  }
  if (imported.length > 0)
    await database.transaction('rw', database.learners, async () => {
      await database.learners.bulkPut(imported)
    })
  return { imported, failed }
}

/** Reads chosen files as text for importProgressFiles (oversized files become a foreign-file error). */
export async function readProgressFiles(files: readonly File[]): Promise<ProgressFile[]> {
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      // Not a progress file: parseProgressExport reports it as foreign.
      text: f.size > MAX_PROGRESS_FILE_BYTES ? '{}' : await f.text(),
    })),
  )
}

const norm = (s: string): string => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()

/** Removes every imported file of a learner (same name and shop, as the coach summary groups them). */
export async function removeLearner(
  name: string,
  shop: string,
  database: ShopBridgeDb = appDb,
): Promise<number> {
  return database.transaction('rw', database.learners, async () =>
    database.learners
      .filter(
        (r) => norm(r.export.learnerName) === norm(name) && norm(r.export.shopName) === norm(shop),
      )
      .delete(),
  )
}

/** The coach summary of every imported learner file. */
export function summarize(rows: readonly LearnerRow[]): ReturnType<typeof coachSummary> {
  return coachSummary(rows.map((r) => r.export))
}

/**
 * Every known quiz question's prompt by `<source>\n<module>\n<question id>`: the built-in course,
 * shipped packs and the imported packs given (as the course registry loads them).
 */
export function questionPrompts(rows: readonly PackRow[]): Map<string, LocalizedText> {
  const map = new Map<string, LocalizedText>()
  for (const entry of allCourses(rows))
    for (const m of entry.course.modules)
      for (const q of m.quiz?.questions ?? []) map.set(promptKey(entry.id, m.id, q.id), q.prompt)
  return map
}

/** The key questionPrompts uses for a question. */
export const promptKey = (source: string, module: string, id: string): string =>
  `${source}\n${module}\n${id}`
