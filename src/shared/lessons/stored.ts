import { z } from 'zod'
import { progressExportSchema, quizAttemptSchema } from './coach'
import { lessonProgressSchema } from './progress'
import { packManifestSchema } from './schemas'

/**
 * How Learn persists (schema version 3): lesson progress and quiz attempts per course source
 * ('builtin' or 'pack:<id>'), imported trainer packs, and learners' progress files a trainer
 * imported into the coach view.
 */

/** Key of a lesson's progress row: `<source>|<lessonId>`. */
export const progressKey = (source: string, lessonId: string): string => `${source}|${lessonId}`

/** One lesson's progress as stored. */
export const lessonProgressRowSchema = z.object({
  key: z.string().min(3).max(300),
  source: z.string().min(1).max(120),
  lessonId: z.string().min(1).max(100),
  progress: lessonProgressSchema,
})
/** One lesson's progress as stored. */
export type LessonProgressRow = z.infer<typeof lessonProgressRowSchema>

/** One finished quiz attempt as stored (`id` is assigned by the database). */
export const quizAttemptRowSchema = z.object({
  id: z.number().int().positive().optional(),
  source: z.string().min(1).max(120),
  module: z.string().min(1).max(100),
  attempt: quizAttemptSchema,
})
/** One finished quiz attempt as stored. */
export type QuizAttemptRow = z.infer<typeof quizAttemptRowSchema>

/** Largest pack accepted (all files together, unpacked). */
export const MAX_PACK_BYTES = 50 * 1024 * 1024

/** An imported trainer content pack: its validated manifest, text files and images. */
export const packRowSchema = z.object({
  id: z.string().min(1).max(100),
  manifest: packManifestSchema,
  /** Path relative to the pack root → text (lessons .md, module.json, quiz.json, glossary.json). */
  files: z.record(z.string(), z.string()),
  /** Path relative to the pack root → image bytes. */
  assets: z.record(z.string(), z.instanceof(Uint8Array)),
  importedAt: z.iso.datetime(),
})
/** An imported trainer content pack. */
export type PackRow = z.infer<typeof packRowSchema>

/** A learner's progress file imported into the coach view. */
export const learnerRowSchema = z.object({
  id: z.string().min(1).max(200),
  export: progressExportSchema,
  importedAt: z.iso.datetime(),
})
/** A learner's progress file imported into the coach view. */
export type LearnerRow = z.infer<typeof learnerRowSchema>
