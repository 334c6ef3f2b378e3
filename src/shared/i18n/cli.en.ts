/** English strings of the headless commands (keys `cli.*`). */
export const cliEn = {
  missingValue: '{{flag}} needs a value.',
  badDate: '{{flag}} needs a date written YYYY-MM-DD (got “{{value}}”).',
  unknownOption: 'Unknown option {{option}}.',
  noOrders: 'No orders to compute from: give at least one --orders FILE with order rows.',
  badPeriod: 'The period starts after it ends ({{from}} > {{to}}): swap --from and --to.',
  unreadable:
    'Cannot read the file {{path}}: check the path and that the file is not open elsewhere.',
  wrongKind: '{{path}} is not a {{kind}} file: check which option it was given with.',
  rejected: '{{count}} rows were rejected (run the import in the app to see each line and reason).',
  period: 'Period: {{from}} – {{to}}',
  noData: 'not enough data',
}
