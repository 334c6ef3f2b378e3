import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignSpan, CalendarItem } from '@shared/calendar/plan'
import { dateInZone, isIsoDate, type IsoDate } from '@shared/dates'
import type { Locale } from '@shared/locale'
import { defaultProfile, type ShopProfile } from '@shared/profile'
import type { CampaignRow } from '@shared/campaign/stored'
import { useCampaigns } from '../../../db/campaigns'
import { useSetting } from '../../../db/settings'

/** The UI language as a calendar locale (event names exist in zh-CN and en). */
export function useCalendarLocale(): Locale {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'zh-CN'
}

/** The shop profile, or the defaults while none is saved (`undefined` while loading). */
export function useProfile(): ShopProfile | undefined {
  const stored = useSetting('profile')
  return useMemo(
    () =>
      stored === undefined
        ? undefined
        : (stored ?? defaultProfile(Intl.DateTimeFormat().resolvedOptions().timeZone)),
    [stored],
  )
}

/** Today in the shop's time zone (the browser's while the profile loads). */
export function todayIn(profile: ShopProfile | undefined): IsoDate {
  return dateInZone(
    new Date(),
    profile?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  )
}

/** Stored campaigns as calendar spans (rows with unusable dates are left out). */
export function toSpans(rows: readonly CampaignRow[]): CampaignSpan[] {
  return rows
    .filter((r) => isIsoDate(r.start) && isIsoDate(r.end) && r.start <= r.end)
    .map((r) => ({ id: r.id, name: r.name, start: r.start as IsoDate, end: r.end as IsoDate }))
}

/** Live campaign spans: `undefined` while loading. */
export function useCampaignSpans(): CampaignSpan[] | undefined {
  const rows = useCampaigns()
  return useMemo(() => (rows ? toSpans(rows) : undefined), [rows])
}

/** An item's label in a language: events by name, phases and reminders as "event: phase". */
export function itemLabel(
  item: CalendarItem,
  locale: Locale,
  join: (event: string, name: string) => string,
): string {
  if (item.type === 'campaign') return item.name
  if (item.type === 'event') return item.name[locale]
  return join(item.event[locale], item.name[locale])
}

/** CSS class of an item (colour by kind, lighter for phases, grey for reminders). */
export function itemClass(item: CalendarItem): string {
  if (item.type === 'campaign') return 'cal-item cal-campaign'
  return `cal-item cal-${item.type} cal-kind-${item.kind}`
}

/** Month name with year, e.g. "2026年11月" / "November 2026". */
export function monthLabel(year: number, month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)))
}

/** Short month name, e.g. "11月" / "Nov". */
export function shortMonth(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  )
}
