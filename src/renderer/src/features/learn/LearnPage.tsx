import { ComingSoon } from '../../components/ComingSoon'

/** The learn area: its tools arrive with their own issue; until then it says what it will offer. */
export function LearnPage() {
  return <ComingSoon area="learn" />
}
