import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, openApp, saveProfile, test } from './fixtures'

test.use({ locale: 'zh-CN' })

async function downloadBackup(page: Page): Promise<string> {
  await openApp(page, '/settings')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('backup-now').click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^shopbridge-backup-\d{4}-\d{2}-\d{2}\.json$/)
  return readFile(await download.path(), 'utf8')
}

async function wipe(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('shopbridge')
        r.onsuccess = () => resolve()
        r.onerror = () => reject(r.error)
      }),
  )
  await page.reload()
}

async function restoreFile(page: Page, path: string): Promise<void> {
  await openApp(page, '/settings')
  await page.getByTestId('restore-input').setInputFiles(path)
}

test('backup → wipe → restore gives back identical data', async ({ page }, info) => {
  await saveProfile(page, { name: '阳光书店', city: '杭州', owner: '王芳' })
  await page.getByTestId('large-text').click()
  const first = await downloadBackup(page)
  const file = info.outputPath('backup.json')
  await writeFile(file, first)

  await wipe(page)
  await openApp(page, '/')
  await expect(page.getByTestId('home-shop-name')).toHaveText('尚未填写店名')

  await restoreFile(page, file)
  const summary = page.getByTestId('restore-summary')
  await expect(summary).toContainText('设置和店铺资料')
  await expect(summary).toContainText('2 条')
  await page.getByTestId('restore-confirm').click()
  await expect(page.getByText('备份已恢复')).toBeVisible()

  await openApp(page, '/')
  await expect(page.getByTestId('home-shop-name')).toHaveText('阳光书店')
  await expect(page.locator('html')).toHaveClass(/large-text/)
  const second = await downloadBackup(page)
  expect(JSON.parse(second).tables).toEqual(JSON.parse(first).tables)
})

test('a bad backup file gets a clear message and changes nothing', async ({ page }, info) => {
  await saveProfile(page, { name: '小李文具' })
  const good = await downloadBackup(page)
  const env = JSON.parse(good)
  const cases: [string, string, RegExp][] = [
    ['empty.json', '', /文件是空的/],
    ['notes.json', 'hello, this is not json', /不是店桥的备份文件/],
    ['other.json', JSON.stringify({ name: 'another app' }), /不是店桥生成的/],
    ['truncated.json', good.slice(0, good.length / 2), /不是店桥的备份文件/],
    [
      'newer.json',
      JSON.stringify({ ...env, schemaVersion: 99, appVersion: '9.0.0' }),
      /更新版本的店桥（9\.0\.0）/,
    ],
    ['edited.json', good.replace('小李文具', '大李文具'), /被修改或损坏/],
  ]
  for (const [name, content, message] of cases) {
    const file = info.outputPath(name)
    await writeFile(file, content)
    await restoreFile(page, file)
    await expect(page.getByTestId('restore-error')).toContainText(message)
    await expect(page.getByTestId('restore-summary')).toHaveCount(0)
  }
  await openApp(page, '/')
  await expect(page.getByTestId('home-shop-name')).toHaveText('小李文具')
})
