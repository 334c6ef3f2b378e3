import type { IsoDate } from '../dates'
import { formatMoney, type Minor } from '../money'
import {
  heatMap,
  RISK_LEVELS,
  riskLevel,
  riskScore,
  sortByScore,
  type RiskLevel,
  type Text,
} from '../risk/register'
import { budgetTotals, planMonths, planProfiles } from './plan'
import { CRITERIA } from './platforms'
import { stepOfSection, WIZARD_STEPS, type WizardStep } from './progress'
import { reviewPlan } from './review'
import { BUDGET_CATEGORIES, type Kpi, type Plan } from './schema'
import { weightedScores, normaliseWeights } from './scoring'

/*
 * The plan as a document (issue 5, item 12): a pure model of what the printed plan says, section by
 * section, already in one language. The renderer only lays it out; this file decides content,
 * order and how tables may break across pages, so those rules are unit-tested without a browser.
 */

/**
 * The sections of the printed plan, in order: the wizard's steps (goals print with the shop; the
 * tracking step is for after launch and is not part of the plan). Each section is titled with its
 * wizard step's title (`planUi.steps.<id>.title`), so the wizard and the PDF use the same names.
 */
export type DocSectionId = Exclude<WizardStep, 'track'>
export const DOC_SECTIONS: readonly DocSectionId[] = WIZARD_STEPS.filter(
  (step): step is DocSectionId => step !== 'track',
)

/** The title of a printed section: the title of the wizard step it comes from. */
export function sectionTitleKey(id: DocSectionId): string {
  return `planUi.steps.${id}.title`
}

/**
 * The route of the printable plan (`#/print/plan?id=…&lang=…`). The wizard, its review step and the
 * Risks page all link here, so they open the same document.
 */
export function planPrintPath(planId: string, lang: 'zh-CN' | 'en'): string {
  return `/print/plan?${new URLSearchParams({ id: planId, lang }).toString()}`
}

/**
 * Tables up to this many body rows are kept on one page (moved to the next page whole if needed);
 * longer ones may break between rows, repeating their header row on each page.
 */
export const KEEP_TOGETHER_ROWS = 8

/** A table of the document: text cells; `breakable` says whether it may split across pages. */
export interface DocTable {
  kind: 'table'
  id: string
  caption: string
  columns: string[]
  rows: string[][]
  /** A totals row printed after the body (and not repeated). */
  footer?: string[]
  /** Indexes of right-aligned (numeric) columns. */
  numeric?: number[]
  /** Indexes of short columns that should not wrap (dates, status words). */
  nowrap?: number[]
  breakable: boolean
  /** Per body row, an optional level (risk tables colour their score cell). */
  levels?: (RiskLevel | null)[]
}

/** One block of a section. */
export type DocBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; id: string; caption?: string; rows: [string, string][] }
  | { kind: 'list'; caption: string; items: string[] }
  | DocTable
  | { kind: 'swot'; caption: string; quadrants: { title: string; items: string[] }[] }
  | {
      kind: 'ranking'
      caption: string
      bars: { label: string; score: number; chosen: boolean }[]
    }
  | {
      kind: 'heatmap'
      caption: string
      corner: string
      /** `grid[likelihood-1][impact-1]`: counts of open risks. */
      grid: number[][]
    }
  | {
      kind: 'gantt'
      caption: string
      months: string[]
      rows: { label: string; month: number | null; done: boolean }[]
      noDate: string
    }

/** One numbered section. */
export interface DocSection {
  id: DocSectionId
  number: number
  title: string
  blocks: DocBlock[]
}

/** The whole document: cover facts, then the sections (the contents list is derived from them). */
export interface PlanDocument {
  title: string
  cover: { shop: string; plan: string; date: IsoDate; author: string }
  sections: DocSection[]
}

/** What the model needs from the UI: a translator and the language to write in. */
export interface DocContext {
  t: (key: string, values?: Record<string, string | number>) => string
  locale: 'zh-CN' | 'en'
  /** The date printed on the cover. */
  today: IsoDate
  author: string
}

/** The text of a bilingual value in `locale`, falling back to the other language. */
export function pickText(text: Text, locale: 'zh-CN' | 'en'): string {
  const other = locale === 'en' ? 'zh-CN' : 'en'
  return text[locale].trim() || text[other].trim()
}

/** A table block, marked breakable when it is longer than KEEP_TOGETHER_ROWS. */
export function docTable(
  id: string,
  caption: string,
  columns: string[],
  rows: string[][],
  extra: Partial<Pick<DocTable, 'footer' | 'numeric' | 'nowrap' | 'levels'>> = {},
): DocTable {
  return {
    kind: 'table',
    id,
    caption,
    columns,
    rows,
    breakable: rows.length > KEEP_TOGETHER_ROWS,
    ...extra,
  }
}

/** Builds the printed plan in the context's language. */
export function buildPlanDocument(plan: Plan, ctx: DocContext): PlanDocument {
  const { t, locale } = ctx
  const pick = (x: Text): string => pickText(x, locale)
  const dash = t('risksUi.register.none')
  const orDash = (s: string): string => (s.trim() === '' ? dash : s)
  const money = (m: number): string => formatMoney(m as Minor, plan.currency, locale)
  const none = (): DocBlock => ({ kind: 'paragraph', text: t('risksUi.doc.none') })
  const tableOrNone = (table: DocTable, caption = true): DocBlock[] =>
    table.rows.length > 0
      ? [table]
      : caption
        ? [{ kind: 'paragraph', text: `${table.caption}: ${t('risksUi.doc.none')}` }]
        : [none()]
  const listOrNone = (caption: string, items: string[]): DocBlock =>
    items.length > 0
      ? { kind: 'list', caption, items }
      : { kind: 'paragraph', text: `${caption}: ${t('risksUi.doc.none')}` }
  const yesNo = (b: boolean): string => (b ? t('risksUi.doc.yes') : t('risksUi.doc.no'))
  const kpiValue = (k: Pick<Kpi, 'unit'>, v: number): string =>
    k.unit === 'percent' ? `${v} %` : k.unit === 'minor' ? money(v) : String(v)
  const platformName = (id: string): string => t(`plan.platforms.${id}`)

  const blocks: Record<DocSectionId, DocBlock[]> = {
    shop: [
      {
        kind: 'facts',
        id: 'shop',
        rows: [
          [t('risksUi.doc.shop.name'), orDash(plan.shop.name)],
          [t('risksUi.doc.shop.sells'), orDash(pick(plan.shop.sells))],
          [t('risksUi.doc.shop.location'), orDash(plan.shop.location)],
          [t('risksUi.doc.shop.monthlySales'), money(plan.shop.monthlySales)],
          [t('risksUi.doc.shop.staff'), String(plan.shop.staff)],
        ],
      },
      listOrNone(t('risksUi.doc.shop.reasons'), plan.shop.reasons.map(pick).filter(Boolean)),
      ...tableOrNone(
        docTable(
          'goals',
          t('risksUi.doc.shop.goals'),
          [t('risksUi.doc.shop.goal'), t('risksUi.doc.shop.target'), t('risksUi.doc.shop.period')],
          plan.goals.map((g) => [
            orDash(pick(g.label)),
            `${g.direction === 'atLeast' ? '≥' : '≤'} ${kpiValue(g, g.target)}`,
            t(`risksUi.doc.periods.${g.period}`),
          ]),
        ),
      ),
    ],
    research: [
      ...tableOrNone(
        docTable(
          'personas',
          t('risksUi.doc.research.personas'),
          [t('risksUi.doc.research.persona'), t('risksUi.doc.research.description')],
          plan.research.personas.map((p) => [orDash(pick(p.name)), orDash(pick(p.description))]),
        ),
      ),
      ...tableOrNone(
        docTable(
          'competitors',
          t('risksUi.doc.research.competitors'),
          [
            t('risksUi.doc.research.competitor'),
            t('risksUi.doc.research.price'),
            t('risksUi.doc.research.channels'),
            t('risksUi.doc.research.strengths'),
            t('risksUi.doc.research.weaknesses'),
          ],
          plan.research.competitors.map((c) => [
            orDash(c.name),
            t(`risksUi.doc.prices.${c.pricePosition}`),
            orDash(c.channels.join(locale === 'zh-CN' ? '、' : ', ')),
            orDash(pick(c.strengths)),
            orDash(pick(c.weaknesses)),
          ]),
        ),
      ),
      listOrNone(t('risksUi.doc.research.trends'), plan.research.trends.map(pick).filter(Boolean)),
      {
        kind: 'swot',
        caption: t('risksUi.doc.research.swot'),
        quadrants: (['strengths', 'weaknesses', 'opportunities', 'threats'] as const).map((q) => ({
          title: t(`risksUi.doc.research.${q}`),
          items: plan.research.swot[q].map(pick).filter(Boolean),
        })),
      },
    ],
    platforms: platformBlocks(plan, ctx, platformName),
    onboarding: onboardingBlocks(plan, ctx, platformName, orDash, yesNo),
    marketing: [
      ...tableOrNone(
        docTable(
          'channels',
          t('risksUi.doc.marketing.channels'),
          [t('risksUi.doc.marketing.channel'), t('risksUi.doc.marketing.share')],
          plan.marketing.channels.map((c) => [
            t(`plan.marketingChannels.${c.channel}`),
            `${c.sharePercent} %`,
          ]),
          {
            numeric: [1],
            footer:
              plan.marketing.channels.length > 0
                ? [
                    t('risksUi.doc.timeline.total'),
                    `${plan.marketing.channels.reduce((s, c) => s + c.sharePercent, 0)} %`,
                  ]
                : undefined,
          },
        ),
      ),
      ...tableOrNone(
        docTable(
          'campaigns',
          t('risksUi.doc.marketing.campaigns'),
          [
            t('risksUi.doc.marketing.campaign'),
            t('risksUi.doc.marketing.start'),
            t('risksUi.doc.marketing.channel'),
            t('risksUi.doc.marketing.budget'),
          ],
          plan.marketing.campaigns.map((c) => [
            orDash(pick(c.name)),
            c.start ?? dash,
            t(`plan.marketingChannels.${c.channel}`),
            money(c.budget),
          ]),
          { numeric: [3] },
        ),
      ),
    ],
    services: tableOrNone(
      docTable(
        'services',
        t('risksUi.doc.services.enabled'),
        [
          t('risksUi.doc.services.service'),
          t('risksUi.doc.services.staff'),
          t('risksUi.doc.services.stock'),
          t('risksUi.doc.services.systems'),
        ],
        plan.services
          .filter((s) => s.enabled)
          .map((s) => [
            t(`plan.services.${s.kind}`),
            orDash(pick(s.needs.staff)),
            orDash(pick(s.needs.stock)),
            orDash(pick(s.needs.systems)),
          ]),
      ),
    ),
    logistics: [
      {
        kind: 'facts',
        id: 'logistics',
        rows: [
          [
            t('risksUi.doc.logistics.options'),
            plan.logistics.options.length > 0
              ? plan.logistics.options
                  .map((o) => t(`plan.delivery.${o}`))
                  .join(locale === 'zh-CN' ? '、' : ', ')
              : t('risksUi.doc.logistics.notSet'),
          ],
          [t('risksUi.doc.logistics.area'), orDash(pick(plan.logistics.area))],
          [
            t('risksUi.doc.logistics.targetHours'),
            plan.logistics.targetHours > 0
              ? t('risksUi.doc.logistics.hours', { count: plan.logistics.targetHours })
              : t('risksUi.doc.logistics.notSet'),
          ],
          [
            t('risksUi.doc.logistics.peak'),
            plan.logistics.peakOrdersPerDay > 0
              ? t('risksUi.doc.logistics.perDay', { count: plan.logistics.peakOrdersPerDay })
              : t('risksUi.doc.logistics.notSet'),
          ],
          [t('risksUi.doc.logistics.packaging'), orDash(pick(plan.logistics.packaging))],
          [t('risksUi.doc.logistics.returns'), orDash(pick(plan.logistics.returns))],
        ],
      },
    ],
    risks: riskBlocks(plan, ctx, orDash),
    timeline: timelineBlocks(plan, ctx, orDash, kpiValue, money),
    review: reviewBlocks(plan, ctx),
  }

  return {
    title: t('risksUi.doc.title'),
    cover: {
      shop: plan.shop.name.trim() || plan.name,
      plan: plan.name,
      date: ctx.today,
      author: ctx.author.trim() || t('risksUi.doc.cover.noAuthor'),
    },
    sections: DOC_SECTIONS.map((id, i) => ({
      id,
      number: i + 1,
      title: t(sectionTitleKey(id)),
      blocks: blocks[id],
    })),
  }
}

function platformBlocks(
  plan: Plan,
  { t }: DocContext,
  platformName: (id: string) => string,
): DocBlock[] {
  const w = normaliseWeights(plan.platforms.weights)
  const ranked = weightedScores(planProfiles(plan), plan.platforms.weights)
  const chosen = new Set<string>(plan.platforms.chosen)
  return [
    docTable(
      'weights',
      t('risksUi.doc.platforms.weights'),
      [t('risksUi.doc.platforms.criterion'), t('risksUi.doc.platforms.weight')],
      CRITERIA.map((c) => [t(`plan.criteria.${c}`), `${Math.round(w[c] * 100)} %`]),
      { numeric: [1] },
    ),
    {
      kind: 'ranking',
      caption: t('risksUi.doc.platforms.ranking'),
      bars: ranked.map((r) => ({
        label: platformName(r.id),
        score: Math.round(r.score * 100) / 100,
        chosen: chosen.has(r.id),
      })),
    },
    docTable(
      'ranking',
      t('risksUi.doc.platforms.ranking'),
      [
        t('risksUi.doc.platforms.rank'),
        t('risksUi.doc.platforms.platform'),
        t('risksUi.doc.platforms.score'),
        t('risksUi.doc.platforms.chosenMark'),
      ],
      ranked.map((r) => [
        String(r.rank),
        platformName(r.id),
        r.score.toFixed(2),
        chosen.has(r.id) ? '✓' : '',
      ]),
      { numeric: [0, 2] },
    ),
    plan.platforms.chosen.length > 0
      ? {
          kind: 'list',
          caption: t('risksUi.doc.platforms.chosen'),
          items: plan.platforms.chosen.map(platformName),
        }
      : {
          kind: 'paragraph',
          text: `${t('risksUi.doc.platforms.chosen')}: ${t('risksUi.doc.none')}`,
        },
  ]
}

function onboardingBlocks(
  plan: Plan,
  { t }: DocContext,
  platformName: (id: string) => string,
  orDash: (s: string) => string,
  yesNo: (b: boolean) => string,
): DocBlock[] {
  if (plan.onboarding.length === 0) return [{ kind: 'paragraph', text: t('risksUi.doc.none') }]
  const done = plan.onboarding.filter((i) => i.done).length
  return [
    {
      kind: 'paragraph',
      text: t('risksUi.doc.onboarding.progress', { done, total: plan.onboarding.length }),
    },
    docTable(
      'onboarding',
      t(sectionTitleKey('onboarding')),
      [
        t('risksUi.doc.platforms.platform'),
        t('risksUi.doc.onboarding.item'),
        t('risksUi.doc.onboarding.kind'),
        t('risksUi.doc.onboarding.owner'),
        t('risksUi.doc.onboarding.due'),
        t('risksUi.doc.onboarding.done'),
      ],
      plan.onboarding.map((i) => [
        platformName(i.platform),
        i.kind === 'material' ? t(`plan.materials.${i.item}`) : t(`plan.steps.${i.item}`),
        t(`risksUi.doc.onboarding.${i.kind}`),
        orDash(i.owner),
        i.due ?? orDash(''),
        yesNo(i.done),
      ]),
    ),
  ]
}

function riskBlocks(plan: Plan, ctx: DocContext, orDash: (s: string) => string): DocBlock[] {
  const { t, locale } = ctx
  if (plan.risks.length === 0) return [{ kind: 'paragraph', text: t('risksUi.doc.none') }]
  const open = plan.risks.filter((r) => r.status !== 'closed')
  const counts = Object.fromEntries(
    RISK_LEVELS.map((l) => [l, open.filter((r) => riskLevel(riskScore(r)) === l).length]),
  ) as Record<RiskLevel, number>
  const sorted = sortByScore(plan.risks)
  return [
    {
      kind: 'paragraph',
      text: t('risksUi.doc.risks.summary', {
        ...counts,
        closed: plan.risks.length - open.length,
      }),
    },
    {
      kind: 'heatmap',
      caption: t('risksUi.doc.risks.heatMap'),
      corner: t('risksUi.doc.risks.likelihood'),
      grid: heatMap(plan.risks),
    },
    docTable(
      'risks',
      t('risksUi.doc.risks.register'),
      [
        t('risksUi.register.risk'),
        t('plan.riskFields.likelihood'),
        t('plan.riskFields.impact'),
        t('plan.riskFields.score'),
        t('plan.riskFields.mitigation'),
        t('plan.riskFields.contingency'),
        t('plan.riskFields.owner'),
        t('plan.riskFields.reviewDate'),
        t('plan.riskFields.status'),
      ],
      sorted.map((r) => {
        const score = riskScore(r)
        return [
          `${orDash(pickText(r.title, locale))}\n${t(`plan.riskCategories.${r.category}`)}`,
          String(r.likelihood),
          String(r.impact),
          `${score} ${t(`plan.levels.${riskLevel(score)}`)}`,
          orDash(pickText(r.mitigation, locale)),
          orDash(pickText(r.contingency, locale)),
          orDash(r.owner),
          r.reviewDate ?? orDash(''),
          t(`plan.riskStatus.${r.status}`),
        ]
      }),
      {
        numeric: [1, 2, 3],
        nowrap: [6, 7, 8],
        levels: sorted.map((r) => riskLevel(riskScore(r))),
      },
    ),
  ]
}

function timelineBlocks(
  plan: Plan,
  ctx: DocContext,
  orDash: (s: string) => string,
  kpiValue: (k: Pick<Kpi, 'unit'>, v: number) => string,
  money: (m: number) => string,
): DocBlock[] {
  const { t, locale } = ctx
  const months = planMonths(plan)
  const blocks: DocBlock[] = [
    {
      kind: 'paragraph',
      text: t('risksUi.doc.timeline.months', {
        from: months[0] ?? '',
        to: months[months.length - 1] ?? '',
        count: months.length,
      }),
    },
  ]
  const ms = plan.timeline.milestones
  if (ms.length > 0) {
    blocks.push({
      kind: 'gantt',
      caption: t('risksUi.doc.timeline.milestones'),
      months,
      noDate: t('risksUi.doc.timeline.noDate'),
      rows: ms.map((m) => {
        const i = m.due ? months.indexOf(m.due.slice(0, 7)) : -1
        return { label: orDash(pickText(m.title, locale)), month: i >= 0 ? i : null, done: m.done }
      }),
    })
    blocks.push(
      docTable(
        'milestones',
        t('risksUi.doc.timeline.milestones'),
        [
          t('risksUi.doc.timeline.milestone'),
          t('risksUi.doc.onboarding.due'),
          t('risksUi.doc.onboarding.done'),
        ],
        ms.map((m) => [
          orDash(pickText(m.title, locale)),
          m.due ?? t('risksUi.doc.timeline.noDate'),
          m.done ? t('risksUi.doc.yes') : t('risksUi.doc.no'),
        ]),
      ),
    )
  } else {
    blocks.push({
      kind: 'paragraph',
      text: `${t('risksUi.doc.timeline.milestones')}: ${t('risksUi.doc.none')}`,
    })
  }

  const totals = budgetTotals(plan)
  const cats = BUDGET_CATEGORIES.filter((c) => (totals.byCategory[c] ?? 0) !== 0)
  if (plan.timeline.budget.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: `${t('risksUi.doc.timeline.budget')}: ${t('risksUi.doc.none')}`,
    })
  } else {
    const amount = (m: string, c: string): number =>
      plan.timeline.budget
        .filter((b) => b.month === m && b.category === c)
        .reduce((s, b) => s + b.amount, 0)
    // Budget lines outside the plan's months still count in the totals, so they get rows too.
    const rowsMonths = [
      ...months,
      ...[...new Set(plan.timeline.budget.map((b) => b.month))].filter((m) => !months.includes(m)),
    ]
    blocks.push(
      docTable(
        'budget',
        t('risksUi.doc.timeline.budget'),
        [
          t('risksUi.doc.timeline.month'),
          ...cats.map((c) => t(`plan.budgetCategories.${c}`)),
          t('risksUi.doc.timeline.total'),
        ],
        rowsMonths.map((m) => [
          m,
          ...cats.map((c) => money(amount(m, c))),
          money(totals.byMonth[m] ?? 0),
        ]),
        {
          numeric: cats.map((_, i) => i + 1).concat(cats.length + 1),
          footer: [
            t('risksUi.doc.timeline.total'),
            ...cats.map((c) => money(totals.byCategory[c] ?? 0)),
            money(totals.total),
          ],
        },
      ),
    )
  }

  const goal = new Map(plan.goals.map((g) => [g.id, g]))
  blocks.push(
    ...(plan.timeline.kpiTargets.length > 0
      ? [
          docTable(
            'kpiTargets',
            t('risksUi.doc.timeline.kpiTargets'),
            [
              t('risksUi.doc.timeline.month'),
              t('risksUi.doc.timeline.kpi'),
              t('risksUi.doc.shop.target'),
            ],
            [...plan.timeline.kpiTargets]
              .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
              .map((k) => {
                const g = goal.get(k.kpiId)
                return [
                  k.month,
                  g ? orDash(pickText(g.label, locale)) : k.kpiId,
                  g ? kpiValue(g, k.target) : String(k.target),
                ]
              }),
            { numeric: [2] },
          ),
        ]
      : [
          {
            kind: 'paragraph' as const,
            text: `${t('risksUi.doc.timeline.kpiTargets')}: ${t('risksUi.doc.none')}`,
          },
        ]),
  )
  return blocks
}

function reviewBlocks(plan: Plan, { t, locale }: DocContext): DocBlock[] {
  const review = reviewPlan(plan, locale)
  return [
    {
      kind: 'facts',
      id: 'review',
      rows: [
        [
          t('risksUi.doc.review.score'),
          t('risksUi.doc.review.scoreValue', {
            score: review.score,
            passed: review.passed,
            total: review.total,
          }),
        ],
      ],
    },
    review.gaps.length > 0
      ? {
          kind: 'list',
          caption: t('risksUi.doc.review.gaps'),
          items: review.gaps.map(
            (g) => `${t(`planUi.steps.${stepOfSection(g.section)}.title`)}: ${t(g.key, g.values)}`,
          ),
        }
      : { kind: 'paragraph', text: t('risksUi.doc.review.noGaps') },
  ]
}
