import { describe, expect, it } from 'vitest'
import { isoDate } from '../../src/shared/dates'
import { translate } from '../../src/shared/i18n'
import {
  buildPlanDocument,
  DOC_SECTIONS,
  docTable,
  KEEP_TOGETHER_ROWS,
  pickText,
  planPrintPath,
  type DocBlock,
  type DocContext,
  type DocTable,
  type PlanDocument,
} from '../../src/shared/plan/document'
import {
  addCompetitor,
  choosePlatforms,
  newPlan,
  setBudget,
  setTimeline,
  updatePlanRisk,
} from '../../src/shared/plan/plan'
import { defaultRisks } from '../../src/shared/risk/register'
import type { Plan } from '../../src/shared/plan/schema'

const NOW = '2026-11-25T08:00:00.000Z'
const shop = {
  name: '阳光书店',
  location: '杭州',
  currency: 'CNY' as const,
  monthlySales: 8_000_000,
}

const ctx = (locale: 'zh-CN' | 'en'): DocContext => ({
  t: (key, values) => translate(locale, key, values),
  locale,
  today: isoDate('2026-11-25'),
  author: '王芳',
})

const tables = (doc: PlanDocument): DocTable[] =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is DocTable => b.kind === 'table')

/** Every string the document would print (for "no untranslated key" checks). */
function texts(doc: PlanDocument): string[] {
  const out: string[] = [doc.title, ...Object.values(doc.cover)]
  const visit = (b: DocBlock): void => {
    switch (b.kind) {
      case 'paragraph':
        out.push(b.text)
        break
      case 'facts':
        out.push(...b.rows.flat())
        break
      case 'list':
        out.push(b.caption, ...b.items)
        break
      case 'table':
        out.push(b.caption, ...b.columns, ...b.rows.flat(), ...(b.footer ?? []))
        break
      case 'swot':
        out.push(b.caption, ...b.quadrants.flatMap((q) => [q.title, ...q.items]))
        break
      case 'ranking':
        out.push(b.caption, ...b.bars.map((x) => x.label))
        break
      case 'heatmap':
        out.push(b.caption, b.corner)
        break
      case 'gantt':
        out.push(b.caption, b.noDate, ...b.rows.map((r) => r.label))
    }
  }
  for (const s of doc.sections) {
    out.push(s.title)
    s.blocks.forEach(visit)
  }
  return out
}

function richPlan(): Plan {
  let p = newPlan('bookstore', shop, NOW, 'plan-1')
  p = addCompetitor(
    p,
    {
      name: '城市书房',
      pricePosition: 'mid',
      channels: ['淘宝', '微信'],
      strengths: { 'zh-CN': '品种多', en: 'Wide range' },
      weaknesses: { 'zh-CN': '', en: 'Slow delivery' },
    },
    NOW,
  )
  p = choosePlatforms(p, ['wechat', 'douyin'], NOW)
  for (const m of ['2026-11', '2026-12', '2027-01']) p = setBudget(p, m, 'marketing', 150_000, NOW)
  p = setBudget(p, '2026-12', 'platformFees', 50_000, NOW)
  p = setTimeline(
    p,
    {
      milestones: p.timeline.milestones.map((m, i) =>
        i === 0 ? { ...m, due: isoDate('2026-12-10') } : m,
      ),
      kpiTargets: [{ month: '2026-12', kpiId: 'kpi-1', target: 20 }],
    },
    NOW,
  )
  return updatePlanRisk(
    p,
    'risk-stockout',
    { mitigation: { 'zh-CN': '每天盘点畅销书', en: '' }, likelihood: 5 },
    NOW,
  )
}

describe('buildPlanDocument', () => {
  it('has every section, numbered in order, with its title in the chosen language', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const doc = buildPlanDocument(richPlan(), ctx(locale))
      expect(doc.sections.map((s) => s.id)).toEqual([...DOC_SECTIONS])
      expect(doc.sections.map((s) => s.number)).toEqual(DOC_SECTIONS.map((_, i) => i + 1))
      for (const s of doc.sections) {
        expect(s.title).toBe(translate(locale, `planUi.steps.${s.id}.title`))
        expect(s.title).not.toMatch(/^risksUi\./)
        expect(s.blocks.length, s.id).toBeGreaterThan(0)
      }
    }
    const zh = buildPlanDocument(richPlan(), ctx('zh-CN'))
    expect(zh.sections[0]?.title).toBe('店铺与目标')
    expect(zh.cover).toEqual({
      shop: '阳光书店',
      plan: '阳光书店',
      date: '2026-11-25',
      author: '王芳',
    })
  })

  it('has every section even for a blank plan, saying "none" where there is nothing', () => {
    const blank = newPlan('blank', { name: '', location: '', currency: 'CNY' }, NOW, 'b')
    const doc = buildPlanDocument(blank, { ...ctx('en'), author: ' ' })
    expect(doc.sections.map((s) => s.id)).toEqual([...DOC_SECTIONS])
    const risks = doc.sections.find((s) => s.id === 'risks')
    expect(risks?.blocks).toEqual([{ kind: 'paragraph', text: 'None yet.' }])
    expect(doc.cover.author).toBe('(not given)')
    // No key leaks through untranslated and nothing prints as "undefined".
    for (const s of texts(doc)) {
      expect(s).not.toMatch(/\b(risksUi|plan)\.[a-z]/)
      expect(s).not.toContain('undefined')
    }
  })

  it('prints the risks sorted by score with the edited values, a heat map and level summary', () => {
    const doc = buildPlanDocument(richPlan(), ctx('zh-CN'))
    const section = doc.sections.find((s) => s.id === 'risks')!
    const table = section.blocks.find((b): b is DocTable => b.kind === 'table')!
    expect(table.rows).toHaveLength(10)
    // stock-out raised to 5 × 4 = 20: now first, high
    expect(table.rows[0]?.[0]).toContain('爆款断货')
    expect(table.rows[0]?.[3]).toBe('20 高')
    expect(table.rows[0]?.[4]).toBe('每天盘点畅销书')
    expect(table.levels?.[0]).toBe('high')
    const scores = table.rows.map((r) => Number(r[3]?.split(' ')[0]))
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    const heat = section.blocks.find((b) => b.kind === 'heatmap')
    expect(heat?.kind === 'heatmap' && heat.grid[4]?.[3]).toBe(1)
    expect(heat?.kind === 'heatmap' && heat.grid.flat().reduce((a, b) => a + b, 0)).toBe(10)
    const summary = section.blocks[0]
    expect(summary).toEqual({
      kind: 'paragraph',
      text: '未关闭：高 2 个，中 8 个，低 0 个；已关闭 0 个。',
    })
  })

  it('falls back to the other language for a text filled in one language only', () => {
    const doc = buildPlanDocument(richPlan(), ctx('en'))
    const risks = tables(doc).find((t) => t.id === 'risks')!
    expect(risks.rows[0]?.[4]).toBe('每天盘点畅销书')
    const comps = tables(doc).find((t) => t.id === 'competitors')!
    expect(comps.rows[0]).toEqual([
      '城市书房',
      'Middle',
      '淘宝, 微信',
      'Wide range',
      'Slow delivery',
    ])
    expect(pickText({ 'zh-CN': ' ', en: 'x' }, 'zh-CN')).toBe('x')
  })

  it('totals the budget per month and category in money, with a totals footer', () => {
    const doc = buildPlanDocument(richPlan(), ctx('en'))
    const budget = tables(doc).find((t) => t.id === 'budget')!
    expect(budget.columns).toEqual(['Month', 'Platform fees', 'Marketing', 'Total'])
    expect(budget.rows.map((r) => r[0])).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
    ])
    expect(budget.rows[1]).toEqual(['2026-12', 'CN¥500.00', 'CN¥1,500.00', 'CN¥2,000.00'])
    expect(budget.footer).toEqual(['Total', 'CN¥500.00', 'CN¥4,500.00', 'CN¥5,000.00'])
    const gantt = doc.sections
      .find((s) => s.id === 'timeline')!
      .blocks.find((b) => b.kind === 'gantt')
    expect(gantt?.kind === 'gantt' && gantt.rows.map((r) => r.month)).toEqual([
      1,
      null,
      null,
      null,
      null,
    ])
  })

  it('ranks all platforms by weighted score and marks the chosen ones', () => {
    const doc = buildPlanDocument(richPlan(), ctx('en'))
    const section = doc.sections.find((s) => s.id === 'platforms')!
    const ranking = section.blocks.find((b) => b.kind === 'ranking')
    expect(ranking?.kind).toBe('ranking')
    if (ranking?.kind !== 'ranking') return
    expect(ranking.bars).toHaveLength(11)
    const scores = ranking.bars.map((b) => b.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(
      ranking.bars
        .filter((b) => b.chosen)
        .map((b) => b.label)
        .sort(),
    ).toEqual(['Douyin shop', 'WeChat mini-program / community group buying'])
  })

  it('reports review gaps under the document section that prints them', () => {
    const doc = buildPlanDocument(richPlan(), ctx('en'))
    const review = doc.sections.find((s) => s.id === 'review')!
    const list = review.blocks.find((b) => b.kind === 'list')
    expect(list?.kind === 'list' && list.items).toContain('Marketing: No marketing channels.')
    expect(review.blocks[0]?.kind).toBe('facts')
  })

  it('titles sections and review gaps with the wizard step names', () => {
    const doc = buildPlanDocument(richPlan(), ctx('zh-CN'))
    expect(doc.sections.map((s) => s.title)).toEqual(
      DOC_SECTIONS.map((id) => translate('zh-CN', `planUi.steps.${id}.title`)),
    )
    expect(doc.sections.find((s) => s.id === 'risks')?.title).toBe('风险')
    // a goals gap is fixed in the shop step, so it prints under that step's name
    const noGoals = buildPlanDocument({ ...richPlan(), goals: [] }, ctx('zh-CN'))
    const list = noGoals.sections
      .find((s) => s.id === 'review')!
      .blocks.find((b) => b.kind === 'list')
    expect(list?.kind === 'list' && list.items.some((i) => i.startsWith('店铺与目标: '))).toBe(true)
  })
})

describe('planPrintPath', () => {
  it('is the print route with the plan id and the document language, encoded', () => {
    expect(planPrintPath('p1', 'zh-CN')).toBe('/print/plan?id=p1&lang=zh-CN')
    expect(new URLSearchParams(planPrintPath('a&b c', 'en').split('?')[1]).get('id')).toBe('a&b c')
  })
})

describe('long tables', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [String(i)])
  it(`keep up to ${KEEP_TOGETHER_ROWS} rows together, let longer ones break between rows`, () => {
    expect(docTable('a', 'A', ['x'], rows(KEEP_TOGETHER_ROWS)).breakable).toBe(false)
    expect(docTable('a', 'A', ['x'], rows(KEEP_TOGETHER_ROWS + 1)).breakable).toBe(true)
  })
  it('the 10-risk register and an 11-platform ranking may break; a 5-criteria table may not', () => {
    const doc = buildPlanDocument(richPlan(), ctx('zh-CN'))
    const byId = new Map(tables(doc).map((t) => [t.id, t]))
    expect(byId.get('risks')?.breakable).toBe(true)
    expect(byId.get('ranking')?.breakable).toBe(true)
    expect(byId.get('weights')?.breakable).toBe(false)
    // a 12-month budget: 12 rows, breakable, every row as wide as the header
    let p = setTimeline(richPlan(), { months: 12 }, NOW)
    p = setBudget(p, '2027-10', 'stock', 1, NOW)
    const budget = tables(buildPlanDocument(p, ctx('zh-CN'))).find((t) => t.id === 'budget')!
    expect(budget.rows).toHaveLength(12)
    expect(budget.breakable).toBe(true)
    for (const r of [...budget.rows, budget.footer ?? []])
      expect(r).toHaveLength(budget.columns.length)
  })
  it('every table row has as many cells as the table has columns', () => {
    const p = { ...richPlan(), risks: [...defaultRisks()] }
    for (const t of tables(buildPlanDocument(p, ctx('en'))))
      for (const r of t.rows) expect(r, t.id).toHaveLength(t.columns.length)
  })
})
