import { writeFile } from 'node:fs/promises'
import { extractPdfText } from './support/pdf-text'
import { expect, openApp, saveProfile, test } from './fixtures'

test.use({ locale: 'zh-CN' })

test('the profile summary prints to a PDF with the Chinese shop name and page numbers', async ({
  page,
}, info) => {
  await saveProfile(page, { name: '阳光书店', city: '杭州', owner: '王芳' })
  await openApp(page, '/settings')
  await page.getByTestId('print-profile').click()
  await expect(page.getByTestId('print-profile-doc')).toContainText('店铺资料摘要')
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1')
  await page.screenshot({ path: 'docs/screenshots/print-preview-zh-CN.png' })

  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await writeFile(info.outputPath('profile.pdf'), pdf)
  const text = await extractPdfText(pdf)
  expect(text).toContain('阳光书店')
  expect(text).toContain('店铺资料摘要')
  expect(text).toContain('杭州')
  expect(text).toMatch(/第\s*1\s*页，共\s*1\s*页/) // the page-number margin box
  expect(text).not.toContain('资料已保存') // toasts are not printed
  expect(text).not.toContain('打印预览') // the toolbar is not printed
})

test('Letter and landscape options change the PDF page size', async ({ page }) => {
  await page.goto('./#/print/profile?size=Letter&landscape=1')
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1')
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true })
  const text = Buffer.from(pdf).toString('latin1')
  // Letter landscape is 792 × 612 points.
  expect(text).toMatch(/MediaBox\s*\[\s*0\s+0\s+792(\.0+)?\s+612(\.0+)?\s*\]/)
})
