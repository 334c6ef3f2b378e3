import { z } from 'zod'
import { fail, ok, type Result } from '../result'
import { courseSourceId, type CourseSource } from './course'
import type { QuizGrade } from './grade'
import { parseJsonDoc } from './json'
import { describeIssue } from './problems'
import { LESSON_STATUSES, type LessonProgress } from './progress'
import { idSchema } from './schemas'

/** Marks a file as a ShopBridge learner progress export. */
export const PROGRESS_FORMAT = 'shopbridge-progress'
/** Version of the progress export format. */
export const PROGRESS_VERSION = 1

/** One finished quiz attempt with each question's result. */
export const quizAttemptSchema = z.object({
  module: idSchema,
  finishedAt: z.iso.datetime({ offset: true }),
  score: z.number().min(0).max(1),
  questions: z.array(z.object({ id: idSchema, correct: z.boolean() })),
})
/** A finished quiz attempt. */
export type QuizAttempt = z.infer<typeof quizAttemptSchema>

/** The file a learner sends to a trainer: lesson statuses and quiz attempts, nothing else. */
export const progressExportSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  learnerName: z.string().trim().min(1).max(80),
  shopName: z.string().trim().max(80),
  exportedAt: z.iso.datetime({ offset: true }),
  /** 'builtin' or 'pack:<id>'. */
  courseSource: z.string().min(1).max(120),
  lessons: z.array(z.object({ id: idSchema, status: z.enum(LESSON_STATUSES) })),
  attempts: z.array(quizAttemptSchema),
})
/** A learner progress export. */
export type ProgressExport = z.infer<typeof progressExportSchema>

const natural = (a: string, b: string): number =>
  a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })

/** A quiz attempt record from a graded quiz. */
export function attemptFromGrade(
  module: string,
  finishedAt: string,
  grade: QuizGrade,
): QuizAttempt {
  return {
    module,
    finishedAt,
    score: grade.score,
    questions: Object.entries(grade.perQuestion).map(([id, correct]) => ({ id, correct })),
  }
}

/** Builds a progress export (lessons sorted by id, attempts by time). */
export function buildProgressExport(input: {
  learnerName: string
  shopName: string
  /** ISO date-time. */
  exportedAt: string
  source: CourseSource
  progress: Readonly<Record<string, LessonProgress | undefined>>
  attempts: readonly QuizAttempt[]
}): ProgressExport {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    learnerName: input.learnerName.trim(),
    shopName: input.shopName.trim(),
    exportedAt: input.exportedAt,
    courseSource: courseSourceId(input.source),
    lessons: Object.entries(input.progress)
      .filter((e): e is [string, LessonProgress] => e[1] !== undefined)
      .map(([id, p]) => ({ id, status: p.status }))
      .sort((a, b) => natural(a.id, b.id)),
    attempts: [...input.attempts].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt)),
  }
}

/** Reads a learner's progress export; problems say what is wrong and where (line, field). */
export function parseProgressExport(text: string): Result<ProgressExport> {
  if (text.trim() === '') return fail('learn.errors.progressEmpty')
  const parsed = parseJsonDoc(text)
  if (!parsed.ok) return fail('learn.errors.progressNotJson', { line: parsed.line })
  const raw = parsed.doc.value
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== PROGRESS_FORMAT)
    return fail('learn.errors.progressForeign')
  const version = (raw as { version?: unknown }).version
  if (typeof version === 'number' && version > PROGRESS_VERSION)
    return fail('learn.errors.progressNewer', { version })
  const r = progressExportSchema.safeParse(raw)
  if (!r.success) {
    const issue = r.error.issues[0] as z.core.$ZodIssue
    const d = describeIssue(issue, raw)
    return fail('learn.errors.progressInvalid', {
      line: parsed.doc.lineOf(d.path),
      field: d.values.field || '—',
    })
  }
  return ok(r.data)
}

/** A learner in the coach view. */
export interface CoachLearner {
  name: string
  shop: string
  exportedAt: string
  lessonsDone: number
  /** Best score (0–1) and number of attempts per module tried, by module id. */
  modules: { id: string; best: number; attempts: number }[]
}

/** A question many learners get wrong. */
export interface HardQuestion {
  id: string
  module: string
  source: string
  attempts: number
  wrong: number
  /** wrong / attempts. */
  wrongShare: number
}

/**
 * Sums up several learners' exports for a trainer: each learner's lessons done and best score
 * per module, and the questions most often answered wrongly (highest wrong share first). The same
 * learner (name and shop) exported twice counts once, with the newest export.
 */
export function coachSummary(exports: readonly ProgressExport[]): {
  learners: CoachLearner[]
  hardestQuestions: HardQuestion[]
} {
  const norm = (s: string): string => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
  const latest = new Map<string, ProgressExport>()
  for (const e of exports) {
    const key = `${norm(e.learnerName)}\n${norm(e.shopName)}`
    const prev = latest.get(key)
    if (!prev || Date.parse(e.exportedAt) > Date.parse(prev.exportedAt)) latest.set(key, e)
  }
  const learners: CoachLearner[] = []
  const questions = new Map<string, HardQuestion>()
  for (const e of latest.values()) {
    const modules = new Map<string, { id: string; best: number; attempts: number }>()
    for (const a of e.attempts) {
      const m = modules.get(a.module) ?? { id: a.module, best: 0, attempts: 0 }
      m.best = Math.max(m.best, a.score)
      m.attempts++
      modules.set(a.module, m)
      for (const q of a.questions) {
        const key = `${e.courseSource}\n${a.module}\n${q.id}`
        const h = questions.get(key) ?? {
          id: q.id,
          module: a.module,
          source: e.courseSource,
          attempts: 0,
          wrong: 0,
          wrongShare: 0,
        }
        h.attempts++
        if (!q.correct) h.wrong++
        h.wrongShare = h.wrong / h.attempts
        questions.set(key, h)
      }
    }
    learners.push({
      name: e.learnerName,
      shop: e.shopName,
      exportedAt: e.exportedAt,
      lessonsDone: e.lessons.filter((l) => l.status === 'done').length,
      modules: [...modules.values()].sort((a, b) => natural(a.id, b.id)),
    })
  }
  learners.sort(
    (a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.shop.localeCompare(b.shop, 'zh-CN'),
  )
  const hardestQuestions = [...questions.values()].sort(
    (a, b) =>
      b.wrongShare - a.wrongShare ||
      b.attempts - a.attempts ||
      natural(a.module, b.module) ||
      natural(a.id, b.id),
  )
  return { learners, hardestQuestions }
}
