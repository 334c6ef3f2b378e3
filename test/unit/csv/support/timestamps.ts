import fc from 'fast-check'

const two = (n: number): string => String(n).padStart(2, '0')

/**
 * `YYYY-MM-DD HH:MM[:SS]` timestamps and their near misses (month 13, day 32, hour 25, minute 61;
 * a `T`, two spaces or a slash between date and time): the shape the conversion's fast paths read.
 */
export const timestampShapes = fc
  .tuple(
    fc.integer({ min: 1890, max: 2210 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom(' ', 'T', '  ', '/'),
    fc.boolean(),
  )
  .map(
    ([y, m, d, h, mi, s, sep, seconds]) =>
      `${y}-${two(m)}-${two(d)}${sep}${two(h)}:${two(mi)}${seconds ? `:${two(s)}` : ''}`,
  )
