import { describe, expect, it } from 'vitest'
import { readSlices } from '../../src/renderer/src/workers/slices'

/** The import worker's slice reader: every byte once, in order, with reads started ahead. */
describe('readSlices', () => {
  const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) & 0xff)
  const blob = new Blob([bytes])

  const all = async (from: number, to: number, size: number, depth?: number) => {
    const parts: Uint8Array[] = []
    for await (const part of readSlices(blob, from, to, size, depth)) parts.push(part)
    return parts
  }

  it('reads a range in slices of the size asked, the last one shorter', async () => {
    for (const depth of [1, 3, 8]) {
      const parts = await all(100, 9_100, 1_000, depth)
      expect(parts.map((p) => p.length)).toEqual(Array(9).fill(1_000))
      const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
      let at = 0
      for (const p of parts) {
        joined.set(p, at)
        at += p.length
      }
      expect(joined).toEqual(bytes.subarray(100, 9_100))
    }
    expect((await all(0, 10_000, 3_000)).map((p) => p.length)).toEqual([3000, 3000, 3000, 1000])
  })

  it('an empty range reads nothing; stopping early leaves the rest unread', async () => {
    expect(await all(500, 500, 100)).toEqual([])
    const seen: number[] = []
    for await (const part of readSlices(blob, 0, 10_000, 1_000)) {
      seen.push(part[0] as number)
      if (seen.length === 2) break
    }
    expect(seen).toEqual([bytes[0], bytes[1000]])
  })
})
