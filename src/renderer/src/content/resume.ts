import { courseLessons } from '@shared/lessons/course'
import type { Locale } from '@shared/locale'
import { lessonPath } from './lesson-links'
import { lessonIn } from './localize'
import type { CourseSummary } from './progress'

/** Where "Resume" leads. */
export interface ResumeTarget {
  /** The lesson's route, at the section last read when there is one. */
  to: string
  /** The lesson's title. */
  title: string
  /** False before any lesson was opened ("Start the course"). */
  started: boolean
}

/** The lesson to continue with (courseProgress.resume), or null when every lesson is done. */
export function resumeTarget(s: CourseSummary, locale: Locale): ResumeTarget | null {
  const r = s.summary.resume
  if (!r) return null
  const lesson = courseLessons(s.entry.course).find((l) => l.id === r.lessonId)
  const last = s.record.progress[r.lessonId]?.lastSection
  return {
    to: lessonPath(r.lessonId, last === r.section ? r.section : null),
    title: lesson ? (lessonIn(lesson, locale)?.title ?? r.lessonId) : r.lessonId,
    started: Object.values(s.record.progress).some((p) => p.status !== 'not-started'),
  }
}
