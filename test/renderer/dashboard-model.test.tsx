import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { IsoDate } from '@shared/dates'
import type { Granularity, Period } from '@shared/kpi'
import type { DashboardModel } from '@shared/kpi/dashboard'
import { useDashboardModel, type AnalyticsMeta } from '@renderer/features/analyse/use-analytics'

const model = (tag: string) => ({ tag }) as unknown as DashboardModel
const p = (from: string, to: string): Period => ({ from: from as IsoDate, to: to as IsoDate })
const A = p('2026-01-01', '2026-01-31')
const B = p('2026-02-01', '2026-02-28')
const C = p('2026-03-01', '2026-03-31')
const meta: AnalyticsMeta = { version: 1, channels: [], range: null, hasSample: false }

/** A fake analytics hook: models held by the page (`held`), and worker answers the test gives. */
function fakeAnalytics(held: Map<string, DashboardModel>) {
  const answers = new Map<string, (m: DashboardModel) => void>()
  const requestModel = vi.fn(
    (period: Period, _g: Granularity, _c: string | null) =>
      new Promise<DashboardModel>((resolve) => answers.set(period.from, resolve)),
  )
  const cachedModel = (period: Period) => held.get(period.from) ?? null
  return { meta, requestModel, cachedModel, answers }
}

describe('useDashboardModel', () => {
  it('shows a model the page holds in the same render, without asking the worker', () => {
    const analytics = fakeAnalytics(new Map([[A.from, model('A')]]))
    const { result } = renderHook(() => useDashboardModel(analytics, A, 'day', null))
    expect(result.current).toEqual(model('A'))
    expect(analytics.requestModel).not.toHaveBeenCalled()
  })

  it('asks the worker for any other, and keeps the model shown last meanwhile — not an older one', async () => {
    const analytics = fakeAnalytics(new Map([[B.from, model('B')]]))
    const { result, rerender } = renderHook(
      ({ period }) => useDashboardModel(analytics, period, 'day', null),
      { initialProps: { period: A } },
    )
    expect(result.current).toBeNull() // nothing to show yet
    expect(analytics.requestModel).toHaveBeenCalledTimes(1)
    await act(async () => analytics.answers.get(A.from)?.(model('A')))
    expect(result.current).toEqual(model('A'))
    // B is held: shown at once
    rerender({ period: B })
    expect(result.current).toEqual(model('B'))
    expect(analytics.requestModel).toHaveBeenCalledTimes(1)
    // C is computed: B (shown last) stays shown meanwhile, not A (the last one asked for)
    rerender({ period: C })
    expect(result.current).toEqual(model('B'))
    await act(async () => analytics.answers.get(C.from)?.(model('C')))
    expect(result.current).toEqual(model('C'))
    // back to A: asked again (not held), C stays shown until the answer
    rerender({ period: A })
    expect(result.current).toEqual(model('C'))
    await act(async () => analytics.answers.get(A.from)?.(model('A2')))
    expect(result.current).toEqual(model('A2'))
  })

  it('drops an answer that comes after the period changed again', async () => {
    const analytics = fakeAnalytics(new Map())
    const { result, rerender } = renderHook(
      ({ period }) => useDashboardModel(analytics, period, 'day', null),
      { initialProps: { period: A } },
    )
    rerender({ period: C })
    await act(async () => analytics.answers.get(A.from)?.(model('A')))
    expect(result.current).toBeNull()
    await act(async () => analytics.answers.get(C.from)?.(model('C')))
    expect(result.current).toEqual(model('C'))
  })
})
