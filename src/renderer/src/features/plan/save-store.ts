import { create } from 'zustand'

/** UI state of autosave: writes in flight and when the last one finished (shown in the header). */
interface SaveState {
  pending: number
  lastSaved: number | null
  failed: boolean
  begin: () => void
  end: (ok: boolean) => void
}

export const useSaveStore = create<SaveState>((set) => ({
  pending: 0,
  lastSaved: null,
  failed: false,
  begin: () => set((s) => ({ pending: s.pending + 1 })),
  end: (ok) =>
    set((s) => ({
      pending: Math.max(0, s.pending - 1),
      lastSaved: ok ? Date.now() : s.lastSaved,
      failed: !ok,
    })),
}))
