import Dexie from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { QuizAttempt } from '@shared/lessons/coach'
import { MASTERY } from '@shared/lessons/grade'
import { courseProgress, type CourseProgress, type LessonProgress } from '@shared/lessons/progress'
import { progressKey, type QuizAttemptRow } from '@shared/lessons/stored'
import { db } from '../db/db'
import type { CourseEntry } from './courses'
import { useCourses } from './use-courses'

/**
 * A learner's record in one course source, read from and written to Dexie. Lesson progress only
 * changes through the pure transitions of src/shared/lessons/progress.ts.
 */
export interface LearnerRecord {
  /** Lesson id → progress. */
  progress: Record<string, LessonProgress>
  /** Every finished quiz attempt, oldest first. */
  attempts: QuizAttemptRow[]
}

/** A module's quiz results. */
export interface ModuleScores {
  /** Best score (0–1) per module tried. */
  best: Record<string, number>
  /** Attempts per module. */
  attempts: Record<string, number>
  /** When each module first reached MASTERY (ISO date-time). */
  masteredAt: Record<string, string>
}

/** Best scores, attempt counts and the moment each module was first mastered. */
export function moduleScores(attempts: readonly QuizAttemptRow[]): ModuleScores {
  const best: Record<string, number> = {}
  const counts: Record<string, number> = {}
  const masteredAt: Record<string, string> = {}
  const byTime = [...attempts].sort((a, b) =>
    a.attempt.finishedAt.localeCompare(b.attempt.finishedAt),
  )
  for (const { module, attempt } of byTime) {
    best[module] = Math.max(best[module] ?? 0, attempt.score)
    counts[module] = (counts[module] ?? 0) + 1
    if (attempt.score >= MASTERY - 1e-9 && masteredAt[module] === undefined)
      masteredAt[module] = attempt.finishedAt
  }
  return { best, attempts: counts, masteredAt }
}

/** Total reading time of a course, in milliseconds. */
export function totalTimeMs(progress: Readonly<Record<string, LessonProgress>>): number {
  return Object.values(progress).reduce((sum, p) => sum + p.timeSpentMs, 0)
}

const bySource = (source: string) =>
  db.quizAttempts.where('[source+module]').between([source, Dexie.minKey], [source, Dexie.maxKey])

/** Live lesson progress and quiz attempts of a course source (undefined while loading). */
export function useLearnerRecord(source: string): LearnerRecord | undefined {
  return useLiveQuery(async () => {
    const [rows, attempts] = await Promise.all([
      db.lessonProgress.where('source').equals(source).toArray(),
      bySource(source).toArray(),
    ])
    const progress: Record<string, LessonProgress> = {}
    for (const r of rows) progress[r.lessonId] = r.progress
    attempts.sort((a, b) => a.attempt.finishedAt.localeCompare(b.attempt.finishedAt))
    return { progress, attempts }
  }, [source])
}

/** The active course with the learner's progress through it, for summaries (home page, Learn). */
export interface CourseSummary {
  entry: CourseEntry
  record: LearnerRecord
  scores: ModuleScores
  summary: CourseProgress
  timeMs: number
}

/** The active course and its progress summary (undefined while loading). */
export function useActiveCourseSummary(): CourseSummary | undefined {
  const { ready, active } = useCourses()
  const record = useLearnerRecord(active.id)
  return useMemo(() => {
    if (!ready || !record) return undefined
    const scores = moduleScores(record.attempts)
    return {
      entry: active,
      record,
      scores,
      summary: courseProgress(active.course, record.progress, scores.best),
      timeMs: totalTimeMs(record.progress),
    }
  }, [ready, active, record])
}

/** Applies a progress transition to one lesson's stored progress, atomically. */
export async function updateLessonProgress(
  source: string,
  lessonId: string,
  transition: (p: LessonProgress | undefined) => LessonProgress,
): Promise<LessonProgress> {
  const key = progressKey(source, lessonId)
  return db.transaction('rw', db.lessonProgress, async () => {
    const row = await db.lessonProgress.get(key)
    const progress = transition(row?.progress)
    await db.lessonProgress.put({ key, source, lessonId, progress })
    return progress
  })
}

/** Stores a finished quiz attempt. */
export async function addQuizAttempt(source: string, attempt: QuizAttempt): Promise<void> {
  await db.quizAttempts.add({ source, module: attempt.module, attempt })
}

/** Deletes every lesson progress row and quiz attempt of one course source. */
export async function resetCourseProgress(source: string): Promise<void> {
  await db.transaction('rw', db.lessonProgress, db.quizAttempts, async () => {
    await db.lessonProgress.where('source').equals(source).delete()
    await bySource(source).delete()
  })
}
