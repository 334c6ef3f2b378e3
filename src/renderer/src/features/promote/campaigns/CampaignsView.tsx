/** Placeholder until issue 6's CampaignsView lands. */
export function CampaignsView() {
  return <div />
}
