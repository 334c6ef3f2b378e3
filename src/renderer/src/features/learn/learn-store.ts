import { create } from 'zustand'

/** Learn's UI state (what is shown; progress and attempts live in Dexie). */
interface LearnUiState {
  /** The glossary's search text, kept while the learner follows a term to its lesson and back. */
  glossaryQuery: string
  setGlossaryQuery: (q: string) => void
}

/** Learn's UI state. */
export const useLearnStore = create<LearnUiState>((set) => ({
  glossaryQuery: '',
  setGlossaryQuery: (glossaryQuery) => set({ glossaryQuery }),
}))
