import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MemoryRouter } from 'react-router'
import { db } from '@renderer/db/db'
import { getSetting, setSetting } from '@renderer/db/settings'
import { LoyaltyView } from '@renderer/features/promote/loyalty/LoyaltyView'
import { defaultLoyalty } from '@shared/campaign/loyalty'
import { initI18n } from '@renderer/i18n'

beforeAll(async () => {
  await initI18n('en')
})
beforeEach(async () => {
  await Promise.all([db.settings.clear(), db.imports.clear()])
})
afterEach(cleanup)

function renderLoyalty() {
  return render(
    <AntApp>
      <MemoryRouter>
        <LoyaltyView />
      </MemoryRouter>
    </AntApp>,
  )
}

const input = (testId: string): HTMLInputElement => {
  const el = screen.getByTestId(testId)
  return (el.tagName === 'INPUT' ? el : el.querySelector('input')) as HTMLInputElement
}

async function type(testId: string, value: string): Promise<void> {
  await act(async () => {
    const el = input(testId)
    fireEvent.focus(el)
    fireEvent.change(el, { target: { value } })
    fireEvent.blur(el)
  })
}

describe('LoyaltyView', () => {
  it('shows the default design’s cost share and saves an edited design to settings', async () => {
    renderLoyalty()
    // Default: 1 pt per ¥1, 100 pts = ¥1, 60 % redeemed; tiers 50/30/20 % of sales → 4.27 %.
    expect((await screen.findByTestId('loyalty-cost-share')).textContent).toContain('4.27%')
    expect(screen.getByTestId('loyalty-points-rate').textContent).toContain('0.60%')
    expect(screen.getByTestId('tier-cost-2').textContent).toBe('11.08%')
    expect(screen.getByTestId('loyalty-no-data')).toBeTruthy()

    await type('loyalty-redemption', '50')
    // p = 0.5 %: 0.5 × 0.5 % + 0.3 × (5 % + 0.5 % × 1.5 × 0.95) + 0.2 × (10 % + 0.5 % × 2 × 0.9)
    // = 0.0025 + 0.0171375 + 0.0218 = 4.14 %
    await waitFor(() =>
      expect(screen.getByTestId('loyalty-cost-share').textContent).toContain('4.14%'),
    )
    await type('tier-name-2', 'VIP')
    await act(async () => {
      fireEvent.click(screen.getByTestId('loyalty-save'))
    })
    await waitFor(async () => expect(await getSetting('loyalty')).toBeDefined())
    const saved = await getSetting('loyalty')
    expect(saved?.redemptionRate).toBe(0.5)
    expect(saved?.tiers.map((t) => t.name)).toEqual(['Member', 'Silver', 'VIP'])
    expect(saved?.earnPer).toBe(100)
  })

  it('loads the stored design and refuses an invalid one with a clear message', async () => {
    await setSetting('loyalty', { ...defaultLoyalty(['A', 'B', 'C']), redemptionRate: 1 })
    renderLoyalty()
    // 1 % points at full redemption: 0.5 × 1 % + 0.3 × (5 % + 1.5 % × 0.95) + 0.2 × (10 % + 2 % × 0.9)
    // = 0.005 + 0.019275 + 0.0236 = 4.79 %
    expect((await screen.findByTestId('loyalty-cost-share')).textContent).toContain('4.79%')
    expect(input('tier-name-0').value).toBe('A')
    await type('tier-share-0', '80') // 80 + 30 + 20 > 100
    expect((await screen.findByTestId('loyalty-problem')).textContent).toContain(
      'add up to more than 100 %',
    )
    expect((screen.getByTestId('loyalty-save') as HTMLButtonElement).disabled).toBe(true)
    expect((await getSetting('loyalty'))?.tiers[0]?.salesShare).toBe(0.5)
  })
})
