import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { MemoryRouter, Route, Routes } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { planUiZhCN } from '@shared/i18n/plan-ui.zh-CN'
import { DOC_SECTIONS } from '@shared/plan/document'
import { newPlan, updatePlanRisk } from '@shared/plan/plan'
import { defaultRisks } from '@shared/risk/register'
import { db } from '@renderer/db/db'
import { putPlan } from '@renderer/db/plans'
import { setSetting } from '@renderer/db/settings'
import { PlanPrint } from '@renderer/features/plan/PlanPrint'
import { i18next, initI18n } from '@renderer/i18n'

const NOW = '2026-11-25T08:00:00.000Z'

beforeAll(async () => {
  await initI18n('zh-CN')
  // happy-dom has no FontFaceSet; PrintLayout waits for fonts before it marks the page ready.
  if (!('fonts' in document))
    Object.defineProperty(document, 'fonts', {
      value: { ready: Promise.resolve() },
      configurable: true,
    })
})
beforeEach(async () => {
  await Promise.all([db.plans.clear(), db.settings.clear()])
  const base = newPlan(
    'bookstore',
    { name: '阳光书店', location: '杭州', currency: 'CNY' },
    NOW,
    'p1',
  )
  const plan = updatePlanRisk(
    { ...base, risks: defaultRisks() },
    'risk-delivery',
    { mitigation: { 'zh-CN': '双11前约好三家快递', en: '' } },
    NOW,
  )
  await putPlan(plan)
  await putPlan({
    ...newPlan('blank', { name: '第二家店', location: '', currency: 'CNY' }, NOW, 'p2'),
  })
})
afterEach(cleanup)

function renderAt(path: string) {
  return render(
    <AntApp>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/print/plan" element={<PlanPrint />} />
        </Routes>
      </MemoryRouter>
    </AntApp>,
  )
}

const headings = () =>
  within(screen.getByTestId('plan-doc'))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent)

describe('PlanPrint', () => {
  it('prints the plan given by id: cover, contents and every section in order', async () => {
    renderAt('/print/plan?id=p1')
    await screen.findByTestId('plan-doc')
    // ready (data-print-ready) only once the ranking chart has been drawn
    await waitFor(() => expect(document.body.dataset.printReady).toBe('1'))
    expect(screen.getByTestId('plan-doc').getAttribute('lang')).toBe('zh-CN')
    expect(screen.getByTestId('plan-cover').textContent).toContain('阳光书店')
    // the sections carry the wizard's step titles, so the wizard and the PDF name them alike
    expect(headings()).toEqual([
      '目录',
      ...DOC_SECTIONS.map((id, i) => `${i + 1}. ${planUiZhCN.steps[id].title}`),
    ])
    expect(headings()[1]).toBe('1. 店铺与目标')
    expect(headings()[8]).toBe('8. 风险')
    expect(screen.getByTestId('doc-table-risks').textContent).toContain('双11前约好三家快递')
    expect(screen.getByTestId('risk-heatmap')).toBeTruthy()
    // the page-number template of the document's language goes into the @page rules
    expect(document.querySelector('.print-root style')?.textContent).toContain(
      '"第 " counter(page)',
    )
  })

  it('prints in the language asked for, page numbers included, whatever the UI language', async () => {
    renderAt('/print/plan?id=p1&lang=en')
    await screen.findByTestId('plan-doc')
    expect(i18next.language).toBe('zh-CN')
    expect(screen.getByTestId('plan-doc').getAttribute('lang')).toBe('en')
    expect(headings()[1]).toBe('1. Shop and goals')
    expect(headings()[8]).toBe('8. Risks')
    // a text filled in Chinese only falls back to Chinese
    expect(screen.getByTestId('doc-table-risks').textContent).toContain('双11前约好三家快递')
    expect(document.querySelector('.print-root style')?.textContent).toContain(
      '"Page " counter(page)',
    )
  })

  it('without an id prints the active plan; an unknown id says so', async () => {
    await setSetting('activePlan', 'p2')
    renderAt('/print/plan')
    await waitFor(() => expect(screen.getByTestId('plan-cover').textContent).toContain('第二家店'))
    cleanup()
    renderAt('/print/plan?id=nope')
    expect((await screen.findByTestId('plan-doc-missing')).textContent).toContain(
      '找不到要打印的规划',
    )
  })
})
