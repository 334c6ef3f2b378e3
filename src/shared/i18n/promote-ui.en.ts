/** English strings of the `promoteUi` namespace (keys `promoteUi.*`). promote-ui.zh-CN.ts must have the same keys. */
export const promoteUiEn = {
  pageTitle: 'Promote',
  tabs: {
    campaigns: 'Campaigns',
    calendar: 'Calendar',
    loyalty: 'Loyalty programme',
  },
}
