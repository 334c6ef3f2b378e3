import { ComingSoon } from '../../components/ComingSoon'

/** The promote area: its tools arrive with their own issue; until then it says what it will offer. */
export function PromotePage() {
  return <ComingSoon area="promote" />
}
