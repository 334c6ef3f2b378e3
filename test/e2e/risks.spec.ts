import { writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { isoDate } from '../../src/shared/dates'
import { planUiZhCN } from '../../src/shared/i18n/plan-ui.zh-CN'
import { DOC_SECTIONS } from '../../src/shared/plan/document'
import {
  addCompetitor,
  choosePlatforms,
  newPlan,
  setBudget,
  setLogistics,
  setMarketing,
  setResearch,
  setTimeline,
} from '../../src/shared/plan/plan'
import type { Plan } from '../../src/shared/plan/schema'
import { extractPdfText } from './support/pdf-text'
import { expect, openApp, saveProfile, test } from './fixtures'

test.use({ locale: 'zh-CN' })

/** The Chinese title of every section of the printed plan: the wizard's step titles. */
const SECTION_TITLES = DOC_SECTIONS.map((id) => planUiZhCN.steps[id].title)
const MITIGATION = '每天盘点畅销书，备足安全库存'

const zh = (text: string) => ({ 'zh-CN': text, en: '' })

/**
 * The rest of a bookstore plan (what the plan wizard would fill in), built with the app's own pure
 * plan transitions: competitors, personas, chosen platforms, marketing, logistics, a 36-month
 * budget and dated milestones. Risks are not part of it: they stay as edited on the Risks page.
 */
function bookstoreSections(): Omit<Plan, 'id' | 'name' | 'createdAt' | 'risks'> {
  const now = '2026-11-25T08:00:00.000Z'
  let p = newPlan(
    'bookstore',
    { name: '阳光书店', location: '杭州', currency: 'CNY', monthlySales: 8_000_000, staff: 3 },
    now,
  )
  p = addCompetitor(
    p,
    {
      name: '城市书房',
      pricePosition: 'mid',
      channels: ['淘宝', '微信'],
      strengths: zh('品种多，会员多'),
      weaknesses: zh('发货慢'),
    },
    now,
  )
  p = setResearch(
    p,
    { personas: [{ id: 'per-1', name: zh('年轻妈妈'), description: zh('周末带孩子来买绘本') }] },
    now,
  )
  p = choosePlatforms(p, ['wechat', 'douyin'], now)
  p = setMarketing(
    p,
    {
      channels: [
        { id: 'ch-1', channel: 'wechatGroup', sharePercent: 60 },
        { id: 'ch-2', channel: 'shortVideo', sharePercent: 40 },
      ],
      campaigns: [
        {
          id: 'cam-1',
          name: zh('开学季满减'),
          start: isoDate('2027-02-20'),
          budget: 200_000,
          channel: 'wechatGroup',
        },
      ],
    },
    now,
  )
  p = setLogistics(p, { area: zh('杭州市区'), targetHours: 48, peakOrdersPerDay: 80 }, now)
  p = setTimeline(
    p,
    {
      months: 36,
      milestones: p.timeline.milestones.map((m, i) => ({
        ...m,
        due: isoDate(['2026-12-10', '2027-01-15', '2027-03-01', '2027-04-20', '2027-06-30'][i]!),
        done: i === 0,
      })),
    },
    now,
  )
  for (let i = 0; i < 36; i++) {
    const m = `${2026 + Math.floor((10 + i) / 12)}-${String(((10 + i) % 12) + 1).padStart(2, '0')}`
    p = setBudget(p, m, 'marketing', 150_000, now)
    p = setBudget(p, m, 'platformFees', 50_000, now)
  }
  const { id: _id, name: _name, createdAt: _c, risks: _r, ...rest } = p
  return rest
}

/** Fills the plan's other sections in IndexedDB (the risks edited in the UI are kept). */
async function fillPlan(page: Page, planId: string): Promise<void> {
  const sections = bookstoreSections()
  await page.evaluate(
    ({ planId, sections }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shopbridge')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('plans', 'readwrite')
          const store = tx.objectStore('plans')
          const get = store.get(planId)
          get.onsuccess = () => store.put({ ...get.result, ...sections })
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { planId, sections },
  )
}

test('risks: create a plan, edit a risk with history, print the plan as a Chinese PDF', async ({
  page,
}, info) => {
  test.setTimeout(90_000)
  await saveProfile(page, { name: '阳光书店', city: '杭州', owner: '王芳' })

  // No plan yet: the page explains that risks belong to a plan and creates one.
  await openApp(page, '/risks')
  await expect(page.getByTestId('risks-empty')).toContainText('风险属于转型规划')
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
    `预防措施：每周盘点库存，留安全库存 → ${MITIGATION}`,
  )
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('risk-history')).toHaveCount(0)
  await expect(page.getByTestId('risk-recent')).toContainText('负责人：无 → 王芳')
  await expect(page.locator('.ant-message-notice')).toHaveCount(0)
  await page.mouse.move(0, 0) // no tooltip in the screenshot
  await page.screenshot({ path: 'docs/screenshots/risks-zh-CN.png', fullPage: true })

  // The plan as a document, in Chinese, with the other sections filled in as the wizard would.
  await page.getByTestId('risks-print-plan').click()
  await expect(page).toHaveURL(/#\/print\/plan\?id=.+&lang=zh-CN/)
  const planId = new URL(page.url().replace('#', '')).searchParams.get('id')!
  await fillPlan(page, planId)
  await page.reload()
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1')
  await expect(page.getByTestId('plan-doc')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByTestId('doc-table-risks')).toContainText(MITIGATION)
  await expect(page.getByTestId('doc-table-risks')).toHaveAttribute('data-breakable', '1')
  // The README's picture: the risks section (heat map and register) below the print toolbar.
  await page.getByTestId('plan-section-risks').evaluate((el) => {
    el.scrollIntoView()
    window.scrollBy(0, -70)
  })
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
  expect(flat).toContain('城市书房') // a competitor
  expect(flat).toContain('微信群') // the marketing split
  // The 36-month budget is too long for one page: it breaks between rows, its header row repeats
  // on the next page and its totals row prints once.
  await expect(page.getByTestId('doc-table-budget')).toHaveAttribute('data-breakable', '1')
  expect(text.match(/月份/g)?.length).toBe(2)
  expect(text.match(/¥72,000\.00/g)?.length).toBe(1)
  expect(text).toMatch(/第\s*1\s*页，共\s*\d+\s*页/)
  expect(text).toMatch(/第\s*12\s*页/) // cover, contents and one page per section (or more)
  // No missing glyphs: no replacement characters or white boxes.
  expect(text).not.toMatch(/[\uFFFD\u25A1\u2610]/)
  expect(text).not.toContain('打印预览') // the toolbar is not printed
  expect(text).not.toMatch(/risksUi\.|plan\.[a-z]/) // no untranslated keys
})
