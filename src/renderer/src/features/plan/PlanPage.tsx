import { ComingSoon } from '../../components/ComingSoon'

/** The plan area: its tools arrive with their own issue; until then it says what it will offer. */
export function PlanPage() {
  return <ComingSoon area="plan" />
}
