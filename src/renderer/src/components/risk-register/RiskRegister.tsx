/**
 * The risk register of one plan: used by the Risks page and by the plan wizard's risk step, so a
 * risk edited in one shows in the other (both read and write the plan through db/plans.ts).
 * (Placeholder until issue 5's risk register UI lands.)
 */
export function RiskRegister({ planId }: { planId: string }) {
  return <div data-plan-id={planId} />
}
