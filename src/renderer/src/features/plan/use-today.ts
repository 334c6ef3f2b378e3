import { dateInZone, type IsoDate } from '@shared/dates'
import { useSetting } from '../../db/settings'

/** Today in the shop's time zone (Settings), for due and overdue dates. */
export function useToday(): IsoDate {
  const profile = useSetting('profile')
  const zone = profile?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  return dateInZone(new Date(), zone)
}
