import { z } from 'zod'
import { LOCALES, localeSchema, type Locale } from '../locale'

/**
 * zod schemas of the course content files (lesson front matter, module.json, quiz.json,
 * glossary.json, a trainer pack's pack.json). Refinements report i18n keys (`learn.errors.*`) as
 * custom issue messages with their values in `params`, so problems.ts turns them into precise,
 * translated problems.
 */

/** The "try it" tools a lesson can point at ('none': no exercise). */
export const TRY_IT = [
  'none',
  'plan-platform',
  'plan',
  'analyse-sample',
  'promote',
  'risks',
] as const
/** A "try it" tool id. */
export type TryIt = (typeof TRY_IT)[number]

/** Question types. */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'ordering', 'numeric'] as const
/** A question type. */
export type QuestionType = (typeof QUESTION_TYPES)[number]

/** Lesson, module, section, glossary, option and question ids: letters, digits, - and _. */
export const ID_PATTERN = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/

/** An id string (see ID_PATTERN). */
export const idSchema = z.string().regex(ID_PATTERN)

const custom = (message: string, params?: Record<string, string | number>) => ({
  message,
  ...(params ? { params } : {}),
})

/** A whole number in [min, max]. */
const intIn = (min: number, max: number) =>
  z.custom<number>(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
    custom('learn.errors.intRange', { min, max }),
  )

/** A trimmed, non-empty text of at most `max` characters. */
const text = (max: number) => z.string().trim().min(1).max(max)

/** Text in one or more UI languages. */
export type LocalizedText = Partial<Record<Locale, string>>

/** Localised text that must have every locale of `required` (other shipped locales optional). */
export function localizedSchema(required: readonly Locale[], max = 2000) {
  return z
    .strictObject({ 'zh-CN': text(max).optional(), en: text(max).optional() })
    .superRefine((v, ctx) => {
      for (const locale of required) {
        if (v[locale] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [locale],
            ...custom('learn.errors.missingLocale', { locale }),
          })
        }
      }
      if (required.length === 0 && v['zh-CN'] === undefined && v.en === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [LOCALES[0]],
          ...custom('learn.errors.missingLocale', { locale: LOCALES[0] }),
        })
      }
    })
}

/** Adds a duplicateX issue for each repeated `id` in a list. */
function uniqueIds(
  ctx: z.RefinementCtx,
  ids: readonly string[],
  path: (i: number) => (string | number)[],
  key: string,
  name: string,
): void {
  const seen = new Set<string>()
  ids.forEach((id, i) => {
    if (seen.has(id))
      ctx.addIssue({ code: 'custom', path: path(i), ...custom(key, { [name]: id }) })
    seen.add(id)
  })
}

/** Front matter of a lesson file (values already converted: order/minutes numbers, lists split). */
export const lessonMetaSchema = z
  .strictObject({
    id: idSchema,
    module: idSchema,
    order: intIn(1, 999),
    title: text(200),
    minutes: intIn(1, 60),
    sections: z.array(idSchema).min(1),
    glossary: z.array(idSchema),
    tryIt: z.enum(TRY_IT),
  })
  .superRefine((v, ctx) => {
    uniqueIds(ctx, v.sections, (i) => ['sections', i], 'learn.errors.duplicateSection', 'section')
    uniqueIds(ctx, v.glossary, (i) => ['glossary', i], 'learn.errors.duplicateTerm', 'term')
  })
/** A lesson's front matter. */
export type LessonMeta = z.infer<typeof lessonMetaSchema>

/** Every schema of the content files whose texts must exist in `locales`. */
export function contentSchemas(locales: readonly Locale[]) {
  const loc = (max?: number) => localizedSchema(locales, max)

  const optionSchema = z.strictObject({ id: idSchema, text: loc(500) })
  const base = {
    id: idSchema,
    lesson: idSchema,
    section: idSchema,
    prompt: loc(1000),
    explanation: loc(2000),
  }

  /** Checks options are unique and every answer is an option id. */
  const answersAreOptions = (
    v: { options: { id: string }[]; answer: unknown[] },
    ctx: z.RefinementCtx,
  ): void => {
    uniqueIds(
      ctx,
      v.options.map((o) => o.id),
      (i) => ['options', i, 'id'],
      'learn.errors.duplicateOption',
      'option',
    )
    const ids = new Set(v.options.map((o) => o.id))
    v.answer.forEach((a, i) => {
      if (typeof a !== 'string' || !ids.has(a)) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer', i],
          ...custom('learn.errors.answerNotOption', { answer: String(a) }),
        })
      }
    })
  }
  const noOptions = (v: { options?: unknown }, ctx: z.RefinementCtx): void => {
    if (v.options !== undefined)
      ctx.addIssue({ code: 'custom', path: ['options'], ...custom('learn.errors.noOptions') })
  }

  const single = z
    .strictObject({
      ...base,
      type: z.literal('single'),
      options: z.array(optionSchema).min(2),
      answer: z.array(z.unknown()),
    })
    .superRefine((v, ctx) => {
      if (v.answer.length !== 1)
        ctx.addIssue({ code: 'custom', path: ['answer'], ...custom('learn.errors.singleAnswer') })
      answersAreOptions(v, ctx)
    })

  const multiple = z
    .strictObject({
      ...base,
      type: z.literal('multiple'),
      options: z.array(optionSchema).min(2),
      answer: z.array(z.unknown()),
    })
    .superRefine((v, ctx) => {
      if (v.answer.length === 0)
        ctx.addIssue({ code: 'custom', path: ['answer'], ...custom('learn.errors.multipleAnswer') })
      answersAreOptions(v, ctx)
      uniqueIds(
        ctx,
        v.answer.map(String),
        (i) => ['answer', i],
        'learn.errors.duplicateAnswer',
        'answer',
      )
    })

  const ordering = z
    .strictObject({
      ...base,
      type: z.literal('ordering'),
      options: z.array(optionSchema).min(2),
      answer: z.array(z.unknown()),
    })
    .superRefine((v, ctx) => {
      answersAreOptions(v, ctx)
      const ids = v.options.map((o) => o.id)
      const given = v.answer.map(String)
      const isPermutation =
        given.length === ids.length &&
        new Set(given).size === given.length &&
        ids.every((id) => given.includes(id))
      if (!isPermutation)
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          ...custom('learn.errors.orderingAnswer', { options: ids.join(', ') }),
        })
    })

  const truefalse = z
    .strictObject({
      ...base,
      type: z.literal('truefalse'),
      options: z.unknown().optional(),
      answer: z.array(z.unknown()),
    })
    .superRefine((v, ctx) => {
      noOptions(v, ctx)
      if (v.answer.length !== 1 || typeof v.answer[0] !== 'boolean')
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          ...custom('learn.errors.truefalseAnswer'),
        })
    })

  const numeric = z
    .strictObject({
      ...base,
      type: z.literal('numeric'),
      options: z.unknown().optional(),
      answer: z.array(z.unknown()),
      tolerance: z
        .custom<number>(
          (t) => typeof t === 'number' && Number.isFinite(t) && t >= 0,
          custom('learn.errors.tolerance'),
        )
        .optional(),
      unit: loc(40).optional(),
    })
    .superRefine((v, ctx) => {
      noOptions(v, ctx)
      const a = v.answer[0]
      if (v.answer.length !== 1 || typeof a !== 'number' || !Number.isFinite(a))
        ctx.addIssue({ code: 'custom', path: ['answer'], ...custom('learn.errors.numericAnswer') })
    })

  const question = z.discriminatedUnion('type', [single, multiple, truefalse, ordering, numeric])

  const quiz = z
    .strictObject({
      module: idSchema,
      passMark: z.custom<number>(
        (p) => typeof p === 'number' && p > 0 && p <= 1,
        custom('learn.errors.passMark'),
      ),
      questions: z.array(question).min(1),
    })
    .superRefine((v, ctx) => {
      uniqueIds(
        ctx,
        v.questions.map((q) => q.id),
        (i) => ['questions', i, 'id'],
        'learn.errors.duplicateQuestion',
        'question',
      )
    })

  const module = z.strictObject({
    id: idSchema,
    order: intIn(1, 999),
    title: loc(200),
    summary: loc(1000),
    lessons: z.array(idSchema).min(1),
  })

  const glossary = z
    .strictObject({
      terms: z.array(
        z.strictObject({ id: idSchema, term: loc(100), definition: loc(2000), lesson: idSchema }),
      ),
    })
    .superRefine((v, ctx) => {
      uniqueIds(
        ctx,
        v.terms.map((t) => t.id),
        (i) => ['terms', i, 'id'],
        'learn.errors.duplicateTerm',
        'term',
      )
    })

  return { option: optionSchema, question, quiz, module, glossary }
}

const both = contentSchemas(LOCALES)
/** A quiz question (built-in course: both languages). */
export const questionSchema = both.question
/** A module's quiz.json (built-in course: both languages). */
export const quizSchema = both.quiz
/** A module's module.json (built-in course: both languages). */
export const moduleSchema = both.module
/** The course's glossary.json (built-in course: both languages). */
export const glossarySchema = both.glossary

/** A quiz question. */
export type Question = z.infer<typeof questionSchema>
/** A quiz. */
export type Quiz = z.infer<typeof quizSchema>
/** A module.json file. */
export type ModuleFile = z.infer<typeof moduleSchema>
/** A glossary.json file. */
export type GlossaryFile = z.infer<typeof glossarySchema>
/** A glossary term. */
export type GlossaryTerm = GlossaryFile['terms'][number]

/** A trainer content pack's pack.json. */
export const packManifestSchema = z
  .strictObject({
    id: idSchema,
    title: localizedSchema([], 200),
    version: text(40),
    languages: z.array(localeSchema).min(1),
    author: text(200),
    organisation: text(200).optional(),
    courseTitle: localizedSchema([], 200).optional(),
  })
  .superRefine((v, ctx) => {
    uniqueIds(ctx, v.languages, (i) => ['languages', i], 'learn.errors.duplicateLanguage', 'locale')
    for (const [field, value] of [
      ['title', v.title],
      ['courseTitle', v.courseTitle],
    ] as const) {
      if (!value) continue
      for (const locale of v.languages) {
        if (value[locale] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [field, locale],
            ...custom('learn.errors.missingLocale', { locale }),
          })
      }
    }
  })
/** A content pack manifest. */
export type PackManifest = z.infer<typeof packManifestSchema>
