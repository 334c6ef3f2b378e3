import { z } from 'zod'
import { courseLessons, type Course } from './course'
import { MASTERY } from './grade'

/** Reading states of a lesson. */
export const LESSON_STATUSES = ['not-started', 'reading', 'done'] as const
/** A lesson's reading state. */
export type LessonStatus = (typeof LESSON_STATUSES)[number]

/** A single addTime step counts at most this long (a window left open does not count hours). */
export const MAX_TIME_STEP_MS = 10 * 60 * 1000
/** Notes are cut at this many characters. */
export const MAX_NOTES_LENGTH = 20_000

/** zod schema of one lesson's progress (as stored and backed up). */
export const lessonProgressSchema = z.object({
  status: z.enum(LESSON_STATUSES),
  lastSection: z.string().nullable(),
  timeSpentMs: z.number().int().nonnegative(),
  notes: z.string().max(MAX_NOTES_LENGTH),
  bookmarks: z.array(z.string()),
  /** Epoch milliseconds of the last change. */
  updatedAt: z.number().nonnegative(),
})
/** One lesson's progress. */
export type LessonProgress = z.infer<typeof lessonProgressSchema>

/** Progress of a lesson never opened. */
export function emptyProgress(): LessonProgress {
  return {
    status: 'not-started',
    lastSection: null,
    timeSpentMs: 0,
    notes: '',
    bookmarks: [],
    updatedAt: 0,
  }
}

const base = (p: LessonProgress | undefined): LessonProgress => p ?? emptyProgress()

/** Opens a lesson: not started → reading (a finished lesson stays done). */
export function openLesson(p: LessonProgress | undefined, now: number): LessonProgress {
  const s = base(p)
  return { ...s, status: s.status === 'not-started' ? 'reading' : s.status, updatedAt: now }
}

/** Records the section being read (and opens the lesson if needed). */
export function readSection(
  p: LessonProgress | undefined,
  section: string,
  now: number,
): LessonProgress {
  const s = base(p)
  return {
    ...s,
    status: s.status === 'not-started' ? 'reading' : s.status,
    lastSection: section,
    updatedAt: now,
  }
}

/** Marks a lesson done. */
export function finishLesson(p: LessonProgress | undefined, now: number): LessonProgress {
  return { ...base(p), status: 'done', updatedAt: now }
}

/** Adds reading time; one step counts at most MAX_TIME_STEP_MS, negative or invalid steps nothing. */
export function addTime(p: LessonProgress | undefined, ms: number, now: number): LessonProgress {
  const s = base(p)
  const step = Number.isFinite(ms) ? Math.min(Math.max(0, Math.round(ms)), MAX_TIME_STEP_MS) : 0
  return { ...s, timeSpentMs: s.timeSpentMs + step, updatedAt: now }
}

/** Adds a section bookmark, or removes it when already set. */
export function toggleBookmark(
  p: LessonProgress | undefined,
  section: string,
  now: number,
): LessonProgress {
  const s = base(p)
  const bookmarks = s.bookmarks.includes(section)
    ? s.bookmarks.filter((b) => b !== section)
    : [...s.bookmarks, section]
  return { ...s, bookmarks, updatedAt: now }
}

/** Replaces the lesson's notes (cut at MAX_NOTES_LENGTH characters). */
export function setNotes(
  p: LessonProgress | undefined,
  notes: string,
  now: number,
): LessonProgress {
  return { ...base(p), notes: notes.slice(0, MAX_NOTES_LENGTH), updatedAt: now }
}

/** Where to continue reading. */
export interface ResumePoint {
  lessonId: string
  section: string
}

/** Progress through a whole course. */
export interface CourseProgress {
  lessonsDone: number
  lessonsTotal: number
  /** lessonsDone / lessonsTotal (0 for an empty course). */
  fraction: number
  /** Modules whose best quiz score reaches MASTERY. */
  modulesMastered: number
  modulesTotal: number
  /** Modules still below MASTERY (what the certificate is waiting for), in course order. */
  modulesMissing: string[]
  /** The first unfinished lesson from the last opened one on (wrapping around); null when all are done. */
  resume: ResumePoint | null
  /** Every module quiz at MASTERY or better. */
  certificateUnlocked: boolean
}

/** Sums up lesson progress and best quiz scores (fractions by module id) for a course. */
export function courseProgress(
  course: Course,
  progressById: Readonly<Record<string, LessonProgress | undefined>>,
  bestScores: Readonly<Record<string, number | undefined>>,
): CourseProgress {
  const lessons = courseLessons(course)
  const statusOf = (id: string): LessonStatus => progressById[id]?.status ?? 'not-started'
  const lessonsDone = lessons.filter((l) => statusOf(l.id) === 'done').length

  let last = -1
  let lastAt = -Infinity
  lessons.forEach((l, i) => {
    const p = progressById[l.id]
    if (p && p.status !== 'not-started' && p.updatedAt > lastAt) {
      lastAt = p.updatedAt
      last = i
    }
  })
  let resume: ResumePoint | null = null
  const start = Math.max(0, last)
  for (let k = 0; k < lessons.length; k++) {
    const lesson = lessons[(start + k) % lessons.length]
    if (!lesson || statusOf(lesson.id) === 'done') continue
    const section = progressById[lesson.id]?.lastSection
    resume = {
      lessonId: lesson.id,
      section: section && lesson.sections.includes(section) ? section : (lesson.sections[0] ?? ''),
    }
    break
  }

  const modulesMissing = course.modules
    .filter((m) => !((bestScores[m.id] ?? 0) >= MASTERY - 1e-9))
    .map((m) => m.id)
  const modulesTotal = course.modules.length
  return {
    lessonsDone,
    lessonsTotal: lessons.length,
    fraction: lessons.length === 0 ? 0 : lessonsDone / lessons.length,
    modulesMastered: modulesTotal - modulesMissing.length,
    modulesTotal,
    modulesMissing,
    resume,
    certificateUnlocked: modulesTotal > 0 && modulesMissing.length === 0,
  }
}

/** cyrb53: a fast 53-bit string hash (not cryptographic), as [high 21 bits, low 32 bits]. */
function cyrb53(text: string, seed = 0): [number, number] {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return [(h2 >>> 0) & 0x1fffff, h1 >>> 0]
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A short stable certificate ID, 'SB-' + 10 Crockford base32 characters, from the learner's name
 * (spacing and width normalised), the date and the module scores (as whole percentages).
 */
export function certificateId(
  learner: string,
  date: string,
  scores: Readonly<Record<string, number>>,
): string {
  const name = learner.normalize('NFKC').trim().replace(/\s+/g, ' ')
  const list = Object.keys(scores)
    .sort()
    .map((k) => `${k}=${Math.round((scores[k] ?? 0) * 100)}`)
    .join(',')
  const [hi, lo] = cyrb53(`${name}\n${date.trim()}\n${list}`)
  // 50 of the 53 bits: 10 characters of 5 bits.
  let v = (hi % 2 ** 18) * 2 ** 32 + lo
  let out = ''
  for (let i = 0; i < 10; i++) {
    out = (CROCKFORD[v % 32] as string) + out
    v = Math.floor(v / 32)
  }
  return `SB-${out}`
}
