import { useLiveQuery } from 'dexie-react-hooks'
import { settingValueSchemas, type SettingKey, type SettingValue } from '@shared/backup/tables'
import { db, type ShopBridgeDb } from './db'

/** Reads a setting, validating it; an invalid or missing value gives undefined. */
export async function getSetting<K extends SettingKey>(
  key: K,
  database: ShopBridgeDb = db,
): Promise<SettingValue<K> | undefined> {
  const row = await database.settings.get(key)
  if (!row) return undefined
  const parsed = settingValueSchemas[key].safeParse(row.value)
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined
}

/** Writes a setting after validating it with its schema (throws on invalid input). */
export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
  database: ShopBridgeDb = db,
): Promise<void> {
  const parsed = settingValueSchemas[key].parse(value)
  await database.settings.put({ key, value: parsed })
}

/** Live value of a setting for React components: `undefined` while loading, `null` when unset. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | null | undefined {
  return useLiveQuery(async () => (await getSetting(key)) ?? null, [key])
}
