import { describe, expect, it } from 'vitest'
import { planSchema, TEMPLATE_IDS, type Plan } from '../../../src/shared/plan/schema'
import {
  addCompetitor,
  addRisk,
  budgetTotals,
  choosePlatforms,
  newPlan,
  planMonths,
  setBudget,
  setGoals,
  setLogistics,
  setMarketing,
  setTimeline,
  setWeights,
  toggleChecklistItem,
  updateChecklistItem,
  updatePlanRisk,
} from '../../../src/shared/plan/plan'
import { reviewPlan, planScore } from '../../../src/shared/plan/review'
import { TEMPLATES } from '../../../src/shared/plan/templates'
import { isoDate } from '../../../src/shared/dates'
import { en } from '../../../src/shared/i18n/en'
import { translate } from '../../../src/shared/i18n'

const NOW = '2026-11-25T08:00:00.000Z'
const LATER = '2026-11-26T08:00:00.000Z'
const shop = {
  name: '阳光书店',
  location: '杭州',
  currency: 'CNY' as const,
  monthlySales: 8_000_000,
  staff: 3,
}

describe('newPlan', () => {
  it.each(TEMPLATE_IDS)('%s: a valid plan', (id) => {
    const p = newPlan(id, shop, NOW)
    const r = planSchema.safeParse(p)
    expect(r.success, JSON.stringify(!r.success && r.error.issues[0])).toBe(true)
    expect(p.template).toBe(id)
    expect(p.timeline.startMonth).toBe('2026-11')
    expect(p.shop.monthlySales).toBe(8_000_000)
    expect(en.plan.templates[id]).toBeTruthy()
    expect(TEMPLATES[id].nameKey).toBe(`plan.templates.${id}`)
  })
  it('templates pre-fill content; blank stays empty', () => {
    const book = newPlan('bookstore', shop, NOW)
    expect(book.goals.length).toBeGreaterThan(0)
    expect(book.risks.length).toBeGreaterThan(0)
    expect(book.services.find((s) => s.kind === 'bopis')?.enabled).toBe(true)
    const grocery = newPlan('grocery', shop, NOW)
    expect(grocery.services.find((s) => s.kind === 'groupBuying')?.enabled).toBe(true)
    const blank = newPlan('blank', shop, NOW)
    expect(blank.goals).toEqual([])
    expect(blank.risks).toEqual([])
  })
})

describe('transitions', () => {
  const p = newPlan('apparel', shop, NOW)
  it('return new plans, leave the input alone, and stamp updatedAt', () => {
    const q = addCompetitor(
      p,
      {
        name: 'A 店',
        pricePosition: 'low',
        channels: ['taobao'],
        strengths: { 'zh-CN': '便宜', en: 'cheap' },
        weaknesses: { 'zh-CN': '', en: '' },
      },
      LATER,
    )
    expect(q).not.toBe(p)
    expect(p.research.competitors).toEqual([])
    expect(q.research.competitors[0]?.id).toBe('comp-1')
    expect(q.updatedAt).toBe(LATER)
    expect(q.goals).toBe(p.goals) // untouched sections are shared
    const r = addCompetitor(q, { ...q.research.competitors[0]!, name: 'B' }, LATER)
    expect(r.research.competitors.map((c) => c.id)).toEqual(['comp-1', 'comp-2'])
  })
  it('setWeights clamps negatives to 0', () => {
    const q = setWeights(p, { fees: -2, traffic: 5 }, LATER)
    expect(q.platforms.weights).toMatchObject({ fees: 0, traffic: 5 })
    expect(p.platforms.weights.traffic).toBe(3)
  })
  it('choosePlatforms adds a 12-item checklist per platform and drops unchosen ones', () => {
    const q = choosePlatforms(p, ['taobao', 'douyin', 'taobao'], LATER)
    expect(q.platforms.chosen).toEqual(['taobao', 'douyin'])
    expect(q.onboarding).toHaveLength(24)
    const t = toggleChecklistItem(q, 'taobao-businessLicence', LATER)
    expect(t.onboarding.find((i) => i.id === 'taobao-businessLicence')?.done).toBe(true)
    expect(q.onboarding.find((i) => i.id === 'taobao-businessLicence')?.done).toBe(false)
    const u = choosePlatforms(t, ['taobao'], LATER)
    expect(u.onboarding).toHaveLength(12)
    expect(u.onboarding.find((i) => i.id === 'taobao-businessLicence')?.done).toBe(true) // kept
    const o = updateChecklistItem(
      u,
      'taobao-apply',
      { owner: 'Li', due: isoDate('2026-12-01') },
      LATER,
    )
    expect(o.onboarding.find((i) => i.id === 'taobao-apply')).toMatchObject({
      owner: 'Li',
      due: isoDate('2026-12-01'),
    })
    expect(planSchema.safeParse(o).success).toBe(true)
  })
  it('setBudget keeps integer minor units and totals by month and category', () => {
    let q = setBudget(p, '2026-11', 'marketing', 150_000, LATER)
    q = setBudget(q, '2026-11', 'platformFees', 50_050, LATER)
    q = setBudget(q, '2026-12', 'marketing', 100_000, LATER)
    q = setBudget(q, '2026-12', 'marketing', 120_000, LATER) // replaces
    const t = budgetTotals(q)
    expect(t.byMonth['2026-11']).toBe(200_050)
    expect(t.byMonth['2026-12']).toBe(120_000)
    expect(t.byMonth['2027-01']).toBe(0)
    expect(t.byCategory.marketing).toBe(270_000)
    expect(t.total).toBe(320_050)
    expect(setBudget(q, '2026-12', 'marketing', 0, LATER).timeline.budget).toHaveLength(2)
    expect(() => setBudget(p, '2026-11', 'staff', 10.5, LATER)).toThrow(RangeError)
  })
  it('planMonths crosses the year end', () => {
    expect(planMonths(p)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
    ])
  })
  it('updatePlanRisk records history', () => {
    const q = updatePlanRisk(p, 'risk-market', { impact: 3 }, LATER)
    expect(q.risks.find((r) => r.id === 'risk-market')?.history).toHaveLength(1)
    expect(p.risks.find((r) => r.id === 'risk-market')?.history).toHaveLength(0)
  })
})

/** A plan with every check satisfied. */
function completePlan(): Plan {
  let p = newPlan('bookstore', shop, NOW)
  p = addCompetitor(
    p,
    {
      name: '新华书店',
      pricePosition: 'mid',
      channels: ['tmall'],
      strengths: { 'zh-CN': '品种多', en: 'range' },
      weaknesses: { 'zh-CN': '服务慢', en: 'slow' },
    },
    NOW,
  )
  p = choosePlatforms(p, ['wechat'], NOW)
  p = { ...p, onboarding: p.onboarding.map((i) => ({ ...i, owner: 'Li' })) }
  p = setMarketing(
    p,
    {
      channels: [
        { id: 'ch-1', channel: 'wechatGroup', sharePercent: 60 },
        { id: 'ch-2', channel: 'shortVideo', sharePercent: 40 },
      ],
      campaigns: [
        {
          id: 'c-1',
          name: { 'zh-CN': '开业', en: 'Launch' },
          start: isoDate('2026-12-01'),
          budget: 100_000,
          channel: 'wechatGroup',
        },
      ],
    },
    NOW,
  )
  p = setLogistics(p, { targetHours: 48, peakOrdersPerDay: 80 }, NOW)
  p = { ...p, risks: p.risks.map((r) => ({ ...r, owner: 'Li' })) }
  for (const m of planMonths(p)) p = setBudget(p, m, 'marketing', 100_000, NOW)
  p = setTimeline(p, { kpiTargets: [{ month: '2026-12', kpiId: 'kpi-1', target: 20 }] }, NOW)
  return p
}

describe('review', () => {
  it('a complete plan scores 100 with no gaps', () => {
    const r = reviewPlan(completePlan())
    expect(r.gaps).toEqual([])
    expect(r.score).toBe(100)
    expect(r.passed).toBe(r.total)
  })
  it('a blank plan lists the specific gaps, one per month without budget', () => {
    const r = reviewPlan(newPlan('blank', shop, NOW))
    const keys = r.gaps.map((g) => g.key)
    expect(keys).toContain('plan.gaps.noPlatform')
    expect(keys).toContain('plan.gaps.noGoals')
    expect(keys).toContain('plan.gaps.noRisks')
    expect(r.gaps.filter((g) => g.key === 'plan.gaps.noBudgetForMonth')).toHaveLength(6)
    expect(
      r.gaps.find((g) => g.key === 'plan.gaps.noBudgetForMonth' && g.values?.month === 2),
    ).toMatchObject({ values: { date: '2026-12' }, section: 'timeline' })
    expect(r.score).toBeLessThan(30)
  })
  it('"no budget for month 2" when only month 2 is empty', () => {
    const p = setBudget(completePlan(), '2026-12', 'marketing', 0, NOW)
    const r = reviewPlan(p, 'en')
    expect(r.gaps).toEqual([
      {
        key: 'plan.gaps.noBudgetForMonth',
        values: { month: 2, date: '2026-12' },
        section: 'timeline',
      },
    ])
    expect(translate('en', r.gaps[0]!.key, r.gaps[0]!.values)).toBe(
      'No budget for month 2 (2026-12).',
    )
    expect(planScore(p)).toBe(Math.round((100 * (r.total - 1)) / r.total))
  })
  it('"high risk without mitigation" names the risk in the chosen language; closed risks are ignored', () => {
    let p = addRisk(
      completePlan(),
      { title: { 'zh-CN': '房租上涨', en: 'Rent rises' }, likelihood: 5, impact: 4, owner: 'Li' },
      NOW,
    )
    const gaps = reviewPlan(p, 'zh-CN').gaps
    expect(gaps).toEqual([
      { key: 'plan.gaps.highRiskNoMitigation', values: { risk: '房租上涨' }, section: 'risks' },
    ])
    expect(reviewPlan(p, 'en').gaps[0]?.values?.risk).toBe('Rent rises')
    const id = p.risks[p.risks.length - 1]!.id
    p = updatePlanRisk(p, id, { status: 'closed' }, NOW)
    expect(reviewPlan(p).gaps).toEqual([])
  })
  it('marketing split must add up to 100 %', () => {
    const p = setMarketing(
      completePlan(),
      { channels: [{ id: 'ch-1', channel: 'inStore', sharePercent: 70 }] },
      NOW,
    )
    expect(reviewPlan(p).gaps).toEqual([
      { key: 'plan.gaps.marketingSplit', values: { total: 70 }, section: 'marketing' },
    ])
  })
  it('every gap key exists in the string table', () => {
    const plans = [
      newPlan('blank', shop, NOW),
      setGoals(newPlan('apparel', shop, NOW), [], NOW),
      choosePlatforms(newPlan('grocery', shop, NOW), ['jd'], NOW),
    ]
    for (const p of plans)
      for (const g of reviewPlan(p).gaps) expect(translate('en', g.key, g.values)).not.toBe(g.key)
  })
})
