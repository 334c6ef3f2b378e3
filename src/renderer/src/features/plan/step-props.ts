import type { Plan } from '@shared/plan/schema'
import type { TextLocale } from '@shared/plan/text'
import type { PlanChange } from './plan-actions'

/** What every wizard step gets: the stored plan, the autosave edit function and the text locale. */
export interface StepProps {
  plan: Plan
  edit: (change: PlanChange) => void
  locale: TextLocale
}
