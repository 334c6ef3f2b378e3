import { test as base, expect, type Page } from '@playwright/test'
import { trackForeignRequests, type ForeignRequest } from './support/network'

/**
 * Every web spec runs through this fixture: it records any request that leaves the app's own
 * origin and fails the test if there was one — the app never contacts the network.
 */
export const test = base.extend<{ foreign: ForeignRequest[] }>({
  foreign: [
    async ({ page, baseURL }, use) => {
      const foreign = trackForeignRequests(page, baseURL ?? '')
      await use(foreign)
      expect(foreign, 'requests to anything but the app origin').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Opens the app at a route and waits until the shell has rendered. */
export async function openApp(page: Page, route = ''): Promise<void> {
  await page.goto(`./${route ? `#${route}` : ''}`)
  await expect(page.getByTestId('sidebar')).toBeVisible()
}

/** Fills and saves the shop profile in Settings. */
export async function saveProfile(
  page: Page,
  p: { name: string; city?: string; owner?: string },
): Promise<void> {
  await openApp(page, '/settings')
  await page.getByTestId('profile-name').fill(p.name)
  if (p.city !== undefined) await page.getByTestId('profile-city').fill(p.city)
  if (p.owner !== undefined) await page.getByTestId('profile-owner').fill(p.owner)
  await page.getByTestId('profile-save').click()
  await expect(page.locator('.ant-message')).toBeVisible()
}
