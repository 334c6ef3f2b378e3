import { describe, expect, it } from 'vitest'
import { withDefaultRisks } from '../../../src/shared/risk/defaults'
import { defaultRisks, newRisk } from '../../../src/shared/risk/register'

describe('withDefaultRisks', () => {
  it('adds all ten defaults to an empty register', () => {
    const out = withDefaultRisks([])
    expect(out.map((r) => r.id)).toEqual(defaultRisks().map((r) => r.id))
    expect(out).toHaveLength(10)
  })
  it('keeps existing risks (edited ones too) first and adds only the missing defaults', () => {
    const own = newRisk('risk-1', { likelihood: 5 })
    const edited = { ...defaultRisks()[0]!, likelihood: 1 }
    const out = withDefaultRisks([own, edited])
    expect(out).toHaveLength(11)
    expect(out[0]).toBe(own)
    expect(out[1]).toBe(edited)
    expect(out.filter((r) => r.id === edited.id)).toHaveLength(1)
  })
  it('returns the same array when nothing is missing', () => {
    const full = defaultRisks()
    expect(withDefaultRisks(full)).toBe(full)
  })
})
