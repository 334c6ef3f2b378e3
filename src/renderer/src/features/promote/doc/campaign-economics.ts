import { addDays, isIsoDate, type IsoDate } from '@shared/dates'
import { daysBetween } from '@shared/calendar/plan'
import {
  campaignEconomics,
  campaignSchema,
  type Baseline,
  type CampaignEconomics,
} from '@shared/campaign/economics'
import type { KpiResult, Period } from '@shared/kpi'
import { minor } from '@shared/money'

/**
 * Reads the campaign planner's inputs off a stored (loose) campaign row and computes the
 * economics for the print pages — or null when the row does not hold usable inputs, never a
 * half-computed figure.
 *
 * The planner (features/promote/campaigns, built in parallel on another branch) stores on the row:
 * `promotions`, `adSpend`, `expectedUplift`, `marginFloor` and `baseline` = { source: 'imported' |
 * 'typed', period: Period | null, typedMargin, dailySales, dailyOrders, grossMargin }. With source
 * 'typed' the typed figures are the baseline; with 'imported' the figures come from the imported
 * orders of `period` (null: the 28 days before the campaign, or the data's last 28 days), passed
 * in here as `imported`.
 *
 * AFTER MERGING with the planner: replace `baselinePeriodFor`, `importedFigures` and the baseline
 * choice below with planner.ts's `defaultBaselinePeriod`, `baselineFromKpis`, `resolveBaseline`
 * and `restorePlan` + `planEconomics`, so the document and the planner cannot disagree.
 */

/** Baseline figures read from imported data (the planner's ImportedBaseline, narrowed). */
export interface ImportedFigures {
  dailySales: number
  dailyOrders: number
  aov: number
  /** null when the data has no costs (the typed margin is used then). */
  grossMargin: number | null
}

const BASELINE_DAYS = 28

type Loose = Record<string, unknown>
const obj = (v: unknown): Loose | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : null
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

function storedPeriod(v: unknown): Period | null {
  const p = obj(v)
  const from = p?.['from']
  const to = p?.['to']
  return typeof from === 'string' && typeof to === 'string' && isIsoDate(from) && isIsoDate(to)
    ? { from, to }
    : null
}

/** True when the row asks for a baseline from imported data. */
export function wantsImported(row: Loose): boolean {
  return obj(row['baseline'])?.['source'] === 'imported'
}

/**
 * The imported period a row's baseline reads: the stored one, else the 28 days before the
 * campaign (the data's last 28 days when it ends earlier), clipped to the data. Mirrors planner.ts.
 */
export function baselinePeriodFor(row: Loose, range: Period): Period | null {
  const chosen = storedPeriod(obj(row['baseline'])?.['period'])
  if (chosen) return chosen
  const start = row['start']
  if (typeof start !== 'string' || !isIsoDate(start)) return null
  const dayBefore = addDays(start, -1)
  const to = dayBefore < range.to ? dayBefore : range.to
  if (to < range.from) return null
  const from0 = addDays(to, -(BASELINE_DAYS - 1))
  return { from: from0 > range.from ? from0 : range.from, to }
}

/** Daily sales, orders, AOV and margin of a period's KPIs (the KPI definitions); null without orders. */
export function importedFigures(result: KpiResult): ImportedFigures | null {
  const k = result.kpis
  const orders = k.orders ?? 0
  const gross = k.grossSales ?? 0
  if (orders <= 0 || result.days <= 0) return null
  const net = k.netSales
  const cogs = k.cogs
  return {
    dailySales: Math.round(gross / result.days),
    dailyOrders: orders / result.days,
    aov: k.aov ?? Math.round(gross / orders),
    grossMargin:
      cogs !== null && net !== null && net > 0 && cogs > 0 ? Math.max(0, (net - cogs) / net) : null,
  }
}

function baselineOf(row: Loose, imported: ImportedFigures | null): Baseline | null {
  const b = obj(row['baseline'])
  if (!b) return null
  const typedMargin = num(b['grossMargin'])
  if (typedMargin === null || typedMargin < 0 || typedMargin > 1) return null
  if (b['source'] === 'imported') {
    if (!imported) return null
    const margin =
      b['typedMargin'] === true || imported.grossMargin === null
        ? typedMargin
        : imported.grossMargin
    return {
      dailySales: minor(Math.round(imported.dailySales)),
      dailyOrders: imported.dailyOrders,
      aov: minor(Math.round(imported.aov)),
      grossMargin: margin,
    }
  }
  const sales = num(b['dailySales'])
  const orders = num(b['dailyOrders'])
  if (sales === null || orders === null || !(sales > 0) || !(orders > 0)) return null
  if (!Number.isSafeInteger(sales)) return null
  return { dailySales: minor(sales), dailyOrders: orders, grossMargin: typedMargin }
}

/** The economics of a stored campaign, or null when its inputs are missing or invalid. */
export function economicsOfRow(
  row: Loose,
  imported: ImportedFigures | null = null,
): CampaignEconomics | null {
  const start = row['start']
  const end = row['end']
  if (typeof start !== 'string' || typeof end !== 'string') return null
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) return null
  if (!Array.isArray(row['promotions'])) return null
  const baseline = baselineOf(row, imported)
  if (!baseline) return null
  // The planner's defaults for fields an older row lacks (planner.ts restorePlan).
  const campaign = campaignSchema.safeParse({
    days: daysBetween(start as IsoDate, end as IsoDate) + 1,
    promotions: row['promotions'],
    adSpend: row['adSpend'] ?? 0,
    expectedUplift: row['expectedUplift'] ?? 0.3,
  })
  if (!campaign.success) return null
  const floor = num(row['marginFloor'])
  try {
    return campaignEconomics(baseline, campaign.data, {
      marginFloor: floor !== null && floor >= 0 && floor <= 1 ? floor : 0.1,
    })
  } catch {
    return null
  }
}
