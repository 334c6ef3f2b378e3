import { describe, expect, it } from 'vitest'
import { courseLessons, courseSourceId, loadCourse } from '../../../src/shared/lessons/course'
import { brief, editJson, json, lessonMd, lineOf, miniCourse, spec, unfilled } from './fixtures'

type Q = {
  id: string
  lesson: string
  section: string
  answer: unknown[]
  options?: unknown
  prompt: { en?: string }
  tolerance?: number
  type?: string
  hint?: string
}
type QuizJson = { questions: Q[]; passMark: number; module: string }

/** Loads a file set and checks every problem's text is fully filled in both languages. */
function load(files: Record<string, string>, opts?: Parameters<typeof loadCourse>[1]) {
  const r = loadCourse(files, opts)
  expect(unfilled(r.problems)).toEqual([])
  return r
}

describe('loadCourse: a valid course', () => {
  it('loads modules, lessons in both languages, quizzes and the glossary without problems', () => {
    const { course, problems } = load(miniCourse())
    expect(problems).toEqual([])
    expect(course.sourceId).toBe('builtin')
    expect(course.languages).toEqual(['zh-CN', 'en'])
    expect(course.modules.map((m) => m.id)).toEqual(['m1', 'm2'])
    const m1 = course.modules[0]
    expect(m1?.title).toEqual({ 'zh-CN': '模块 m1', en: 'Module m1' })
    expect(m1?.lessons.map((l) => l.id)).toEqual(['m1-l1', 'm1-l2'])
    const l1 = m1?.lessons[0]
    expect(l1).toMatchObject({
      module: 'm1',
      order: 1,
      sections: ['intro', 'practice'],
      glossary: ['gmv'],
      tryIt: 'none',
    })
    expect(l1?.locales.en).toMatchObject({ file: 'm1/l1.en.md', title: 'Lesson m1.1', minutes: 5 })
    expect(l1?.locales['zh-CN']?.title).toBe('第 1 课')
    expect(l1?.locales.en?.body).toContain('## Section intro {#intro}')
    expect(m1?.quiz?.questions).toHaveLength(8)
    expect(course.glossary.map((t) => t.id)).toEqual(['gmv', 'sku'])
    expect(courseLessons(course).map((l) => l.id)).toEqual(['m1-l1', 'm1-l2', 'm2-l1', 'm2-l2'])
  })

  it('sorts modules by their order field, not by folder name', () => {
    const files = miniCourse()
    editJson(files, 'm1/module.json', (m: { order: number }) => (m.order = 3))
    const { course, problems } = load(files)
    expect(problems).toEqual([])
    expect(course.modules.map((m) => m.id)).toEqual(['m2', 'm1'])
  })

  it('accepts Windows paths, ./ prefixes, a README and images in sub-folders', () => {
    const files: Record<string, string> = {}
    for (const [k, v] of Object.entries(miniCourse()))
      files[k.startsWith('m1') ? k.replace('/', '\\') : `./${k}`] = v
    files['README.md'] = '# notes'
    files['m1/images/a.png'] = 'binary'
    expect(load(files).problems).toEqual([])
  })

  it('never throws on garbage', () => {
    const r = load({
      'm1/module.json': 'null',
      'm1/quiz.json': '[]',
      'glossary.json': '"x"',
      'm1/l1.en.md': '\u0000',
    })
    expect(r.course.modules).toEqual([])
    expect(r.problems.length).toBeGreaterThan(0)
  })
})

describe('loadCourse: each fault gives exactly its problem and the rest still loads', () => {
  it('a lesson missing in one language', () => {
    const files = miniCourse()
    delete files['m1/l2.en.md']
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.lessonMissingLocale', file: 'm1/l2.en.md', line: undefined },
    ])
    expect(problems[0]?.values).toMatchObject({ lesson: 'm1-l2', locale: 'en' })
    const l2 = course.modules[0]?.lessons[1]
    expect(l2?.id).toBe('m1-l2')
    expect(Object.keys(l2?.locales ?? {})).toEqual(['zh-CN'])
  })

  it.each([
    ['tryIt', { tryIt: 'plan' }, 9, 'plan', 'none'],
    [
      'sections',
      { sections: 'intro, practice, extra' },
      7,
      'intro, practice, extra',
      'intro, practice',
    ],
    ['glossary', { glossary: 'gmv, sku' }, 8, 'gmv, sku', 'gmv'],
    ['order', { order: '7' }, 4, '7', '1'],
  ] as const)('zh-CN and en disagreeing on %s', (field, over, line, value, expected) => {
    const files = miniCourse()
    files['m1/l1.en.md'] = lessonMd(spec('m1', 1, 'en', over))
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.localeMismatch', file: 'm1/l1.en.md', line },
    ])
    expect(problems[0]?.values).toMatchObject({
      field,
      value,
      expected,
      other: 'm1/l1.zh-CN.md',
      lesson: 'm1-l1',
    })
    expect(course.modules[0]?.lessons).toHaveLength(2)
  })

  it('module.json listing a lesson that does not exist', () => {
    const files = miniCourse()
    editJson(files, 'm1/module.json', (m: { lessons: string[] }) => m.lessons.push('m1-l3'))
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      {
        key: 'learn.errors.moduleLessonMissing',
        file: 'm1/module.json',
        line: lineOf(files['m1/module.json'] as string, '"m1-l3"'),
      },
    ])
    expect(problems[0]?.values).toMatchObject({ lesson: 'm1-l3', field: 'lessons[2]' })
    expect(course.modules[0]?.lessons.map((l) => l.id)).toEqual(['m1-l1', 'm1-l2'])
  })

  it('a lesson file that module.json does not list', () => {
    const files = miniCourse()
    files['m1/l3.zh-CN.md'] = lessonMd(spec('m1', 3, 'zh-CN'))
    files['m1/l3.en.md'] = lessonMd(spec('m1', 3, 'en'))
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      {
        key: 'learn.errors.lessonNotListed',
        file: 'm1/module.json',
        line: lineOf(files['m1/module.json'] as string, '"lessons"'),
      },
    ])
    expect(course.modules[0]?.lessons).toHaveLength(2)
  })

  it('module.json listing lessons against their order', () => {
    const files = miniCourse()
    editJson(files, 'm1/module.json', (m: { lessons: string[] }) => m.lessons.reverse())
    const { problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.lessonOrder', file: 'm1/module.json', line: 12 },
    ])
  })

  it('a quiz question pointing at a missing lesson (the question is left out)', () => {
    const files = miniCourse()
    editJson(files, 'm2/quiz.json', (q: QuizJson) => (q.questions[2]!.lesson = 'm2-l9'))
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      {
        key: 'learn.errors.questionLessonMissing',
        file: 'm2/quiz.json',
        line: lineOf(files['m2/quiz.json'] as string, '"m2-l9"'),
      },
    ])
    expect(problems[0]?.values).toMatchObject({
      question: 'q3',
      lesson: 'm2-l9',
      field: 'questions[2].lesson',
    })
    expect(course.modules[1]?.quiz?.questions.map((q) => q.id)).toEqual([
      'q1',
      'q2',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
    ])
  })

  it('a quiz question pointing at a missing section', () => {
    const files = miniCourse()
    editJson(files, 'm1/quiz.json', (q: QuizJson) => (q.questions[4]!.section = 'nowhere'))
    const { problems } = load(files)
    expect(brief(problems)).toEqual([
      {
        key: 'learn.errors.questionSectionMissing',
        file: 'm1/quiz.json',
        line: lineOf(files['m1/quiz.json'] as string, '"nowhere"'),
      },
    ])
    expect(problems[0]?.values).toMatchObject({
      question: 'q5',
      section: 'nowhere',
      lesson: 'm1-l2',
    })
  })

  it("a quiz question about another module's lesson", () => {
    const files = miniCourse()
    editJson(files, 'm2/quiz.json', (q: QuizJson) => (q.questions[0]!.lesson = 'm1-l1'))
    const { problems } = load(files)
    expect(brief(problems)).toEqual([
      {
        key: 'learn.errors.questionOtherModule',
        file: 'm2/quiz.json',
        line: lineOf(files['m2/quiz.json'] as string, '"m1-l1"'),
      },
    ])
    expect(problems[0]?.values).toMatchObject({ module: 'm1' })
  })

  it('a glossary id used in a lesson but not defined (reported once, on the first language)', () => {
    const files = miniCourse()
    files['m2/l1.zh-CN.md'] = lessonMd(spec('m2', 1, 'zh-CN', { glossary: 'gmv, roi' }))
    files['m2/l1.en.md'] = lessonMd(spec('m2', 1, 'en', { glossary: 'gmv, roi' }))
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.glossaryUnknown', file: 'm2/l1.zh-CN.md', line: 8 },
    ])
    expect(problems[0]?.values).toMatchObject({ term: 'roi' })
    const lesson = course.modules[1]?.lessons[0]
    expect(lesson?.glossary).toEqual(['gmv'])
    expect(lesson?.locales.en?.glossary).toEqual(['gmv'])
  })

  it('a glossary term whose lesson does not exist', () => {
    const files = miniCourse()
    editJson(
      files,
      'glossary.json',
      (g: { terms: { lesson: string }[] }) => (g.terms[1]!.lesson = 'm7-l1'),
    )
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      {
        key: 'learn.errors.glossaryLessonMissing',
        file: 'glossary.json',
        line: lineOf(files['glossary.json'] as string, '"m7-l1"'),
      },
    ])
    expect(course.glossary).toHaveLength(2)
  })

  it('a glossary term whose lesson does not link it', () => {
    const files = miniCourse()
    editJson(
      files,
      'glossary.json',
      (g: { terms: { lesson: string }[] }) => (g.terms[1]!.lesson = 'm1-l2'),
    )
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      {
        key: 'learn.errors.glossaryLessonUnlinked',
        file: 'glossary.json',
        line: lineOf(files['glossary.json'] as string, '"m1-l2"'),
      },
    ])
    expect(problems[0]?.values).toMatchObject({ term: 'sku', lesson: 'm1-l2', candidates: 'm2-l2' })
    expect(course.glossary).toHaveLength(2)
  })

  it('a module with fewer than 8 questions', () => {
    const files = miniCourse()
    editJson(files, 'm2/quiz.json', (q: QuizJson) => q.questions.pop())
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.tooFewQuestions', file: 'm2/quiz.json', line: 4 },
    ])
    expect(problems[0]?.values).toMatchObject({ count: 7, min: 8 })
    expect(course.modules[1]?.quiz?.questions).toHaveLength(7)
  })

  it('a broken lesson file is left out; its other language still loads and nothing else is reported', () => {
    const files = miniCourse()
    files['m1/l2.en.md'] = (files['m1/l2.en.md'] as string).replace('minutes: 5', 'minutes: 90')
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.intRange', file: 'm1/l2.en.md', line: 6 },
    ])
    expect(problems[0]?.field).toBe('minutes')
    expect(Object.keys(course.modules[0]?.lessons[1]?.locales ?? {})).toEqual(['zh-CN'])
  })

  it('a lesson broken in both languages: its quiz questions are left out silently (one cause, reported where it is)', () => {
    const files = miniCourse()
    for (const l of ['zh-CN', 'en']) files[`m2/l2.${l}.md`] = 'no front matter'
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.frontMatterMissing', file: 'm2/l2.en.md', line: 1 },
      { key: 'learn.errors.frontMatterMissing', file: 'm2/l2.zh-CN.md', line: 1 },
    ])
    expect(course.modules[1]?.lessons.map((l) => l.id)).toEqual(['m2-l1'])
    expect(course.modules[1]?.quiz?.questions.every((q) => q.lesson === 'm2-l1')).toBe(true)
  })

  it('a quiz that is not valid JSON: the module loads without its quiz', () => {
    const files = miniCourse()
    files['m1/quiz.json'] = (files['m1/quiz.json'] as string).replace(
      '"passMark": 0.8,',
      '"passMark": 0.8',
    )
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.badJson', file: 'm1/quiz.json', line: 4 },
    ])
    expect(course.modules[0]?.quiz).toBeNull()
    expect(course.modules[0]?.lessons).toHaveLength(2)
    expect(course.modules[1]?.quiz?.questions).toHaveLength(8)
  })

  it.each([
    [
      'single answer not an option',
      (q: Q) => {
        q.answer = ['z']
      },
      0,
      'learn.errors.answerNotOption',
      '"z"',
    ],
    [
      'single with two answers',
      (q: Q) => {
        q.answer = ['a', 'b']
      },
      0,
      'learn.errors.singleAnswer',
      '"answer"',
    ],
    [
      'multiple with no answer',
      (q: Q) => {
        q.answer = []
      },
      1,
      'learn.errors.multipleAnswer',
      '"answer"',
    ],
    [
      'ordering not a permutation',
      (q: Q) => {
        q.answer = ['y', 'z']
      },
      3,
      'learn.errors.orderingAnswer',
      '"answer"',
    ],
    [
      'true/false with options',
      (q: Q) => {
        q.options = [{ id: 'a', text: { 'zh-CN': '对', en: 'T' } }]
      },
      2,
      'learn.errors.noOptions',
      '"options"',
    ],
    [
      'true/false answered with text',
      (q: Q) => {
        q.answer = ['true']
      },
      2,
      'learn.errors.truefalseAnswer',
      '"answer"',
    ],
    [
      'numeric answered with text',
      (q: Q) => {
        q.answer = ['12.5']
      },
      4,
      'learn.errors.numericAnswer',
      '"answer"',
    ],
    [
      'negative tolerance',
      (q: Q) => {
        q.tolerance = -1
      },
      4,
      'learn.errors.tolerance',
      '"tolerance"',
    ],
    [
      'unknown question type',
      (q: Q) => {
        q.type = 'essay'
      },
      0,
      'learn.errors.badChoice',
      '"essay"',
    ],
    [
      'missing English prompt',
      (q: Q) => {
        delete q.prompt.en
      },
      5,
      'learn.errors.missingLocale',
      '"prompt"',
    ],
    [
      'unknown field',
      (q: Q) => {
        q.hint = 'x'
      },
      6,
      'learn.errors.unknownKey',
      '"hint"',
    ],
    [
      'duplicate question id',
      (q: Q) => {
        q.id = 'q1'
      },
      7,
      'learn.errors.duplicateQuestion',
      '"q1"',
    ],
  ] as const)('an invalid question: %s', (_name, edit, index, key, needle) => {
    const files = miniCourse()
    editJson(files, 'm1/quiz.json', (q: QuizJson) => edit(q.questions[index]!))
    const { course, problems } = load(files)
    const text = files['m1/quiz.json'] as string
    // The line of the needle inside the edited question (the second "q1" for the duplicate).
    const start =
      key === 'learn.errors.duplicateQuestion' ? 0 : lineOf(text, `"id": "q${index + 1}"`) - 1
    const nth = key === 'learn.errors.duplicateQuestion' ? 1 : 0
    const expectedLine = start + lineOf(text.split('\n').slice(start).join('\n'), needle, nth)
    expect(brief(problems)).toEqual([{ key, file: 'm1/quiz.json', line: expectedLine }])
    expect(course.modules[0]?.quiz).toBeNull()
    expect(course.modules[1]?.quiz).not.toBeNull()
  })

  it('a missing module.json: that folder is left out, the other module loads', () => {
    const files = miniCourse()
    delete files['m2/module.json']
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.moduleMissing', file: 'm2/module.json', line: undefined },
    ])
    expect(course.modules.map((m) => m.id)).toEqual(['m1'])
  })

  it('a missing quiz', () => {
    const files = miniCourse()
    delete files['m2/quiz.json']
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.quizMissing', file: 'm2/quiz.json', line: undefined },
    ])
    expect(course.modules[1]?.quiz).toBeNull()
  })

  it('a module.json whose id is not its folder', () => {
    const files = miniCourse()
    editJson(files, 'm2/module.json', (m: { id: string }) => (m.id = 'm3'))
    const { problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.moduleMismatch', file: 'm2/module.json', line: 2 },
    ])
  })

  it('two modules with the same order', () => {
    const files = miniCourse()
    editJson(files, 'm2/module.json', (m: { order: number }) => (m.order = 1))
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.duplicateModuleOrder', file: 'm2/module.json', line: 3 },
    ])
    expect(course.modules).toHaveLength(2)
  })

  it('a missing glossary', () => {
    const files = miniCourse()
    delete files['glossary.json']
    const { course, problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.glossaryMissing', file: 'glossary.json', line: undefined },
    ])
    expect(course.modules[0]?.lessons[0]?.glossary).toEqual([])
  })

  it('a glossary with a duplicate term', () => {
    const files = miniCourse()
    editJson(files, 'glossary.json', (g: { terms: { id: string }[] }) => (g.terms[1]!.id = 'gmv'))
    const { problems } = load(files)
    expect(brief(problems)).toEqual([
      {
        key: 'learn.errors.duplicateTerm',
        file: 'glossary.json',
        line: lineOf(files['glossary.json'] as string, '"gmv"', 1),
      },
    ])
  })

  it('stray files', () => {
    const files = miniCourse()
    files['m1/notes.json'] = '{}'
    files['m1/lesson.md'] = '# x'
    files['notes.json'] = '{}'
    const { problems } = load(files)
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.badPath', file: 'm1/lesson.md', line: undefined },
      { key: 'learn.errors.unknownFile', file: 'm1/notes.json', line: undefined },
      { key: 'learn.errors.unknownFile', file: 'notes.json', line: undefined },
    ])
  })

  it('an empty JSON file', () => {
    const files = miniCourse()
    files['m1/quiz.json'] = '\ufeff  \n'
    expect(brief(load(files).problems)).toEqual([
      { key: 'learn.errors.emptyFile', file: 'm1/quiz.json', line: undefined },
    ])
  })

  it('images must exist when the assets are listed', () => {
    const files = miniCourse()
    files['m1/l1.en.md'] = (files['m1/l1.en.md'] as string).replace(
      'Intro text.',
      '![a](img/a.png) ![b](img/b.png)',
    )
    const { problems } = load(files, { source: 'builtin', assets: ['m1/img/a.png'] })
    expect(brief(problems)).toEqual([
      { key: 'learn.errors.imageMissing', file: 'm1/l1.en.md', line: 12 },
    ])
    expect(problems[0]?.values).toMatchObject({ src: 'img/b.png' })
  })

  it('several faults at once are all reported and the valid rest loads', () => {
    const files = miniCourse()
    delete files['m1/l2.en.md']
    editJson(files, 'm2/quiz.json', (q: QuizJson) => (q.questions[0]!.section = 'gone'))
    files['m2/l2.zh-CN.md'] = (files['m2/l2.zh-CN.md'] as string).replace(
      'tryIt: none',
      'tryIt: games',
    )
    const { course, problems } = load(files)
    expect(problems.map((p) => p.key).sort()).toEqual(
      [
        'learn.errors.badChoice',
        'learn.errors.lessonMissingLocale',
        'learn.errors.questionSectionMissing',
      ].sort(),
    )
    expect(course.modules.flatMap((m) => m.lessons.map((l) => l.id))).toEqual([
      'm1-l1',
      'm1-l2',
      'm2-l1',
      'm2-l2',
    ])
  })
})

describe('loadCourse: trainer packs', () => {
  const manifest = (over: Record<string, unknown> = {}) =>
    json({
      id: 'tea',
      title: { 'zh-CN': '茶叶店课程' },
      version: '1.0.0',
      languages: ['zh-CN'],
      author: '王老师',
      ...over,
    })

  /** The mini course in Chinese only, as a pack. */
  function pack(): Record<string, string> {
    const files = miniCourse()
    for (const k of Object.keys(files)) if (k.endsWith('.en.md')) delete files[k]
    files['pack.json'] = manifest()
    return files
  }

  it('loads a single-language pack; English texts are not required', () => {
    const files = pack()
    editJson(files, 'm1/module.json', (m: { title: { en?: string } }) => delete m.title.en)
    const { course, problems } = load(files, { source: { packId: 'tea' } })
    expect(problems).toEqual([])
    expect(course.sourceId).toBe('pack:tea')
    expect(course.languages).toEqual(['zh-CN'])
    expect(course.pack?.author).toBe('王老师')
    expect(course.modules).toHaveLength(2)
  })

  it('reports a missing manifest, a wrong pack id and a lesson in an undeclared language', () => {
    const a = pack()
    delete a['pack.json']
    expect(brief(load(a, { source: { packId: 'tea' } }).problems)).toEqual([
      { key: 'learn.errors.packMissing', file: 'pack.json', line: undefined },
    ])
    const b = pack()
    expect(brief(load(b, { source: { packId: 'coffee' } }).problems)).toEqual([
      { key: 'learn.errors.packIdMismatch', file: 'pack.json', line: 2 },
    ])
    const c = pack()
    c['m1/l1.en.md'] = lessonMd(spec('m1', 1, 'en'))
    expect(brief(load(c, { source: { packId: 'tea' } }).problems)).toEqual([
      { key: 'learn.errors.unexpectedLocale', file: 'm1/l1.en.md', line: undefined },
    ])
  })

  it('checks the manifest fields', () => {
    const files = pack()
    files['pack.json'] = manifest({ title: { en: 'Tea' } })
    expect(
      load(files, { source: { packId: 'tea' } }).problems.map((p) => [p.key, p.line, p.field]),
    ).toEqual([['learn.errors.missingLocale', 3, 'title.zh-CN']])
    files['pack.json'] = manifest({ languages: ['zh-CN', 'fr'] })
    expect(
      load(files, { source: { packId: 'tea' } }).problems.map((p) => [p.key, p.line, p.field]),
    ).toEqual([['learn.errors.badChoice', 9, 'languages[1]']])
    files['pack.json'] = manifest({ author: '', extra: 1 })
    expect(
      load(files, { source: { packId: 'tea' } }).problems.map((p) => [p.key, p.line, p.field]),
    ).toEqual([
      ['learn.errors.emptyText', 10, 'author'],
      ['learn.errors.unknownKey', 11, 'extra'],
    ])
  })

  it('courseSourceId', () => {
    expect(courseSourceId('builtin')).toBe('builtin')
    expect(courseSourceId({ packId: 'tea' })).toBe('pack:tea')
  })
})
