import { addDays, dateFromParts, daysInMonth, type IsoDate } from '../dates'
import type { Period } from './types'

/** Period presets of the dashboard (i18n: `kpi.presets.<preset>`); `custom` is a picked range. */
export const PERIOD_PRESETS = [
  'last7',
  'last30',
  'last90',
  'thisMonth',
  'lastMonth',
  'thisYear',
  'custom',
] as const
/** A period preset. */
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]
/** The presets presetRange computes. */
export type FixedPreset = Exclude<PeriodPreset, 'custom'>

/**
 * The dates of a preset relative to `today`, both ends inclusive: last N days = today−(N−1)..today;
 * this month and this year run to today; last month is the whole previous calendar month.
 */
export function presetRange(preset: FixedPreset, today: IsoDate): Period {
  const y = Number(today.slice(0, 4))
  const m = Number(today.slice(5, 7))
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: today }
    case 'last30':
      return { from: addDays(today, -29), to: today }
    case 'last90':
      return { from: addDays(today, -89), to: today }
    case 'thisMonth':
      return { from: dateFromParts(y, m, 1), to: today }
    case 'lastMonth': {
      const py = m === 1 ? y - 1 : y
      const pm = m === 1 ? 12 : m - 1
      return { from: dateFromParts(py, pm, 1), to: dateFromParts(py, pm, daysInMonth(py, pm)) }
    }
    case 'thisYear':
      return { from: dateFromParts(y, 1, 1), to: today }
    default: {
      const never: never = preset
      throw new RangeError(`unknown preset: ${String(never)}`)
    }
  }
}
