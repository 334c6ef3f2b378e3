import { describe, expect, it } from 'vitest'
import { prepare } from '../../../src/shared/kpi/prepare'
import { buildDashboard, DashboardCache } from '../../../src/shared/kpi/dashboard'
import { kpiInput, order, period } from './fixtures'

const orders = [
  order('o1', '2026-01-05', { amount: 1000, channel: '淘宝', lines: [['A', 1, 1000]] }),
  order('o2', '2026-02-10', { amount: 2500, channel: '抖音', lines: [['B', 2, 1250]] }),
  order('o3', '2026-03-15', { amount: 800, status: 'returned', channel: '淘宝' }),
]

describe('DashboardCache', () => {
  it('gives the same model as buildDashboard, computes each request once, and keys on every input', () => {
    const p = prepare(kpiInput(orders))
    const cache = new DashboardCache(p)
    const q1 = {
      period: period('2026-01-01', '2026-03-31'),
      granularity: 'day' as const,
      channel: null,
    }
    expect(cache.has(q1)).toBe(false)
    const m1 = cache.get(q1)
    expect(m1).toEqual(buildDashboard(p, q1.period, 'day', null))
    expect(cache.has(q1)).toBe(true)
    expect(cache.get({ ...q1, period: period('2026-01-01', '2026-03-31') })).toBe(m1)
    // another granularity, channel or period is another model
    const byWeek = cache.get({ ...q1, granularity: 'week' })
    expect(byWeek).not.toBe(m1)
    expect(byWeek).toEqual(buildDashboard(p, q1.period, 'week', null))
    const taobao = cache.get({ ...q1, channel: '淘宝' })
    expect(taobao).toEqual(buildDashboard(p, q1.period, 'day', '淘宝'))
    expect(taobao.vsPrevious).not.toEqual(m1.vsPrevious)
    expect(cache.has({ ...q1, period: period('2026-01-01', '2026-02-28') })).toBe(false)
  })
})
