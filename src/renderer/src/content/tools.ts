import type { TryIt } from '@shared/lessons/schemas'

/**
 * Where each lesson's "Try it" exercise opens. Tools that are not built yet are null: the lesson
 * then says the tool comes later. When Plan, Promote and Risks land, give them their route here
 * and every lesson that points at them lights up.
 */
export const AVAILABLE_TOOLS: Readonly<Record<TryIt, string | null>> = {
  none: null,
  'analyse-sample': '/analyse',
  // The platform step of the active plan (features/plan/PlanWizard.tsx resolves `active`; with no
  // plan yet it opens the plan list).
  'plan-platform': '/plan/active/platforms',
  plan: '/plan',
  promote: null,
  risks: '/risks',
}

/** The route of a lesson's exercise, or null when its tool does not exist yet. */
export function toolRoute(tryIt: TryIt): string | null {
  return AVAILABLE_TOOLS[tryIt]
}
