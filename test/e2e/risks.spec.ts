import { writeFile } from 'node:fs/promises'
import { extractPdfText } from './support/pdf-text'
import { expect, openApp, saveProfile, test } from './fixtures'

test.use({ locale: 'zh-CN' })

/** The Chinese title of every section of the printed plan (risksUi.doc.sections in zh-CN). */
const SECTION_TITLES = [
  '店铺与目标',
  '市场调研',
  '平台选择',
  '入驻清单',
  '营销计划',
  '线上线下融合',
  '物流配送',
  '风险管理',
  '时间表与预算',
  '计划检查',
]
const MITIGATION = '每天盘点畅销书，备足安全库存'

test('risks: create a plan, edit a risk with history, print the plan as a Chinese PDF', async ({
  page,
}, info) => {
  test.setTimeout(90_000)
  await saveProfile(page, { name: '阳光书店', city: '杭州', owner: '王芳' })

  // No plan yet: the page explains that risks belong to a plan and creates one.
  await openApp(page, '/risks')
  await expect(page.getByTestId('risks-empty')).toContainText('风险属于转型计划')
  await page.getByTestId('risks-create-plan').click()
  await expect(page.getByTestId(/^risk-row-/)).toHaveCount(10)
  await expect(page.getByTestId('risk-score-risk-market')).toHaveText('16 高')
  await expect(page.getByTestId('heat-3-4')).toHaveText('2')

  // Edit the stock-out risk: likelihood 3 → 5, a new mitigation, an owner.
  await page.getByTestId('risk-edit-risk-stockout').click()
  const editor = page.getByTestId('risk-editor')
  await expect(editor.getByTestId('risk-title')).toHaveValue(/爆款断货/)
  await editor.getByTestId('risk-likelihood-5').click()
  await expect(editor.getByTestId('risk-score-preview')).toHaveText('风险分 20 · 高')
  await editor.getByTestId('risk-mitigation').fill(MITIGATION)
  await editor.getByTestId('risk-owner').fill('王芳')
  await page.getByTestId('risk-save').click()
  await expect(page.getByTestId('risk-score-risk-stockout')).toHaveText('20 高')
  await expect(page.getByTestId(/^risk-row-/).first()).toHaveAttribute(
    'data-testid',
    'risk-row-risk-stockout',
  )

  // Intact after a reload, with its history.
  await page.reload()
  await expect(page.getByTestId('risk-score-risk-stockout')).toHaveText('20 高')
  await expect(page.getByTestId('risk-mitigation-risk-stockout')).toHaveText(MITIGATION)
  await expect(page.getByTestId('heat-5-4')).toHaveText('1')
  await page.getByTestId('risk-history-risk-stockout').click()
  const history = page.getByTestId('risk-history-item')
  await expect(history).toHaveCount(3)
  await expect(page.getByTestId('risk-history')).toContainText('可能性：3 → 5')
  await expect(page.getByTestId('risk-history')).toContainText(
    `应对措施：每周盘点库存，留安全库存 → ${MITIGATION}`,
  )
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('risk-history')).toHaveCount(0)
  await expect(page.getByTestId('risk-recent')).toContainText('负责人：— → 王芳')
  await expect(page.locator('.ant-message-notice')).toHaveCount(0)
  await page.screenshot({ path: 'docs/screenshots/risks-zh-CN.png', fullPage: true })

  // The plan as a document, in Chinese.
  await page.getByTestId('risks-print-plan').click()
  await expect(page).toHaveURL(/#\/print\/plan\?id=.+&lang=zh-CN/)
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1')
  await expect(page.getByTestId('plan-doc')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByTestId('doc-table-risks')).toContainText(MITIGATION)
  await expect(page.getByTestId('doc-table-risks')).toHaveAttribute('data-breakable', '1')
  await page.getByTestId('plan-section-risks').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'docs/screenshots/plan-pdf-zh-CN.png' })

  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await writeFile(info.outputPath('plan.pdf'), pdf)
  const text = await extractPdfText(pdf)
  // Table cells wrap: compare without line breaks and spaces.
  const flat = text.replace(/\s+/g, '')
  expect(flat).toContain('线上转型计划书')
  expect(flat).toContain('目录')
  for (const title of SECTION_TITLES) expect(flat, title).toContain(title)
  expect(flat).toContain('阳光书店')
  expect(flat).toContain('王芳') // the author on the cover
  expect(flat).toContain(MITIGATION) // the edit made on the Risks page
  expect(flat).toContain('爆款断货')
  expect(text).toMatch(/第\s*1\s*页，共\s*\d+\s*页/)
  expect(text).toMatch(/第\s*12\s*页/) // cover, contents and one page per section
  // No missing glyphs: no replacement characters or white boxes, Chinese set in Noto Sans CJK.
  expect(text).not.toMatch(/[\uFFFD\u25A1\u2610]/)
  expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansCJK/)
  expect(text).not.toContain('打印预览') // the toolbar is not printed
  expect(text).not.toMatch(/risksUi\.|plan\.[a-z]/) // no untranslated keys
})
