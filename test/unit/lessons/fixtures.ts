import { translate } from '../../../src/shared/i18n'
import type { Locale } from '../../../src/shared/locale'
import type { ContentProblem } from '../../../src/shared/lessons/problems'

/** Front matter fields of a test lesson (strings as written in the file). */
export interface LessonSpec {
  id: string
  module: string
  order: string
  title: string
  minutes: string
  sections: string
  glossary: string
  tryIt: string
}

/**
 * A lesson file. Lines: 1 ---, 2 id, 3 module, 4 order, 5 title, 6 minutes, 7 sections,
 * 8 glossary, 9 tryIt, 10 ---, 11 blank, 12 intro, 13 blank, then per section: heading, blank,
 * text, blank (first heading on line 14, the next on 18, 22, …).
 */
export function lessonMd(
  spec: LessonSpec,
  opts: { headings?: string[]; eol?: string } = {},
): string {
  const sections = spec.sections
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const headings = opts.headings ?? sections.map((s) => `## Section ${s} {#${s}}`)
  const lines = [
    '---',
    `id: ${spec.id}`,
    `module: ${spec.module}`,
    `order: ${spec.order}`,
    `title: ${spec.title}`,
    `minutes: ${spec.minutes}`,
    `sections: ${spec.sections}`,
    `glossary: ${spec.glossary}`,
    `tryIt: ${spec.tryIt}`,
    '---',
    '',
    'Intro text.',
    '',
    ...headings.flatMap((h) => [h, '', 'Some text.', '']),
  ]
  return lines.join(opts.eol ?? '\n')
}

/** The front matter of lesson mN-lK in a locale, with two sections a and b. */
export function spec(
  module: string,
  k: number,
  locale: Locale,
  over: Partial<LessonSpec> = {},
): LessonSpec {
  return {
    id: `${module}-l${k}`,
    module,
    order: String(k),
    title: locale === 'en' ? `Lesson ${module}.${k}` : `第 ${k} 课`,
    minutes: '5',
    sections: 'intro, practice',
    glossary: k === 1 ? 'gmv' : module === 'm2' ? 'sku' : '',
    tryIt: 'none',
    ...over,
  }
}

const both = (en: string, zh: string) => ({ 'zh-CN': zh, en })

/** Eight questions about lessons mN-l1 / mN-l2, one or more of every type. */
export function questions(module: string): unknown[] {
  const l1 = `${module}-l1`
  const l2 = `${module}-l2`
  const opt = (id: string) => ({ id, text: both(`Option ${id}`, `选项 ${id}`) })
  const base = (id: string, lesson: string, section: string) => ({
    id,
    lesson,
    section,
    prompt: both(`Question ${id}?`, `问题 ${id}？`),
    explanation: both('Because.', '因为。'),
  })
  return [
    {
      ...base('q1', l1, 'intro'),
      type: 'single',
      options: ['a', 'b', 'c'].map(opt),
      answer: ['b'],
    },
    {
      ...base('q2', l1, 'practice'),
      type: 'multiple',
      options: ['a', 'b', 'c'].map(opt),
      answer: ['a', 'c'],
    },
    { ...base('q3', l1, 'intro'), type: 'truefalse', answer: [true] },
    {
      ...base('q4', l2, 'intro'),
      type: 'ordering',
      options: ['x', 'y', 'z'].map(opt),
      answer: ['y', 'z', 'x'],
    },
    {
      ...base('q5', l2, 'practice'),
      type: 'numeric',
      answer: [12.5],
      tolerance: 0.1,
      unit: both('%', '%'),
    },
    { ...base('q6', l2, 'intro'), type: 'single', options: ['a', 'b'].map(opt), answer: ['a'] },
    { ...base('q7', l2, 'practice'), type: 'truefalse', answer: [false] },
    { ...base('q8', l1, 'practice'), type: 'numeric', answer: [3] },
  ]
}

/** Pretty-printed JSON (2 spaces), like the content writers' files. */
export const json = (v: unknown): string => JSON.stringify(v, null, 2)

/** A valid two-module course (m1, m2; two lessons each; eight questions each; a glossary). */
export function miniCourse(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [module, order] of [
    ['m1', 1],
    ['m2', 2],
  ] as const) {
    for (const k of [1, 2]) {
      for (const locale of ['zh-CN', 'en'] as const) {
        files[`${module}/l${k}.${locale}.md`] = lessonMd(spec(module, k, locale))
      }
    }
    files[`${module}/module.json`] = json({
      id: module,
      order,
      title: both(`Module ${module}`, `模块 ${module}`),
      summary: both('Summary.', '简介。'),
      lessons: [`${module}-l1`, `${module}-l2`],
    })
    files[`${module}/quiz.json`] = json({ module, passMark: 0.8, questions: questions(module) })
  }
  files['glossary.json'] = json({
    terms: [
      {
        id: 'gmv',
        term: both('GMV', '成交总额'),
        definition: both('Sales value.', '销售总额。'),
        lesson: 'm1-l1',
      },
      {
        id: 'sku',
        term: both('SKU', '库存单位'),
        definition: both('A stock unit.', '一个库存单位。'),
        lesson: 'm2-l2',
      },
    ],
  })
  return files
}

/** Modifies a JSON file of a file set. */
export function editJson(
  files: Record<string, string>,
  path: string,
  edit: (v: never) => void,
): void {
  const v = JSON.parse(files[path] as string) as never
  edit(v)
  files[path] = json(v)
}

/** 1-based line of the first line of `text` containing `needle` (after `from` matches of it). */
export function lineOf(text: string, needle: string, nth = 0): number {
  const lines = text.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] as string).includes(needle)) {
      if (seen === nth) return i + 1
      seen++
    }
  }
  throw new Error(`${needle} not found`)
}

/** Problems that would show an unfilled {{placeholder}} in either language. */
export function unfilled(
  problems: readonly { key: string; values?: Record<string, string | number> }[],
): string[] {
  const out: string[] = []
  for (const p of problems)
    for (const locale of ['en', 'zh-CN'] as const) {
      const s = translate(locale, p.key, p.values)
      if (s === p.key || /\{\{\w+\}\}/.test(s)) out.push(`${locale}: ${p.key} → ${s}`)
    }
  return out
}

/** A short view of problems for assertions. */
export const brief = (problems: readonly ContentProblem[]) =>
  problems.map((p) => ({ key: p.key, file: p.file, line: p.line }))
