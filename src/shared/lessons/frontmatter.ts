import { LOCALES, type Locale } from '../locale'
import { fail, ok, type Problem, type Result } from '../result'
import { describeIssue } from './problems'
import { ID_PATTERN, lessonMetaSchema, type LessonMeta } from './schemas'

/** The front matter keys of a lesson file, in their usual order. */
export const META_KEYS = [
  'id',
  'module',
  'order',
  'title',
  'minutes',
  'sections',
  'glossary',
  'tryIt',
] as const
type MetaKey = (typeof META_KEYS)[number]

/** `mN/lK.<locale>.md` relative to the course root. */
export const LESSON_PATH = /^([A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*)\/(l[1-9]\d*)\.(zh-CN|en)\.md$/

/** A `## Heading {#id}` of a lesson body. */
export interface LessonHeading {
  id: string
  title: string
  line: number
}

/** An image a lesson shows, resolved against the course root. */
export interface LessonImage {
  src: string
  /** Path relative to the course (or pack) root. */
  path: string
  line: number
}

/** One language version of a lesson, read from `mN/lK.<locale>.md`. */
export interface Lesson {
  file: string
  locale: Locale
  meta: LessonMeta
  /** Markdown after the front matter (LF line ends). */
  body: string
  /** Line of the file where the body starts. */
  bodyLine: number
  headings: LessonHeading[]
  images: LessonImage[]
  /** Line of each front matter key. */
  keyLines: Record<MetaKey, number>
}

const LIST_KEYS: ReadonlySet<string> = new Set(['sections', 'glossary'])
const NUMBER_KEYS: ReadonlySet<string> = new Set(['order', 'minutes'])
const FENCE = /^\s{0,3}(`{3,}|~{3,})/
const HEADING2 = /^\s{0,3}##(?!#)(?:\s+(.*?))?\s*$/
const HEADING_ID = /^(.*?)\s*\{#([^}\s]*)\}$/
const IMAGE_MD = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g
const IMAGE_HTML = /<img\b[^>]*\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi

const problem = (
  key: string,
  file: string,
  values: Record<string, string | number | undefined>,
): Problem => {
  const v: Record<string, string | number> = { file }
  for (const [k, x] of Object.entries(values)) if (x !== undefined) v[k] = x
  return { key, values: v }
}

const lineOf = (p: Problem): number => {
  const l = p.values?.line
  return typeof l === 'number' ? l : 0
}

/** Removes one pair of matching surrounding quotes from a front matter value. */
function unquote(raw: string): string {
  const v = raw.trim()
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      return String(JSON.parse(v))
    } catch {
      return v.slice(1, -1)
    }
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'"))
    return v.slice(1, -1).replace(/''/g, "'")
  return v
}

/** A comma-separated list (optionally in [brackets]); empty items are dropped. */
function splitList(raw: string): string[] {
  let v = raw.trim()
  if (v.startsWith('[') && v.endsWith(']')) v = v.slice(1, -1)
  return v
    .split(/[,，]/)
    .map((s) => unquote(s))
    .filter((s) => s !== '')
}

/** Resolves an image source against the lesson's folder; null if it leaves the root or is remote. */
export function resolveImage(lessonDir: string, src: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) return null
  const clean = src.split(/[?#]/)[0] ?? ''
  if (clean === '') return null
  const parts = lessonDir === '' ? [] : lessonDir.split('/')
  for (const seg of clean.split(/[/\\]/)) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(seg)
  }
  return parts.length === 0 ? null : parts.join('/')
}

/**
 * Reads a lesson file and returns every problem found (not just the first), sorted by line; the
 * lesson is null when any problem was found.
 */
export function checkLesson(
  path: string,
  text: string,
): { lesson: Lesson | null; problems: Problem[] } {
  const file = path
  const m = LESSON_PATH.exec(path)
  if (!m) return { lesson: null, problems: [problem('learn.errors.badPath', file, {})] }
  const dir = m[1] as string
  const stem = m[2] as string
  const locale = m[3] as Locale

  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = src.split(/\r\n|\r|\n/)
  if ((lines[0] ?? '').trim() !== '---')
    return {
      lesson: null,
      problems: [problem('learn.errors.frontMatterMissing', file, { line: 1 })],
    }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---')
  if (close < 0)
    return {
      lesson: null,
      problems: [problem('learn.errors.frontMatterUnclosed', file, { line: 1 })],
    }

  const problems: Problem[] = []
  const raw: Record<string, string> = {}
  const keyLines: Partial<Record<MetaKey, number>> = {}
  for (let i = 1; i < close; i++) {
    const lineText = lines[i] as string
    const line = i + 1
    if (lineText.trim() === '' || lineText.trimStart().startsWith('#')) continue
    const kv = /^([A-Za-z][\w-]*)\s*[:：](.*)$/.exec(lineText.trim())
    if (!kv) {
      problems.push(
        problem('learn.errors.badLine', file, { line, text: lineText.trim().slice(0, 60) }),
      )
      continue
    }
    const key = kv[1] as string
    if (!(META_KEYS as readonly string[]).includes(key)) {
      problems.push(
        problem('learn.errors.unknownKey', file, {
          line,
          field: key,
          allowed: META_KEYS.join(', '),
        }),
      )
      continue
    }
    if (raw[key] !== undefined) {
      problems.push(
        problem('learn.errors.duplicateKey', file, {
          line,
          field: key,
          first: keyLines[key as MetaKey],
        }),
      )
      continue
    }
    raw[key] = (kv[2] as string).trim()
    keyLines[key as MetaKey] = line
  }

  const input: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (LIST_KEYS.has(key)) input[key] = splitList(value)
    else if (NUMBER_KEYS.has(key)) {
      const v = unquote(value)
      input[key] = /^\d{1,6}$/.test(v) ? Number(v) : v
    } else input[key] = unquote(value)
  }
  const parsed = lessonMetaSchema.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const d = describeIssue(issue, input)
      const field = String(d.path[0] ?? '')
      // A missing field is reported on the closing --- line: "the front matter ends without it".
      const line = keyLines[field as MetaKey] ?? close + 1
      const item = d.path.length > 1 ? (input[field] as unknown[])[d.path[1] as number] : undefined
      problems.push(
        problem(d.key, file, {
          line,
          ...d.values,
          field: field || d.values.field,
          value: item !== undefined ? String(item) : raw[field],
        }),
      )
    }
  }

  // Body: level-2 headings (outside fenced code) and images.
  const headings: LessonHeading[] = []
  const images: LessonImage[] = []
  let fence: string | null = null
  for (let i = close + 1; i < lines.length; i++) {
    const lineText = lines[i] as string
    const line = i + 1
    const f = FENCE.exec(lineText)
    if (f) {
      const marker = f[1] as string
      if (fence === null) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null
      continue
    }
    if (fence !== null) continue
    const h = HEADING2.exec(lineText)
    if (h) {
      const content = h[1] ?? ''
      const hid = HEADING_ID.exec(content)
      if (!hid || !ID_PATTERN.test(hid[2] as string)) {
        problems.push(
          problem('learn.errors.headingWithoutId', file, { line, text: content.slice(0, 60) }),
        )
      } else headings.push({ id: hid[2] as string, title: hid[1] as string, line })
    }
    const srcs: string[] = []
    for (const im of lineText.matchAll(IMAGE_MD)) srcs.push(im[1] as string)
    for (const im of lineText.matchAll(IMAGE_HTML)) srcs.push((im[1] ?? im[2] ?? im[3]) as string)
    for (const s of srcs) {
      const resolved = resolveImage(dir, s)
      if (resolved === null)
        problems.push(problem('learn.errors.imageOutside', file, { line, src: s }))
      else images.push({ src: s, path: resolved, line })
    }
  }

  if (parsed.success) {
    const meta = parsed.data
    if (meta.module !== dir)
      problems.push(
        problem('learn.errors.moduleMismatch', file, {
          line: keyLines.module,
          field: 'module',
          value: meta.module,
          expected: dir,
        }),
      )
    const expectedId = `${dir}-${stem}`
    if (meta.id !== expectedId)
      problems.push(
        problem('learn.errors.idMismatch', file, {
          line: keyLines.id,
          field: 'id',
          value: meta.id,
          expected: expectedId,
        }),
      )
    const sectionsLine = keyLines.sections
    const n = Math.max(meta.sections.length, headings.length)
    for (let i = 0; i < n; i++) {
      const want = meta.sections[i]
      const got = headings[i]
      if (got && want === got.id) continue
      if (want === undefined && got)
        problems.push(
          problem('learn.errors.sectionExtra', file, {
            line: got.line,
            field: 'sections',
            section: got.id,
          }),
        )
      else if (want !== undefined && !got)
        problems.push(
          problem('learn.errors.sectionMissing', file, {
            line: sectionsLine,
            field: 'sections',
            section: want,
          }),
        )
      else if (want !== undefined && got)
        problems.push(
          problem('learn.errors.sectionMismatch', file, {
            line: got.line,
            field: 'sections',
            expected: want,
            found: got.id,
            position: i + 1,
          }),
        )
      break // one report: after the first difference the rest is shifted anyway
    }
  }

  problems.sort((a, b) => lineOf(a) - lineOf(b))
  if (problems.length > 0 || !parsed.success) return { lesson: null, problems }
  return {
    lesson: {
      file,
      locale: LOCALES.includes(locale) ? locale : 'zh-CN',
      meta: parsed.data,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
      headings,
      images,
      keyLines: keyLines as Record<MetaKey, number>,
    },
    problems,
  }
}

/** Parses a lesson file (`mN/lK.<locale>.md`): front matter, body and section headings. */
export function parseLesson(path: string, text: string): Result<Lesson> {
  const { lesson, problems } = checkLesson(path, text)
  const first = problems[0]
  if (lesson) return ok(lesson)
  return first ? fail(first.key, first.values) : fail('learn.errors.invalid', { file: path })
}
