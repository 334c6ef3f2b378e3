import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { exportPlan } from '@shared/plan/io'
import { choosePlatforms, newPlan } from '@shared/plan/plan'
import type { Plan } from '@shared/plan/schema'
import { db } from '@renderer/db/db'
import { getPlan, listPlans, putPlan } from '@renderer/db/plans'
import { getSetting, setSetting } from '@renderer/db/settings'
import { PlanPage } from '@renderer/features/plan/PlanPage'
import { initI18n } from '@renderer/i18n'

const NOW = '2026-11-20T08:00:00.000Z'

beforeAll(async () => {
  await initI18n('en')
})
beforeEach(async () => {
  await Promise.all([db.plans.clear(), db.settings.clear()])
})
afterEach(cleanup)

function Where() {
  const { pathname, search } = useLocation()
  return (
    <div data-testid="where" data-search={search}>
      {pathname}
    </div>
  )
}

function renderAt(path: string) {
  return render(
    <AntApp>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/plan/*" element={<PlanPage />} />
        </Routes>
        <Where />
      </MemoryRouter>
    </AntApp>,
  )
}

async function seed(): Promise<Plan> {
  const base = newPlan(
    'bookstore',
    { name: '阳光书店', location: '杭州', currency: 'CNY' },
    NOW,
    'plan-seed',
  )
  const plan = choosePlatforms(base, ['wechat'], NOW)
  await putPlan(plan)
  return plan
}

describe('plan list', () => {
  it('creates a plan from the apparel template, pre-filled, opens it and makes it the active plan', async () => {
    renderAt('/plan')
    fireEvent.click(await screen.findByTestId('new-plan'))
    fireEvent.click(await screen.findByTestId('template-apparel'))
    fireEvent.change(screen.getByTestId('new-plan-name'), { target: { value: 'Our shop online' } })
    fireEvent.click(screen.getByTestId('create-plan'))

    await screen.findByTestId('step-shop')
    const plans = await listPlans()
    expect(plans).toHaveLength(1)
    const plan = plans[0] as Plan
    expect(plan.template).toBe('apparel')
    expect(plan.name).toBe('Our shop online')
    // The template's content is there to edit: goals, SWOT, services, milestones.
    expect(plan.goals.map((g) => g.metric)).toEqual(['onlineSales', 'returnRate', 'conversionRate'])
    expect(plan.research.swot.strengths.length).toBeGreaterThan(0)
    expect(plan.services.find((s) => s.kind === 'tryInStore')?.enabled).toBe(true)
    expect(plan.timeline.milestones.length).toBeGreaterThan(0)
    expect(screen.getByTestId('where').textContent).toBe(`/plan/${plan.id}/shop`)
    expect(await getSetting('activePlan')).toBe(plan.id)
    // The wizard shows the pre-filled goals.
    expect((screen.getByTestId('goal-label-kpi-2') as HTMLInputElement).value).toBe(
      'Return rate at most',
    )
  })

  it('deletes a plan (clearing the active plan) and puts it back exactly as it was with Undo', async () => {
    const plan = await seed()
    await setSetting('activePlan', plan.id)
    renderAt('/plan')
    fireEvent.click(await screen.findByTestId('delete-plan'))
    await waitFor(async () => expect(await listPlans()).toHaveLength(0))
    expect(await getSetting('activePlan')).toBeUndefined()
    expect(await screen.findByTestId('plan-deleted')).toBeTruthy()
    fireEvent.click(screen.getByTestId('undo-delete'))
    await waitFor(async () => expect(await getPlan(plan.id)).toEqual(plan))
    await waitFor(async () => expect(await getSetting('activePlan')).toBe(plan.id))
    await screen.findByTestId('plan-card')
  })

  it('duplicates a plan: a copy with everything, under a new id and name', async () => {
    const plan = await seed()
    renderAt('/plan')
    fireEvent.click(await screen.findByTestId('duplicate-plan'))
    await waitFor(async () => expect(await listPlans()).toHaveLength(2))
    const copy = (await listPlans()).find((p) => p.id !== plan.id) as Plan
    expect(copy.name).toBe('阳光书店 (copy)')
    const strip = (p: Plan) => ({ ...p, id: '', name: '', createdAt: '', updatedAt: '' })
    expect(strip(copy)).toEqual(strip(plan))
    expect(await getPlan(plan.id)).toEqual(plan)
  })

  it.each([
    ['not JSON at all', '{"format": "shopbridge-plan", "plan": {', 'This is not a plan file'],
    [
      'a damaged field',
      (p: Plan) =>
        exportPlan({ ...p, platforms: { ...p.platforms, chosen: ['myspace'] } } as never, NOW),
      'field platforms.chosen.0 is invalid',
    ],
    ['a backup instead of a plan', '{"format":"shopbridge-backup"}', 'not a ShopBridge plan'],
  ])('importing %s shows a clear message and changes nothing', async (_name, content, message) => {
    const plan = await seed()
    const before = await listPlans()
    renderAt('/plan')
    await screen.findByTestId('plan-card')
    const text = typeof content === 'string' ? content : content(plan)
    const file = new File([text], 'plan.json', { type: 'application/json' })
    fireEvent.change(screen.getByTestId('import-plan-input'), { target: { files: [file] } })
    const alert = await screen.findByTestId('import-error')
    expect(alert.textContent).toContain(message)
    expect(alert.textContent).toContain('Nothing was changed')
    expect(await listPlans()).toEqual(before)
  })

  it('imports an exported plan as a copy beside the original', async () => {
    const plan = await seed()
    renderAt('/plan')
    await screen.findByTestId('plan-card')
    const file = new File([exportPlan(plan, NOW)], 'plan.json', { type: 'application/json' })
    fireEvent.change(screen.getByTestId('import-plan-input'), { target: { files: [file] } })
    await waitFor(async () => expect(await listPlans()).toHaveLength(2))
    const copy = (await listPlans()).find((p) => p.id !== plan.id) as Plan
    expect(copy.name).toBe('阳光书店 (imported)')
    expect(copy.platforms).toEqual(plan.platforms)
    expect(copy.risks).toEqual(plan.risks)
    expect(await getPlan(plan.id)).toEqual(plan)
  })
})

describe('wizard autosave', () => {
  it('saves a typed field through a pure transition and keeps the rest of the plan', async () => {
    const plan = await seed()
    renderAt(`/plan/${plan.id}/shop`)
    const input = (await screen.findByTestId('shop-location')) as HTMLInputElement
    fireEvent.focus(input)
    fireEvent.change(input, { target: { value: '杭州市西湖区' } })
    fireEvent.blur(input)
    await waitFor(async () => expect((await getPlan(plan.id))?.shop.location).toBe('杭州市西湖区'))
    const saved = (await getPlan(plan.id)) as Plan
    expect(saved.updatedAt > plan.updatedAt).toBe(true)
    expect({ ...saved, shop: plan.shop, updatedAt: plan.updatedAt }).toEqual(plan)
    expect(input.value).toBe('杭州市西湖区')
  })

  it('saves a tick at once and the step list shows the new completeness', async () => {
    const plan = await seed()
    renderAt(`/plan/${plan.id}/onboarding`)
    const box = await screen.findByTestId('check-wechat-businessLicence')
    fireEvent.click(box.querySelector('input') ?? box)
    await waitFor(async () =>
      expect(
        (await getPlan(plan.id))?.onboarding.find((i) => i.id === 'wechat-businessLicence')?.done,
      ).toBe(true),
    )
    await waitFor(() =>
      expect(screen.getByTestId('onboarding-wechat').textContent).toContain('1 of 12 done'),
    )
  })

  it('/plan/active/<step> opens that step of the active plan, or the list without plans', async () => {
    const view = renderAt('/plan/active/platforms')
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/plan'))
    view.unmount()
    const plan = await seed()
    await putPlan({
      ...newPlan('blank', { name: 'Other', location: '', currency: 'CNY' }, NOW, 'other'),
    })
    await setSetting('activePlan', plan.id)
    renderAt('/plan/active/platforms')
    await screen.findByTestId('step-platforms')
    expect(screen.getByTestId('where').textContent).toBe(`/plan/${plan.id}/platforms`)
  })

  it('the risk step shows the plan’s register; the review step and the toolbar open the same printable plan', async () => {
    const plan = await seed()
    const view = renderAt(`/plan/${plan.id}/risks`)
    await screen.findByTestId('risks-step')
    expect(await screen.findByTestId('risk-register')).toBeTruthy()
    expect(screen.getAllByTestId(/^risk-row-/)).toHaveLength(plan.risks.length)
    expect(screen.getByTestId('risks-open-page').getAttribute('href')).toBe('/risks')
    fireEvent.click(screen.getByTestId('print-plan'))
    const where = screen.getByTestId('where')
    await waitFor(() => expect(where.textContent).toBe('/print/plan'))
    expect(where.dataset.search).toBe(`?id=${plan.id}&lang=en`)
    view.unmount()
    renderAt(`/plan/${plan.id}/review`)
    fireEvent.click(await screen.findByTestId('review-print'))
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/print/plan'))
    expect(screen.getByTestId('where').dataset.search).toBe(`?id=${plan.id}&lang=en`)
  })

  it('opening an unknown plan says so', async () => {
    renderAt('/plan/nope/shop')
    expect(
      await screen.findByText('This plan does not exist (it may have been deleted).'),
    ).toBeTruthy()
  })
})
