/** Placeholder until issue 6's CalendarView lands. */
export function CalendarView() {
  return <div />
}
