// Real IndexedDB semantics in Node: fake-indexeddb implements the spec (transactions, aborts).
import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { MemoryRouter, Route, Routes } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/db'
import { CampaignsView } from '@renderer/features/promote/campaigns/CampaignsView'
import { initI18n } from '@renderer/i18n'
import { newPlan } from '@shared/plan/plan'
import { putPlan } from '@renderer/db/plans'
import { setSetting } from '@renderer/db/settings'

beforeAll(async () => {
  await initI18n('en')
})
beforeEach(async () => {
  await Promise.all([
    db.campaigns.clear(),
    db.imports.clear(),
    db.plans.clear(),
    db.settings.clear(),
  ])
})
afterEach(cleanup)

function renderPromote() {
  return render(
    <AntApp>
      <MemoryRouter initialEntries={['/promote']}>
        <Routes>
          <Route path="promote/*" element={<CampaignsView />} />
        </Routes>
      </MemoryRouter>
    </AntApp>,
  )
}

/** The <input> of an antd input carrying a test id (antd puts it on the input or a wrapper). */
function input(testId: string): HTMLInputElement {
  const el = screen.getByTestId(testId)
  return (el.tagName === 'INPUT' ? el : el.querySelector('input')) as HTMLInputElement
}

async function type(testId: string, value: string) {
  await act(async () => {
    const el = input(testId)
    fireEvent.focus(el)
    fireEvent.change(el, { target: { value } })
    fireEvent.blur(el)
  })
}

const click = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el)
  })
}

const text = (testId: string) => screen.getByTestId(testId).textContent ?? ''

describe('campaign planner', () => {
  it(
    'creates a 满减 campaign, shows its economics as fields change, and refuses invalid input',
    { timeout: 30_000 },
    async () => {
      renderPromote()
      expect(await screen.findByText(/No campaigns yet/)).toBeTruthy()

      // A campaign without a name is refused in the dialog; nothing stored.
      await click(screen.getByTestId('new-campaign'))
      await screen.findByTestId('new-campaign-modal')
      await type('new-start', '2026-11-01')
      await type('new-end', '2026-11-11')
      await click(screen.getByTestId('new-create'))
      expect((await screen.findByTestId('new-errors')).textContent).toContain(
        'Give the campaign a name.',
      )
      expect(await db.campaigns.count()).toBe(0)

      await type('new-name', 'Singles’ Day 满200减30')
      await click(screen.getByTestId('new-type-threshold'))
      await click(screen.getByTestId('new-create'))
      await screen.findByTestId('campaign-editor')
      await waitFor(async () => expect(await db.campaigns.count()).toBe(1))
      const created = (await db.campaigns.toArray())[0]
      expect(created).toMatchObject({
        name: 'Singles’ Day 满200减30',
        start: '2026-11-01',
        end: '2026-11-11',
        promotions: [{ type: 'threshold', tiers: [{ threshold: 20_000, off: 3_000 }], share: 0.3 }],
        baseline: { source: 'typed' }, // nothing imported
      })
      expect(created?.checklist).toHaveLength(7)

      // No baseline yet: no numbers.
      expect(await screen.findByTestId('economics-empty')).toBeTruthy()

      // The brief's hand-checked case: ¥200 orders, 10 a day, 40 % margin, every order takes it.
      await type('typed-sales', '2000')
      await type('typed-orders', '10')
      await type('typed-margin', '40')
      await type('promo-0-share', '100')
      await screen.findByTestId('economics')
      expect(text('eco-effective-discount')).toContain('15%')
      expect(text('eco-break-even')).toContain('+60%')
      // 11 days × 10 orders × 1.3 = 143 orders × ¥170 = ¥24,310.
      expect(text('eco-revenue')).toContain('¥24,310.00')
      expect(screen.getByTestId('sensitivity').querySelector('[role="img"]')).not.toBeNull()
      expect(text('verdict')).toContain('Loses money at the expected uplift')

      // A deeper cut: 满200减50 → 25 % off, break-even 0.25 ÷ 0.15 = 166.7 %.
      await type('promo-0-tier-0-off', '50')
      expect(text('eco-effective-discount')).toContain('25%')
      expect(text('eco-break-even')).toContain('+166.7%')

      // Stack a 10 % member price on every order: 200 → 180; the owner says every order reaches
      // the 满减 threshold (share 100 %), so 180 − 50 = 130: 35 % off, margin left
      // (80 − 70) ÷ 130 = 7.7 %, below the 10 % floor: the stack warning.
      await click(screen.getByTestId('add-promotion'))
      await click(await screen.findByTestId('add-type-member-price'))
      await type('promo-1-rate', '10')
      await type('promo-1-share', '100')
      expect(text('stack-order')).toContain('Member price → Spend & save (满减)')
      expect(text('eco-effective-discount')).toContain('35%')
      expect(text('economics-warning')).toContain(
        '2 price promotions stacked leave a margin of 7.7 %, below your floor of 10 %',
      )
      expect(text('verdict')).toContain('Loses money')

      // Valid edits are saved by themselves shortly after the last change.
      const stored = () => db.campaigns.get(created?.id ?? '')
      await waitFor(
        async () =>
          expect((await stored())?.promotions).toEqual([
            { type: 'threshold', tiers: [{ threshold: 20_000, off: 5_000 }], share: 1 },
            { type: 'member-price', rate: 0.1, share: 1 },
          ]),
        { timeout: 4_000 },
      )
      expect(await screen.findByText('Saved automatically')).toBeTruthy()
      const before = await stored()

      // Invalid: a tier taking off more than its threshold. Shown with its message at once,
      // refused by Save, never stored.
      await type('promo-0-tier-0-off', '250')
      expect(screen.queryByTestId('economics')).toBeNull()
      expect(text('campaign-status')).toBe('Not saved: please fix the problems')
      await click(screen.getByTestId('campaign-save'))
      expect((await screen.findByTestId('campaign-issues')).textContent).toContain(
        'Each 满减 tier must take off more than 0 and less than its threshold.',
      )
      expect(await stored()).toEqual(before)

      // Fixed and saved: stored as typed, money in minor units.
      await type('promo-0-tier-0-off', '30')
      await click(screen.getByTestId('campaign-save'))
      await waitFor(async () => {
        const row = await db.campaigns.get(created?.id ?? '')
        expect(row?.promotions).toEqual([
          { type: 'threshold', tiers: [{ threshold: 20_000, off: 3_000 }], share: 1 },
          { type: 'member-price', rate: 0.1, share: 1 },
        ])
        expect(row?.baseline).toMatchObject({
          source: 'typed',
          dailySales: 200_000,
          dailyOrders: 10,
          grossMargin: 0.4,
        })
      })
      expect(screen.queryByTestId('campaign-issues')).toBeNull()

      // Points on top: earned on the ¥150 paid (200 − 10 % − 30), 1 point per ¥1 worth ¥0.01,
      // 30 % redeemed → 150 × 1 × 0.3 = 45 fen of liability per order, owed until a year after
      // the end.
      await click(screen.getByTestId('add-promotion'))
      await click(await screen.findByTestId('add-type-points'))
      await click(screen.getByText('How is this calculated?'))
      expect(await screen.findByTestId('formulas')).toBeTruthy()
      expect(text('formulas')).toContain('Per order CN¥0.45:')
      // Campaign cost: 143 orders × ¥50 = ¥7,150 of discounts + 143 × ¥0.45 = ¥64.35 of points.
      expect(text('formulas')).toContain('CN¥7,150.00 + CN¥0.00 + CN¥64.35 + CN¥0.00 = CN¥7,214.35')
      expect(text('points-until')).toContain('November 11, 2027')
    },
  )

  it('adds a checklist item to the active plan’s risk register', async () => {
    const plan = newPlan(
      'blank',
      { name: 'My shop online', location: 'Hangzhou', currency: 'CNY' },
      '2026-11-01T00:00:00.000Z',
      'p1',
    )
    await putPlan(plan)
    await setSetting('activePlan', plan.id)
    const now = '2026-11-20T00:00:00.000Z'
    await db.campaigns.put({
      id: 'c1',
      name: '双12',
      start: '2026-12-01',
      end: '2026-12-12',
      createdAt: now,
      updatedAt: now,
    })
    renderPromote()
    await click(await screen.findByText('双12'))
    const stock = await screen.findByTestId('check-stock')
    await click(await within(stock).findByTestId('check-risk-stock'))
    await waitFor(async () => {
      const p = await db.plans.get('p1')
      const added = p?.risks[p.risks.length - 1]
      expect(added?.category).toBe('stock')
      expect(added?.title['zh-CN']).toBe('双12：高峰期断货')
      expect(added?.reviewDate).toBe('2026-11-17')
      const row = await db.campaigns.get('c1')
      expect(row?.checklist?.find((i) => i.id === 'stock')?.riskId).toBe(added?.id)
    })
    expect(
      await within(screen.getByTestId('check-stock')).findByText('In the risk register'),
    ).toBeTruthy()
  })
})
