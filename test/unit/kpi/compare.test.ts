import { describe, it, expect } from 'vitest'
import {
  change,
  compareKpis,
  comparisonPeriod,
  previousPeriod,
  samePeriodLastYear,
  shiftYears,
} from '../../../src/shared/kpi/compare'
import { KPI_FIELDS } from '../../../src/shared/kpi/types'
import { PERIOD_A, d, datasetA, period } from './fixtures'

describe('previousPeriod', () => {
  it('is the same number of days immediately before from', () => {
    expect(previousPeriod(period('2025-03-01', '2025-03-07'))).toEqual(
      period('2025-02-22', '2025-02-28'),
    )
    expect(previousPeriod(period('2025-03-01', '2025-03-01'))).toEqual(
      period('2025-02-28', '2025-02-28'),
    )
    // 31 days of March 2024 → the 31 days ending 29 Feb 2024 (a leap year)
    expect(previousPeriod(period('2024-03-01', '2024-03-31'))).toEqual(
      period('2024-01-30', '2024-02-29'),
    )
    // across a year boundary
    expect(previousPeriod(period('2025-01-01', '2025-01-10'))).toEqual(
      period('2024-12-22', '2024-12-31'),
    )
  })
})

describe('samePeriodLastYear', () => {
  it('shifts the dates one year back; 29 Feb maps to 28 Feb', () => {
    expect(samePeriodLastYear(period('2025-03-01', '2025-03-31'))).toEqual(
      period('2024-03-01', '2024-03-31'),
    )
    expect(samePeriodLastYear(period('2024-02-29', '2024-02-29'))).toEqual(
      period('2023-02-28', '2023-02-28'),
    )
    expect(samePeriodLastYear(period('2024-02-01', '2024-02-29'))).toEqual(
      period('2023-02-01', '2023-02-28'),
    )
    // 28 Feb of a year after a leap year stays 28 Feb (not 29)
    expect(samePeriodLastYear(period('2025-02-28', '2025-03-01'))).toEqual(
      period('2024-02-28', '2024-03-01'),
    )
  })
  it('shiftYears keeps 29 Feb in leap years and clamps otherwise', () => {
    expect(shiftYears(d('2024-02-29'), -4)).toBe('2020-02-29')
    expect(shiftYears(d('2024-02-29'), 1)).toBe('2025-02-28')
    expect(shiftYears(d('2000-02-29'), -100)).toBe('1900-02-28')
    expect(shiftYears(d('2025-12-31'), -1)).toBe('2024-12-31')
  })
  it('comparisonPeriod picks the mode', () => {
    expect(comparisonPeriod(PERIOD_A, 'previousPeriod')).toEqual(previousPeriod(PERIOD_A))
    expect(comparisonPeriod(PERIOD_A, 'samePeriodLastYear')).toEqual(
      period('2024-03-01', '2024-03-07'),
    )
  })
})

describe('change', () => {
  it('rates: absolute difference in percentage points (as a fraction)', () => {
    const c = change('conversionRate', 0.05, 0.04)
    expect(c?.kind).toBe('points')
    expect(c?.value).toBeCloseTo(0.01, 12)
    expect(change('returnRate', 0.03, 0.05)?.value).toBeCloseTo(-0.02, 12)
    expect(change('repeatPurchaseRate', 0.1, 0.1)).toEqual({ kind: 'points', value: 0 })
    // From 0 %: a difference needs no division
    expect(change('conversionRate', 0.05, 0)).toEqual({ kind: 'points', value: 0.05 })
  })
  it('counts and money: relative change', () => {
    expect(change('orders', 120, 100)).toEqual({ kind: 'relative', value: 0.2 })
    expect(change('grossSales', 5000, 10000)).toEqual({ kind: 'relative', value: -0.5 })
    expect(change('cogs', 100, 100)).toEqual({ kind: 'relative', value: 0 })
    // A negative base: the sign still says the direction (−100 → 50 is up)
    expect(change('netSales', 50, -100)).toEqual({ kind: 'relative', value: 1.5 })
  })
  it('ratios that are not percentages (ROAS, turnover, days) change relatively', () => {
    expect(change('roas', 3, 2)).toEqual({ kind: 'relative', value: 0.5 })
    expect(change('inventoryTurnover', 1, 2)).toEqual({ kind: 'relative', value: -0.5 })
    expect(change('daysOfInventory', 45, 30)).toEqual({ kind: 'relative', value: 0.5 })
  })
  it('null when either side is null or the base is 0', () => {
    expect(change('orders', 5, 0)).toBeNull()
    expect(change('orders', 0, 0)).toBeNull()
    expect(change('orders', null, 3)).toBeNull()
    expect(change('orders', 3, null)).toBeNull()
    expect(change('conversionRate', null, 0.1)).toBeNull()
    expect(change('conversionRate', 0.1, null)).toBeNull()
  })
})

describe('compareKpis', () => {
  it('computes both periods and every change', () => {
    const c = compareKpis(datasetA(), PERIOD_A, 'previousPeriod')
    expect(c.previous.period).toEqual(period('2025-02-22', '2025-02-28'))
    // Previous week: no order (o0 is on 02-20) → orders 0 → relative change null
    expect(c.previous.kpis.orders).toBe(0)
    expect(c.changes.orders).toBeNull()
    expect(Object.keys(c.changes).sort()).toEqual([...KPI_FIELDS].sort())
    const wide = compareKpis(datasetA(), period('2025-02-27', '2025-03-08'), 'previousPeriod')
    // current 02-27..03-08: valid o1..o5, o7, o8, o9 = 8; previous 02-17..02-26: o0 = 1 → +700 %
    expect(wide.current.kpis.orders).toBe(8)
    expect(wide.previous.kpis.orders).toBe(1)
    expect(wide.changes.orders).toEqual({ kind: 'relative', value: 7 })
  })
  it('passes the channel filter to both periods', () => {
    const c = compareKpis(datasetA(), period('2025-02-20', '2025-03-01'), 'previousPeriod', {
      channel: 'taobao',
    })
    expect(c.current.channel).toBe('taobao')
    expect(c.previous.channel).toBe('taobao')
    expect(c.current.kpis.orders).toBe(2) // o0, o1
  })
})
