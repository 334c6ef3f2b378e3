import fc from 'fast-check'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { flatCopy, hashString, StringIndex } from '../../../src/shared/csv/string-index'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** A string as a slice of a long two-byte text (as PapaParse cuts cells out of decoded text). */
const sliceOf = (s: string): string => {
  const parent = `交易成功,${s},${'x'.repeat(100)}`
  return parent.substring(5, 5 + s.length)
}

describe('flatCopy', () => {
  it('keeps the code units of any string (one-byte, two-byte, lone surrogates, long)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => {
        expect(flatCopy(sliceOf(s))).toBe(s)
        expect(flatCopy(s)).toBe(s)
      }),
      { numRuns: 2000 },
    )
    for (let n = 0; n <= 80; n++) {
      const s = '9876543210abc"\\\n\ud800订'.repeat(6).slice(0, n)
      expect(flatCopy(sliceOf(s))).toBe(s)
    }
  })

  it('does not keep the text it was cut from alive', () => {
    const heap = (): number => {
      gc()
      gc()
      return process.memoryUsage().heapUsed
    }
    /** 2000 IDs cut out of a ~16 MiB two-byte text, copied or not. */
    const cut = (copy: boolean): string[] => {
      const parent = `订单${'1234567890123456789,'.repeat(400_000)}`
      const out: string[] = []
      for (let i = 0; i < 2000; i++) {
        const id = parent.substring(2 + i * 20, 21 + i * 20)
        out.push(copy ? flatCopy(id) : id)
      }
      return out
    }
    const before = heap()
    const copies = cut(true)
    const withCopies = heap() - before
    const slices = cut(false)
    const withSlices = heap() - before - withCopies
    expect(withSlices).toBeGreaterThan(12 * 1024 * 1024) // the check can see a kept text
    expect(withCopies).toBeLessThan(1024 * 1024)
    expect(copies.every((c) => c === '1234567890123456789')).toBe(true)
    expect(slices.every((c) => c === '1234567890123456789')).toBe(true)
  })
})

describe('StringIndex', () => {
  it('numbers strings densely in first-seen order, like a Map', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 3 }),
            fc.string({ unit: 'binary' }),
            fc.string({ unit: 'binary', minLength: 12, maxLength: 70 }),
            fc.stringMatching(/^[0-9]{12,20}$/),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        fc.array(fc.nat(), { maxLength: 400 }),
        (pool, picks) => {
          const list = picks.map((k) => pool[k % pool.length] as string)
          const index = new StringIndex(4)
          const map = new Map<string, number>()
          for (const s of list) {
            if (!map.has(s)) map.set(s, map.size)
            expect(index.getOrAdd(sliceOf(s))).toBe(map.get(s))
          }
          expect(index.size).toBe(map.size)
          expect(index.keyList()).toEqual([...map.keys()])
          for (const [s, i] of map) {
            expect(index.get(s)).toBe(i)
            expect(index.key(i)).toBe(s)
            expect(index.hashOf(i)).toBe(hashString(s))
          }
          expect(index.get('never added \u0000')).toBe(-1)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('room reserved at any point (re-inserting what is there) changes no number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.integer({ min: 0, max: 2000 }),
        (list, whenRaw, room) => {
          const when = whenRaw % (list.length + 1)
          const plain = new StringIndex(4)
          const reserved = new StringIndex(4)
          list.forEach((s, k) => {
            if (k === when) reserved.reserve(room)
            expect(reserved.getOrAdd(s)).toBe(plain.getOrAdd(s))
          })
          reserved.reserve(room)
          expect(reserved.keyList()).toEqual(plain.keyList())
          for (const s of list) expect(reserved.get(s)).toBe(plain.get(s))
          expect(reserved.get('never added \u0000')).toBe(-1)
          for (let i = 0; i < plain.size; i++) expect(reserved.hashOf(i)).toBe(plain.hashOf(i))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('tells apart strings whose hashes collide, across growth', () => {
    const index = new StringIndex(2)
    const n = 3000
    // All in few hash values: same slots and same tags, only the strings differ.
    for (let i = 0; i < n; i++) expect(index.getOrAddHashed(`id-${i}`, i % 3, i % 2 === 0)).toBe(i)
    for (let i = 0; i < n; i++) expect(index.getOrAddHashed(`id-${i}`, i % 3)).toBe(i)
    expect(index.size).toBe(n)
    expect(index.hashOf(10)).toBe(1)
    // Hashes that differ only above the table's mask (the tag bits).
    const tags = new StringIndex(16)
    for (let i = 0; i < 200; i++) expect(tags.getOrAddHashed(`t${i}`, (i << 20) | 7)).toBe(i)
    for (let i = 0; i < 200; i++) expect(tags.getOrAddHashed(`t${i}`, (i << 20) | 7)).toBe(i)
    expect(tags.getOrAddHashed('new', (5 << 20) | 7)).toBe(200)
  })

  it('keeps the string itself without a copy when asked', () => {
    const index = new StringIndex()
    const s = sliceOf('12345678901234567890')
    index.getOrAddHashed(s, hashString(s), false)
    expect(index.key(0)).toBe('12345678901234567890')
    expect(index.get('12345678901234567890')).toBe(0)
  })
})
