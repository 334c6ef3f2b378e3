import { describe, expect, it } from 'vitest'
import { exportPlan, importPlan, PLAN_FORMAT, restorePlan } from '../../../src/shared/plan/io'
import { choosePlatforms, newPlan, setBudget } from '../../../src/shared/plan/plan'
import { planSchema, PLAN_SCHEMA_VERSION } from '../../../src/shared/plan/schema'
import { translate } from '../../../src/shared/i18n'

const NOW = '2026-11-25T08:00:00.000Z'
const plan = setBudget(
  choosePlatforms(
    newPlan('appliances', { name: '海华电器', location: '宁波', currency: 'CNY' }, NOW),
    ['jd', 'meituan'],
    NOW,
  ),
  '2026-11',
  'marketing',
  123_456,
  NOW,
)
const file = (
  mutate: (p: Record<string, unknown>) => void,
  envelope: Record<string, unknown> = {},
): string => {
  const p = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>
  mutate(p)
  return JSON.stringify({
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    exportedAt: NOW,
    plan: p,
    ...envelope,
  })
}
const errorOf = (text: string): unknown => {
  const r = importPlan(text)
  return r.ok ? 'ok' : r.error
}

describe('export → import', () => {
  it('round-trips a plan exactly', () => {
    const text = exportPlan(plan, NOW)
    expect(JSON.parse(text)).toMatchObject({
      format: 'shopbridge-plan',
      schemaVersion: 1,
      exportedAt: NOW,
    })
    const r = importPlan(text)
    expect(r.ok && r.value).toEqual(plan)
  })
  it('reads a file with a BOM', () => {
    expect(importPlan('\uFEFF' + exportPlan(plan, NOW)).ok).toBe(true)
  })
  it('keeps unknown fields (from a newer minor change or a trainer tool)', () => {
    const r = importPlan(
      file((p) => {
        p.trainerComment = 'good'
        ;(p.shop as Record<string, unknown>).wechatId = 'hh'
      }),
    )
    expect(r.ok && r.value.trainerComment).toBe('good')
    expect(r.ok && r.value.shop.wechatId).toBe('hh')
  })
  it('fills missing sections and fields with defaults', () => {
    const r = importPlan(
      file((p) => {
        delete p.logistics
        delete p.marketing
        delete (p.timeline as Record<string, unknown>).kpiTargets
        const risks = p.risks as Record<string, unknown>[]
        delete risks[0]?.history
        delete risks[0]?.contingency
      }),
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.logistics.options).toEqual([])
    expect(r.value.marketing).toEqual({ channels: [], campaigns: [] })
    expect(r.value.timeline.kpiTargets).toEqual([])
    expect(r.value.timeline.budget).toEqual(plan.timeline.budget)
    expect(r.value.risks[0]?.history).toEqual([])
    expect(r.value.risks[0]?.contingency).toEqual({ 'zh-CN': '', en: '' })
    expect(r.value.risks[0]?.title).toEqual(plan.risks[0]?.title)
  })
  it('restorePlan does not modify its input', () => {
    const raw = { id: 'p', risks: [{ id: 'r' }] }
    const copy = JSON.parse(JSON.stringify(raw)) as unknown
    restorePlan(raw)
    expect(raw).toEqual(copy)
  })
})

describe('damaged plan files: a clear error, nothing returned', () => {
  it('empty', () => {
    expect(errorOf('')).toEqual({ key: 'plan.import.empty' })
    expect(errorOf('  \n')).toEqual({ key: 'plan.import.empty' })
  })
  it('not JSON (e.g. truncated)', () => {
    expect(errorOf('hello')).toEqual({ key: 'plan.import.notJson' })
    expect(errorOf(exportPlan(plan, NOW).slice(0, 200))).toEqual({ key: 'plan.import.notJson' })
  })
  it('wrong format: a backup, an array, a bare plan', () => {
    expect(errorOf('{"format":"shopbridge-backup","tables":{}}')).toEqual({
      key: 'plan.import.wrongFormat',
    })
    expect(errorOf('[1,2]')).toEqual({ key: 'plan.import.wrongFormat' })
    expect(errorOf('null')).toEqual({ key: 'plan.import.wrongFormat' })
    expect(errorOf(JSON.stringify(plan))).toEqual({ key: 'plan.import.wrongFormat' })
    expect(errorOf(`{"format":"${PLAN_FORMAT}","plan":"x"}`)).toEqual({
      key: 'plan.import.wrongFormat',
    })
  })
  it('made by a newer version', () => {
    expect(errorOf(file((p) => (p.schemaVersion = 2)))).toEqual({
      key: 'plan.import.newer',
      values: { version: 2 },
    })
    expect(errorOf(file((p) => delete p.schemaVersion, { schemaVersion: 7 }))).toEqual({
      key: 'plan.import.newer',
      values: { version: 7 },
    })
  })
  it('an invalid field names its path', () => {
    const money = file(
      (p) =>
        (((p.timeline as { budget: { amount: number }[] }).budget[0] as { amount: number }).amount =
          12.5),
    )
    expect(errorOf(money)).toEqual({
      key: 'plan.import.invalid',
      values: { field: 'timeline.budget.0.amount', count: 1 },
    })
    const date = file(
      (p) => (((p.onboarding as { due: string }[])[3] as { due: string }).due = '2026-02-30'),
    )
    expect(errorOf(date)).toMatchObject({ values: { field: 'onboarding.3.due' } })
    const score = file(
      (p) => (((p.risks as { impact: number }[])[1] as { impact: number }).impact = 9),
    )
    expect(errorOf(score)).toMatchObject({ values: { field: 'risks.1.impact' } })
    const platform = file((p) => ((p.platforms as { chosen: string[] }).chosen = ['ebay']))
    expect(errorOf(platform)).toMatchObject({ values: { field: 'platforms.chosen.0' } })
    expect(errorOf(file((p) => (p.schemaVersion = 'one')))).toMatchObject({
      key: 'plan.import.invalid',
      values: { field: 'schemaVersion' },
    })
  })
  it('every error translates in both languages', () => {
    for (const text of [
      '',
      'x',
      '[]',
      file((p) => (p.schemaVersion = 3)),
      file((p) => (p.currency = 'XXX')),
    ]) {
      const r = importPlan(text)
      expect(r.ok).toBe(false)
      if (r.ok) continue
      for (const locale of ['en', 'zh-CN'] as const) {
        const s = translate(locale, r.error.key, r.error.values)
        expect(s).not.toBe(r.error.key)
        expect(s).not.toMatch(/\{\{/)
      }
    }
  })
  it('the imported value always passes the schema', () => {
    const r = importPlan(file(() => undefined))
    expect(r.ok && planSchema.safeParse(r.value).success).toBe(true)
  })
})
