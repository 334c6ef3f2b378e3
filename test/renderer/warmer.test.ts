import { describe, expect, it } from 'vitest'
import { prepare } from '@shared/kpi/prepare'
import { buildDashboard, DashboardCache, type DashboardRequest } from '@shared/kpi/dashboard'
import { Warmer } from '@renderer/workers/warmer'
import { kpiInput, order, period } from '../unit/kpi/fixtures'

const orders = [
  order('o1', '2026-01-05', { amount: 1000, channel: '淘宝', lines: [['A', 1, 1000]] }),
  order('o2', '2026-02-10', { amount: 2500, channel: '抖音', lines: [['B', 2, 1250]] }),
]
const req = (from: string, to: string): DashboardRequest => ({
  period: period(from, to),
  granularity: 'day',
  channel: null,
})
const jan = req('2026-01-01', '2026-01-31')
const feb = req('2026-02-01', '2026-02-28')
const q1 = req('2026-01-01', '2026-03-31')

/** A Warmer whose steps run only when the test says so. */
function setup() {
  const p = prepare(kpiInput(orders))
  let cache: DashboardCache | null = new DashboardCache(p)
  const posted: { version: number; request: DashboardRequest; model: unknown }[] = []
  const steps: (() => void)[] = []
  const warmer = new Warmer(
    () => cache,
    (version, request, model) => posted.push({ version, request, model }),
    (step) => steps.push(step),
  )
  const runAll = () => {
    while (steps.length > 0) steps.shift()?.()
  }
  return { p, warmer, posted, steps, runAll, drop: () => (cache = null) }
}

describe('Warmer (the analytics worker computes the other presets while idle)', () => {
  it('posts each requested model, one per task, tagged with the version of its data', () => {
    const { p, warmer, posted, steps, runAll } = setup()
    warmer.loading(3)
    warmer.warm(3, [jan, feb])
    expect(posted).toEqual([]) // nothing in the task that asked
    steps.shift()?.()
    expect(posted).toHaveLength(1) // one model per task
    runAll()
    expect(posted.map((x) => [x.version, x.request])).toEqual([
      [3, jan],
      [3, feb],
    ])
    expect(posted[1]?.model).toEqual(buildDashboard(p, feb.period, 'day', null))
    // Asked again (a load that kept the data under a new version), cached models are posted too.
    warmer.loading(4)
    warmer.warm(4, [jan])
    runAll()
    expect(posted.at(-1)).toMatchObject({ version: 4, request: jan })
  })

  it('ignores a request for older data, and a load voids what was queued before it', () => {
    const { warmer, posted, steps, runAll } = setup()
    warmer.loading(5)
    warmer.warm(4, [jan]) // the page asked before it heard of load 5
    runAll()
    expect(posted).toEqual([])
    warmer.warm(5, [jan, feb, q1])
    steps.shift()?.()
    expect(posted).toHaveLength(1)
    warmer.loading(6) // a load began: feb and q1 would be computed from data about to change
    runAll()
    expect(posted).toHaveLength(1)
    // and warming starts again for the new version
    warmer.warm(6, [q1])
    runAll()
    expect(posted.map((x) => x.version)).toEqual([5, 6])
  })

  it('a newer request replaces the queue; without data it stops', () => {
    const { warmer, posted, runAll, drop } = setup()
    warmer.loading(1)
    warmer.warm(1, [jan, feb])
    warmer.warm(1, [q1])
    runAll()
    expect(posted.map((x) => x.request)).toEqual([q1])
    drop()
    warmer.warm(1, [jan])
    runAll()
    expect(posted).toHaveLength(1)
  })
})
