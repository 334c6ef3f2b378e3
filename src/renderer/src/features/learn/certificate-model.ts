import type { TFunction } from 'i18next'
import { dateInZone, type IsoDate } from '@shared/dates'
import { certificateId } from '@shared/lessons/progress'
import type { ShopProfile } from '@shared/profile'
import { courseTitle, pickText } from '../../content/localize'
import type { LearnState } from './use-learn'

/** What a certificate shows. */
export interface CertificateModel {
  unlocked: boolean
  learnerName: string
  shopName: string
  /** The day the last module was mastered (in the shop's time zone): stable, so is the ID. */
  date: IsoDate | null
  modules: { id: string; number: number; title: string; score: number }[]
  /** Null until there is a name to certify. */
  id: string | null
  courseTitle: string
  /** A trainer pack's organisation. */
  organisation: string | null
  /** The pack's title when a trainer pack is the course. */
  packTitle: string | null
}

/** Builds the certificate of the active course for a learner name. */
export function buildCertificate(
  state: LearnState,
  learnerName: string,
  profile: ShopProfile | null | undefined,
  t: TFunction,
): CertificateModel {
  const { course } = state.entry
  const { best, masteredAt } = state.scores
  const unlocked = state.summary.certificateUnlocked
  const mastered = course.modules.map((m) => masteredAt[m.id]).filter((x) => x !== undefined)
  const last = mastered.sort().at(-1)
  const timeZone = profile?.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone
  const date = unlocked && last ? dateInZone(new Date(last), timeZone) : null
  const scores: Record<string, number> = {}
  for (const m of course.modules) scores[m.id] = best[m.id] ?? 0
  const name = learnerName.trim()
  return {
    unlocked,
    learnerName: name,
    shopName: profile?.name.trim() ?? '',
    date,
    modules: course.modules.map((m, i) => ({
      id: m.id,
      number: i + 1,
      title: pickText(m.title, state.locale),
      score: scores[m.id] ?? 0,
    })),
    id: unlocked && date && name ? certificateId(name, date, scores) : null,
    courseTitle: courseTitle(course, state.locale, t),
    organisation: course.pack?.organisation ?? null,
    packTitle: course.pack ? pickText(course.pack.title, state.locale) : null,
  }
}
