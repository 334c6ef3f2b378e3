import { writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { encodeGb18030 } from '../support/gb18030'
import { extractPdfText } from './support/pdf-text'
import { expect, openApp, test } from './fixtures'

test.use({ locale: 'zh-CN' })

/**
 * A small Taobao-style orders export written as GBK (what Chinese Excel saves) — derived test data.
 * The customer column has a header no platform uses, so the user has to map it by hand.
 */
const ROWS: [string, string, string, string, string][] = [
  ['T1001', '2026-11-01 09:12:00', '120.50', '交易成功', 'c1'],
  ['T1002', '2026-11-01 15:40:00', '88.00', '交易成功', 'c2'],
  ['T1003', '2026-11-02 10:05:00', '45.90', '交易成功', 'c1'],
  ['T1004', '2026-11-03 20:30:00', '300.00', '交易成功', 'c3'],
  ['T1005', '2026-11-04 08:00:00', '12.00', '交易成功', 'c4'],
  ['T1006', '2026-11-05 11:11:00', '66.60', '交易成功', 'c2'],
  ['T1007', '2026-11-06 13:00:00', '250.00', '交易成功', 'c5'],
  ['T1008', '2026-11-07 17:45:00', '99.99', '交易成功', 'c6'],
  ['T1009', '2026-11-08 12:00:00', '0.00', '交易关闭', 'c7'], // closed before payment
  ['T1010', '2026-11-10 19:20:00', '75.00', '退款成功', 'c8'],
]
// Hand-computed: valid orders exclude the closed, never-paid T1009 (交易关闭 with nothing paid).
const EXPECTED = {
  orders: '9',
  gross: '¥1,057.99',
  refunds: '¥75.00',
  identifiedBefore: '0',
  identifiedAfter: '7',
}

function gbkExport(): Uint8Array {
  const lines = [
    '订单编号,订单创建时间,买家实际支付金额,订单状态,顾客代号',
    ...ROWS.map((r) => r.join(',')),
  ]
  return encodeGb18030(lines.join('\r\n') + '\r\n')
}

async function chooseFile(page: Page, path: string): Promise<void> {
  await openApp(page, '/analyse/import')
  await page.locator('[data-testid=import-wizard] input[type=file]').setInputFiles(path)
  await expect(page.getByTestId('file-setup')).toBeVisible()
}

async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  // On a busy machine a click can land while the dropdown is still opening (and be lost): try
  // again until the select shows the option.
  await expect(async () => {
    await page.getByTestId(testId).click()
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
      .first()
      .click({ timeout: 3000 })
    await expect(page.getByTestId(testId)).toContainText(label, { timeout: 1000 })
  }).toPass({ timeout: 20_000 })
}

test('a GBK export imports through the UI with one mapping fixed, survives a reload and is removed', async ({
  page,
}, info) => {
  const file = info.outputPath('淘宝订单-GBK.csv')
  await writeFile(file, gbkExport())
  await chooseFile(page, file)

  // The decoded preview shows the Chinese text (GB18030 detected), not mojibake.
  await expect(page.getByTestId('encoding-select')).toContainText('GB18030')
  await expect(page.getByTestId('preview')).toContainText('交易成功')
  await expect(page.getByTestId('mojibake')).toHaveCount(0)
  await expect(page.getByTestId('samples-amountPaid')).toContainText('120.50 → ¥120.50')

  // Fix one mapping: the customer column was not recognised.
  await expect(page.getByTestId('map-customerId')).toContainText('文件中没有')
  await pickOption(page, 'map-customerId', '顾客代号')
  await expect(page.getByTestId('samples-customerId')).toContainText('c1')

  await page.getByTestId('start-import').click()
  await expect(page.getByTestId('import-done')).toBeVisible()
  await expect(page.getByTestId('import-done')).toContainText('新增 10')
  // One row per order: settled as read, without grouping (the file is not read twice).
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-one-row', '1')
  await page.getByTestId('wizard-close').click()

  const check = async () => {
    await expect(page.getByTestId('kpi-value-orders')).toHaveText(EXPECTED.orders)
    await expect(page.getByTestId('kpi-value-grossSales')).toHaveText(EXPECTED.gross)
    await expect(page.getByTestId('kpi-value-refunds')).toHaveText(EXPECTED.refunds)
    await expect(page.getByTestId('kpi-value-identifiedBuyers')).toHaveText(
      EXPECTED.identifiedAfter,
    )
    await expect(page.getByTestId('kpi-missing-conversionRate')).toBeVisible() // no traffic file
  }
  await check()

  await page.reload()
  await check()

  // Importing the same export again adds nothing; the remembered mapping is used.
  await chooseFile(page, file)
  await expect(page.getByTestId('map-customerId')).toContainText('顾客代号')
  await page.getByTestId('start-import').click()
  await expect(page.getByTestId('import-done')).toContainText('没有新数据')
  await page.getByTestId('wizard-close').click()
  await expect(page.getByTestId('import-row')).toHaveCount(1)

  await page.getByTestId('import-remove').click()
  await page.locator('.ant-popconfirm .ant-btn-primary').click()
  await expect(page.getByTestId('analyse-empty')).toBeVisible()
})

test('cancelling a big import mid-way stores nothing', async ({ page }, info) => {
  const header = 'Order ID,Created at,Total,Financial Status,Email\n'
  const rows: string[] = []
  for (let i = 0; i < 400_000; i++) {
    const d = String(1 + (i % 28)).padStart(2, '0')
    rows.push(
      `#${100000 + i},2026-02-${d} 10:00:00,${(i % 500) + 0.5},paid,buyer${i % 9000}@example.com`,
    )
  }
  const file = info.outputPath('big-orders.csv')
  await writeFile(file, header + rows.join('\n') + '\n')
  await chooseFile(page, file)
  await page.getByTestId('start-import').click()
  await expect(page.getByTestId('import-progress')).toBeVisible()
  await page.getByTestId('cancel-import').click()
  await expect(page.getByTestId('import-cancelled')).toBeVisible()

  await openApp(page, '/analyse')
  await expect(page.getByTestId('analyse-empty')).toBeVisible()
  const stored = await page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const req = indexedDB.open('shopbridge')
        req.onsuccess = () => {
          const tx = req.result.transaction(['imports', 'chunks'], 'readonly')
          const a = tx.objectStore('imports').count()
          const b = tx.objectStore('chunks').count()
          tx.oncomplete = () => resolve([a.result, b.result])
          tx.onerror = () => reject(tx.error)
        }
        req.onerror = () => reject(req.error)
      }),
  )
  expect(stored).toEqual([0, 0])
})

test('an export that turns out not to be one row per order is read again and grouped', async ({
  page,
}, info) => {
  // ~1.4 MB of one-row orders (read by the one-row-per-order lane, slice after slice), then a
  // second row of an early order: the worker reads the file again with the grouper.
  const header = 'Order ID,Created at,Total,Financial Status,Email\n'
  const rows: string[] = []
  for (let i = 0; i < 20_000; i++) {
    const d = String(1 + (i % 28)).padStart(2, '0')
    rows.push(
      `#${100000 + i},2026-02-${d} 10:00:00,${(i % 500) + 0.5},paid,buyer${i % 900}@example.com`,
    )
  }
  rows.push('#100007,2026-02-08 10:00:00,99.5,paid,buyer7@example.com')
  const file = info.outputPath('repeat-at-end.csv')
  await writeFile(file, header + rows.join('\n') + '\n')
  await chooseFile(page, file)
  await page.getByTestId('start-import').click()
  const done = page.getByTestId('import-done')
  await expect(done).toBeVisible({ timeout: 60_000 })
  await expect(done).toContainText('新增 20000')
  await expect(done).toHaveAttribute('data-one-row', '0')
  await page.getByTestId('wizard-close').click()
  await expect(page.getByTestId('kpi-value-orders')).toHaveText('20,000', { timeout: 30_000 })
})

test('a big orders file is read by two workers at once (4+ cores) and imported whole, line numbers intact', async ({
  page,
}, info) => {
  // ~21 MB: over the size from which the import worker reads a file in two parts.
  const header = 'Order ID,Created at,Total,Financial Status,Email\n'
  const rows: string[] = []
  const badLine = 300_002 // physical line in the file (header = line 1): in the second half
  for (let i = 0; i < 330_000; i++) {
    const d = String(1 + (i % 28)).padStart(2, '0')
    const date = i + 2 === badLine ? 'not a date' : `2026-02-${d} 10:00:00`
    rows.push(`#${100000 + i},${date},${(i % 500) + 0.5},paid,buyer${i % 9000}@example.com`)
  }
  const file = info.outputPath('two-part-orders.csv')
  await writeFile(file, header + rows.join('\n') + '\n')
  // Two workers are used on computers with 4 or more logical processors (parts.ts).
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 4 }),
  )
  await chooseFile(page, file)
  await page.getByTestId('start-import').click()
  await expect(page.getByTestId('rejected-rows')).toContainText(String(badLine), {
    timeout: 60_000,
  })
  await page.getByTestId('import-valid').click()
  const done = page.getByTestId('import-done')
  await expect(done).toBeVisible({ timeout: 60_000 })
  await expect(done).toHaveAttribute('data-parts', '2')
  // Both workers settled one row per order, and the first merged the second's orders.
  await expect(done).toHaveAttribute('data-one-row', '1')
  await expect(done).toContainText('329999')
  await page.getByTestId('wizard-close').click()
  // The default period (last 30 days of the data) covers all of February 2026.
  await expect(page.getByTestId('kpi-value-orders')).toHaveText('329,999', { timeout: 30_000 })
})

test('sample data: loaded, clearly labelled, reported as PDF and removed in one click', async ({
  page,
}, info) => {
  await openApp(page, '/analyse')
  await page.getByTestId('load-sample').click()
  await expect(page.getByTestId('sample-banner')).toBeVisible()
  for (const f of ['orders', 'conversionRate', 'cac', 'inventoryTurnover']) {
    await expect(page.getByTestId(`kpi-value-${f}`)).not.toHaveText('数据不足')
  }
  await page.waitForTimeout(800) // let chart animations finish for the README screenshot
  await page.screenshot({ path: 'docs/screenshots/analyse-dashboard-zh-CN.png', fullPage: true })
  await page.getByTestId('kpi-help-conversionRate').click()
  await expect(page.getByTestId('kpi-how-conversionRate')).toBeVisible()

  await page.getByTestId('export-pdf').click()
  await expect(page.getByTestId('report-doc')).toBeVisible()
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', '1')
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await writeFile(info.outputPath('report.pdf'), pdf)
  const text = await extractPdfText(pdf)
  expect(text).toContain('销售报告')
  expect(text).toContain('示例数据')
  expect(text).toContain('转化率')
  await page.emulateMedia({ media: 'screen' })

  await openApp(page, '/analyse')
  await page.getByTestId('remove-sample').click()
  await expect(page.getByTestId('analyse-empty')).toBeVisible()
})
