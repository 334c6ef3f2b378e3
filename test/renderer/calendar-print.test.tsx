// Real IndexedDB semantics in Node: fake-indexeddb implements the spec (transactions, aborts).
import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/db'
import { CampaignsView } from '@renderer/features/promote/campaigns/CampaignsView'
import { CampaignDoc } from '@renderer/features/promote/doc/CampaignDoc'
import { promotionTerms } from '@renderer/features/promote/doc/PlanTerms'
import { SeasonDoc } from '@renderer/features/promote/doc/SeasonDoc'
import { i18next as i18n, initI18n } from '@renderer/i18n'
import {
  PROMOTION_TYPES,
  defaultPromotion,
  economicsOfPlan,
  planEconomics,
  resolveBaseline,
  restorePlan,
  type ImportedBaseline,
} from '@shared/campaign/planner'
import { campaignRowSchema } from '@shared/campaign/stored'
import { isoDate } from '@shared/dates'
import { minor } from '@shared/money'

beforeAll(async () => {
  await initI18n('zh-CN')
})
beforeEach(async () => {
  await Promise.all([db.campaigns.clear(), db.imports.clear(), db.settings.clear()])
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
// The planner's stored shape: typed baseline figures.
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

/** The value part of a planner statistic (antd Statistic: title, then content). */
const statValue = (testId: string): string =>
  screen.getByTestId(testId).querySelector('.ant-statistic-content')?.textContent ?? ''

describe('the campaign plan PDF computes with the planner’s functions', () => {
  const row = campaignRowSchema.parse({ ...base, ...inputs })

  it('shows the very figures the planner shows for the campaign', async () => {
    await db.campaigns.put(row)
    render(
      <AntApp>
        <MemoryRouter initialEntries={[`/promote/c/${row.id}`]}>
          <Routes>
            <Route path="promote/*" element={<CampaignsView />} />
          </Routes>
        </MemoryRouter>
      </AntApp>,
    )
    await screen.findByTestId('economics')
    const planner = {
      revenue: statValue('eco-revenue'),
      cost: statValue('eco-cost'),
      profit: statValue('eco-incremental'),
      breakEven: statValue('eco-break-even').replace('+', ''),
      discount: statValue('eco-effective-discount'),
      verdict: screen.getByTestId('verdict').querySelector('.ant-alert-title')?.textContent ?? '',
    }
    // The hand-checked case (see `inputs`), as the planner shows it.
    expect(planner.revenue).toBe('¥76,500.00')
    expect(planner.profit).toBe('¥1,500.00')
    expect(planner.cost).toBe('¥14,500.00')
    // (250 × ¥30 + ¥1,000) ÷ (¥80 − ¥30) = 170 extra orders on 250: +68 %.
    expect(planner.breakEven).toBe('68%')
    expect(planner.verdict).not.toBe('')
    cleanup()

    render(<CampaignDoc row={row} all={[row]} locale="zh-CN" currency="CNY" />)
    const table = screen.getByTestId('campaign-economics').textContent ?? ''
    expect(table).toContain(planner.revenue)
    expect(table).toContain(planner.cost)
    expect(table).toContain(planner.profit)
    expect(table).toContain(planner.verdict)
    // The document prints one decimal ("75.0%", "15.0%"); the planner drops a trailing .0.
    expect(table).toContain(planner.breakEven.replace('%', '.0%'))
    expect(table).toContain(planner.discount.replace('%', '.0%'))
  })

  it('the planner’s PDF button saves pending edits and opens the campaign’s print page', async () => {
    await db.campaigns.put(row)
    function Probe() {
      const { pathname, search } = useLocation()
      return <div data-testid="probe">{pathname + search}</div>
    }
    render(
      <AntApp>
        <MemoryRouter initialEntries={[`/promote/c/${row.id}`]}>
          <Routes>
            <Route path="promote/*" element={<CampaignsView />} />
            <Route path="print/campaign" element={<Probe />} />
          </Routes>
        </MemoryRouter>
      </AntApp>,
    )
    await screen.findByTestId('economics')
    expect(screen.getByTestId('campaign-pdf').textContent).toContain('活动方案 PDF')
    const uplift = screen.getByTestId('campaign-uplift')
    const field = (uplift.tagName === 'INPUT' ? uplift : uplift.querySelector('input'))!
    await act(async () => {
      fireEvent.focus(field)
      fireEvent.change(field, { target: { value: '100' } })
      fireEvent.blur(field)
    })
    await act(async () => {
      fireEvent.click(screen.getByTestId('campaign-pdf'))
    })
    expect((await screen.findByTestId('probe')).textContent).toBe(`/print/campaign?id=${row.id}`)
    await waitFor(async () => expect((await db.campaigns.get(row.id))?.expectedUplift).toBe(1))
  })

  it('an imported baseline gives the figures planEconomics gives for the planner’s baseline', () => {
    // A coupon campaign: the coupons per person depend on orders per buyer, which only the
    // planner's imported baseline carries.
    const imported: ImportedBaseline = {
      period: { from: isoDate('2026-10-11'), to: isoDate('2026-11-07') },
      days: 28,
      dailySales: minor(1_000_000),
      dailyOrders: 50,
      aov: minor(20_000),
      grossMargin: 0.5,
      linesWithoutCost: 0,
      ordersPerBuyer: 2,
    }
    const coupon = campaignRowSchema.parse({
      ...base,
      ...inputs,
      baseline: { ...typed, source: 'imported' },
      promotions: [
        {
          type: 'coupon',
          value: 1_000,
          threshold: 9_900,
          quantity: 100,
          perPersonLimit: 1,
          validDays: 7,
          redemptionRate: 0.5,
          share: 0.5,
        },
      ],
    })
    const plan = restorePlan(coupon)!
    const expected = planEconomics(plan, resolveBaseline(plan.baseline, imported)!.baseline)
    expect(economicsOfPlan(plan, imported)).toEqual(expected.economics)
    render(
      <CampaignDoc row={coupon} all={[coupon]} locale="zh-CN" currency="CNY" imported={imported} />,
    )
    const table = screen.getByTestId('campaign-economics').textContent ?? ''
    expect(table).toContain(
      new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(
        expected.economics.revenue / 100,
      ),
    )
  })

  it('no figures where the planner shows none', () => {
    // Imported baseline without imported data and no typed figures; no promotion; a bad promotion.
    const imported = { ...inputs, baseline: { ...typed, source: 'imported', dailyOrders: 0 } }
    const noData = campaignRowSchema.parse({ ...base, ...imported })
    expect(economicsOfPlan(restorePlan(noData)!, null)).toBeNull()
    // Imported selected, no data yet, typed figures present: the planner falls back to them.
    const fallback = campaignRowSchema.parse({
      ...base,
      ...inputs,
      baseline: { ...typed, source: 'imported' },
    })
    expect(economicsOfPlan(restorePlan(fallback)!, null)?.incrementalProfit).toBe(150_000)
    const none = campaignRowSchema.parse({ ...base, ...inputs, promotions: [] })
    expect(economicsOfPlan(restorePlan(none)!, null)).toBeNull()
    const bad = campaignRowSchema.parse({
      ...base,
      ...inputs,
      promotions: [{ type: 'threshold', tiers: [{ threshold: 20_000, off: 20_000 }] }],
    })
    expect(economicsOfPlan(restorePlan(bad)!, null)).toBeNull()
    render(<CampaignDoc row={none} all={[]} locale="zh-CN" currency="CNY" />)
    expect(screen.getByTestId('campaign-doc').textContent).toContain('尚未填写活动测算')
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
    const promotions = screen.getByTestId('campaign-promotions').textContent ?? ''
    expect(promotions).toContain('满减')
    expect(promotions).toContain('满¥200减¥30')
    expect(screen.getByTestId('campaign-baseline').textContent).toBe(
      '基准：自己填写的数字。日均销售额 ¥10,000，日均订单 50 单，毛利率 40.0%。',
    )
    expect(doc.textContent).toContain('双11：平台活动报名截止')
    expect(doc.textContent).not.toContain('清仓') // another campaign, not overlapping
  })

  it('a campaign without inputs says so', () => {
    render(<CampaignDoc row={bare} all={[]} locale="en" currency="CNY" />)
    expect(screen.getByTestId('campaign-doc').textContent).toContain('尚未填写活动测算')
  })
})

describe('promotion terms in the plan', () => {
  it('every promotion type is written out in both languages', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const t = i18n.getFixedT(lang)
      for (const type of PROMOTION_TYPES) {
        const text = promotionTerms(defaultPromotion(type), t, 'CNY', lang)
        expect(text, `${lang} ${type}`).toMatch(/\d/)
        expect(text, `${lang} ${type}`).not.toMatch(/\{\{|calendarUi/)
      }
    }
    const zh = i18n.getFixedT('zh-CN')
    expect(promotionTerms(defaultPromotion('coupon'), zh, 'CNY', 'zh-CN')).toBe(
      '满¥99减¥10优惠券，共 500 张，每人限 1 张，7 天内有效',
    )
    const anyOrder = { ...defaultPromotion('coupon'), threshold: 0 } as Parameters<
      typeof promotionTerms
    >[0]
    expect(promotionTerms(anyOrder, zh, 'CNY', 'zh-CN')).toContain('无门槛¥10优惠券')
    expect(promotionTerms(defaultPromotion('points'), zh, 'CNY', 'zh-CN')).toBe(
      '每消费 ¥1 得 1 积分，每积分抵 ¥0.01',
    )
  })
})
