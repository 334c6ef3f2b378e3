import { describe, expect, it } from 'vitest'
import { formatChange, formatKpi, shownDirection } from '@renderer/features/analyse/format'
import { anchorDate, periodFor } from '@shared/kpi/dashboard'
import { isoDate } from '@shared/dates'

describe('dashboard formatting', () => {
  it('formats each kind of KPI for the locale', () => {
    expect(formatKpi('grossSales', 105799, 'zh-CN', 'CNY')).toBe('¥1,057.99')
    expect(formatKpi('returnRate', 0.1111, 'en', 'CNY')).toBe('11.1%')
    expect(formatKpi('orders', 24087, 'en', 'CNY')).toBe('24,087')
    expect(formatKpi('roas', 6.4712, 'en', 'CNY')).toBe('6.47×')
  })

  it('never shows -0 and gives a flat direction to changes that round to zero', () => {
    expect(formatChange({ kind: 'points', value: -0.00001 }, 'en')).toBe('0')
    expect(shownDirection({ kind: 'points', value: -0.00001 })).toBe(0)
    expect(formatChange({ kind: 'relative', value: 0.264 }, 'en')).toBe('+26.4%')
    expect(formatChange({ kind: 'points', value: -0.019 }, 'en')).toBe('-1.9')
    expect(shownDirection({ kind: 'relative', value: -0.2 })).toBe(-1)
  })

  it('counts presets back from the last day with data', () => {
    expect(anchorDate(isoDate('2026-11-25'), isoDate('2020-02-29'))).toBe('2020-02-29')
    expect(anchorDate(isoDate('2026-11-25'), null)).toBe('2026-11-25')
    expect(anchorDate(isoDate('2026-11-25'), isoDate('2027-01-01'))).toBe('2026-11-25')
    expect(periodFor('last30', null, isoDate('2020-02-29'))).toEqual({ from: '2020-01-31', to: '2020-02-29' })
    expect(periodFor('custom', { from: '2020-02-01', to: '2020-02-10' }, isoDate('2020-02-29'))).toEqual({
      from: '2020-02-01',
      to: '2020-02-10',
    })
  })
})
