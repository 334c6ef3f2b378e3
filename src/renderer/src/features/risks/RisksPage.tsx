import { ComingSoon } from '../../components/ComingSoon'

/** The risks area: its tools arrive with their own issue; until then it says what it will offer. */
export function RisksPage() {
  return <ComingSoon area="risks" />
}
