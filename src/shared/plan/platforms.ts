import type { Text } from '../risk/register'

/** The five criteria of the platform decision matrix (course module 3). */
export const CRITERIA = ['marketFit', 'support', 'logistics', 'traffic', 'fees'] as const
export type Criterion = (typeof CRITERIA)[number]

/** Criterion weights (any non-negative numbers; scoring normalises them). */
export type Weights = Record<Criterion, number>
/** 1–5 score per criterion (5 best; for `fees`, 5 = cheapest/simplest). */
export type Scores = Record<Criterion, number>

export const PLATFORM_IDS = [
  'taobao',
  'tmall',
  'jd',
  'pinduoduo',
  'douyin',
  'xiaohongshu',
  'wechat',
  'meituan',
  'ownSite',
  'amazon',
  'shopify',
] as const
export type PlatformId = (typeof PLATFORM_IDS)[number]

export interface PlatformProfile {
  id: PlatformId
  /** i18n key of the platform name. */
  nameKey: string
  scores: Scores
  /** When the default scores were judged, `YYYY-MM`: they age, the UI shows this. */
  checkedOn: string
  note: Text
}

export const DEFAULT_WEIGHTS: Weights = {
  marketFit: 1,
  support: 1,
  logistics: 1,
  traffic: 1,
  fees: 1,
}

/** When the built-in scores were last reviewed. */
export const PROFILES_CHECKED_ON = '2026-11'

const NOTE: Text = {
  'zh-CN': '费用和规则经常变化——请查看平台当前的规则和收费。默认分数仅供参考，可以修改。',
  en: "Fees and rules change — check the platform's current rules and fees. Default scores are a starting point; edit them.",
}

const p = (
  id: PlatformId,
  marketFit: number,
  support: number,
  logistics: number,
  traffic: number,
  fees: number,
): PlatformProfile => ({
  id,
  nameKey: `plan.platforms.${id}`,
  scores: { marketFit, support, logistics, traffic, fees },
  checkedOn: PROFILES_CHECKED_ON,
  note: NOTE,
})

/**
 * Built-in profiles: rough, generic 1–5 judgements for a small Chinese physical shop as of
 * PROFILES_CHECKED_ON. They are deliberately editable defaults, not facts.
 */
export const PLATFORM_PROFILES: readonly PlatformProfile[] = [
  p('taobao', 4, 4, 4, 5, 3),
  p('tmall', 3, 5, 4, 5, 1),
  p('jd', 3, 5, 5, 4, 2),
  p('pinduoduo', 3, 3, 3, 5, 4),
  p('douyin', 4, 3, 3, 5, 3),
  p('xiaohongshu', 3, 3, 2, 4, 3),
  p('wechat', 5, 3, 3, 3, 5),
  p('meituan', 5, 4, 4, 4, 3),
  p('ownSite', 2, 1, 2, 1, 4),
  p('amazon', 1, 4, 4, 4, 2),
  p('shopify', 1, 3, 2, 1, 3),
]

/** The built-in profile of a platform. */
export function profileOf(id: PlatformId): PlatformProfile {
  const found = PLATFORM_PROFILES.find((x) => x.id === id)
  if (!found) throw new RangeError(`unknown platform ${id}`)
  return found
}
