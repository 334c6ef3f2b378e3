import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  baselinePeriodFor,
  economicsOfRow,
} from '@renderer/features/promote/doc/campaign-economics'
import { CampaignDoc } from '@renderer/features/promote/doc/CampaignDoc'
import { SeasonDoc } from '@renderer/features/promote/doc/SeasonDoc'
import { initI18n } from '@renderer/i18n'
import { campaignRowSchema } from '@shared/campaign/stored'
import { isoDate } from '@shared/dates'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(cleanup)

const base = {
  id: 'x',
  name: '老客回馈周',
  start: '2026-11-08',
  end: '2026-11-12',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
}
// AOV ¥200 at 40 % margin, 满200减30, ¥1,000 ads, +80 %: 250 → 450 orders over 5 days.
// The planner's stored shape (features/promote/campaigns, other branch): typed baseline figures.
const typed = {
  source: 'typed',
  period: null,
  typedMargin: false,
  dailySales: 1_000_000,
  dailyOrders: 50,
  grossMargin: 0.4,
}
const inputs = {
  baseline: typed,
  marginFloor: 0.1,
  promotions: [{ type: 'threshold', tiers: [{ threshold: 20_000, off: 3_000 }] }],
  adSpend: 100_000,
  expectedUplift: 0.8,
}

describe('economicsOfRow (adapter to the planner’s stored inputs)', () => {
  it('reads top-level inputs; days come from the dates', () => {
    const e = economicsOfRow({ ...base, ...inputs })!
    expect(e.baselineOrders).toBe(250)
    expect(e.orders).toBe(450)
    expect(e.revenue).toBe(7_650_000) // 450 × ¥170
    expect(e.incrementalProfit).toBe(150_000) // 450 × ¥50 − ¥1,000 − 250 × ¥80
    expect(e.campaignCost).toBe(1_450_000) // 450 × ¥30 + ¥1,000
  })

  it('an imported baseline uses the imported figures, the typed margin when they have none', () => {
    const row = { ...base, ...inputs, baseline: { ...typed, source: 'imported', dailySales: 0 } }
    expect(economicsOfRow(row)).toBeNull() // no imported data: no figure at all
    const figures = { dailySales: 1_000_000, dailyOrders: 50, aov: 20_000, grossMargin: null }
    expect(economicsOfRow(row, figures)?.incrementalProfit).toBe(150_000) // typed 40 %
    // Imported margin 50 %: 450 × (¥100 − ¥30) − ¥1,000 − 250 × ¥100 = ¥5,500
    expect(economicsOfRow(row, { ...figures, grossMargin: 0.5 })?.incrementalProfit).toBe(550_000)
    const own = { ...row, baseline: { ...row.baseline, typedMargin: true } }
    expect(economicsOfRow(own, { ...figures, grossMargin: 0.5 })?.incrementalProfit).toBe(150_000)
  })

  it('fills the planner’s defaults for missing ads, uplift and floor', () => {
    const e = economicsOfRow({ ...base, baseline: typed, promotions: [] })!
    expect(e.adSpend).toBe(0)
    expect(e.orders).toBeCloseTo(325, 9) // 250 × 1.3
  })

  it('baseline period: the stored one, else the 28 days before the start within the data', () => {
    const row = { ...base, ...inputs }
    const range = { from: isoDate('2026-01-01'), to: isoDate('2026-12-31') }
    expect(baselinePeriodFor(row, range)).toEqual({ from: '2026-10-11', to: '2026-11-07' })
    // Data ends before the campaign: its last 28 days.
    expect(baselinePeriodFor(row, { from: range.from, to: isoDate('2026-09-30') })).toEqual({
      from: '2026-09-03',
      to: '2026-09-30',
    })
    expect(baselinePeriodFor(row, { from: isoDate('2026-11-01'), to: range.to })).toEqual({
      from: '2026-11-01',
      to: '2026-11-07',
    })
    expect(baselinePeriodFor(row, { from: isoDate('2026-11-20'), to: range.to })).toBeNull()
    const chosen = { from: '2026-06-01', to: '2026-06-30' }
    expect(baselinePeriodFor({ ...row, baseline: { ...typed, period: chosen } }, range)).toEqual(
      chosen,
    )
  })

  it('gives null instead of a half-computed figure', () => {
    expect(economicsOfRow(base)).toBeNull() // nothing entered yet
    expect(economicsOfRow({ ...base, ...inputs, baseline: { dailySales: 'x' } })).toBeNull()
    expect(
      economicsOfRow({ ...base, ...inputs, promotions: [{ type: 'percent-off', rate: 2 }] }),
    ).toBeNull()
    expect(economicsOfRow({ ...base, ...inputs, expectedUplift: 'a lot' })).toBeNull()
    expect(
      economicsOfRow({ ...base, ...inputs, baseline: { ...typed, dailyOrders: 0 } }),
    ).toBeNull()
    expect(economicsOfRow({ ...base, ...inputs, end: '2026-11-01' })).toBeNull()
  })
})

describe('print documents', () => {
  const row = campaignRowSchema.parse({ ...base, ...inputs })
  const bare = campaignRowSchema.parse({
    ...base,
    id: 'y',
    name: '清仓',
    start: '2026-11-20',
    end: '2026-11-22',
  })

  it('season plan: campaigns with economics, warnings and every month of the window', () => {
    render(
      <SeasonDoc
        from={isoDate('2026-11-01')}
        to={isoDate('2026-12-31')}
        rows={[
          row,
          bare,
          campaignRowSchema.parse({
            ...bare,
            id: 'z',
            name: '明年',
            start: '2027-03-01',
            end: '2027-03-02',
          }),
        ]}
        locale="zh-CN"
        currency="CNY"
      />,
    )
    const doc = screen.getByTestId('season-doc')
    expect(doc.textContent).toContain('¥76,500.00')
    expect(doc.textContent).toContain('¥1,500.00')
    expect(doc.textContent).toContain('尚未填写活动测算') // 清仓 has no inputs
    expect(doc.textContent).not.toContain('明年') // outside the window
    expect(doc.textContent).toContain('“老客回馈周”与双11在 2026-11-08 至 2026-11-11 重叠')
    const months = [...doc.querySelectorAll('section h2')].map((h) => h.textContent)
    expect(months).toEqual(['2026年11月', '2026年12月'])
    expect(doc.textContent).toContain('双12')
    expect(doc.textContent).toContain('圣诞节')
  })

  it('campaign plan: economics table, verdict and deadlines before the campaign', () => {
    render(<CampaignDoc row={row} all={[row, bare]} locale="zh-CN" currency="CNY" />)
    const doc = screen.getByTestId('campaign-doc')
    expect(doc.querySelector('h1')?.textContent).toBe('老客回馈周')
    const table = screen.getByTestId('campaign-economics').textContent!
    expect(table).toContain('¥76,500.00')
    expect(table).toContain('15.0%') // effective discount
    expect(table).toContain('80.0%') // expected uplift
    expect(doc.textContent).toContain('双11：平台活动报名截止')
    expect(doc.textContent).not.toContain('清仓') // another campaign, not overlapping
  })

  it('a campaign without inputs says so', () => {
    render(<CampaignDoc row={bare} all={[]} locale="en" currency="CNY" />)
    expect(screen.getByTestId('campaign-doc').textContent).toContain('尚未填写活动测算')
  })
})
