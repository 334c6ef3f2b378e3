import { describe, expect, it } from 'vitest'
import { checkLesson, parseLesson, resolveImage } from '../../../src/shared/lessons/frontmatter'
import { lessonMd, spec, unfilled } from './fixtures'

const PATH = 'm2/l3.en.md'
const good = spec('m2', 3, 'en', {
  sections: 'intro, practice, summary',
  glossary: 'gmv, sku',
  tryIt: 'plan',
})

/** The first problem of a lesson text (key, line, field and other values). */
function firstProblem(text: string, path = PATH) {
  const r = parseLesson(path, text)
  expect(r.ok).toBe(false)
  if (r.ok) throw new Error('expected a failure')
  expect(unfilled([r.error])).toEqual([])
  return r.error
}

describe('parseLesson: valid files', () => {
  it('reads the front matter, body and headings', () => {
    const r = parseLesson(PATH, lessonMd(good))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const l = r.value
    expect(l.locale).toBe('en')
    expect(l.file).toBe(PATH)
    expect(l.meta).toEqual({
      id: 'm2-l3',
      module: 'm2',
      order: 3,
      title: 'Lesson m2.3',
      minutes: 5,
      sections: ['intro', 'practice', 'summary'],
      glossary: ['gmv', 'sku'],
      tryIt: 'plan',
    })
    expect(l.headings.map((h) => [h.id, h.title, h.line])).toEqual([
      ['intro', 'Section intro', 14],
      ['practice', 'Section practice', 18],
      ['summary', 'Section summary', 22],
    ])
    expect(l.bodyLine).toBe(11)
    expect(l.body.startsWith('\nIntro text.\n')).toBe(true)
    expect(l.keyLines).toMatchObject({ id: 2, minutes: 6, sections: 7, tryIt: 9 })
  })

  it('tolerates a BOM and CRLF / CR line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const r = parseLesson(PATH, '\ufeff' + lessonMd(good, { eol }))
      expect(r.ok).toBe(true)
      if (r.ok) {
        expect(r.value.meta.id).toBe('m2-l3')
        expect(r.value.body).not.toContain('\r')
      }
    }
  })

  it('accepts an empty glossary, [bracketed] lists, quotes, colons in titles and Chinese punctuation', () => {
    const text = lessonMd(
      {
        ...good,
        title: '"Pricing: the basics"',
        glossary: '',
        sections: '[intro，practice, summary]',
      },
      {
        headings: ['## Intro {#intro}', '## Practice {#practice}', '## Summary {#summary}'],
      },
    ).replace('minutes: 5', 'minutes：5')
    const r = parseLesson(PATH, text)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.meta.title).toBe('Pricing: the basics')
    expect(r.value.meta.glossary).toEqual([])
    expect(r.value.meta.sections).toEqual(['intro', 'practice', 'summary'])
    expect(r.value.meta.minutes).toBe(5)
  })

  it('ignores ## lines inside fenced code and ### sub-headings; keeps blank/comment lines in the front matter', () => {
    const text = lessonMd(good)
      .replace(
        'Intro text.',
        [
          'Intro text.',
          '```md',
          '## Not a heading',
          '```',
          '### Sub heading without id',
          '~~~',
          '## also not',
          '~~~',
        ].join('\n'),
      )
      .replace('order: 3', 'order: 3\n\n# a comment')
    const r = parseLesson(PATH, text)
    expect(r.ok).toBe(true)
  })

  it('resolves images inside the course and records them', () => {
    const text = lessonMd(good).replace(
      'Intro text.',
      'Intro ![shop](images/shop.png "A shop") and ![x](../shared/a.jpg).',
    )
    const r = parseLesson(PATH, text)
    expect(r.ok).toBe(true)
    if (r.ok)
      expect(r.value.images).toEqual([
        { src: 'images/shop.png', path: 'm2/images/shop.png', line: 12 },
        { src: '../shared/a.jpg', path: 'shared/a.jpg', line: 12 },
      ])
  })
})

describe('parseLesson: broken files name the file, line and field', () => {
  const base = lessonMd(good)
  const cases: [string, string, string, number, Record<string, string | number>?][] = [
    ['no front matter', base.replace(/^---\n/, ''), 'learn.errors.frontMatterMissing', 1],
    ['leading blank line', '\n' + base, 'learn.errors.frontMatterMissing', 1],
    ['empty file', '', 'learn.errors.frontMatterMissing', 1],
    [
      'unclosed front matter',
      base.replace(/\n---\n\nIntro/, '\n\nIntro'),
      'learn.errors.frontMatterUnclosed',
      1,
    ],
    [
      'a line that is not key: value',
      base.replace('order: 3', 'order 3'),
      'learn.errors.badLine',
      4,
      { text: 'order 3' },
    ],
    [
      'unknown key (wrong case)',
      base.replace('tryIt: plan', 'tryit: plan'),
      'learn.errors.unknownKey',
      9,
      { field: 'tryit' },
    ],
    [
      'duplicate key',
      base.replace('title: Lesson m2.3', 'title: A\ntitle: B'),
      'learn.errors.duplicateKey',
      6,
      { field: 'title', first: 5 },
    ],
    [
      'missing field',
      base.replace('tryIt: plan\n', ''),
      'learn.errors.missingField',
      9,
      { field: 'tryIt' },
    ],
    [
      'minutes not a number',
      base.replace('minutes: 5', 'minutes: five'),
      'learn.errors.intRange',
      6,
      { field: 'minutes', min: 1, max: 60, value: 'five' },
    ],
    [
      'minutes 0',
      base.replace('minutes: 5', 'minutes: 0'),
      'learn.errors.intRange',
      6,
      { field: 'minutes' },
    ],
    [
      'minutes 61',
      base.replace('minutes: 5', 'minutes: 61'),
      'learn.errors.intRange',
      6,
      { field: 'minutes' },
    ],
    [
      'minutes 7.5',
      base.replace('minutes: 5', 'minutes: 7.5'),
      'learn.errors.intRange',
      6,
      { field: 'minutes' },
    ],
    [
      'order 0',
      base.replace('order: 3', 'order: 0'),
      'learn.errors.intRange',
      4,
      { field: 'order' },
    ],
    [
      'empty title',
      base.replace('title: Lesson m2.3', 'title:'),
      'learn.errors.emptyText',
      5,
      { field: 'title' },
    ],
    [
      'unknown tryIt',
      base.replace('tryIt: plan', 'tryIt: quiz'),
      'learn.errors.badChoice',
      9,
      { field: 'tryIt', value: 'quiz' },
    ],
    [
      'bad section id',
      base.replace('sections: intro, practice, summary', 'sections: intro, prac tice, summary'),
      'learn.errors.badId',
      7,
      { field: 'sections', value: 'prac tice' },
    ],
    [
      'bad glossary id',
      base.replace('glossary: gmv, sku', 'glossary: gmv, s/ku'),
      'learn.errors.badId',
      8,
      { field: 'glossary', value: 's/ku' },
    ],
    [
      'no sections',
      base.replace('sections: intro, practice, summary', 'sections:'),
      'learn.errors.tooFew',
      7,
      { field: 'sections', min: 1 },
    ],
    [
      'duplicate section',
      base.replace('sections: intro, practice, summary', 'sections: intro, practice, intro'),
      'learn.errors.duplicateSection',
      7,
      { section: 'intro' },
    ],
    [
      'duplicate glossary term',
      base.replace('glossary: gmv, sku', 'glossary: gmv, gmv'),
      'learn.errors.duplicateTerm',
      8,
      { term: 'gmv' },
    ],
    [
      'id not matching the file name',
      base.replace('id: m2-l3', 'id: m2-l4'),
      'learn.errors.idMismatch',
      2,
      { value: 'm2-l4', expected: 'm2-l3' },
    ],
    [
      'module not matching the folder',
      base.replace('module: m2', 'module: m1'),
      'learn.errors.moduleMismatch',
      3,
      { value: 'm1', expected: 'm2' },
    ],
    [
      'heading without id',
      base.replace('## Section practice {#practice}', '## Section practice'),
      'learn.errors.headingWithoutId',
      18,
      { text: 'Section practice' },
    ],
    [
      'sections in another order',
      base.replace('sections: intro, practice, summary', 'sections: intro, summary, practice'),
      'learn.errors.sectionMismatch',
      18,
      { expected: 'summary', found: 'practice', position: 2 },
    ],
    [
      'a listed section has no heading',
      base.replace(
        'sections: intro, practice, summary',
        'sections: intro, practice, summary, extra',
      ),
      'learn.errors.sectionMissing',
      7,
      { section: 'extra' },
    ],
    [
      'a heading not listed',
      base.replace('sections: intro, practice, summary', 'sections: intro, practice'),
      'learn.errors.sectionExtra',
      22,
      { section: 'summary' },
    ],
    [
      'remote image',
      base.replace('Intro text.', '![x](https://example.com/a.png)'),
      'learn.errors.imageOutside',
      12,
      { src: 'https://example.com/a.png' },
    ],
    [
      'image escaping the root',
      base.replace('Intro text.', '![x](../../secret.png)'),
      'learn.errors.imageOutside',
      12,
    ],
    [
      'absolute image path',
      base.replace('Intro text.', '<img src="/etc/a.png">'),
      'learn.errors.imageOutside',
      12,
    ],
  ]
  it.each(cases)('%s', (_name, text, key, line, values) => {
    const p = firstProblem(text)
    expect(p.key).toBe(key)
    expect(p.values?.file).toBe(PATH)
    expect(p.values?.line).toBe(line)
    if (values) expect(p.values).toMatchObject(values)
  })

  it('a path that is not mN/lK.<locale>.md', () => {
    for (const path of [
      'm2/lesson3.en.md',
      'm2/l3.fr.md',
      'l3.en.md',
      'm2/x/l3.en.md',
      'm2/l0.en.md',
    ]) {
      const p = firstProblem(lessonMd(good), path)
      expect(p.key).toBe('learn.errors.badPath')
      expect(p.values?.file).toBe(path)
    }
  })

  it('checkLesson reports every front matter problem at once, sorted by line', () => {
    const text = lessonMd(good)
      .replace('order: 3', 'order: x')
      .replace('tryIt: plan', 'tryIt: nope')
      .replace('minutes: 5', 'minutes: 99')
    const { lesson, problems } = checkLesson(PATH, text)
    expect(lesson).toBeNull()
    expect(problems.map((p) => [p.key, p.values?.line])).toEqual([
      ['learn.errors.intRange', 4],
      ['learn.errors.intRange', 6],
      ['learn.errors.badChoice', 9],
    ])
    expect(unfilled(problems)).toEqual([])
  })
})

describe('resolveImage', () => {
  it('keeps images inside the root and refuses the rest', () => {
    expect(resolveImage('m1', 'a.png')).toBe('m1/a.png')
    expect(resolveImage('m1', './img/a.png?x=1')).toBe('m1/img/a.png')
    expect(resolveImage('m1', '../img/a.png')).toBe('img/a.png')
    expect(resolveImage('m1', '..\\img\\a.png')).toBe('img/a.png')
    expect(resolveImage('m1', '../../a.png')).toBeNull()
    expect(resolveImage('m1', '..')).toBeNull()
    expect(resolveImage('m1', 'data:image/png;base64,xx')).toBeNull()
    expect(resolveImage('m1', 'file:///c:/a.png')).toBeNull()
    expect(resolveImage('m1', 'C:/a.png')).toBeNull()
    expect(resolveImage('m1', '//cdn.example.com/a.png')).toBeNull()
  })
})
