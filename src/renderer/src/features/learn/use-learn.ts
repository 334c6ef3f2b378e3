import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { courseLessons, type CourseLesson, type CourseModule } from '@shared/lessons/course'
import type { Locale } from '@shared/locale'
import { contentLocale } from '../../content/localize'
import { useActiveCourseSummary, type CourseSummary } from '../../content/progress'
import { useCourses, type CoursesState } from '../../content/use-courses'

/** Everything the Learn pages show: the active course, its language and the learner's record. */
export interface LearnState extends CourseSummary {
  courses: CoursesState
  /** Language the course content is shown in. */
  locale: Locale
}

/** The active course and the learner's progress in it; undefined while loading. */
export function useLearn(): LearnState | undefined {
  const { i18n } = useTranslation()
  const courses = useCourses()
  const summary = useActiveCourseSummary()
  return useMemo(
    () =>
      summary && {
        ...summary,
        courses,
        locale: contentLocale(summary.entry.course, i18n.language),
      },
    [summary, courses, i18n.language],
  )
}

/** A lesson with its module and neighbours in reading order. */
export interface LessonPlace {
  lesson: CourseLesson
  module: CourseModule
  /** 1-based position of the module in the course. */
  moduleNumber: number
  /** 1-based position of the lesson in its module. */
  lessonNumber: number
  previous: CourseLesson | null
  next: CourseLesson | null
  /** True for the last lesson of its module (the quiz comes next). */
  lastInModule: boolean
}

/** Finds a lesson of the course; null when it does not exist. */
export function findLesson(state: LearnState, lessonId: string): LessonPlace | null {
  const course = state.entry.course
  const all = courseLessons(course)
  const i = all.findIndex((l) => l.id === lessonId)
  const lesson = all[i]
  if (!lesson) return null
  const mi = course.modules.findIndex((m) => m.id === lesson.module)
  const module = course.modules[mi] as CourseModule
  const li = module.lessons.findIndex((l) => l.id === lesson.id)
  return {
    lesson,
    module,
    moduleNumber: mi + 1,
    lessonNumber: li + 1,
    previous: all[i - 1] ?? null,
    next: all[i + 1] ?? null,
    lastInModule: li === module.lessons.length - 1,
  }
}

/** Whole percent of a 0–1 fraction, for display. */
export const percent = (fraction: number): number => Math.round(fraction * 100)

/** Joins names as a list in the UI language ("A, B and C" / "A、B和C"). */
export function listOf(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
  } catch {
    return items.join(', ')
  }
}
