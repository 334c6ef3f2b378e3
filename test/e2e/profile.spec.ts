import { expect, openApp, saveProfile, test } from './fixtures'

test.use({ locale: 'zh-CN' })

test('the shop profile is saved and shown after a reload', async ({ page }) => {
  await saveProfile(page, { name: '阳光书店', city: '杭州', owner: '王芳' })
  await page.reload()
  await expect(page.getByTestId('profile-name')).toHaveValue('阳光书店')
  await expect(page.getByTestId('profile-city')).toHaveValue('杭州')
  await openApp(page, '/')
  await expect(page.getByTestId('home-greeting')).toHaveText('欢迎，阳光书店')
  await expect(page.getByTestId('home-shop-name')).toHaveText('阳光书店')
})

test('an overlong name is refused with a message and nothing is stored', async ({ page }) => {
  await openApp(page, '/settings')
  await page.getByTestId('profile-name').fill('店'.repeat(81))
  await page.getByTestId('profile-save').click()
  await expect(page.getByText('太长了（最多80个字符）')).toBeVisible()
  await openApp(page, '/')
  await expect(page.getByTestId('home-shop-name')).toHaveText('尚未填写店名')
})
