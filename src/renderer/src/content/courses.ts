import { courseSourceId, loadCourse, type Course } from '@shared/lessons/course'
import type { ContentProblem } from '@shared/lessons/problems'
import type { PackRow } from '@shared/lessons/stored'

/**
 * The course registry: the built-in course (resources/course), packs shipped at build time
 * (resources/packs/<id>/, read-only) and packs a trainer's learner imported (db.packs). Every
 * source goes through the same loadCourse, which keeps whatever is valid and lists each problem.
 */

/** Where a course comes from. */
export type CourseOrigin = 'builtin' | 'shipped-pack' | 'imported-pack'

/** A pack's pictures: bytes from an imported pack, or URLs of files bundled with the app. */
export type CourseImages =
  | { kind: 'bytes'; files: Readonly<Record<string, Uint8Array>> }
  | { kind: 'urls'; files: Readonly<Record<string, string>> }

/** One course the learner can take. */
export interface CourseEntry {
  /** 'builtin' or 'pack:<id>' (the key of its progress and quiz attempts). */
  id: string
  origin: CourseOrigin
  course: Course
  /** Content problems of this source, sorted by file and line. */
  problems: ContentProblem[]
  /** Built-in content cannot be removed. */
  readOnly: boolean
  images: CourseImages
}

// Paths are relative to this file: src/renderer/src/content → the repository root.
const COURSE_DIR = '../../../../resources/course/'
const PACKS_DIR = '../../../../resources/packs/'

const courseTexts = import.meta.glob<string>('../../../../resources/course/**/*.{md,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const courseImages = import.meta.glob<string>(
  '../../../../resources/course/**/*.{png,jpg,jpeg,gif,webp,svg}',
  { query: '?url', import: 'default', eager: true },
)
// The folder may not exist: the globs are then empty.
const packTexts = import.meta.glob<string>('../../../../resources/packs/*/**/*.{md,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const packImages = import.meta.glob<string>(
  '../../../../resources/packs/*/**/*.{png,jpg,jpeg,gif,webp}',
  { query: '?url', import: 'default', eager: true },
)

/** Re-keys glob results by their path under `dir`. */
export function relativeFiles<T>(
  files: Readonly<Record<string, T>>,
  dir: string,
): Record<string, T> {
  const out: Record<string, T> = {}
  for (const [path, value] of Object.entries(files))
    if (path.startsWith(dir)) out[path.slice(dir.length)] = value
  return out
}

/** Groups `<packId>/<path>` keys by pack id. */
export function groupByPack<T>(files: Readonly<Record<string, T>>): Map<string, Record<string, T>> {
  const packs = new Map<string, Record<string, T>>()
  for (const [path, value] of Object.entries(files)) {
    const slash = path.indexOf('/')
    if (slash <= 0) continue
    const id = path.slice(0, slash)
    const group = packs.get(id) ?? {}
    group[path.slice(slash + 1)] = value
    packs.set(id, group)
  }
  return packs
}

let builtin: CourseEntry | null = null

/** The built-in course, loaded once. */
export function builtinCourse(): CourseEntry {
  if (!builtin) {
    const images = relativeFiles(courseImages, COURSE_DIR)
    const { course, problems } = loadCourse(relativeFiles(courseTexts, COURSE_DIR), {
      source: 'builtin',
      assets: Object.keys(images),
    })
    builtin = {
      id: 'builtin',
      origin: 'builtin',
      course,
      problems,
      readOnly: true,
      images: { kind: 'urls', files: images },
    }
  }
  return builtin
}

let shipped: CourseEntry[] | null = null

/** Packs bundled from resources/packs/<id>/ at build time, loaded once. */
export function shippedPacks(): CourseEntry[] {
  if (!shipped) {
    const texts = groupByPack(relativeFiles(packTexts, PACKS_DIR))
    const images = groupByPack(relativeFiles(packImages, PACKS_DIR))
    shipped = [...texts.keys()].sort().map((packId) => {
      const files = images.get(packId) ?? {}
      const { course, problems } = loadCourse(texts.get(packId) ?? {}, {
        source: { packId },
        assets: Object.keys(files),
      })
      return {
        id: courseSourceId({ packId }),
        origin: 'shipped-pack' as const,
        course,
        problems,
        readOnly: true,
        images: { kind: 'urls' as const, files },
      }
    })
  }
  return shipped
}

const imported = new Map<string, CourseEntry>()

/** An imported pack's course (cached per pack import, so live queries do not reparse it). */
export function importedPack(row: PackRow): CourseEntry {
  const key = `${row.id}|${row.importedAt}`
  const hit = imported.get(key)
  if (hit) return hit
  const { course, problems } = loadCourse(row.files, {
    source: { packId: row.id },
    assets: Object.keys(row.assets),
  })
  const entry: CourseEntry = {
    id: courseSourceId({ packId: row.id }),
    origin: 'imported-pack',
    course,
    problems,
    readOnly: false,
    images: { kind: 'bytes', files: row.assets },
  }
  for (const k of imported.keys()) if (k.startsWith(`${row.id}|`)) imported.delete(k)
  imported.set(key, entry)
  return entry
}

/**
 * Every course: the built-in one first, then packs by id. A pack imported with the id of a
 * shipped one replaces it (the trainer handed out a newer version).
 */
export function allCourses(rows: readonly PackRow[]): CourseEntry[] {
  const packs = new Map<string, CourseEntry>()
  for (const e of shippedPacks()) packs.set(e.id, e)
  for (const row of rows) {
    const e = importedPack(row)
    packs.set(e.id, e)
  }
  return [builtinCourse(), ...[...packs.values()].sort((a, b) => a.id.localeCompare(b.id))]
}
