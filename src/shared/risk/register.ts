import { z } from 'zod'
import { isIsoDate } from '../dates'

/**
 * Risk register (course module 6, lesson 4).
 *
 * score = likelihood × impact, each 1–5, so 1–25. Level bands follow the course text
 * (resources/course/m6/l4.*.md) so the app says what the learner read:
 *   1–7 low (keep an eye on it), 8–14 medium (name an owner, write prevention and response),
 *   15–25 high (act this month).
 */

/** A bilingual text: what templates and defaults ship; users' own entries may fill one language only. */
export const textSchema = z.object({ 'zh-CN': z.string(), en: z.string() })
export type Text = z.infer<typeof textSchema>

const isoDate = z.string().refine(isIsoDate, { message: 'date' })
const level1to5 = z.number().int().min(1).max(5)

export const RISK_STATUSES = ['open', 'mitigating', 'closed'] as const
export type RiskStatus = (typeof RISK_STATUSES)[number]

export const RISK_CATEGORIES = [
  'stock',
  'delivery',
  'security',
  'market',
  'service',
  'platformRules',
  'reviews',
  'cashFlow',
  'singlePlatform',
  'other',
] as const
export type RiskCategory = (typeof RISK_CATEGORIES)[number]

/** Fields a change may touch (and that the history records). */
export const RISK_EDITABLE = [
  'title',
  'category',
  'likelihood',
  'impact',
  'mitigation',
  'contingency',
  'owner',
  'reviewDate',
  'status',
] as const
export type RiskEditable = (typeof RISK_EDITABLE)[number]

export const riskChangeSchema = z.looseObject({
  at: z.string(),
  field: z.enum(RISK_EDITABLE),
  from: z.unknown(),
  to: z.unknown(),
})
export type RiskChange = z.infer<typeof riskChangeSchema>

export const riskSchema = z.looseObject({
  id: z.string().min(1),
  category: z.enum(RISK_CATEGORIES),
  title: textSchema,
  likelihood: level1to5,
  impact: level1to5,
  mitigation: textSchema,
  contingency: textSchema,
  owner: z.string(),
  reviewDate: isoDate.nullable(),
  status: z.enum(RISK_STATUSES),
  history: z.array(riskChangeSchema),
})
export type Risk = z.infer<typeof riskSchema>

export type RiskLevel = 'low' | 'medium' | 'high'
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high']

/** likelihood × impact, 1–25. */
export function riskScore(r: Pick<Risk, 'likelihood' | 'impact'>): number {
  return r.likelihood * r.impact
}

/** Level band of a score: 1–7 low, 8–14 medium, 15–25 high (course m6 l4). */
export function riskLevel(score: number): RiskLevel {
  if (score >= 15) return 'high'
  if (score >= 8) return 'medium'
  return 'low'
}

/** i18n key of a level, e.g. `plan.levels.high`. */
export const riskLevelKey = (level: RiskLevel): string => `plan.levels.${level}`

/**
 * 5×5 counts of risks that are not closed: `grid[likelihood-1][impact-1]`.
 * Closed risks are left out (they no longer need attention).
 */
export function heatMap(
  risks: readonly Pick<Risk, 'likelihood' | 'impact' | 'status'>[],
): number[][] {
  const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0])
  for (const r of risks) {
    if (r.status === 'closed') continue
    const row = grid[r.likelihood - 1]
    if (row && r.impact >= 1 && r.impact <= 5) row[r.impact - 1] = (row[r.impact - 1] ?? 0) + 1
  }
  return grid
}

/** Risks sorted from the highest score down (stable: equal scores keep their order). */
export function sortByScore<T extends Pick<Risk, 'likelihood' | 'impact'>>(
  risks: readonly T[],
): T[] {
  return [...risks].sort((a, b) => riskScore(b) - riskScore(a))
}

/** True when a text has content in at least one language. */
export const hasText = (t: Text): boolean => t['zh-CN'].trim() !== '' || t.en.trim() !== ''

const EMPTY: Text = { 'zh-CN': '', en: '' }

/** A new risk with neutral defaults. */
export function newRisk(id: string, patch: Partial<Omit<Risk, 'id' | 'history'>> = {}): Risk {
  return {
    id,
    category: 'other',
    title: EMPTY,
    likelihood: 3,
    impact: 3,
    mitigation: EMPTY,
    contingency: EMPTY,
    owner: '',
    reviewDate: null,
    status: 'open',
    history: [],
    ...patch,
  }
}

export type RiskPatch = Partial<Pick<Risk, RiskEditable>>

/**
 * A new risk with `patch` applied and one history entry per field that actually changed,
 * stamped with `now` (ISO instant). The input is not modified. Throws RangeError on an
 * out-of-range likelihood/impact or a bad review date (callers validate user input first).
 */
export function updateRisk(risk: Risk, patch: RiskPatch, now: string): Risk {
  const next: Risk = { ...risk }
  const changes: RiskChange[] = []
  for (const field of RISK_EDITABLE) {
    if (!(field in patch)) continue
    const to = patch[field]
    if (to === undefined) continue
    const from = risk[field]
    if (JSON.stringify(from) === JSON.stringify(to)) continue
    ;(next as Record<string, unknown>)[field] = to
    changes.push({ at: now, field, from, to })
  }
  const checked = riskSchema.safeParse(next)
  if (!checked.success)
    throw new RangeError(`invalid risk: ${checked.error.issues[0]?.path.join('.')}`)
  return changes.length === 0 ? risk : { ...next, history: [...risk.history, ...changes] }
}

const t = (zh: string, en: string): Text => ({ 'zh-CN': zh, en })

/** The register pre-filled from course module 6 plus the plan-specific risks; scores as in the course example. */
export function defaultRisks(): Risk[] {
  const d = (
    id: string,
    category: RiskCategory,
    title: Text,
    likelihood: number,
    impact: number,
    mitigation: Text,
    contingency: Text,
  ): Risk => newRisk(id, { category, title, likelihood, impact, mitigation, contingency })
  return [
    d(
      'risk-stockout',
      'stock',
      t(
        '爆款断货（限时折扣、秒杀时最容易发生）',
        'Best-seller sells out (most likely during flash sales)',
      ),
      3,
      4,
      t('每周盘点库存，留安全库存', 'Weekly stock check, keep safety stock'),
      t('暂停促销，改为预售', 'Pause the promotion, switch to pre-sale'),
    ),
    d(
      'risk-overstock',
      'stock',
      t(
        '积压：钱压在货上，过季只能打折清仓',
        'Overstock: money tied up in goods, cleared at a discount after the season',
      ),
      3,
      3,
      t('小批量进货，按销量补货', 'Buy in small batches, restock by sales'),
      t('捆绑销售或社群清仓', 'Bundle or clear through the community group'),
    ),
    d(
      'risk-delivery',
      'delivery',
      t('双11等高峰期快递延误', 'Courier delays at peaks such as Double 11'),
      4,
      3,
      t('提前约好两家快递，提前打包', 'Book two couriers in advance, pre-pack'),
      t('改用备用快递，先通知顾客', 'Switch to the backup courier, tell customers first'),
    ),
    d(
      'risk-security',
      'security',
      t('支付和顾客数据泄露、账号被盗', 'Payment or customer data leak, stolen account'),
      2,
      5,
      t(
        '开启两步验证，最小权限，不点陌生链接',
        'Two-step verification, least permissions, never click unknown links',
      ),
      t('止损、查清范围、报告并通知顾客', 'Stop the damage, find the scope, report and notify'),
    ),
    d(
      'risk-market',
      'market',
      t('市场变化：竞争对手降价、需求转移', 'Market change: competitors cut prices, demand shifts'),
      4,
      4,
      t(
        '做有特色的商品和服务，不只拼价格',
        'Offer distinctive products and service, not only price',
      ),
      t('用组合套餐应对，而不是直接降价', 'Answer with bundles, not price cuts'),
    ),
    d(
      'risk-service',
      'service',
      t(
        '顾客服务跟不上：回复慢、售后纠纷',
        'Customer service falls behind: slow replies, after-sales disputes',
      ),
      3,
      3,
      t('设置常见问题快捷回复，安排值班', 'Quick replies for common questions, a duty rota'),
      t('24小时内回复并解决', 'Reply and resolve within 24 hours'),
    ),
    d(
      'risk-platform-rules',
      'platformRules',
      t(
        '违反平台规则被处罚（降权、罚款、关店）',
        'Platform rule penalties (ranking drop, fines, closure)',
      ),
      2,
      5,
      t('学习平台规则，定期自查商品页', 'Learn the platform rules, check listings regularly'),
      t('按流程申诉，整改后恢复', 'Appeal through the official process, fix and recover'),
    ),
    d(
      'risk-bad-reviews',
      'reviews',
      t('集中出现差评', 'A burst of bad reviews'),
      3,
      3,
      t('发货前检查包装和商品', 'Check packaging and goods before shipping'),
      t('24小时内回复并解决问题', 'Reply and resolve within 24 hours'),
    ),
    d(
      'risk-cash-flow',
      'cashFlow',
      t('平台结算延迟造成资金紧张', 'Cash-flow squeeze from platform settlement delays'),
      3,
      4,
      t('预留一到两个月的周转资金', 'Keep one to two months of working capital'),
      t('减少备货，与供应商协商账期', 'Reduce stock orders, negotiate supplier terms'),
    ),
    d(
      'risk-single-platform',
      'singlePlatform',
      t('过度依赖一个平台', 'Dependence on a single platform'),
      2,
      5,
      t(
        '开第二个渠道，把老顾客加进社群',
        'Open a second channel, bring regulars into a community group',
      ),
      t('通过其他渠道服务老顾客', 'Serve regulars through other channels'),
    ),
  ]
}
