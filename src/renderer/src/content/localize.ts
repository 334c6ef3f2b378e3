import type { TFunction } from 'i18next'
import type { Course, CourseLesson, LessonContent } from '@shared/lessons/course'
import type { LocalizedText } from '@shared/lessons/schemas'
import { LOCALES, type Locale } from '@shared/locale'

/**
 * Course content in the reader's language. Packs may be in one language only: content then
 * shows in the language it has, while the app's own labels stay in the UI language.
 */

/** The UI language when the course has it, otherwise the course's first language. */
export function contentLocale(course: Course, uiLocale: string): Locale {
  const wanted = (LOCALES as readonly string[]).includes(uiLocale) ? (uiLocale as Locale) : 'zh-CN'
  return course.languages.includes(wanted) ? wanted : (course.languages[0] ?? wanted)
}

/** A localised text in `locale`, falling back to any other language it has. */
export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return ''
  return text[locale] ?? LOCALES.map((l) => text[l]).find((v) => v !== undefined) ?? ''
}

/** A lesson's version in `locale`, or the first one it has. */
export function lessonIn(lesson: CourseLesson, locale: Locale): LessonContent | undefined {
  return lesson.locales[locale] ?? LOCALES.map((l) => lesson.locales[l]).find(Boolean)
}

/** The course title: the built-in course's from the UI strings, a pack's from its manifest. */
export function courseTitle(course: Course, locale: Locale, t: TFunction): string {
  if (!course.pack) return t('learn.courseTitle')
  return pickText(course.pack.courseTitle, locale) || pickText(course.pack.title, locale)
}
