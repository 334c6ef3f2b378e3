import { useLiveQuery } from 'dexie-react-hooks'
import { campaignRowSchema, type CampaignRow } from '@shared/campaign/stored'
import { db, type ShopBridgeDb } from './db'

/**
 * Promote's persistence (issue 6): one row per campaign in `campaigns`, indexed by start date.
 * Every write is validated first: an invalid campaign is refused and nothing is written.
 */

/** All campaigns by start date. */
export async function listCampaigns(database: ShopBridgeDb = db): Promise<CampaignRow[]> {
  return database.campaigns.orderBy('start').toArray()
}

/** One campaign, or undefined. */
export async function getCampaign(
  id: string,
  database: ShopBridgeDb = db,
): Promise<CampaignRow | undefined> {
  return database.campaigns.get(id)
}

/** Writes a campaign (new or replaced) after validating it; throws when it is invalid. */
export async function putCampaign(row: CampaignRow, database: ShopBridgeDb = db): Promise<void> {
  await database.campaigns.put(campaignRowSchema.parse(row))
}

/** Deletes a campaign and returns it (for "undo"). */
export async function deleteCampaign(
  id: string,
  database: ShopBridgeDb = db,
): Promise<CampaignRow | undefined> {
  return database.transaction('rw', database.campaigns, async () => {
    const current = await database.campaigns.get(id)
    if (current) await database.campaigns.delete(id)
    return current
  })
}

/** Live list of campaigns for React: `undefined` while loading. */
export function useCampaigns(): CampaignRow[] | undefined {
  return useLiveQuery(() => listCampaigns(), [])
}

/** Live campaign: `undefined` while loading, `null` when it does not exist. */
export function useCampaign(id: string | null | undefined): CampaignRow | null | undefined {
  return useLiveQuery(async () => (id ? ((await getCampaign(id)) ?? null) : null), [id])
}

/**
 * Applies a change to the stored campaign inside one transaction (read, change, validate, write).
 * Returns the new row, or undefined when the campaign no longer exists; throws when invalid.
 */
export async function updateCampaign(
  id: string,
  change: (row: CampaignRow) => CampaignRow,
  database: ShopBridgeDb = db,
): Promise<CampaignRow | undefined> {
  return database.transaction('rw', database.campaigns, async () => {
    const current = await database.campaigns.get(id)
    if (!current) return undefined
    const next = campaignRowSchema.parse(change(current))
    await database.campaigns.put(next)
    return next
  })
}
