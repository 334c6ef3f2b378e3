/** Placeholder until issue 6's LoyaltyView lands. */
export function LoyaltyView() {
  return <div />
}
