import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { zipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBackup, exportTables, restoreTables } from '@renderer/db/backup'
import { ShopBridgeDb } from '@renderer/db/db'
import { getSetting, setSetting } from '@renderer/db/settings'
import {
  buildMyProgress,
  exportMyProgress,
  exportPack,
  importProgressFiles,
  learnerId,
  questionPrompts,
  readPackFolderFiles,
  readPackZipFile,
  readProgressFiles,
  removeLearner,
  removePack,
  storePack,
  summarize,
} from '@renderer/features/learn/pack-io'
import { setPlatformForTests } from '@renderer/platform'
import { webPlatform } from '@renderer/platform/web'
import type { SaveRequest } from '@renderer/platform/types'
import { parseBackup } from '@shared/backup/format'
import { attemptFromGrade, parseProgressExport } from '@shared/lessons/coach'
import type { QuizGrade } from '@shared/lessons/grade'
import { packRow, readPackZip, type PackContents } from '@shared/lessons/pack'
import { finishLesson, openLesson } from '@shared/lessons/progress'
import { progressKey, type PackRow } from '@shared/lessons/stored'

const EXAMPLE = resolve(__dirname, '../../docs/example-pack')

function exampleFiles(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {}
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out[relative(EXAMPLE, p).split('\\').join('/')] = new Uint8Array(readFileSync(p))
    }
  }
  walk(EXAMPLE)
  return out
}

function examplePack(): PackContents {
  const r = readPackZip(zipSync(exampleFiles()))
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

let n = 0
async function freshDb(): Promise<ShopBridgeDb> {
  const db = new ShopBridgeDb(`packs-${Date.now()}-${n++}`)
  await db.open()
  return db
}

/** Captures what the app saves instead of downloading it. */
function captureSaves(): SaveRequest[] {
  const saved: SaveRequest[] = []
  setPlatformForTests({
    ...webPlatform(),
    saveFile: vi.fn(async (req: SaveRequest) => {
      saved.push(req)
      return { saved: true }
    }),
  })
  return saved
}

afterEach(() => setPlatformForTests(null))

const SOURCE = 'pack:community-selling'

async function seedProgress(db: ShopBridgeDb): Promise<void> {
  await db.lessonProgress.bulkPut([
    {
      key: progressKey(SOURCE, 'm1-l1'),
      source: SOURCE,
      lessonId: 'm1-l1',
      progress: finishLesson(undefined, 1),
    },
    {
      key: progressKey(SOURCE, 'm1-l2'),
      source: SOURCE,
      lessonId: 'm1-l2',
      progress: openLesson(undefined, 2),
    },
    {
      key: progressKey('builtin', 'm1-l1'),
      source: 'builtin',
      lessonId: 'm1-l1',
      progress: finishLesson(undefined, 3),
    },
  ])
  const grade: QuizGrade = {
    score: 0.75,
    correct: 6,
    total: 8,
    passed: false,
    perQuestion: { 'm1-q1': true, 'm1-q2': false, 'm1-q4': false },
  }
  await db.quizAttempts.bulkAdd([
    {
      source: SOURCE,
      module: 'm1',
      attempt: attemptFromGrade('m1', '2026-11-20T09:00:00.000Z', grade),
    },
    {
      source: 'builtin',
      module: 'm1',
      attempt: attemptFromGrade('m1', '2026-11-21T09:00:00.000Z', grade),
    },
  ])
}

describe('packs in the database', () => {
  it('reads a chosen .zip File and a chosen folder the same way', async () => {
    const files = exampleFiles()
    const zip = new File([zipSync(files)], 'community-selling.zip', { type: 'application/zip' })
    const fromZip = await readPackZipFile(zip)
    const folder = Object.entries(files).map(([path, bytes]) => {
      const f = new File([bytes as BlobPart], path.split('/').pop() as string)
      Object.defineProperty(f, 'webkitRelativePath', { value: `example-pack/${path}` })
      return f
    })
    const junk = new File([new Uint8Array([0, 0, 1])], '.DS_Store')
    Object.defineProperty(junk, 'webkitRelativePath', { value: 'example-pack/.DS_Store' })
    const fromFolder = await readPackFolderFiles([...folder, junk])
    expect(fromZip.ok).toBe(true)
    expect(fromFolder).toEqual(fromZip)
  })

  it('stores a pack, replaces it by id, and exports it as a zip that reads back', async () => {
    const db = await freshDb()
    const row = packRow(examplePack(), '2026-11-25T08:00:00.000Z')
    await storePack(row, db)
    await storePack({ ...row, importedAt: '2026-11-26T08:00:00.000Z' }, db)
    const rows = await db.packs.toArray()
    expect(rows.map((r) => [r.id, r.importedAt])).toEqual([
      ['community-selling', '2026-11-26T08:00:00.000Z'],
    ])
    expect(rows[0]?.assets['m1/images/group-poster.png']).toBeInstanceOf(Uint8Array)

    const saved = captureSaves()
    await exportPack(rows[0] as PackRow)
    expect(saved[0]?.suggestedName).toBe('community-selling-1.0.0.zip')
    expect(saved[0]?.mime).toBe('application/zip')
    const back = readPackZip(saved[0]?.content as Uint8Array)
    expect(back.ok && back.value.files).toEqual(row.files)
  })

  it('removes a pack with exactly its progress and quiz attempts, in one transaction', async () => {
    const db = await freshDb()
    await storePack(packRow(examplePack(), '2026-11-25T08:00:00.000Z'), db)
    await seedProgress(db)
    await setSetting('activeCourse', SOURCE, db)
    await removePack('community-selling', db)
    expect(await db.packs.count()).toBe(0)
    expect((await db.lessonProgress.toArray()).map((r) => r.source)).toEqual(['builtin'])
    expect((await db.quizAttempts.toArray()).map((r) => r.source)).toEqual(['builtin'])
    expect(await getSetting('activeCourse', db)).toBe('builtin')
  })

  it('a removal that fails part-way changes nothing', async () => {
    const db = await freshDb()
    await storePack(packRow(examplePack(), '2026-11-25T08:00:00.000Z'), db)
    await seedProgress(db)
    // Make the last step (the settings write) fail inside the transaction.
    await setSetting('activeCourse', SOURCE, db)
    const put = vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('disk full'))
    await expect(removePack('community-selling', db)).rejects.toThrow()
    put.mockRestore()
    expect(await db.packs.count()).toBe(1)
    expect(await db.lessonProgress.count()).toBe(3)
    expect(await db.quizAttempts.count()).toBe(2)
  })
})

describe('packs and learners in backups', () => {
  it('survive backup → wipe → restore, pictures byte for byte', async () => {
    const db = await freshDb()
    const row = packRow(examplePack(), '2026-11-25T08:00:00.000Z')
    await storePack(row, db)
    const text = JSON.stringify({
      format: 'shopbridge-progress',
      version: 1,
      learnerName: '王芳',
      shopName: '',
      exportedAt: '2026-11-25T10:00:00.000Z',
      courseSource: SOURCE,
      lessons: [],
      attempts: [],
    })
    await importProgressFiles([{ name: 'w.json', text }], db)
    const before = await exportTables(db)
    const backup = await createBackup('0.1.0', db, new Date('2026-11-25T12:00:00Z'))
    await Promise.all([db.packs.clear(), db.learners.clear()])
    const parsed = await parseBackup(backup)
    if (!parsed.ok) throw new Error(parsed.error.key)
    await restoreTables(parsed.value.backup.tables, db)
    expect(await exportTables(db)).toEqual(before)
    const back = await db.packs.get('community-selling')
    expect(back?.assets['m1/images/group-poster.png']).toEqual(
      row.assets['m1/images/group-poster.png'],
    )
    expect(await db.learners.count()).toBe(1)
  })
})

describe('coach view: progress export and import', () => {
  it('round trip: export my progress, import it as a trainer, see the summary', async () => {
    const learnerDb = await freshDb()
    await storePack(packRow(examplePack(), '2026-11-25T08:00:00.000Z'), learnerDb)
    await seedProgress(learnerDb)
    await setSetting(
      'profile',
      {
        name: '阳光书店',
        type: 'bookstore',
        city: '杭州',
        currency: 'CNY',
        timeZone: 'Asia/Shanghai',
        ownerName: '',
      },
      learnerDb,
    )
    const saved = captureSaves()
    await exportMyProgress(SOURCE, ' 李明 ', learnerDb)
    expect(await getSetting('learnerName', learnerDb)).toBe('李明')
    const req = saved[0] as SaveRequest
    expect(req.suggestedName).toMatch(/^shopbridge-progress-李明-\d{4}-\d{2}-\d{2}\.json$/)
    const text = req.content as string
    const parsed = parseProgressExport(text)
    if (!parsed.ok) throw new Error(parsed.error.key)
    expect(parsed.value).toMatchObject({
      learnerName: '李明',
      shopName: '阳光书店',
      courseSource: SOURCE,
      lessons: [
        { id: 'm1-l1', status: 'done' },
        { id: 'm1-l2', status: 'reading' },
      ],
    })
    expect(parsed.value.attempts).toHaveLength(1)

    const trainerDb = await freshDb()
    await storePack(packRow(examplePack(), '2026-11-25T08:00:00.000Z'), trainerDb)
    const files = await readProgressFiles([
      new File([text], 'li.json', { type: 'application/json' }),
      new File(['{"format":"something-else"}'], 'other.json'),
      new File(['{ "format": "shopbridge-progress", '], 'cut.json'),
    ])
    const r = await importProgressFiles(files, trainerDb)
    expect(r.imported.map((x) => x.id)).toEqual([learnerId(parsed.value)])
    expect(r.failed.map((f) => [f.name, f.problem.key])).toEqual([
      ['other.json', 'learn.errors.progressForeign'],
      ['cut.json', 'learn.errors.progressNotJson'],
    ])
    expect(r.failed[1]?.problem.values).toEqual({ line: 1 })

    // Importing the same file again replaces it.
    await importProgressFiles(files.slice(0, 1), trainerDb)
    const rows = await trainerDb.learners.toArray()
    expect(rows).toHaveLength(1)
    const s = summarize(rows)
    expect(s.learners).toEqual([
      {
        name: '李明',
        shop: '阳光书店',
        exportedAt: parsed.value.exportedAt,
        lessonsDone: 1,
        modules: [{ id: 'm1', best: 0.75, attempts: 1 }],
      },
    ])
    expect(s.hardestQuestions.map((q) => [q.id, q.wrongShare])).toEqual([
      ['m1-q2', 1],
      ['m1-q4', 1],
      ['m1-q1', 0],
    ])
    // Question texts come from the imported pack (and the built-in course).
    const prompts = questionPrompts(await trainerDb.packs.toArray())
    expect(prompts.get(`${SOURCE}\nm1\nm1-q2`)?.en).toBe(
      'Which of these belong in the group rules? (Choose all that apply)',
    )
    expect(prompts.get('builtin\nm1\nm1-q1')?.['zh-CN']).toBeTruthy()

    expect(await removeLearner(' 李明', '阳光书店 ', trainerDb)).toBe(1)
    expect(await trainerDb.learners.count()).toBe(0)
  })

  it('a bad file changes nothing', async () => {
    const db = await freshDb()
    const r = await importProgressFiles([{ name: 'x.json', text: '' }], db)
    expect(r.failed.map((f) => f.problem.key)).toEqual(['learn.errors.progressEmpty'])
    expect(await db.learners.count()).toBe(0)
  })

  it('exports only the chosen course, with the profile’s shop name', async () => {
    const db = await freshDb()
    await seedProgress(db)
    const e = await buildMyProgress('builtin', '王芳', db, new Date('2026-11-25T08:00:00Z'))
    expect(e).toMatchObject({
      learnerName: '王芳',
      shopName: '',
      courseSource: 'builtin',
      exportedAt: '2026-11-25T08:00:00.000Z',
      lessons: [{ id: 'm1-l1', status: 'done' }],
    })
  })
})
