import { describe, expect, it } from 'vitest'
import { loadCourse, type Course } from '../../../src/shared/lessons/course'
import {
  addTime,
  certificateId,
  courseProgress,
  emptyProgress,
  finishLesson,
  lessonProgressSchema,
  MAX_NOTES_LENGTH,
  MAX_TIME_STEP_MS,
  openLesson,
  readSection,
  setNotes,
  toggleBookmark,
  type LessonProgress,
} from '../../../src/shared/lessons/progress'
import { miniCourse } from './fixtures'

const course: Course = loadCourse(miniCourse()).course

/** Deep-freezes a progress value so any mutation throws. */
const frozen = (p: LessonProgress): LessonProgress =>
  Object.freeze({ ...p, bookmarks: Object.freeze([...p.bookmarks]) as string[] })

describe('lesson progress transitions', () => {
  it('open → read → finish, each returning a new value and leaving the old one untouched', () => {
    const p0 = frozen(emptyProgress())
    const p1 = openLesson(p0, 1000)
    expect(p1).not.toBe(p0)
    expect(p0.status).toBe('not-started')
    expect(p1).toMatchObject({ status: 'reading', updatedAt: 1000, lastSection: null })
    const p2 = readSection(frozen(p1), 'practice', 2000)
    expect(p2).toMatchObject({ status: 'reading', lastSection: 'practice', updatedAt: 2000 })
    const p3 = finishLesson(frozen(p2), 3000)
    expect(p3).toMatchObject({ status: 'done', lastSection: 'practice', updatedAt: 3000 })
    // Re-opening or reading a finished lesson keeps it done.
    expect(openLesson(frozen(p3), 4000).status).toBe('done')
    expect(readSection(frozen(p3), 'intro', 4000).status).toBe('done')
    for (const p of [p1, p2, p3]) expect(lessonProgressSchema.safeParse(p).success).toBe(true)
  })

  it('starts from an empty progress when there is none', () => {
    expect(openLesson(undefined, 5)).toEqual({
      ...emptyProgress(),
      status: 'reading',
      updatedAt: 5,
    })
    expect(readSection(undefined, 'intro', 5).status).toBe('reading')
    expect(finishLesson(undefined, 5).status).toBe('done')
  })

  it('addTime caps one step at 10 minutes and ignores negative or invalid steps', () => {
    expect(MAX_TIME_STEP_MS).toBe(600_000)
    const p0 = frozen(emptyProgress())
    const p1 = addTime(p0, 30_000, 1)
    expect(p1.timeSpentMs).toBe(30_000)
    expect(p0.timeSpentMs).toBe(0)
    expect(addTime(frozen(p1), 3 * 60 * 60 * 1000, 2).timeSpentMs).toBe(30_000 + 600_000)
    expect(addTime(frozen(p1), -5000, 2).timeSpentMs).toBe(30_000)
    expect(addTime(frozen(p1), Number.NaN, 2).timeSpentMs).toBe(30_000)
    expect(addTime(frozen(p1), Infinity, 2).timeSpentMs).toBe(30_000)
    expect(addTime(frozen(p1), 0.4, 2).timeSpentMs).toBe(30_000)
  })

  it('toggleBookmark adds and removes without touching the old list', () => {
    const p0 = frozen(emptyProgress())
    const p1 = toggleBookmark(p0, 'intro', 1)
    const p2 = toggleBookmark(frozen(p1), 'practice', 2)
    const p3 = toggleBookmark(frozen(p2), 'intro', 3)
    expect(p0.bookmarks).toEqual([])
    expect(p1.bookmarks).toEqual(['intro'])
    expect(p2.bookmarks).toEqual(['intro', 'practice'])
    expect(p3.bookmarks).toEqual(['practice'])
  })

  it('setNotes replaces the notes and cuts very long text', () => {
    const p = setNotes(frozen(emptyProgress()), '试试满减', 9)
    expect(p).toMatchObject({ notes: '试试满减', updatedAt: 9, status: 'not-started' })
    expect(setNotes(p, 'x'.repeat(MAX_NOTES_LENGTH + 10), 10).notes).toHaveLength(MAX_NOTES_LENGTH)
  })
})

describe('courseProgress', () => {
  const at = (
    status: LessonProgress['status'],
    updatedAt: number,
    lastSection: string | null = null,
  ): LessonProgress => ({
    ...emptyProgress(),
    status,
    updatedAt,
    lastSection,
  })

  it('nothing read yet: start at the first lesson', () => {
    const p = courseProgress(course, {}, {})
    expect(p).toEqual({
      lessonsDone: 0,
      lessonsTotal: 4,
      fraction: 0,
      modulesMastered: 0,
      modulesTotal: 2,
      modulesMissing: ['m1', 'm2'],
      resume: { lessonId: 'm1-l1', section: 'intro' },
      certificateUnlocked: false,
    })
  })

  it('resumes the last opened lesson at its last section when it is unfinished', () => {
    const p = courseProgress(
      course,
      {
        'm1-l1': at('done', 10),
        'm2-l1': at('reading', 30, 'practice'),
        'm1-l2': at('reading', 20, 'intro'),
      },
      {},
    )
    expect(p.resume).toEqual({ lessonId: 'm2-l1', section: 'practice' })
    expect(p.lessonsDone).toBe(1)
    expect(p.fraction).toBe(0.25)
  })

  it('after finishing the last opened lesson, picks the first unfinished lesson after it', () => {
    const p = courseProgress(
      course,
      { 'm1-l1': at('done', 10), 'm1-l2': at('done', 50), 'm2-l1': at('done', 20) },
      {},
    )
    expect(p.resume).toEqual({ lessonId: 'm2-l2', section: 'intro' })
  })

  it('wraps around to an earlier unfinished lesson, and is null when all are done', () => {
    const p = courseProgress(
      course,
      {
        'm1-l2': at('done', 10),
        'm2-l1': at('done', 10),
        'm2-l2': at('done', 90),
        'm1-l1': at('reading', 5, 'practice'),
      },
      {},
    )
    expect(p.resume).toEqual({ lessonId: 'm1-l1', section: 'practice' })
    const all = Object.fromEntries(
      ['m1-l1', 'm1-l2', 'm2-l1', 'm2-l2'].map((id, i) => [id, at('done', i)]),
    )
    const done = courseProgress(course, all, {})
    expect(done.resume).toBeNull()
    expect(done.fraction).toBe(1)
  })

  it('ignores a last section that the lesson no longer has, and progress of unknown lessons', () => {
    const p = courseProgress(
      course,
      { 'm1-l2': at('reading', 10, 'removed-section'), 'm9-l1': at('reading', 99) },
      {},
    )
    expect(p.resume).toEqual({ lessonId: 'm1-l2', section: 'intro' })
    expect(p.lessonsTotal).toBe(4)
  })

  it('unlocks the certificate only with every module quiz at 80 % or more', () => {
    expect(courseProgress(course, {}, { m1: 1, m2: 0.75 })).toMatchObject({
      modulesMastered: 1,
      modulesMissing: ['m2'],
      certificateUnlocked: false,
    })
    expect(courseProgress(course, {}, { m1: 0.8, m2: 7 / 8 })).toMatchObject({
      modulesMastered: 2,
      modulesMissing: [],
      certificateUnlocked: true,
    })
    expect(courseProgress(course, {}, { m1: 0.9 }).certificateUnlocked).toBe(false)
    const empty = loadCourse({}).course
    expect(courseProgress(empty, {}, {})).toMatchObject({
      certificateUnlocked: false,
      resume: null,
      fraction: 0,
    })
  })
})

describe('certificateId', () => {
  const scores = { m1: 0.9, m2: 1, m3: 0.875 }
  it('is short, readable and stable', () => {
    const id = certificateId('李明', '2026-11-25', scores)
    expect(id).toMatch(/^SB-[0-9A-HJKMNP-TV-Z]{10}$/)
    expect(certificateId('李明', '2026-11-25', scores)).toBe(id)
    // Pinned so a change of the hash is noticed (printed certificates carry this ID).
    expect(id).toBe('SB-Z68BF6YHZ3')
    expect(certificateId(' 李明 ', '2026-11-25', { m3: 0.875, m2: 1, m1: 0.9 })).toBe(id)
    expect(certificateId('Li  Ming', '2026-11-25', scores)).toBe(
      certificateId('Ｌｉ Ming', '2026-11-25', scores),
    )
  })
  it('changes with the name, date or scores', () => {
    const id = certificateId('李明', '2026-11-25', scores)
    expect(certificateId('李敏', '2026-11-25', scores)).not.toBe(id)
    expect(certificateId('李明', '2026-11-26', scores)).not.toBe(id)
    expect(certificateId('李明', '2026-11-25', { ...scores, m1: 0.95 })).not.toBe(id)
    const many = new Set(
      Array.from({ length: 2000 }, (_, i) => certificateId(`learner ${i}`, '2026-01-01', scores)),
    )
    expect(many.size).toBe(2000)
  })
})
