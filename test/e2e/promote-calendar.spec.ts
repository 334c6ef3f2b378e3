import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { serializeBackup } from '../../src/shared/backup/format'
import { festivalsOf } from '../../src/shared/calendar/festivals'
import { defaultProfile } from '../../src/shared/profile'
import { parseIcs } from '../unit/calendar/ics-reader'
import { extractPdfText } from './support/pdf-text'
import { expect, openApp, test } from './fixtures'

test.use({ locale: 'zh-CN' })

// The campaign comes in the way a user's data does: a backup file (built here with the app's own
// backup writer) restored in Settings. The row carries the planner's inputs in its stored shape
// (src/shared/campaign/stored.ts), with typed baseline figures, so the expected economics are
// fixed; the print page computes them with the planner's own functions (planner.ts).
const CAMPAIGN = {
  id: 'e2e-singles',
  name: '老客回馈周',
  start: '2026-11-08',
  end: '2026-11-12',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
  // AOV ¥200, 40 % margin; 满200减30 → 15 % off; 5 days × 50 orders = 250, +80 % → 450 orders.
  // Revenue 450 × ¥170 = ¥76,500; extra profit 450 × ¥50 − ¥1,000 ads − 250 × ¥80 = ¥1,500.
  baseline: {
    source: 'typed',
    period: null,
    typedMargin: false,
    dailySales: 1_000_000,
    dailyOrders: 50,
    grossMargin: 0.4,
  },
  marginFloor: 0.1,
  promotions: [{ type: 'threshold', tiers: [{ threshold: 20_000, off: 3_000 }] }],
  adSpend: 100_000,
  expectedUplift: 0.8,
}

async function restoreCampaign(page: Page, path: string): Promise<void> {
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
  const text = await serializeBackup(
    {
      settings: [
        { key: 'profile', value: { ...defaultProfile('Asia/Shanghai'), name: '阳光百货' } },
      ],
      campaigns: [CAMPAIGN],
    },
    { appVersion: pkg.version, createdAt: new Date().toISOString() },
  )
  await writeFile(path, text)
  await openApp(page, '/settings')
  await page.getByTestId('restore-input').setInputFiles(path)
  await expect(page.getByTestId('restore-summary')).toBeVisible()
  await page.getByTestId('restore-confirm').click()
  await expect(page.getByText('备份已恢复')).toBeVisible()
}

/** Moves the month view to a month with the prev/next buttons. */
async function goToMonth(page: Page, year: number, month: number): Promise<void> {
  const title = page.getByTestId('calendar-title')
  for (let i = 0; i < 400; i++) {
    const m = /(\d{4})年(\d{1,2})月/.exec((await title.textContent()) ?? '')
    expect(m).not.toBeNull()
    const diff = (year - Number(m![1])) * 12 + (month - Number(m![2]))
    if (diff === 0) return
    const before = await title.textContent()
    await page.getByTestId(diff > 0 ? 'calendar-next' : 'calendar-prev').click()
    await expect(title).not.toHaveText(before ?? '')
  }
  throw new Error('month not reached')
}

test('retail calendar: festivals, a restored campaign, .ics and season PDF; loyalty cost', async ({
  page,
}, info) => {
  await restoreCampaign(page, info.outputPath('campaign-backup.json'))

  // Year view: 春节 and 双11 for this year and the next, in Chinese.
  await openApp(page, '/promote/calendar')
  await page.getByTestId('calendar-mode').getByText('年').click()
  const thisYear = Number((await page.getByTestId('calendar-title').textContent()) ?? '')
  for (const year of [thisYear, thisYear + 1]) {
    await expect(page.getByTestId('calendar-title')).toHaveText(String(year))
    const spring = festivalsOf(year).find((e) => e.id === 'spring-festival')!
    await expect(
      page
        .getByTestId(`cal-month-${Number(spring.date.slice(5, 7))}`)
        .getByTestId('cal-item-event-spring-festival'),
    ).toHaveText('春节')
    await expect(
      page.getByTestId('cal-month-11').getByTestId('cal-item-event-singles-day'),
    ).toHaveText('双11')
    if (year === thisYear) await page.getByTestId('calendar-next').click()
  }
  await page.screenshot({
    path: 'docs/screenshots/promote-calendar-year-zh-CN.png',
    fullPage: true,
  })

  // Month view of November 2026: the campaign on its days, next to 双11 and its phases.
  await page.getByTestId('calendar-mode').getByText('月').click()
  await goToMonth(page, 2026, 11)
  const start = page.getByTestId('cal-day-2026-11-08')
  await expect(start.getByTestId('cal-item-campaign-e2e-singles')).toHaveText('老客回馈周')
  await expect(
    page.getByTestId('cal-day-2026-11-11').getByTestId('cal-item-event-singles-day'),
  ).toHaveText('双11')
  await expect(page.getByTestId('overlaps')).toContainText(
    '“老客回馈周”与双11在 2026-11-08 至 2026-11-11 重叠',
  )
  await expect(page.locator('.ant-message-notice')).toHaveCount(0) // the restore toast is gone
  await page.screenshot({ path: 'docs/screenshots/promote-calendar-zh-CN.png', fullPage: true })
  await page.getByTestId('calendar-mode').getByText('年').click()
  await expect(
    page.getByTestId('cal-month-11').getByTestId('cal-item-campaign-e2e-singles'),
  ).toHaveText('老客回馈周')
  await page.screenshot({
    path: 'docs/screenshots/promote-calendar-year-zh-CN.png',
    fullPage: true,
  })
  await page.getByTestId('calendar-mode').getByText('月').click()

  // .ics export of 2026: parses, holds the campaign spanning its days and 双11.
  await page.getByTestId('ics-export').click()
  await page.getByTestId('ics-year').fill('2026')
  await page.getByTestId('ics-year').blur()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('ics-save').click(),
  ])
  expect(download.suggestedFilename()).toBe('shopbridge-calendar-2026.ics')
  const ics = await readFile(await download.path(), 'utf8')
  const { calendar, events } = parseIcs(ics)
  expect(calendar['X-WR-CALNAME']).toBe('阳光百货零售日历 2026')
  const campaign = events.find((e) => e['UID'] === 'campaign-e2e-singles@shopbridge')
  expect(campaign?.['SUMMARY']).toBe('老客回馈周')
  expect(campaign?.['DTSTART;VALUE=DATE']).toBe('20261108')
  expect(campaign?.['DTEND;VALUE=DATE']).toBe('20261113')
  const singles = events.find((e) => e['UID'] === 'singles-day-2026-11-11@shopbridge')
  expect(singles?.['SUMMARY']).toBe('双11')
  expect(events.some((e) => e['SUMMARY'] === '双11: 平台活动报名截止')).toBe(true)

  // One campaign's plan, opened from the list of campaigns in view.
  await page.getByTestId('campaign-pdf-e2e-singles').click()
  const doc = page.getByTestId('campaign-doc')
  await expect(doc.locator('h1')).toHaveText('老客回馈周')
  await expect(page.getByTestId('campaign-economics')).toContainText('¥76,500.00')
  await expect(page.getByTestId('campaign-economics')).toContainText('¥1,500.00')
  await expect(doc).toContainText('“老客回馈周”与双11在 2026-11-08 至 2026-11-11 重叠')
  await expect(doc).toContainText('双11：平台活动报名截止') // a deadline before the campaign
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1')
  await page.emulateMedia({ media: 'print' })
  const one = await extractPdfText(await page.pdf({ preferCSSPageSize: true }))
  expect(one).toContain('老客回馈周')
  expect(one).toMatch(/第\s*1\s*页，共\s*\d+\s*页/)
  await page.emulateMedia({ media: 'screen' })

  // The season's plan for November 2026 as a PDF.
  await page.goto('./#/print/campaign?from=2026-11-01&to=2026-11-30')
  await expect(page.getByTestId('season-doc')).toContainText('老客回馈周')
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1')
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await writeFile(info.outputPath('season.pdf'), pdf)
  const text = (await extractPdfText(pdf)).replace(/[ \t]+/g, ' ')
  expect(text).toContain('阶段活动计划')
  expect(text).toContain('阳光百货')
  expect(text).toContain('老客回馈周')
  expect(text).toContain('双11')
  expect(text).toContain('黑色星期五')
  expect(text).toContain('网络星期一')
  expect(text).toContain('¥76,500.00')
  expect(text).toContain('¥1,500.00')
  expect(text).toMatch(/第\s*1\s*页，共\s*\d+\s*页/)
  await page.emulateMedia({ media: 'screen' })

  // Loyalty programme: 50 % of points redeemed → 4.14 % of sales, saved and shown again.
  await openApp(page, '/promote/loyalty')
  await expect(page.getByTestId('loyalty-cost-share')).toContainText('4.27%')
  await page.getByTestId('loyalty-redemption').fill('50')
  await page.getByTestId('loyalty-redemption').blur()
  await expect(page.getByTestId('loyalty-cost-share')).toContainText('4.14%')
  await expect(page.getByTestId('loyalty-break-even')).toContainText('会员消费需增长')
  await page.getByTestId('loyalty-save').click()
  await expect(page.getByText('会员积分计划已保存。')).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('loyalty-cost-share')).toContainText('4.14%')
})

test('loyalty programme uses the imported customer data', async ({ page }) => {
  await openApp(page, '/analyse')
  await page.getByTestId('load-sample').click()
  await expect(page.getByTestId('sample-banner')).toBeVisible()
  await openApp(page, '/promote/loyalty')
  const data = page.getByTestId('loyalty-data')
  await expect(data).toBeVisible()
  for (const label of [
    '净销售额',
    '按此销售额的计划成本',
    '顾客数',
    '客单价',
    '复购率',
    '人均消费',
  ])
    await expect(data).toContainText(label)
  await expect(data).toContainText('¥')
  await expect(page.getByTestId('loyalty-result')).toContainText('这些数字来自示例数据')
  await expect(page.getByTestId('loyalty-result')).toContainText('普通顾客可达到')
  await page.screenshot({ path: 'docs/screenshots/promote-loyalty-zh-CN.png', fullPage: true })
})
