import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { MemoryRouter, Route, Routes } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isoDate } from '@shared/dates'
import { newPlan } from '@shared/plan/plan'
import { defaultRisks, riskScore, sortByScore } from '@shared/risk/register'
import { RiskRegister } from '@renderer/components/risk-register/RiskRegister'
import { db } from '@renderer/db/db'
import { getPlan, putPlan } from '@renderer/db/plans'
import { getSetting } from '@renderer/db/settings'
import { RisksPage } from '@renderer/features/risks/RisksPage'
import { initI18n } from '@renderer/i18n'

const NOW = '2026-11-25T08:00:00.000Z'
const PLAN = 'plan-test'

beforeAll(async () => {
  await initI18n('en')
})
beforeEach(async () => {
  await Promise.all([db.plans.clear(), db.settings.clear()])
})
afterEach(() => cleanup())

async function seed(): Promise<void> {
  const p = newPlan(
    'blank',
    { name: 'Sunny Books', location: 'Hangzhou', currency: 'CNY' },
    NOW,
    PLAN,
  )
  await putPlan({ ...p, risks: defaultRisks() })
}

function renderRegister() {
  return render(
    <AntApp>
      <RiskRegister planId={PLAN} />
    </AntApp>,
  )
}

const rowIds = () =>
  screen
    .getAllByTestId(/^risk-row-/)
    .map((el) => el.getAttribute('data-testid')!.replace('risk-row-', ''))
const heat = (l: number, i: number) => screen.getByTestId(`heat-${l}-${i}`).textContent

describe('RiskRegister', () => {
  it('shows the default risks sorted by score, highest first, with level tags', async () => {
    await seed()
    renderRegister()
    await screen.findByTestId('risk-register')
    expect(rowIds()).toEqual(sortByScore(defaultRisks()).map((r) => r.id))
    expect(rowIds()[0]).toBe('risk-market') // 4 × 4 = 16, the course's example of a high risk
    expect(screen.getByTestId('risk-score-risk-market').textContent).toBe('16 High')
    expect(screen.getByTestId('risk-score-risk-stockout').textContent).toBe('12 Medium')
    expect(screen.getByTestId('risk-title-risk-delivery').textContent).toBe(
      'Courier delays at peaks such as Double 11',
    )
    expect(screen.getByText('10 risks')).toBeTruthy()
  })

  it('the heat map counts open risks per likelihood and impact', async () => {
    await seed()
    renderRegister()
    await screen.findByTestId('risk-heatmap')
    expect(heat(4, 4)).toBe('1') // market
    expect(heat(3, 4)).toBe('2') // stock-out, cash flow
    expect(heat(2, 5)).toBe('3') // security, platform rules, one platform
    expect(heat(3, 3)).toBe('3') // overstock, service, reviews
    expect(heat(4, 3)).toBe('1') // delivery
    expect(heat(5, 5)).toBe('')
    const total = [1, 2, 3, 4, 5]
      .flatMap((l) => [1, 2, 3, 4, 5].map((i) => Number(heat(l, i) || 0)))
      .reduce((a, b) => a + b, 0)
    expect(total).toBe(10)
  })

  it('editing likelihood and mitigation updates score, level, order, heat map and history', async () => {
    await seed()
    renderRegister()
    fireEvent.click(await screen.findByTestId('risk-edit-risk-stockout'))
    const editor = await screen.findByTestId('risk-editor')
    // the English text is edited; the Chinese one is shown as the fallback/other language
    expect((within(editor).getByTestId('risk-mitigation') as HTMLTextAreaElement).value).toBe(
      'Weekly stock check, keep safety stock',
    )
    expect(within(editor).getByTestId('risk-mitigation-other').textContent).toContain(
      '每周盘点库存，留安全库存',
    )
    fireEvent.click(within(editor).getByTestId('risk-likelihood-5'))
    expect(within(editor).getByTestId('risk-score-preview').textContent).toBe('Score 20 · High')
    fireEvent.change(within(editor).getByTestId('risk-mitigation'), {
      target: { value: 'Daily stock check of best-sellers' },
    })
    fireEvent.change(within(editor).getByTestId('risk-owner'), { target: { value: 'Wang Fang' } })
    await act(async () => {
      fireEvent.click(screen.getByTestId('risk-save'))
    })

    await waitFor(() =>
      expect(screen.getByTestId('risk-score-risk-stockout').textContent).toBe('20 High'),
    )
    expect(rowIds()[0]).toBe('risk-stockout')
    expect(screen.getByTestId('risk-mitigation-risk-stockout').textContent).toBe(
      'Daily stock check of best-sellers',
    )
    expect(heat(5, 4)).toBe('1')
    expect(heat(3, 4)).toBe('1')

    const stored = (await getPlan(PLAN))!.risks.find((r) => r.id === 'risk-stockout')!
    expect(stored.likelihood).toBe(5)
    expect(riskScore(stored)).toBe(20)
    expect(stored.mitigation).toEqual({
      'zh-CN': '每周盘点库存，留安全库存',
      en: 'Daily stock check of best-sellers',
    })
    expect(stored.history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['likelihood', 3, 5],
      [
        'mitigation',
        { 'zh-CN': '每周盘点库存，留安全库存', en: 'Weekly stock check, keep safety stock' },
        { 'zh-CN': '每周盘点库存，留安全库存', en: 'Daily stock check of best-sellers' },
      ],
      ['owner', '', 'Wang Fang'],
    ])
    // untouched fields are not in the history
    expect(stored.history.some((h) => h.field === 'title')).toBe(false)

    fireEvent.click(screen.getByTestId('risk-history-risk-stockout'))
    const items = await screen.findAllByTestId('risk-history-item')
    expect(items).toHaveLength(3)
    expect(items[0]?.textContent).toContain('Owner: — → Wang Fang')
    expect(items[2]?.textContent).toContain('Likelihood: 3 → 5')
    expect(screen.getByTestId('risk-recent').textContent).toContain(
      'Mitigation: Weekly stock check, keep safety stock → Daily stock check of best-sellers',
    )
  })

  it('refuses a risk without a title and writes nothing', async () => {
    await seed()
    renderRegister()
    fireEvent.click(await screen.findByTestId('risk-add'))
    await screen.findByTestId('risk-editor')
    await act(async () => {
      fireEvent.click(screen.getByTestId('risk-save'))
    })
    expect((await screen.findByTestId('risk-error')).textContent).toBe('Describe the risk.')
    expect((await getPlan(PLAN))!.risks).toHaveLength(10)
  })

  it('adds a risk and removes one', async () => {
    await seed()
    renderRegister()
    fireEvent.click(await screen.findByTestId('risk-add'))
    const editor = await screen.findByTestId('risk-editor')
    fireEvent.change(within(editor).getByTestId('risk-title'), {
      target: { value: 'Supplier raises prices' },
    })
    fireEvent.click(within(editor).getByTestId('risk-impact-4'))
    await act(async () => {
      fireEvent.click(screen.getByTestId('risk-save'))
    })
    await waitFor(async () => expect((await getPlan(PLAN))!.risks).toHaveLength(11))
    const added = (await getPlan(PLAN))!.risks[10]!
    expect(added).toMatchObject({
      id: 'risk-11',
      title: { 'zh-CN': '', en: 'Supplier raises prices' },
      likelihood: 3,
      impact: 4,
      history: [],
    })
    expect(await screen.findByTestId('risk-score-risk-11')).toBeTruthy()

    fireEvent.click(screen.getByTestId('risk-remove-risk-delivery'))
    fireEvent.click(await screen.findByTestId('risk-remove-ok-risk-delivery'))
    await waitFor(async () =>
      expect((await getPlan(PLAN))!.risks.some((r) => r.id === 'risk-delivery')).toBe(false),
    )
    await waitFor(() => expect(screen.queryByTestId('risk-row-risk-delivery')).toBeNull())
  })
})

describe('review dates and closed risks', () => {
  it('flags a past review date of an open risk; closed risks leave the heat map and can be hidden', async () => {
    const p = newPlan('blank', { name: 'S', location: '', currency: 'CNY' }, NOW, PLAN)
    const risks = defaultRisks().map((r) =>
      r.id === 'risk-market'
        ? { ...r, reviewDate: isoDate('2020-01-01') }
        : r.id === 'risk-delivery'
          ? { ...r, reviewDate: isoDate('2020-01-01'), status: 'closed' as const }
          : r.id === 'risk-security'
            ? { ...r, reviewDate: isoDate('2999-12-31') }
            : r,
    )
    await putPlan({ ...p, risks })
    renderRegister()
    expect((await screen.findByTestId('risk-review-due-risk-market')).textContent).toBe(
      'Review due',
    )
    expect(screen.queryByTestId('risk-review-due-risk-delivery')).toBeNull() // closed
    expect(screen.queryByTestId('risk-review-due-risk-security')).toBeNull() // not yet
    expect(heat(4, 3)).toBe('') // the closed delivery risk is not counted
    expect(screen.getAllByTestId(/^risk-row-/)).toHaveLength(10)
    fireEvent.click(screen.getByTestId('risk-hide-closed'))
    await waitFor(() => expect(screen.getAllByTestId(/^risk-row-/)).toHaveLength(9))
    expect(screen.queryByTestId('risk-row-risk-delivery')).toBeNull()
  })
})

describe('RisksPage', () => {
  it('with no plan explains why and creates one with the default risks, made active', async () => {
    render(
      <AntApp>
        <MemoryRouter initialEntries={['/risks']}>
          <Routes>
            <Route path="/risks/*" element={<RisksPage />} />
          </Routes>
        </MemoryRouter>
      </AntApp>,
    )
    expect((await screen.findByTestId('risks-empty')).textContent).toContain(
      'Risks belong to a transformation plan',
    )
    await act(async () => {
      fireEvent.click(screen.getByTestId('risks-create-plan'))
    })
    await screen.findByTestId('risk-register')
    const id = await getSetting('activePlan')
    expect(id).toBeTruthy()
    const plan = (await getPlan(id!))!
    expect(plan.template).toBe('blank')
    expect(plan.name).toBe('My transformation plan')
    expect(plan.risks.map((r) => r.id)).toEqual(defaultRisks().map((r) => r.id))
    await waitFor(() => expect(screen.getAllByTestId(/^risk-row-/)).toHaveLength(10))
  })
})
