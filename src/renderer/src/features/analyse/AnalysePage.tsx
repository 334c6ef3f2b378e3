import { ComingSoon } from '../../components/ComingSoon'

/** The analyse area: its tools arrive with their own issue; until then it says what it will offer. */
export function AnalysePage() {
  return <ComingSoon area="analyse" />
}
