import { readdirSync, readFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

/**
 * Trainer content packs in web mode: importing the example pack (zip and folder), reading its
 * lesson with its picture, exporting and removing it; a malicious pack whose lesson tries to run
 * script or load remote content runs nothing and loads nothing; a broken pack lists its problems
 * precisely and stores nothing.
 */

test.use({ locale: 'en-US' })

const EXAMPLE = resolve(__dirname, '../../docs/example-pack')
const enc = new TextEncoder()

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

const zipOf = (files: Record<string, Uint8Array | string>): Buffer =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? enc.encode(v) : v]),
      ),
    ),
  )

async function importZip(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page
    .getByTestId('pack-zip-input')
    .setInputFiles({ name, mimeType: 'application/zip', buffer })
}

/** Makes a course the active one with the course switcher. */
async function chooseCourse(page: Page, title: string): Promise<void> {
  await page.getByTestId('course-switcher').click()
  await page.locator('.ant-select-item-option', { hasText: title }).click()
  await expect(page.getByTestId('course-title')).toHaveText(title)
}

/** Removes a pack from the packs list, confirming. */
async function removePack(page: Page, id: string): Promise<void> {
  const row = page.locator('tr', { has: page.locator(`[data-pack-id="${id}"]`) })
  await row.getByTestId('pack-remove').click()
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Remove' }).click()
  await expect(page.locator(`[data-pack-id="${id}"]`)).toHaveCount(0)
}

const MALICIOUS_L1 = [
  '---',
  'id: m1-l1',
  'module: m1',
  'order: 1',
  'title: A perfectly normal lesson',
  'minutes: 3',
  'sections: intro',
  'glossary:',
  'tryIt: none',
  '---',
  '',
  'Before <script>window.__pwned=1</script> after.',
  '',
  '<img src=x onerror="window.__pwned=1">',
  '',
  '[click](javascript:window.__pwned=1)',
  '',
  '![remote by reference][far]',
  '',
  '[far]: https://example.com/ref.png',
  '',
  '## Introduction {#intro}',
  '',
  'Nothing to see here.',
  '',
].join('\n')

const MALICIOUS_L2 = [
  '---',
  'id: m1-l2',
  'module: m1',
  'order: 2',
  'title: Remote picture',
  'minutes: 2',
  'sections: intro',
  'glossary:',
  'tryIt: none',
  '---',
  '',
  '![remote](https://example.com/x.png)',
  '',
  '## Introduction {#intro}',
  '',
  'Text.',
  '',
].join('\n')

const maliciousPack = () =>
  zipOf({
    'pack.json': JSON.stringify({
      id: 'evil-pack',
      title: { en: 'Evil pack' },
      version: '1',
      languages: ['en'],
      author: 'Mallory',
    }),
    'm1/module.json': JSON.stringify({
      id: 'm1',
      order: 1,
      title: { en: 'Module' },
      summary: { en: 'Summary' },
      lessons: ['m1-l1', 'm1-l2'],
    }),
    'm1/l1.en.md': MALICIOUS_L1,
    'm1/l2.en.md': MALICIOUS_L2,
  })

test('the example pack: import from a zip and a folder, read a lesson, export, remove', async ({
  page,
}) => {
  await openApp(page, '/learn/trainer')
  const panel = page.getByTestId('packs-panel')
  await expect(panel).toBeVisible()
  await expect(panel).toContainText('No packs imported yet.')

  await importZip(page, 'community-selling.zip', zipOf(exampleFiles()))
  const dialog = page.getByTestId('pack-confirm-dialog')
  await expect(dialog.getByTestId('pack-summary')).toHaveText(
    '1 modules, 2 lessons, 8 quiz questions',
  )
  await expect(dialog).toContainText('No problems found.')
  await expect(dialog).toContainText('Example Small Business Training Centre')
  await page.getByTestId('pack-confirm').click()
  const row = panel.locator('[data-pack-id="community-selling"]')
  await expect(row).toContainText('Selling in customer groups')
  await expect(row).toContainText('Version 1.0.0')

  // The same pack chosen as a folder replaces it after a warning.
  await page.getByTestId('pack-folder-input').setInputFiles(EXAMPLE)
  await expect(page.getByTestId('pack-replace-warning')).toContainText('community-selling')
  await page.getByTestId('pack-confirm').click()
  await expect(page.getByTestId('pack-confirm-dialog')).toBeHidden()
  await expect(panel.locator('[data-pack-id]')).toHaveCount(1)

  // Its lesson renders, with its picture from the pack.
  await openApp(page, '/learn')
  await chooseCourse(page, 'Turning regular customers into online customers with chat groups')
  await page.getByTestId('lesson-row-m1-l1').getByRole('link').click()
  const body = page.getByTestId('lesson-body')
  await expect(body).toContainText('Why a group')
  const img = body.locator('img')
  await expect(img).toHaveCount(1)
  await expect(img).toHaveAttribute('src', /^blob:/)
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(120)

  // Export gives back a zip with the pack's files.
  await openApp(page, '/learn/trainer')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel
      .locator('tr', { has: page.locator('[data-pack-id="community-selling"]') })
      .getByTestId('pack-export')
      .click(),
  ])
  expect(download.suggestedFilename()).toBe('community-selling-1.0.0.zip')
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  expect(Object.keys(files).sort()).toEqual(Object.keys(exampleFiles()).sort())

  await removePack(page, 'community-selling')
  await expect(panel).toContainText('No packs imported yet.')
  await openApp(page, '/learn')
  await expect(page.getByTestId('course-title')).toHaveText(
    'E-commerce operations for physical shops',
  )
  await expect(page.getByTestId('course-switcher')).toHaveCount(0)
})

test('a malicious pack runs no script and loads nothing from outside', async ({ page }) => {
  await openApp(page, '/learn/trainer')
  await importZip(page, 'evil.zip', maliciousPack())
  const dialog = page.getByTestId('pack-confirm-dialog')
  await expect(dialog).toBeVisible()
  // The remote picture is refused by validation (that lesson is left out); the rest is listed.
  const keys = await dialog
    .getByTestId('pack-problem')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))
  expect(keys).toContain('learn.errors.imageOutside')
  await expect(dialog).toContainText('m1/l2.en.md')
  await expect(dialog).toContainText('https://example.com/x.png')
  await page.getByTestId('pack-confirm').click()
  await expect(page.locator('[data-pack-id="evil-pack"]')).toBeVisible()

  await openApp(page, '/learn')
  await chooseCourse(page, 'Evil pack')
  await expect(page.getByTestId('lesson-row-m1-l2')).toHaveCount(0)
  await page.getByTestId('lesson-row-m1-l1').getByRole('link').click()
  const body = page.getByTestId('lesson-body')
  await expect(body).toContainText('Nothing to see here.')
  // Raw HTML is shown as text, never parsed.
  await expect(body).toContainText('<script>window.__pwned=1</script>')
  await body.getByText('click', { exact: false }).first().click()
  await page.waitForTimeout(500)

  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  const reader = page.getByTestId('lesson-reader')
  await expect(reader.locator('script')).toHaveCount(0)
  await expect(reader.locator('img[onerror]')).toHaveCount(0)
  await expect(reader.locator('a[href^="javascript:"]')).toHaveCount(0)
  await expect(reader.locator('img[src^="http"]')).toHaveCount(0)
  await expect(page.locator('.ant-modal-confirm')).toHaveCount(0)

  await openApp(page, '/learn/trainer')
  await removePack(page, 'evil-pack')
  await expect(page.getByTestId('packs-panel')).toContainText('No packs imported yet.')
  // (The fixture checks that no request left the app's origin.)
})

test('a broken pack lists its problems precisely and stores nothing', async ({ page }) => {
  await openApp(page, '/learn/trainer')
  const files: Record<string, Uint8Array | string> = exampleFiles()
  delete files['pack.json']
  const quiz = JSON.parse(new TextDecoder().decode(files['m1/quiz.json'] as Uint8Array)) as {
    questions: { answer: unknown[] }[]
  }
  ;(quiz.questions[0] as { answer: unknown[] }).answer = ['z']
  const quizText = JSON.stringify(quiz, null, 2)
  files['m1/quiz.json'] = quizText
  const answerLine = quizText.split('\n').findIndex((l) => l.includes('"z"')) + 1

  await importZip(page, 'broken.zip', zipOf(files))
  const refused = page.getByTestId('pack-refused')
  await expect(refused).toBeVisible()
  await expect(refused).toContainText('This pack cannot be imported, so nothing was stored.')
  const problems = refused.getByTestId('pack-problem')
  await expect(problems).toHaveCount(2)
  const rows = refused.locator('tbody tr')
  await expect(rows.nth(0)).toContainText('m1/quiz.json')
  await expect(rows.nth(0)).toContainText(String(answerLine))
  await expect(rows.nth(0)).toContainText('questions[0].answer[0]')
  await expect(rows.nth(0)).toContainText('the answer “z” is not one of this question’s option ids')
  await expect(rows.nth(1)).toContainText('pack.json')
  await expect(rows.nth(1)).toContainText('This pack has no pack.json')
  await page.getByTestId('pack-close').click()
  await expect(page.getByTestId('packs-panel')).toContainText('No packs imported yet.')
  await openApp(page, '/learn')
  await expect(page.getByTestId('learn-overview')).toBeVisible()
  await expect(page.getByTestId('course-switcher')).toHaveCount(0)
})
