import type { TryIt } from '@shared/lessons/schemas'

/**
 * Where each lesson's "Try it" exercise opens. A tool that is not built (null) makes the lesson say
 * the tool comes later; every tool of the course has its route now.
 */
export const AVAILABLE_TOOLS: Readonly<Record<TryIt, string | null>> = {
  none: null,
  'analyse-sample': '/analyse',
  // The platform step of the active plan (features/plan/PlanWizard.tsx resolves `active`; with no
  // plan yet it opens the plan list).
  'plan-platform': '/plan/active/platforms',
  plan: '/plan',
  promote: '/promote',
  risks: '/risks',
}

/** The route of a lesson's exercise, or null when its tool does not exist yet. */
export function toolRoute(tryIt: TryIt): string | null {
  return AVAILABLE_TOOLS[tryIt]
}
