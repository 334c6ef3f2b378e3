import { describe, it, expect } from 'vitest'
import { PERIOD_PRESETS, presetRange, type FixedPreset } from '../../../src/shared/kpi/presets'
import { periodDays } from '../../../src/shared/kpi/types'
import { d, period } from './fixtures'

describe('presetRange', () => {
  const today = d('2025-03-15')
  it('last N days end today, both ends inclusive', () => {
    expect(presetRange('last7', today)).toEqual(period('2025-03-09', '2025-03-15'))
    expect(presetRange('last30', today)).toEqual(period('2025-02-14', '2025-03-15'))
    expect(presetRange('last90', today)).toEqual(period('2024-12-16', '2025-03-15'))
    expect(periodDays(presetRange('last7', today)).days).toBe(7)
    expect(periodDays(presetRange('last30', today)).days).toBe(30)
    expect(periodDays(presetRange('last90', today)).days).toBe(90)
  })
  it('this month and this year run to today', () => {
    expect(presetRange('thisMonth', today)).toEqual(period('2025-03-01', '2025-03-15'))
    expect(presetRange('thisYear', today)).toEqual(period('2025-01-01', '2025-03-15'))
    expect(presetRange('thisMonth', d('2025-03-01'))).toEqual(period('2025-03-01', '2025-03-01'))
  })
  it('last month is the whole previous calendar month', () => {
    expect(presetRange('lastMonth', today)).toEqual(period('2025-02-01', '2025-02-28'))
    expect(presetRange('lastMonth', d('2024-03-31'))).toEqual(period('2024-02-01', '2024-02-29'))
    expect(presetRange('lastMonth', d('2025-01-10'))).toEqual(period('2024-12-01', '2024-12-31'))
  })
  it('handles year boundaries and leap days', () => {
    expect(presetRange('last7', d('2025-01-03'))).toEqual(period('2024-12-28', '2025-01-03'))
    // 2024 is a leap year: 1 Feb … 29 Feb (29 days) + 1 March = 30 days
    expect(presetRange('last30', d('2024-03-01'))).toEqual(period('2024-02-01', '2024-03-01'))
    expect(presetRange('last30', d('2025-03-01'))).toEqual(period('2025-01-31', '2025-03-01'))
    expect(presetRange('thisYear', d('2024-01-01'))).toEqual(period('2024-01-01', '2024-01-01'))
  })
  it('lists every preset, custom included', () => {
    expect(PERIOD_PRESETS).toEqual([
      'last7',
      'last30',
      'last90',
      'thisMonth',
      'lastMonth',
      'thisYear',
      'custom',
    ])
    expect(() => presetRange('custom' as FixedPreset, today)).toThrow(RangeError)
  })
})
