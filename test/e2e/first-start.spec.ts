import { expect, openApp, test } from './fixtures'

test.describe('first start follows the system language', () => {
  test.use({ locale: 'zh-CN' })
  test('Chinese system → Chinese UI with every area in the sidebar', async ({ page }) => {
    await openApp(page)
    const sidebar = page.getByTestId('sidebar')
    for (const label of ['首页', '学习', '规划', '分析', '营销', '风险', '设置']) {
      await expect(sidebar.getByText(label, { exact: true })).toBeVisible()
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByText('从哪里开始')).toBeVisible()
    await page.screenshot({ path: 'docs/screenshots/home-zh-CN.png' })
  })

  test('empty areas say what they will offer and give a next step', async ({ page }) => {
    await openApp(page, '/promote')
    await expect(page.getByTestId('area-promote')).toContainText('满减')
    await page.getByRole('button', { name: '打开设置' }).click()
    await expect(page).toHaveURL(/#\/settings$/)
  })
})

test.describe('first start in English', () => {
  test.use({ locale: 'en-US' })
  test('non-Chinese system → English UI', async ({ page }) => {
    await openApp(page)
    for (const label of ['Home', 'Learn', 'Plan', 'Analyse', 'Promote', 'Risks', 'Settings']) {
      await expect(page.getByTestId('sidebar').getByText(label, { exact: true })).toBeVisible()
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.screenshot({ path: 'docs/screenshots/home-en.png' })
  })

  test('switching language applies at once and is remembered after a reload', async ({ page }) => {
    await openApp(page)
    await page.getByTestId('header-language').getByText('中文').click()
    await expect(page.getByTestId('sidebar').getByText('学习', { exact: true })).toBeVisible()
    await page.reload()
    await expect(page.getByTestId('sidebar').getByText('学习', { exact: true })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })

  test('larger text is remembered', async ({ page }) => {
    await openApp(page, '/settings')
    await page.getByTestId('large-text').click()
    await expect(page.locator('html')).toHaveClass(/large-text/)
    await page.reload()
    await expect(page.locator('html')).toHaveClass(/large-text/)
  })
})
