/**
 * A minimal RFC 5545 reader for tests (unit and e2e): checks CRLF line ends and the 75-octet limit,
 * unfolds, splits VEVENTs, checks BEGIN/END nesting and unescapes TEXT values. Throws on anything
 * malformed, so it works with any test runner.
 */
export interface ParsedIcs {
  calendar: Record<string, string>
  events: Record<string, string>[]
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`invalid iCalendar: ${message}`)
}

/** Parses an .ics text; throws when it breaks the rules this reader checks. */
export function parseIcs(text: string): ParsedIcs {
  check(text.endsWith('\r\n'), 'does not end with CRLF')
  const physical = text.slice(0, -2).split('\r\n')
  for (const line of physical) {
    check(!/[\r\n]/.test(line), `bare CR or LF in ${JSON.stringify(line)}`)
    check(new TextEncoder().encode(line).length <= 75, `line over 75 octets: ${line}`)
  }
  const lines: string[] = []
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1)
    else lines.push(line)
  }
  const unescape = (v: string): string =>
    v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
  const calendar: Record<string, string> = {}
  const events: Record<string, string>[] = []
  let current: Record<string, string> | null = null
  const stack: string[] = []
  for (const line of lines) {
    const colon = line.indexOf(':')
    check(colon > 0, `no property name in ${line}`)
    const name = line.slice(0, colon)
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') {
      stack.push(value)
      if (value === 'VEVENT') current = {}
    } else if (name === 'END') {
      check(stack.pop() === value, `END:${value} does not close the open component`)
      if (value === 'VEVENT' && current) {
        events.push(current)
        current = null
      }
    } else (current ?? calendar)[name] = unescape(value)
  }
  check(stack.length === 0, `unclosed ${stack.join(', ')}`)
  check(lines[0] === 'BEGIN:VCALENDAR', 'does not start with BEGIN:VCALENDAR')
  return { calendar, events }
}
