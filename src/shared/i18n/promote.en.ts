/** English strings of the `promote` namespace (keys `promote.*`). promote.zh-CN.ts must have the same keys. */
export const promoteEn = {
  kinds: {
    festival: 'Festival',
    shopping: 'Shopping day',
    international: 'International',
  },
  verdict: {
    profitable: 'Worth running: at the expected uplift the campaign earns more than it costs.',
    marginal:
      'Only just pays: the extra profit is small for what it costs. Try a smaller discount or less advertising.',
    loss: 'Loses money at the expected uplift: you need more extra orders than you expect to break even.',
    neverPays:
      'Never pays: each order sells below cost after the discounts, so more orders only lose more.',
  },
  warnings: {
    belowFloor:
      'The margin left after the promotion is {{margin}} %, below your floor of {{floor}} %.',
    stackBreaksFloor:
      '{{count}} price promotions stacked leave a margin of {{margin}} %, below your floor of {{floor}} %. Drop one or set a lower discount.',
    fewCoupons:
      'Few coupons compared with the orders expected: most buyers will not get one, so the uplift may be smaller.',
    flashStockUnsold:
      'The flash-sale stock is larger than the orders expected: part of it may stay unsold.',
    flashExcluded:
      'Platforms usually keep flash-sale items out of 满减 and coupons: the numbers here assume they stack (the careful side). Check the platform’s rules.',
    sameKindTwice:
      'Two promotions of the same kind do not add up on the platforms: usually only one applies. The numbers here count both.',
  },
  cli: {
    title: 'Retail calendar {{year}}',
    prep: 'Prepare',
    typical:
      'Shopping-day phases and preparation dates are typical: platforms change them every year — check the platform’s current rules.',
    badYear: 'The year must be a number from {{min}} to {{max}} (got “{{value}}”).',
    noYear: 'Give the year: --year YYYY.',
    unknownOption: 'Unknown option {{option}}.',
  },
}
