import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { translate } from '../../../src/shared/i18n'
import { LOCALES } from '../../../src/shared/locale'
import { courseLessons, loadCourse } from '../../../src/shared/lessons/course'
import { parseLesson } from '../../../src/shared/lessons/frontmatter'
import { QUESTION_TYPES, TRY_IT } from '../../../src/shared/lessons/schemas'

/**
 * The course shipped in resources/course/, checked end to end with the same loader the app uses.
 * (Fails while the content is still being written.)
 */
const ROOT = resolve(__dirname, '../../../resources/course')

function readTree(dir: string): { files: Record<string, string>; assets: string[] } {
  const files: Record<string, string> = {}
  const assets: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      const rel = relative(ROOT, p).split('\\').join('/')
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.(md|json)$/i.test(name)) files[rel] = readFileSync(p, 'utf8')
      else assets.push(rel)
    }
  }
  if (existsSync(dir)) walk(dir)
  return { files, assets }
}

const { files, assets } = readTree(ROOT)
const { course, problems } = loadCourse(files, { source: 'builtin', assets })
const lessons = courseLessons(course)

describe('shipped course (resources/course)', () => {
  it('loads without a single problem', () => {
    expect(problems.map((p) => translate('en', p.key, p.values))).toEqual([])
  })

  it('has six modules m1–m6, in order', () => {
    expect(course.modules.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6'])
    expect(course.modules.map((m) => m.order)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('has 3–6 lessons per module', () => {
    for (const m of course.modules) {
      expect(m.lessons.length, m.id).toBeGreaterThanOrEqual(3)
      expect(m.lessons.length, m.id).toBeLessThanOrEqual(6)
    }
  })

  it('has every lesson in both languages, with the same sections, glossary and try-it', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(18)
    for (const l of lessons) {
      expect(Object.keys(l.locales).sort(), l.id).toEqual([...LOCALES].sort())
      for (const locale of LOCALES) {
        const c = l.locales[locale]
        expect(c?.sections, `${l.id} ${locale}`).toEqual(l.sections)
        expect(c?.tryIt, `${l.id} ${locale}`).toBe(l.tryIt)
        expect(c?.body.trim().length, `${l.id} ${locale}`).toBeGreaterThan(200)
      }
    }
  })

  it('has a quiz of at least 8 questions per module, and uses every question type', () => {
    const types = new Set<string>()
    for (const m of course.modules) {
      expect(m.quiz, m.id).not.toBeNull()
      expect(m.quiz?.questions.length ?? 0, m.id).toBeGreaterThanOrEqual(8)
      expect(m.quiz?.passMark, m.id).toBe(0.8)
      for (const q of m.quiz?.questions ?? []) types.add(q.type)
    }
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort())
  })

  it('every quiz question points at a lesson section of its module', () => {
    for (const m of course.modules)
      for (const q of m.quiz?.questions ?? []) {
        const lesson = m.lessons.find((l) => l.id === q.lesson)
        expect(lesson?.sections, `${m.id} ${q.id}`).toContain(q.section)
      }
  })

  it('every glossary link and every try-it id resolves', () => {
    const terms = new Set(course.glossary.map((t) => t.id))
    const lessonIds = new Set(lessons.map((l) => l.id))
    expect(terms.size).toBeGreaterThan(0)
    // Read the raw front matter again: loadCourse drops unknown glossary ids from what it returns.
    const lessonFiles = Object.keys(files).filter((f) => f.endsWith('.md') && f.includes('/'))
    expect(lessonFiles.length).toBe(lessons.length * LOCALES.length)
    for (const file of lessonFiles) {
      const r = parseLesson(file, files[file] as string)
      expect(r.ok, file).toBe(true)
      if (!r.ok) continue
      for (const t of r.value.meta.glossary)
        expect(terms.has(t), `${file}: glossary ${t}`).toBe(true)
      expect(TRY_IT, file).toContain(r.value.meta.tryIt)
    }
    for (const t of course.glossary)
      expect(lessonIds.has(t.lesson), `term ${t.id} → ${t.lesson}`).toBe(true)
  })
})
