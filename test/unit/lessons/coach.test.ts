import { describe, expect, it } from 'vitest'
import {
  attemptFromGrade,
  buildProgressExport,
  coachSummary,
  parseProgressExport,
  PROGRESS_FORMAT,
  type ProgressExport,
  type QuizAttempt,
} from '../../../src/shared/lessons/coach'
import { loadCourse } from '../../../src/shared/lessons/course'
import { gradeQuiz } from '../../../src/shared/lessons/grade'
import { emptyProgress, finishLesson, openLesson } from '../../../src/shared/lessons/progress'
import type { Quiz } from '../../../src/shared/lessons/schemas'
import { miniCourse, unfilled } from './fixtures'

const course = loadCourse(miniCourse()).course
const m1Quiz = course.modules[0]?.quiz as Quiz

const attempt = (
  module: string,
  finishedAt: string,
  results: Record<string, boolean>,
): QuizAttempt => {
  const correct = Object.values(results).filter(Boolean).length
  return {
    module,
    finishedAt,
    score: correct / Object.keys(results).length,
    questions: Object.entries(results).map(([id, c]) => ({ id, correct: c })),
  }
}

function liExport(): ProgressExport {
  return buildProgressExport({
    learnerName: ' 李明 ',
    shopName: '阳光书店',
    exportedAt: '2026-11-25T10:00:00.000Z',
    source: 'builtin',
    progress: {
      'm1-l2': openLesson(undefined, 2),
      'm1-l1': finishLesson(emptyProgress(), 1),
      'm1-l10': finishLesson(emptyProgress(), 3),
    },
    attempts: [
      attempt('m1', '2026-11-21T09:00:00Z', { q1: false, q2: false, q3: true, q4: true }),
      attempt('m1', '2026-11-20T09:00:00Z', { q1: false, q2: true, q3: true, q4: true }),
      attempt('m2', '2026-11-22T09:00:00Z', { q1: true, q2: true, q3: true, q4: true }),
    ],
  })
}

function wangExport(): ProgressExport {
  return buildProgressExport({
    learnerName: '王芳',
    shopName: '芳芳服装',
    exportedAt: '2026-11-24T08:00:00+08:00',
    source: 'builtin',
    progress: { 'm1-l1': finishLesson(undefined, 1), 'm1-l2': finishLesson(undefined, 2) },
    attempts: [attempt('m1', '2026-11-23T09:00:00Z', { q1: false, q2: true, q3: false, q4: true })],
  })
}

describe('progress export', () => {
  it('builds a valid export that reads back unchanged', () => {
    const e = liExport()
    expect(e.format).toBe(PROGRESS_FORMAT)
    expect(e.version).toBe(1)
    expect(e.learnerName).toBe('李明')
    expect(e.courseSource).toBe('builtin')
    expect(e.lessons).toEqual([
      { id: 'm1-l1', status: 'done' },
      { id: 'm1-l2', status: 'reading' },
      { id: 'm1-l10', status: 'done' },
    ])
    expect(e.attempts.map((a) => a.finishedAt)).toEqual([
      '2026-11-20T09:00:00Z',
      '2026-11-21T09:00:00Z',
      '2026-11-22T09:00:00Z',
    ])
    const text = JSON.stringify(e, null, 2)
    expect(parseProgressExport(text)).toEqual({ ok: true, value: e })
    expect(parseProgressExport('\ufeff' + text).ok).toBe(true)
    expect(
      buildProgressExport({
        ...e,
        source: { packId: 'tea' },
        progress: {},
        attempts: [],
        exportedAt: e.exportedAt,
        learnerName: 'x',
        shopName: '',
      }).courseSource,
    ).toBe('pack:tea')
  })

  it('turns a graded quiz into an attempt', () => {
    const g = gradeQuiz(m1Quiz, { q1: 'b', q3: true })
    const a = attemptFromGrade('m1', '2026-11-25T10:00:00Z', g)
    expect(a.score).toBe(0.25)
    expect(a.questions).toHaveLength(8)
    expect(a.questions.slice(0, 3)).toEqual([
      { id: 'q1', correct: true },
      { id: 'q2', correct: false },
      { id: 'q3', correct: true },
    ])
  })

  it('explains what is wrong with a bad file', () => {
    const good = JSON.stringify(liExport(), null, 2)
    const cases: [string, string, Record<string, string | number>?][] = [
      ['  ', 'learn.errors.progressEmpty'],
      [
        '{"format": "shopbridge-progress",\n"version": 1,,}',
        'learn.errors.progressNotJson',
        { line: 2 },
      ],
      ['{"format": "shopbridge-backup"}', 'learn.errors.progressForeign'],
      ['[1, 2]', 'learn.errors.progressForeign'],
      [good.replace('"version": 1', '"version": 2'), 'learn.errors.progressNewer', { version: 2 }],
      [
        good.replace('"learnerName": "李明"', '"learnerName": ""'),
        'learn.errors.progressInvalid',
        { line: 4, field: 'learnerName' },
      ],
      [
        good.replace('"status": "reading"', '"status": "half"'),
        'learn.errors.progressInvalid',
        { field: 'lessons[1].status' },
      ],
      [
        good.replace('"score": 0.75', '"score": 75'),
        'learn.errors.progressInvalid',
        { field: 'attempts[0].score' },
      ],
      [
        good.replace('"exportedAt": "2026-11-25T10:00:00.000Z"', '"exportedAt": "yesterday"'),
        'learn.errors.progressInvalid',
        { line: 6, field: 'exportedAt' },
      ],
      [
        good.replace(/ {2}"attempts": \[[\s\S]*\]\n/, '  "x": 1\n'),
        'learn.errors.progressInvalid',
        { field: 'attempts' },
      ],
    ]
    for (const [text, key, values] of cases) {
      const r = parseProgressExport(text)
      expect(r.ok, key).toBe(false)
      if (r.ok) continue
      expect(r.error.key).toBe(key)
      if (values) expect(r.error.values).toMatchObject(values)
      expect(unfilled([r.error])).toEqual([])
    }
    // The line points at the bad entry.
    const bad = good.replace('"status": "reading"', '"status": "half"')
    const r = parseProgressExport(bad)
    if (!r.ok)
      expect(r.error.values?.line).toBe(bad.split('\n').findIndex((l) => l.includes('"half"')) + 1)
  })
})

describe('coachSummary', () => {
  it('sums up two learners and ranks the hardest questions', () => {
    const s = coachSummary([wangExport(), liExport()])
    expect(s.learners).toEqual([
      {
        name: '李明',
        shop: '阳光书店',
        exportedAt: '2026-11-25T10:00:00.000Z',
        lessonsDone: 2,
        modules: [
          { id: 'm1', best: 0.75, attempts: 2 },
          { id: 'm2', best: 1, attempts: 1 },
        ],
      },
      {
        name: '王芳',
        shop: '芳芳服装',
        exportedAt: '2026-11-24T08:00:00+08:00',
        lessonsDone: 2,
        modules: [{ id: 'm1', best: 0.5, attempts: 1 }],
      },
    ])
    // m1: q1 wrong 3/3; q2 wrong 1/3; q3 wrong 1/3; q4 wrong 0/3. m2: all right (1 attempt).
    expect(
      s.hardestQuestions.map((h) => [
        h.module,
        h.id,
        h.attempts,
        h.wrong,
        Number(h.wrongShare.toFixed(3)),
      ]),
    ).toEqual([
      ['m1', 'q1', 3, 3, 1],
      ['m1', 'q2', 3, 1, 0.333],
      ['m1', 'q3', 3, 1, 0.333],
      ['m1', 'q4', 3, 0, 0],
      ['m2', 'q1', 1, 0, 0],
      ['m2', 'q2', 1, 0, 0],
      ['m2', 'q3', 1, 0, 0],
      ['m2', 'q4', 1, 0, 0],
    ])
  })

  it('counts a learner exported twice once, with the newest export', () => {
    const older = { ...liExport(), exportedAt: '2026-11-01T00:00:00Z', lessons: [] }
    const s = coachSummary([older, wangExport(), { ...liExport(), learnerName: '李明 ' }])
    expect(s.learners.map((l) => [l.name, l.lessonsDone])).toEqual([
      ['李明 ', 2],
      ['王芳', 2],
    ])
    expect(coachSummary([])).toEqual({ learners: [], hardestQuestions: [] })
  })
})
