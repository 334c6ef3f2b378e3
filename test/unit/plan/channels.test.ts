import { describe, expect, it } from 'vitest'
import { newPlan, setMarketing } from '../../../src/shared/plan/plan'
import { MARKETING_CHANNELS, planSchema } from '../../../src/shared/plan/schema'
import { en } from '../../../src/shared/i18n/en'
import { zhCN } from '../../../src/shared/i18n/zh-CN'

const NOW = '2026-11-25T08:00:00.000Z'

describe('marketing channels', () => {
  it('include search and e-mail (issue 5) and every channel has a name in both languages', () => {
    expect(MARKETING_CHANNELS).toContain('search')
    expect(MARKETING_CHANNELS).toContain('email')
    for (const c of MARKETING_CHANNELS) {
      expect(en.plan.marketingChannels[c]).toBeTruthy()
      expect(zhCN.plan.marketingChannels[c]).toBeTruthy()
    }
  })
  it('a plan with them is valid; an unknown channel is not', () => {
    const p = setMarketing(
      newPlan('blank', { name: 'x', location: '', currency: 'CNY' }, NOW),
      {
        channels: [
          { id: 'a', channel: 'search', sharePercent: 50 },
          { id: 'b', channel: 'email', sharePercent: 50 },
        ],
      },
      NOW,
    )
    expect(planSchema.safeParse(p).success).toBe(true)
    const bad = {
      ...p,
      marketing: { ...p.marketing, channels: [{ id: 'c', channel: 'fax', sharePercent: 1 }] },
    }
    expect(planSchema.safeParse(bad).success).toBe(false)
  })
})

describe('setPlatformNote', () => {
  it('sets, trims and removes a note; older plans without notes stay valid', async () => {
    const { setPlatformNote } = await import('../../../src/shared/plan/plan')
    const p0 = newPlan('apparel', { name: 'x', location: '', currency: 'CNY' }, NOW)
    expect(p0.platforms.notes).toBeUndefined()
    expect(planSchema.safeParse(p0).success).toBe(true)
    const p1 = setPlatformNote(
      p0,
      'taobao',
      '  2026-11 核实：保证金 1000 元 ',
      '2026-11-26T00:00:00.000Z',
    )
    expect(p1.platforms.notes).toEqual({ taobao: '2026-11 核实：保证金 1000 元' })
    expect(p1.updatedAt).toBe('2026-11-26T00:00:00.000Z')
    expect(p0.platforms.notes).toBeUndefined()
    expect(planSchema.safeParse(p1).success).toBe(true)
    const p2 = setPlatformNote(p1, 'taobao', '   ', NOW)
    expect(p2.platforms.notes).toEqual({})
  })
})
