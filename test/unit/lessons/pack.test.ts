import { Zip, ZipDeflate, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { translate } from '../../../src/shared/i18n'
import {
  imageKind,
  MAX_PACK_ENTRIES,
  packRow,
  packZipName,
  readPackFolder,
  readPackZip,
  validatePack,
  writePackZip,
  type PackReadResult,
} from '../../../src/shared/lessons/pack'
import type { ContentProblem } from '../../../src/shared/lessons/problems'
import { QUESTION_TYPES } from '../../../src/shared/lessons/schemas'
import { MAX_PACK_BYTES, packRowSchema } from '../../../src/shared/lessons/stored'
import { unfilled } from './fixtures'
import { examplePackFiles, patchCentral, readFolder, EXAMPLE_PACK, zipFiles } from './pack-helpers'

const enc = new TextEncoder()
const PNG = readFolder(EXAMPLE_PACK)['m1/images/group-poster.png'] as Uint8Array
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])
const GIF = enc.encode('GIF89a\u0001\u0000\u0001\u0000')
const WEBP = new Uint8Array([...enc.encode('RIFF'), 4, 0, 0, 0, ...enc.encode('WEBPVP8 ')])

/** The problems of a failed read (throws when the read succeeded). */
function problemsOf(r: PackReadResult): ContentProblem[] {
  if (r.ok) throw new Error('expected the pack to be refused')
  return r.error
}
const keys = (r: PackReadResult): string[] => problemsOf(r).map((p) => p.key)
const brief = (r: PackReadResult) =>
  problemsOf(r).map((p) => ({ key: p.key, file: p.file, line: p.line, field: p.field }))

/** The example pack with some files replaced (undefined removes a file). */
function example(over: Record<string, string | Uint8Array | undefined> = {}) {
  const files: Record<string, string | Uint8Array> = examplePackFiles()
  for (const [path, v] of Object.entries(over)) {
    if (v === undefined) delete files[path]
    else files[path] = v
  }
  return files
}

describe('the example pack (docs/example-pack)', () => {
  const r = readPackZip(zipFiles(example()), { name: 'community-selling.zip' })

  it('reads from a zip and validates with zero problems', () => {
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    const v = validatePack(r.value)
    expect(v.problems.map((p) => translate('en', p.key, p.values))).toEqual([])
    expect(v.usable).toBe(true)
    expect(v.summary).toEqual({ modules: 1, lessons: 2, questions: 8, languages: ['zh-CN', 'en'] })
    expect(v.course.sourceId).toBe('pack:community-selling')
  })

  it('has what the docs promise: organisation, course title, every question type, a glossary, a picture', () => {
    if (!r.ok) throw new Error('unreadable')
    const { manifest, assets, files } = r.value
    expect(manifest.organisation).toBeTruthy()
    expect(manifest.courseTitle?.['zh-CN']).toBeTruthy()
    expect(manifest.courseTitle?.en).toBeTruthy()
    const quiz = validatePack(r.value).course.modules[0]?.quiz
    expect(quiz?.questions).toHaveLength(8)
    expect(new Set(quiz?.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES))
    expect(validatePack(r.value).course.glossary.length).toBeGreaterThanOrEqual(2)
    expect(Object.keys(assets)).toEqual(['m1/images/group-poster.png'])
    expect(imageKind(assets['m1/images/group-poster.png'] as Uint8Array)).toBe('png')
    expect(files['m1/l1.en.md']).toContain('](images/group-poster.png)')
    expect(files['m1/l1.zh-CN.md']).toContain('](images/group-poster.png)')
    expect(Object.keys(files)).toContain('pack.json')
  })

  it('reads the same when zipped inside a folder', () => {
    const inside = readPackZip(zipFiles(example(), 'community-selling'))
    expect(inside).toEqual(r)
  })

  it('reads a zip written with data descriptors (streaming zip tools)', () => {
    const chunks: Uint8Array[] = []
    const z = new Zip((err, data) => {
      if (err) throw err
      chunks.push(data)
    })
    for (const [path, v] of Object.entries(example())) {
      const f = new ZipDeflate(path, { level: 6 })
      z.add(f)
      f.push(typeof v === 'string' ? enc.encode(v) : v, true)
    }
    z.end()
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
    let at = 0
    for (const c of chunks) bytes.set(c, (at += c.length) - c.length)
    const streamed = readPackZip(bytes)
    expect(streamed.ok).toBe(true)
    if (streamed.ok && r.ok) expect(streamed.value).toEqual(r.value)
  })

  it('leaves out the files operating systems add (__MACOSX, .DS_Store, Thumbs.db, .git)', () => {
    const junk = readPackZip(
      zipFiles({
        ...example(),
        '__MACOSX/m1/._l1.en.md': new Uint8Array([0, 5, 22, 7]),
        '.DS_Store': new Uint8Array([0, 0, 0, 1]),
        'm1/Thumbs.db': new Uint8Array([0xd0, 0xcf]),
        '.git/config': '[core]',
      }),
    )
    expect(junk).toEqual(r)
  })

  it('reads from a chosen folder (webkitRelativePath), the same as from the zip', () => {
    const entries = Object.entries(readFolder(EXAMPLE_PACK)).map(([path, bytes]) => ({
      path: `example-pack/${path}`,
      bytes,
    }))
    const folder = readPackFolder([
      ...entries,
      { path: 'example-pack/.DS_Store', bytes: new Uint8Array([0, 0, 0, 1]) },
    ])
    expect(folder).toEqual(r)
  })

  it('exports to a zip that reads back the same, byte for byte the same every time', () => {
    if (!r.ok) throw new Error('unreadable')
    const row = packRow(r.value, '2026-11-25T08:00:00.000Z')
    expect(packRowSchema.safeParse(row).success).toBe(true)
    const zip = writePackZip(row)
    expect(writePackZip(row)).toEqual(zip)
    const back = readPackZip(zip)
    expect(back).toEqual(r)
    expect(packZipName(row.manifest)).toBe('community-selling-1.0.0.zip')
    expect(packZipName({ ...row.manifest, version: '2 / beta' })).toBe(
      'community-selling-2-beta.zip',
    )
  })

  it('writes pack.json from the manifest when a row has none', () => {
    if (!r.ok) throw new Error('unreadable')
    const row = packRow(r.value, '2026-11-25T08:00:00.000Z')
    const files = { ...row.files }
    delete files['pack.json']
    const back = readPackZip(writePackZip({ ...row, files }))
    expect(back.ok && back.value.manifest).toEqual(row.manifest)
  })
})

describe('readPackZip refuses', () => {
  it('bytes that are not a zip (with the file name)', () => {
    for (const bytes of [new Uint8Array(0), enc.encode('hello, this is not a zip at all'), PNG])
      expect(brief(readPackZip(bytes, { name: 'lesson.zip' }))).toEqual([
        { key: 'learn.errors.packNotZip', file: 'lesson.zip', line: undefined, field: undefined },
      ])
    expect(problemsOf(readPackZip(PNG))[0]?.file).toBe('pack.zip')
  })

  it('a damaged zip: broken directory, or content that does not match its checksum', () => {
    const zip = zipFiles(example())
    const broken = patchCentral(zip, 'pack.json', (v, at) => v.setUint32(at, 0x01020304, true))
    expect(keys(readPackZip(broken))).toEqual(['learn.errors.packZipDamaged'])
    const crc = patchCentral(zip, 'm1/l1.en.md', (v, at) =>
      v.setUint32(at + 16, (v.getUint32(at + 16, true) ^ 1) >>> 0, true),
    )
    expect(brief(readPackZip(crc))).toEqual([
      {
        key: 'learn.errors.packZipDamaged',
        file: 'm1/l1.en.md',
        line: undefined,
        field: undefined,
      },
    ])
  })

  it('an oversized pack, from the directory alone, before inflating anything', () => {
    const zip = zipFiles(example())
    // Claims 60 MB for one small file: if it were inflated, the reader would call it damaged.
    const big = patchCentral(zip, 'm1/l2.en.md', (v, at) =>
      v.setUint32(at + 24, 60 * 1024 * 1024, true),
    )
    const p = problemsOf(readPackZip(big, { name: 'big.zip' }))
    expect(p.map((x) => x.key)).toEqual(['learn.errors.packTooBig'])
    expect(p[0]?.values).toMatchObject({ file: 'big.zip', max: '50' })
    // A file bigger than any pack is refused before its directory is read.
    expect(keys(readPackZip(new Uint8Array(MAX_PACK_BYTES + 5 * 1024 * 1024)))).toEqual([
      'learn.errors.packTooBig',
    ])
  })

  it('a zip bomb whose directory lies about the size, after one small chunk', () => {
    const zeros = new Uint8Array(20 * 1024 * 1024)
    const zip = zipSync({
      ...Object.fromEntries(
        Object.entries(example()).map(([k, v]) => [k, typeof v === 'string' ? enc.encode(v) : v]),
      ),
      'm1/l9.en.md': zeros,
    })
    const lying = patchCentral(zip, 'm1/l9.en.md', (v, at) => v.setUint32(at + 24, 1000, true))
    const started = Date.now()
    expect(brief(readPackZip(lying, { name: 'bomb.zip' }))).toEqual([
      { key: 'learn.errors.packZipBomb', file: 'bomb.zip', line: undefined, field: undefined },
    ])
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('more entries than a pack may hold', () => {
    const many: Record<string, string> = {}
    for (let i = 0; i <= MAX_PACK_ENTRIES; i++) many[`m1/x${i}.md`] = ''
    const p = problemsOf(readPackZip(zipFiles(many), { name: 'many.zip' }))
    expect(p.map((x) => x.key)).toEqual(['learn.errors.packTooManyFiles'])
    expect(p[0]?.values).toMatchObject({ count: MAX_PACK_ENTRIES + 1, max: MAX_PACK_ENTRIES })
  })

  it('paths with .., absolute paths, drive letters and backslashes', () => {
    for (const bad of [
      '../evil.md',
      'm1/../../evil.md',
      '/etc/evil.md',
      'C:/evil.md',
      'm1\\l1.en.md',
      'm1//l1.en.md',
    ]) {
      expect(brief(readPackZip(zipFiles({ ...example(), [bad]: 'x' }))), bad).toEqual([
        { key: 'learn.errors.packUnsafePath', file: bad, line: undefined, field: undefined },
      ])
    }
  })

  it('symbolic links and other special entries', () => {
    const link = zipSync({
      'pack.json': enc.encode('{}'),
      'm1/l1.en.md': [enc.encode('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    })
    expect(brief(readPackZip(link))).toEqual([
      { key: 'learn.errors.packLink', file: 'm1/l1.en.md', line: undefined, field: undefined },
    ])
    const fifo = zipSync({
      'm1/pipe.md': [enc.encode(''), { os: 3, attrs: (0o010644 << 16) >>> 0 }],
    })
    expect(keys(readPackZip(fifo))).toEqual(['learn.errors.packLink'])
    // A regular Unix file is fine.
    const regular = zipSync(
      Object.fromEntries(
        Object.entries(example()).map(([k, v]) => [
          k,
          [typeof v === 'string' ? enc.encode(v) : v, { os: 3, attrs: (0o100644 << 16) >>> 0 }],
        ]),
      ),
    )
    expect(readPackZip(regular).ok).toBe(true)
  })

  it('file types other than lessons, JSON and raster pictures; SVG with its own reason', () => {
    const r = readPackZip(
      zipFiles({
        ...example(),
        'm1/notes.txt': 'x',
        'm1/run.exe': new Uint8Array([0x4d, 0x5a]),
        'index.html': '<script></script>',
        'm1/images/logo.svg': '<svg onload="alert(1)"/>',
        'm1/images/noext': 'x',
      }),
    )
    expect(brief(r)).toEqual([
      { key: 'learn.errors.packFileType', file: 'index.html', line: undefined, field: undefined },
      {
        key: 'learn.errors.packSvg',
        file: 'm1/images/logo.svg',
        line: undefined,
        field: undefined,
      },
      {
        key: 'learn.errors.packFileType',
        file: 'm1/images/noext',
        line: undefined,
        field: undefined,
      },
      { key: 'learn.errors.packFileType', file: 'm1/notes.txt', line: undefined, field: undefined },
      { key: 'learn.errors.packFileType', file: 'm1/run.exe', line: undefined, field: undefined },
    ])
    expect(problemsOf(r)[0]?.values.allowed).toBe('.md .json .png .jpg .jpeg .gif .webp')
  })

  it('pictures whose bytes are not what their name says (checked by magic bytes)', () => {
    const r = readPackZip(
      zipFiles({
        ...example(),
        'm1/images/a.png': '<script>alert(1)</script>',
        'm1/images/b.jpg': PNG,
        'm1/images/c.gif': JPEG,
        'm1/images/d.webp': enc.encode('RIFF....WAVE'),
      }),
    )
    expect(brief(r).map((p) => [p.key, p.file])).toEqual([
      ['learn.errors.packImageMismatch', 'm1/images/a.png'],
      ['learn.errors.packImageMismatch', 'm1/images/b.jpg'],
      ['learn.errors.packImageMismatch', 'm1/images/c.gif'],
      ['learn.errors.packImageMismatch', 'm1/images/d.webp'],
    ])
    expect(problemsOf(r)[1]?.values.type).toBe('JPG')
    const good = readPackZip(
      zipFiles({
        ...example(),
        'm1/images/a.JPG': JPEG,
        'm1/images/b.jpeg': JPEG,
        'm1/images/c.gif': GIF,
        'm1/images/d.webp': WEBP,
      }),
    )
    expect(good.ok && Object.keys(good.value.assets).sort()).toEqual([
      'm1/images/a.JPG',
      'm1/images/b.jpeg',
      'm1/images/c.gif',
      'm1/images/d.webp',
      'm1/images/group-poster.png',
    ])
  })

  it('text files that are not valid UTF-8 (a lesson saved as GBK)', () => {
    const gbk = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xd5, 0xd5, 0xc6, 0xac, 0x0a])
    expect(brief(readPackZip(zipFiles({ ...example(), 'm1/l1.zh-CN.md': gbk })))).toEqual([
      {
        key: 'learn.errors.packNotUtf8',
        file: 'm1/l1.zh-CN.md',
        line: undefined,
        field: undefined,
      },
    ])
  })

  it('keeps a UTF-8 byte order mark out of the text', () => {
    const withBom = readPackZip(
      zipFiles({ ...example(), 'pack.json': `\uFEFF${example()['pack.json'] as string}` }),
    )
    expect(withBom.ok && withBom.value.files['pack.json']?.charCodeAt(0)).toBe(0x7b)
  })

  it('password-protected entries and compression methods it cannot read', () => {
    const zip = zipFiles(example())
    const locked = patchCentral(zip, 'm1/quiz.json', (v, at) =>
      v.setUint16(at + 8, v.getUint16(at + 8, true) | 1, true),
    )
    expect(brief(readPackZip(locked))).toEqual([
      {
        key: 'learn.errors.packEncrypted',
        file: 'm1/quiz.json',
        line: undefined,
        field: undefined,
      },
    ])
    const bzip2 = patchCentral(zip, 'm1/quiz.json', (v, at) => v.setUint16(at + 10, 12, true))
    expect(brief(readPackZip(bzip2))).toEqual([
      {
        key: 'learn.errors.packCompression',
        file: 'm1/quiz.json',
        line: undefined,
        field: undefined,
      },
    ])
  })

  it('the same file twice (names that differ only in case)', () => {
    expect(brief(readPackZip(zipFiles({ ...example(), 'M1/L1.en.md': 'x' })))).toEqual([
      { key: 'learn.errors.packDuplicate', file: 'M1/L1.en.md', line: undefined, field: undefined },
    ])
  })

  it('an empty zip', () => {
    expect(keys(readPackZip(zipSync({}), { name: 'empty.zip' }))).toEqual([
      'learn.errors.packEmpty',
    ])
    expect(keys(readPackZip(zipSync({ 'folder/': new Uint8Array(0) })))).toEqual([
      'learn.errors.packEmpty',
    ])
  })

  it('a missing pack.json, together with every content problem (file, line, field)', () => {
    const quiz = JSON.parse(example()['m1/quiz.json'] as string) as {
      questions: { answer: unknown[] }[]
    }
    ;(quiz.questions[0] as { answer: unknown[] }).answer = ['z']
    const quizText = JSON.stringify(quiz, null, 2)
    const r = readPackZip(
      zipFiles({ ...example({ 'pack.json': undefined }), 'm1/quiz.json': quizText }),
    )
    const lines = quizText.split('\n')
    const answerLine = lines.findIndex((l) => l.includes('"z"')) + 1
    expect(brief(r)).toEqual([
      {
        key: 'learn.errors.answerNotOption',
        file: 'm1/quiz.json',
        line: answerLine,
        field: 'questions[0].answer[0]',
      },
      { key: 'learn.errors.packMissing', file: 'pack.json', line: undefined, field: undefined },
    ])
    expect(unfilled(problemsOf(r))).toEqual([])
  })

  it('an invalid pack.json, with line and field of each mistake', () => {
    const manifest = [
      '{',
      '  "id": "community-selling",',
      '  "title": { "zh-CN": "社群团购入门" },',
      '  "version": "1.0.0",',
      '  "languages": ["zh-CN", "fr"]',
      '}',
    ].join('\n')
    const r = readPackZip(zipFiles(example({ 'pack.json': manifest })))
    expect(brief(r).filter((p) => p.file === 'pack.json')).toEqual([
      { key: 'learn.errors.missingField', file: 'pack.json', line: 1, field: 'author' },
      { key: 'learn.errors.badChoice', file: 'pack.json', line: 5, field: 'languages[1]' },
    ])
    expect(keys(readPackZip(zipFiles(example({ 'pack.json': '{ "id": ' }))))).toContain(
      'learn.errors.badJson',
    )
  })
})

describe('readPackFolder', () => {
  const folder = (files: Record<string, string | Uint8Array>, top = 'my-pack') =>
    Object.entries(files).map(([path, v]) => ({
      path: `${top}/${path}`,
      bytes: typeof v === 'string' ? enc.encode(v) : v,
    }))

  it('applies the same checks as the zip reader', () => {
    const r = readPackFolder(
      folder({
        ...example(),
        'm1/logo.svg': '<svg/>',
        'm1/fake.png': 'x',
        'm1/bad.md': new Uint8Array([0xff]),
      }),
    )
    expect(brief(r).map((p) => [p.key, p.file])).toEqual([
      ['learn.errors.packNotUtf8', 'm1/bad.md'],
      ['learn.errors.packImageMismatch', 'm1/fake.png'],
      ['learn.errors.packSvg', 'm1/logo.svg'],
    ])
    expect(keys(readPackFolder([{ path: '../x.md', bytes: enc.encode('x') }]))).toEqual([
      'learn.errors.packUnsafePath',
    ])
    expect(keys(readPackFolder([]))).toEqual(['learn.errors.packEmpty'])
  })

  it('refuses too many files or too many bytes before looking at them', () => {
    const many = Array.from({ length: MAX_PACK_ENTRIES + 1 }, (_, i) => ({
      path: `p/m1/x${i}.md`,
      bytes: new Uint8Array(0),
    }))
    expect(keys(readPackFolder(many))).toEqual(['learn.errors.packTooManyFiles'])
    const big = [{ path: 'p/m1/a.png', bytes: new Uint8Array(MAX_PACK_BYTES + 1) }]
    expect(keys(readPackFolder(big))).toEqual(['learn.errors.packTooBig'])
  })

  it('keeps a module folder chosen on its own (does not strip it)', () => {
    const onlyModule = Object.fromEntries(
      Object.entries(example())
        .filter(([k]) => k.startsWith('m1/'))
        .map(([k, v]) => [k.slice(3), v]),
    )
    const r = readPackFolder(folder(onlyModule, 'm1'))
    expect(keys(r)).toContain('learn.errors.packMissing')
    expect(keys(r)).not.toContain('learn.errors.unknownFile')
  })
})

describe('validatePack', () => {
  const read = (files: Record<string, string | Uint8Array>) => {
    const r = readPackZip(zipFiles(files))
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return validatePack(r.value)
  }

  it('reports content problems precisely and keeps the usable rest', () => {
    const v = read(
      example({
        'm1/l2.en.md': (example()['m1/l2.en.md'] as string).replace(
          'tryIt: promote',
          'tryIt: dance',
        ),
      }),
    )
    expect(v.usable).toBe(true)
    expect(
      v.problems.map((p) => ({ key: p.key, file: p.file, line: p.line, field: p.field })),
    ).toEqual([{ key: 'learn.errors.badChoice', file: 'm1/l2.en.md', line: 9, field: 'tryIt' }])
    // The broken English file is left out; the Chinese one is still there.
    const l2 = v.course.modules[0]?.lessons[1]
    expect(l2 && Object.keys(l2.locales)).toEqual(['zh-CN'])
    expect(unfilled(v.problems)).toEqual([])
  })

  it('checks that every picture a lesson shows is in the pack', () => {
    const v = read(example({ 'm1/images/group-poster.png': undefined }))
    expect(v.problems.map((p) => [p.key, p.file])).toEqual([
      ['learn.errors.imageMissing', 'm1/l1.en.md'],
      ['learn.errors.imageMissing', 'm1/l1.zh-CN.md'],
    ])
  })

  it('refuses remote pictures in lessons', () => {
    const l1 = (example()['m1/l1.en.md'] as string) + '\n![x](https://example.com/x.png)\n'
    const v = read(example({ 'm1/l1.en.md': l1 }))
    expect(v.problems.map((p) => p.key)).toContain('learn.errors.imageOutside')
  })

  it('calls a pack without a single readable lesson unusable', () => {
    const v = read({
      'pack.json': example()['pack.json'] as string,
      'm1/l1.en.md': 'no front matter',
    })
    expect(v.usable).toBe(false)
    expect(v.problems.length).toBeGreaterThan(0)
  })
})

describe('pack error texts', () => {
  it('translate every value in both languages', () => {
    const samples: PackReadResult[] = [
      readPackZip(new Uint8Array(3), { name: 'x.zip' }),
      readPackZip(zipFiles({ 'm1/a.svg': 'x' })),
      readPackZip(zipFiles({ 'm1/a.txt': 'x' })),
      readPackZip(zipFiles({ 'm1/a.png': 'x' })),
      readPackZip(zipFiles({ '../a.md': 'x' })),
      readPackFolder([{ path: 'p/m1/a.png', bytes: new Uint8Array(MAX_PACK_BYTES + 1) }]),
      readPackFolder(
        Array.from({ length: MAX_PACK_ENTRIES + 1 }, (_, i) => ({
          path: `p/${i}.md`,
          bytes: new Uint8Array(0),
        })),
      ),
    ]
    for (const s of samples) expect(unfilled(problemsOf(s))).toEqual([])
  })
})
