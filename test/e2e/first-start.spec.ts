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

  test('every area of the sidebar opens its tool on a fresh start', async ({ page }) => {
    await openApp(page)
    const sidebar = page.getByTestId('sidebar')
    await sidebar.getByText('规划', { exact: true }).click()
    await expect(page.getByTestId('new-plan')).toBeVisible()
    await sidebar.getByText('营销', { exact: true }).click()
    await expect(page.getByTestId('new-campaign')).toBeVisible()
    await sidebar.getByText('风险', { exact: true }).click()
    await expect(page.getByTestId('risks-empty')).toContainText('创建规划')
    await sidebar.getByText('分析', { exact: true }).click()
    await expect(page).toHaveURL(/#\/analyse/)
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
