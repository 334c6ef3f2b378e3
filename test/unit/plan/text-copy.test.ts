import { describe, expect, it } from 'vitest'
import { copyPlan, freshPlanId } from '../../../src/shared/plan/copy'
import { newPlan } from '../../../src/shared/plan/plan'
import { planSchema } from '../../../src/shared/plan/schema'
import { linesToTexts, localText, textLines, userText } from '../../../src/shared/plan/text'

const NOW = '2026-11-25T08:00:00.000Z'

describe('plan texts', () => {
  it('localText falls back to the other language when empty', () => {
    expect(localText({ 'zh-CN': '书店', en: 'Bookstore' }, 'en')).toBe('Bookstore')
    expect(localText({ 'zh-CN': '书店', en: '' }, 'en')).toBe('书店')
    expect(localText({ 'zh-CN': ' ', en: 'Books' }, 'zh-CN')).toBe('Books')
  })
  it('userText stores the typed words in one language only', () => {
    expect(userText('童装', 'zh-CN')).toEqual({ 'zh-CN': '童装', en: '' })
    expect(userText('Kids', 'en')).toEqual({ 'zh-CN': '', en: 'Kids' })
  })
  it('lines round-trip; unchanged lines keep both languages, new ones are the user’s', () => {
    const prev = [
      { 'zh-CN': '客流减少', en: 'Fewer walk-ins' },
      { 'zh-CN': '', en: 'Online readers' },
    ]
    expect(textLines(prev, 'zh-CN')).toBe('客流减少\nOnline readers')
    expect(linesToTexts('客流减少\n\n  新原因  \n', prev, 'zh-CN')).toEqual([
      { 'zh-CN': '客流减少', en: 'Fewer walk-ins' },
      { 'zh-CN': '新原因', en: '' },
    ])
    expect(linesToTexts('', prev, 'en')).toEqual([])
  })
})

describe('copyPlan and freshPlanId', () => {
  it('copies everything under a new id and name, with new timestamps, leaving the original alone', () => {
    const plan = {
      ...newPlan('grocery', { name: '邻里超市', location: '成都', currency: 'CNY' }, NOW, 'p1'),
      extra: { keep: 1 },
    }
    const copy = copyPlan(plan, 'p2', '邻里超市（副本）', '2026-12-01T00:00:00.000Z')
    expect(copy.id).toBe('p2')
    expect(copy.name).toBe('邻里超市（副本）')
    expect(copy.createdAt).toBe('2026-12-01T00:00:00.000Z')
    expect(copy.updatedAt).toBe('2026-12-01T00:00:00.000Z')
    expect(copy.risks).toEqual(plan.risks)
    expect((copy as Record<string, unknown>)['extra']).toEqual({ keep: 1 })
    copy.risks[0]!.owner = 'changed'
    expect(plan.risks[0]?.owner).toBe('')
    expect(planSchema.safeParse(copy).success).toBe(true)
  })
  it('freshPlanId avoids existing ids and strips odd characters', () => {
    expect(freshPlanId('abc', [])).toBe('plan-abc')
    expect(freshPlanId('abc', ['plan-abc', 'plan-abc-2'])).toBe('plan-abc-3')
    expect(freshPlanId('a/b c', [])).toBe('plan-abc')
    expect(freshPlanId('', [])).toBe('plan-x')
  })
})
