import type { z } from 'zod'
import { LOCALES, type Locale } from '../locale'
import { checkLesson, LESSON_PATH, type Lesson, type LessonHeading } from './frontmatter'
import { parseJsonDoc, type JsonDoc, type JsonPath } from './json'
import { contentProblem, describeIssue, toContentProblem, type ContentProblem } from './problems'
import {
  contentSchemas,
  packManifestSchema,
  type GlossaryTerm,
  type LocalizedText,
  type PackManifest,
  type Question,
  type Quiz,
  type TryIt,
} from './schemas'

/** Where a course comes from: the built-in course or a trainer's content pack. */
export type CourseSource = 'builtin' | { packId: string }

/** A module quiz needs at least this many questions. */
export const MIN_QUESTIONS = 8

/** One language version of a lesson. */
export interface LessonContent {
  file: string
  title: string
  minutes: number
  sections: string[]
  glossary: string[]
  tryIt: TryIt
  /** Markdown body (section headings still carry their `{#id}`). */
  body: string
  headings: LessonHeading[]
}

/** A lesson with its language versions; the top-level fields come from the first language. */
export interface CourseLesson {
  id: string
  module: string
  order: number
  sections: string[]
  glossary: string[]
  tryIt: TryIt
  locales: Partial<Record<Locale, LessonContent>>
}

/** A module: its lessons in order and its quiz (null when missing or broken). */
export interface CourseModule {
  id: string
  order: number
  title: LocalizedText
  summary: LocalizedText
  lessons: CourseLesson[]
  quiz: Quiz | null
}

/** A loaded course: whatever was valid in the files. */
export interface Course {
  source: CourseSource
  /** 'builtin' or 'pack:<id>'. */
  sourceId: string
  /** Languages the content must be in (both for the built-in course; the pack's otherwise). */
  languages: Locale[]
  pack: PackManifest | null
  modules: CourseModule[]
  glossary: GlossaryTerm[]
}

/** Options of loadCourse. */
export interface LoadOptions {
  source: CourseSource
  /** Paths (relative to the root) of the non-text files present; when given, images must be among them. */
  assets?: readonly string[]
}

/** The stable id of a course source: 'builtin' or 'pack:<id>'. */
export function courseSourceId(source: CourseSource): string {
  return source === 'builtin' ? 'builtin' : `pack:${source.packId}`
}

const MODULE_FILE = /^([^/]+)\/module\.json$/
const QUIZ_FILE = /^([^/]+)\/quiz\.json$/

interface JsonFile<T> {
  value: T
  doc: JsonDoc
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

/** Loads every valid content file of a course (or pack) and reports each problem; never throws. */
export function loadCourse(
  files: Record<string, string>,
  opts: LoadOptions = { source: 'builtin' },
): { course: Course; problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const report = (p: ContentProblem): void => {
    problems.push(p)
  }
  const texts = new Map<string, string>()
  for (const [path, text] of Object.entries(files)) {
    texts.set(path.replace(/\\/g, '/').replace(/^\.\//, ''), text)
  }

  /** Parses a JSON file against a schema, reporting every problem with its line. */
  const readJson = <T>(path: string, schema: z.ZodType<T>): JsonFile<T> | null => {
    const text = texts.get(path) ?? ''
    if (text.trim() === '') {
      report(contentProblem('learn.errors.emptyFile', path))
      return null
    }
    const parsed = parseJsonDoc(text)
    if (!parsed.ok) {
      report(contentProblem('learn.errors.badJson', path, { line: parsed.line }))
      return null
    }
    const r = schema.safeParse(parsed.doc.value)
    if (!r.success) {
      const seen = new Set<string>()
      for (const issue of r.error.issues) {
        const d = describeIssue(issue, parsed.doc.value)
        const sig = `${d.key}|${d.values.field}`
        if (seen.has(sig)) continue
        seen.add(sig)
        report(contentProblem(d.key, path, { line: parsed.doc.lineOf(d.path), ...d.values }))
      }
      return null
    }
    return { value: r.data, doc: parsed.doc }
  }

  // --- Pack manifest and languages --------------------------------------------------------------
  let pack: PackManifest | null = null
  let languages: Locale[] = [...LOCALES]
  if (opts.source !== 'builtin') {
    if (!texts.has('pack.json')) report(contentProblem('learn.errors.packMissing', 'pack.json'))
    else {
      const m = readJson('pack.json', packManifestSchema)
      if (m) {
        pack = m.value
        languages = LOCALES.filter((l) => m.value.languages.includes(l))
        if (m.value.id !== opts.source.packId)
          report(
            contentProblem('learn.errors.packIdMismatch', 'pack.json', {
              line: m.doc.lineOf(['id']),
              field: 'id',
              value: m.value.id,
              expected: opts.source.packId,
            }),
          )
      }
    }
  }
  if (opts.source !== 'builtin' && !pack) {
    // Without a usable manifest, expect the languages the lesson files are written in.
    const found = LOCALES.filter((l) => [...texts.keys()].some((p) => p.endsWith(`.${l}.md`)))
    if (found.length > 0) languages = found
  }
  const schemas = contentSchemas(languages)

  // --- Classify files ----------------------------------------------------------------------------
  const lessonFiles: string[] = []
  const moduleDirs = new Set<string>()
  const dirsWithContent = new Set<string>()
  for (const path of [...texts.keys()].sort()) {
    const parts = path.split('/')
    if (parts.length === 1) {
      if (path === 'glossary.json' || path === 'pack.json') continue
      if (/\.(md|json)$/i.test(path) && !/^readme\.md$/i.test(path))
        report(contentProblem('learn.errors.unknownFile', path))
      continue
    }
    if (parts.length !== 2) continue // images and other assets in sub-folders
    const dir = parts[0] as string
    if (MODULE_FILE.test(path)) moduleDirs.add(dir)
    else if (QUIZ_FILE.test(path)) dirsWithContent.add(dir)
    else if (/\.md$/i.test(path)) {
      lessonFiles.push(path)
      dirsWithContent.add(dir)
    } else if (/\.json$/i.test(path)) report(contentProblem('learn.errors.unknownFile', path))
  }

  // --- Lessons -----------------------------------------------------------------------------------
  /** Lesson ids that have at least one file (valid or not), so broken files are not reported twice. */
  const lessonIdsWithFiles = new Set<string>()
  const lessonsById = new Map<string, Map<Locale, Lesson>>()
  for (const path of lessonFiles) {
    const m = LESSON_PATH.exec(path)
    if (m) lessonIdsWithFiles.add(`${m[1]}-${m[2]}`)
    if (m && !languages.includes(m[3] as Locale)) {
      report(
        contentProblem('learn.errors.unexpectedLocale', path, {
          locale: m[3] as string,
          languages: languages.join(', '),
        }),
      )
      continue
    }
    const { lesson, problems: found } = checkLesson(path, texts.get(path) ?? '')
    for (const p of found) report(toContentProblem(p, path))
    if (!lesson) continue
    const byLocale = lessonsById.get(lesson.meta.id) ?? new Map<Locale, Lesson>()
    byLocale.set(lesson.locale, lesson)
    lessonsById.set(lesson.meta.id, byLocale)
  }
  const lessonFileExists = (id: string): boolean => lessonIdsWithFiles.has(id)

  // --- Glossary ----------------------------------------------------------------------------------
  let glossary: GlossaryTerm[] = []
  let glossaryDoc: JsonDoc | null = null
  let glossaryUsable = true
  if (texts.has('glossary.json')) {
    const g = readJson('glossary.json', schemas.glossary)
    if (g) {
      glossary = g.value.terms
      glossaryDoc = g.doc
    } else glossaryUsable = false
  } else if (opts.source === 'builtin') {
    report(contentProblem('learn.errors.glossaryMissing', 'glossary.json'))
    glossaryUsable = false
  }
  const termIds = new Set(glossary.map((t) => t.id))

  // --- Modules -----------------------------------------------------------------------------------
  for (const dir of dirsWithContent) {
    if (!moduleDirs.has(dir))
      report(contentProblem('learn.errors.moduleMissing', `${dir}/module.json`, { module: dir }))
  }
  const modules: CourseModule[] = []
  const moduleFiles = new Map<string, JsonDoc>()
  for (const dir of [...moduleDirs].sort()) {
    const file = `${dir}/module.json`
    const mf = readJson(file, schemas.module)
    if (!mf) continue
    const { value, doc } = mf
    if (value.id !== dir) {
      report(
        contentProblem('learn.errors.moduleMismatch', file, {
          line: doc.lineOf(['id']),
          field: 'id',
          value: value.id,
          expected: dir,
        }),
      )
      continue
    }
    moduleFiles.set(dir, doc)
    const lessons: CourseLesson[] = []
    const listed = new Set<string>()
    value.lessons.forEach((id, i) => {
      const line = doc.lineOf(['lessons', i])
      if (listed.has(id)) {
        report(
          contentProblem('learn.errors.duplicateLesson', file, {
            line,
            field: `lessons[${i}]`,
            lesson: id,
          }),
        )
        return
      }
      listed.add(id)
      if (!id.startsWith(`${dir}-`) || !lessonFileExists(id)) {
        report(
          contentProblem('learn.errors.moduleLessonMissing', file, {
            line,
            field: `lessons[${i}]`,
            lesson: id,
            expected: id.startsWith(`${dir}-`)
              ? `${dir}/${id.slice(dir.length + 1)}.*.md`
              : `${dir}/…`,
          }),
        )
        return
      }
      const byLocale = lessonsById.get(id)
      if (!byLocale) return // its files are broken: already reported
      const stem = id.slice(dir.length + 1)
      for (const locale of languages) {
        const path = `${dir}/${stem}.${locale}.md`
        if (!byLocale.has(locale) && !texts.has(path))
          report(contentProblem('learn.errors.lessonMissingLocale', path, { lesson: id, locale }))
      }
      const present = languages.filter((l) => byLocale.has(l))
      const canonical = byLocale.get(present[0] as Locale) as Lesson
      for (const locale of present.slice(1)) {
        const other = byLocale.get(locale) as Lesson
        for (const field of ['order', 'sections', 'glossary', 'tryIt'] as const) {
          const a = canonical.meta[field]
          const b = other.meta[field]
          const same = Array.isArray(a) && Array.isArray(b) ? sameList(a, b) : a === b
          if (!same)
            report(
              contentProblem('learn.errors.localeMismatch', other.file, {
                line: other.keyLines[field],
                field,
                lesson: id,
                other: canonical.file,
                value: Array.isArray(b) ? b.join(', ') : String(b),
                expected: Array.isArray(a) ? a.join(', ') : String(a),
              }),
            )
        }
      }
      // Glossary links (reported once, on the first language's file).
      const glossaryIds = canonical.meta.glossary.filter((t) => {
        if (termIds.has(t)) return true
        if (glossaryUsable)
          report(
            contentProblem('learn.errors.glossaryUnknown', canonical.file, {
              line: canonical.keyLines.glossary,
              field: 'glossary',
              term: t,
            }),
          )
        return false
      })
      // Images present (when the caller listed the assets).
      if (opts.assets) {
        const assets = new Set(opts.assets)
        for (const lesson of byLocale.values())
          for (const img of lesson.images)
            if (!assets.has(img.path))
              report(
                contentProblem('learn.errors.imageMissing', lesson.file, {
                  line: img.line,
                  src: img.src,
                }),
              )
      }
      const locales: Partial<Record<Locale, LessonContent>> = {}
      for (const [locale, l] of byLocale) {
        locales[locale] = {
          file: l.file,
          title: l.meta.title,
          minutes: l.meta.minutes,
          sections: l.meta.sections,
          glossary: l.meta.glossary.filter((t) => termIds.has(t)),
          tryIt: l.meta.tryIt,
          body: l.body,
          headings: l.headings,
        }
      }
      lessons.push({
        id,
        module: dir,
        order: canonical.meta.order,
        sections: canonical.meta.sections,
        glossary: glossaryIds,
        tryIt: canonical.meta.tryIt,
        locales,
      })
    })
    // Lessons in the folder that module.json does not list.
    for (const [id, byLocale] of lessonsById) {
      const first = [...byLocale.values()][0] as Lesson
      if (first.meta.module === dir && !listed.has(id))
        report(
          contentProblem('learn.errors.lessonNotListed', file, {
            line: doc.lineOf(['lessons']),
            field: 'lessons',
            lesson: id,
          }),
        )
    }
    // module.json lists the lessons in the order of their `order` fields.
    const byOrder = [...lessons].sort((a, b) => a.order - b.order)
    if (
      !sameList(
        byOrder.map((l) => l.id),
        lessons.map((l) => l.id),
      )
    )
      report(
        contentProblem('learn.errors.lessonOrder', file, {
          line: doc.lineOf(['lessons']),
          field: 'lessons',
          expected: byOrder.map((l) => l.id).join(', '),
        }),
      )
    modules.push({
      id: dir,
      order: value.order,
      title: value.title,
      summary: value.summary,
      lessons,
      quiz: null,
    })
  }

  // --- Quizzes -----------------------------------------------------------------------------------
  const lessonById = new Map<string, CourseLesson>()
  for (const m of modules) for (const l of m.lessons) lessonById.set(l.id, l)
  for (const m of modules) {
    const file = `${m.id}/quiz.json`
    if (!texts.has(file)) {
      report(contentProblem('learn.errors.quizMissing', file, { module: m.id }))
      continue
    }
    const qf = readJson(file, schemas.quiz)
    if (!qf) continue
    const { value: quiz, doc } = qf
    if (quiz.module !== m.id) {
      report(
        contentProblem('learn.errors.moduleMismatch', file, {
          line: doc.lineOf(['module']),
          field: 'module',
          value: quiz.module,
          expected: m.id,
        }),
      )
      continue
    }
    const questions: Question[] = []
    quiz.questions.forEach((q, i) => {
      const path: JsonPath = ['questions', i]
      const lesson = lessonById.get(q.lesson)
      if (!lesson) {
        // Lessons whose files exist but are broken or unlisted are reported on their own.
        if (!lessonFileExists(q.lesson))
          report(
            contentProblem('learn.errors.questionLessonMissing', file, {
              line: doc.lineOf([...path, 'lesson']),
              field: `questions[${i}].lesson`,
              question: q.id,
              lesson: q.lesson,
            }),
          )
        return
      }
      if (lesson.module !== m.id) {
        report(
          contentProblem('learn.errors.questionOtherModule', file, {
            line: doc.lineOf([...path, 'lesson']),
            field: `questions[${i}].lesson`,
            question: q.id,
            lesson: q.lesson,
            module: lesson.module,
          }),
        )
        return
      }
      if (!lesson.sections.includes(q.section)) {
        report(
          contentProblem('learn.errors.questionSectionMissing', file, {
            line: doc.lineOf([...path, 'section']),
            field: `questions[${i}].section`,
            question: q.id,
            lesson: q.lesson,
            section: q.section,
          }),
        )
        return
      }
      questions.push(q)
    })
    if (quiz.questions.length < MIN_QUESTIONS)
      report(
        contentProblem('learn.errors.tooFewQuestions', file, {
          line: doc.lineOf(['questions']),
          field: 'questions',
          count: quiz.questions.length,
          min: MIN_QUESTIONS,
        }),
      )
    m.quiz = { ...quiz, questions }
  }

  // --- Glossary lessons --------------------------------------------------------------------------
  glossary.forEach((t, i) => {
    const lesson = lessonById.get(t.lesson)
    if (lesson) {
      // The lesson a term points at ("explained in") must link the term itself.
      if (!lesson.glossary.includes(t.id))
        report(
          contentProblem('learn.errors.glossaryLessonUnlinked', 'glossary.json', {
            line: glossaryDoc?.lineOf(['terms', i, 'lesson']),
            field: `terms[${i}].lesson`,
            term: t.id,
            lesson: t.lesson,
            candidates:
              [...lessonById.values()]
                .filter((l) => l.glossary.includes(t.id))
                .map((l) => l.id)
                .join(', ') || '—',
          }),
        )
      return
    }
    if (lessonFileExists(t.lesson)) return
    report(
      contentProblem('learn.errors.glossaryLessonMissing', 'glossary.json', {
        line: glossaryDoc?.lineOf(['terms', i, 'lesson']),
        field: `terms[${i}].lesson`,
        term: t.id,
        lesson: t.lesson,
      }),
    )
  })

  // --- Module order ------------------------------------------------------------------------------
  modules.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
  for (let i = 1; i < modules.length; i++) {
    const prev = modules[i - 1] as CourseModule
    const cur = modules[i] as CourseModule
    if (prev.order === cur.order)
      report(
        contentProblem('learn.errors.duplicateModuleOrder', `${cur.id}/module.json`, {
          line: moduleFiles.get(cur.id)?.lineOf(['order']),
          field: 'order',
          order: cur.order,
          other: prev.id,
        }),
      )
  }
  if (modules.length === 0 && problems.length === 0)
    report(
      contentProblem('learn.errors.emptyCourse', opts.source === 'builtin' ? '.' : 'pack.json'),
    )

  problems.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
  )
  return {
    course: {
      source: opts.source,
      sourceId: courseSourceId(opts.source),
      languages,
      pack,
      modules,
      glossary,
    },
    problems,
  }
}

/** Every lesson of a course in reading order (modules by order, lessons as listed). */
export function courseLessons(course: Course): CourseLesson[] {
  return course.modules.flatMap((m) => m.lessons)
}
