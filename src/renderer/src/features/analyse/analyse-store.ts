import { create } from 'zustand'

import type { RangePreset } from '@shared/kpi/dashboard'

export type { RangePreset }
/** Chart buckets. */
export type Granularity = 'day' | 'week' | 'month'

/** The dashboard's UI state (what is shown; the data itself lives in Dexie). */
interface AnalyseUiState {
  preset: RangePreset
  custom: { from: string; to: string } | null
  granularity: Granularity
  channel: string | null
  setPreset: (p: RangePreset) => void
  setCustom: (r: { from: string; to: string }) => void
  setGranularity: (g: Granularity) => void
  setChannel: (c: string | null) => void
}

/** Dashboard UI state. */
export const useAnalyseStore = create<AnalyseUiState>((set) => ({
  preset: 'last30',
  custom: null,
  granularity: 'day',
  channel: null,
  setPreset: (preset) => set({ preset }),
  setCustom: (custom) => set({ custom, preset: 'custom' }),
  setGranularity: (granularity) => set({ granularity }),
  setChannel: (channel) => set({ channel }),
}))
