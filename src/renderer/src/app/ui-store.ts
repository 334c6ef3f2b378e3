import { create } from 'zustand'

/** UI-only state (nothing here is persisted; data lives in Dexie). */
interface UiState {
  siderCollapsed: boolean
  setSiderCollapsed: (v: boolean) => void
}

/** The app shell's UI state. */
export const useUiStore = create<UiState>((set) => ({
  siderCollapsed: false,
  setSiderCollapsed: (siderCollapsed) => set({ siderCollapsed }),
}))
