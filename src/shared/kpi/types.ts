import { toEpochDay, type IsoDate } from '../dates'
import type { Problem } from '../result'
import type {
  InventoryRecord,
  OrderColumns,
  ProductRecord,
  SpendRecord,
  TrafficRecord,
} from '../analytics/model'

/**
 * Types of the KPI engine. The fields and their meanings are exactly the `code` names of the
 * team's KPI definitions (shared/kpi-definitions.md).
 */

/** The metrics of the definitions, in their table order. */
export const KPI_METRICS = [
  'orders',
  'grossSales',
  'refunds',
  'netSales',
  'aov',
  'buyers',
  'revenuePerBuyer',
  'identifiedBuyers',
  'repeatPurchaseRate',
  'newBuyers',
  'returnRate',
  'visitors',
  'conversionRate',
  'marketingSpend',
  'cac',
  'roas',
  'cogs',
  'averageInventoryValue',
  'inventoryTurnover',
  'daysOfInventory',
] as const

/** Every field of a KpiResult: the metrics plus `linesWithoutCost` (the count that goes with `cogs`). */
export const KPI_FIELDS = [...KPI_METRICS, 'linesWithoutCost'] as const

/** A metric of the definitions. */
export type KpiMetric = (typeof KPI_METRICS)[number]
/** A field of KpiResult.kpis. */
export type KpiField = (typeof KPI_FIELDS)[number]

/** Fractions shown as percentages; their changes are absolute differences (percentage points). */
export const RATE_FIELDS = ['repeatPurchaseRate', 'returnRate', 'conversionRate'] as const
/** Amounts in integer minor units. */
export const MONEY_FIELDS = [
  'grossSales',
  'refunds',
  'netSales',
  'aov',
  'revenuePerBuyer',
  'marketingSpend',
  'cac',
  'cogs',
  'averageInventoryValue',
] as const
/** Counts (orders, people, lines). */
export const COUNT_FIELDS = [
  'orders',
  'buyers',
  'identifiedBuyers',
  'newBuyers',
  'visitors',
  'linesWithoutCost',
] as const
/** Plain ratios that are not percentages (ROAS 4.2×, turnover 1.3×) and days. */
export const RATIO_FIELDS = ['roas', 'inventoryTurnover', 'daysOfInventory'] as const

/** How a field is shown. */
export type KpiKind = 'rate' | 'money' | 'count' | 'ratio' | 'days'

/** The display kind of a field. */
export function kpiKind(field: KpiField): KpiKind {
  if ((RATE_FIELDS as readonly string[]).includes(field)) return 'rate'
  if ((MONEY_FIELDS as readonly string[]).includes(field)) return 'money'
  if ((COUNT_FIELDS as readonly string[]).includes(field)) return 'count'
  if (field === 'daysOfInventory') return 'days'
  return 'ratio'
}

/** The file that would make a `null` field computable (i18n: `kpi.missing.<source>`). */
export type MissingSource = 'traffic' | 'spend' | 'inventory' | 'products-or-inventory' | 'orders'

/** Everything the KPI engine reads. `orders` should be sorted by day (prepare sorts it if not). */
export interface KpiInput {
  orders: OrderColumns
  traffic: TrafficRecord[] | null
  spend: SpendRecord[] | null
  inventory: InventoryRecord[] | null
  products: ProductRecord[] | null
}

/** Calendar dates `from`..`to`, both inclusive. */
export interface Period {
  from: IsoDate
  to: IsoDate
}

/** A predicate telling SKUs that are not goods (postage, fees, tips: bad-inputs #34). */
export type SkuPredicate = (sku: string) => boolean

/** Options of computeKpis and the series functions. */
export interface KpiOptions {
  /** Only orders, traffic rows and spend rows of this channel; null or absent: all channels. */
  channel?: string | null
  /**
   * SKUs that are not goods: their lines are left out of COGS entirely (no cost, not counted in
   * `linesWithoutCost`) and out of topProducts. Default: none. Pass a stable function (results
   * are cached per function).
   */
  isNonProductSku?: SkuPredicate | null
}

/** A warning for the user: an i18n key (`kpi.warnings.*`) and interpolation values. */
export type KpiWarning = Problem

/** The KPIs of one period. */
export interface KpiResult {
  period: Period
  /** Number of days in the period. */
  days: number
  channel: string | null
  /** Money: integer minor units; rates: fractions; `null`: not computable ("not enough data"). */
  kpis: Record<KpiField, number | null>
  /** For fields that are null because a file is absent (or covers nothing here): that file. */
  missing: Partial<Record<KpiField, MissingSource>>
  warnings: KpiWarning[]
  /** The canonical columns (`orders.amountPaid`, `traffic.visitors`…) each computed field read. */
  fedBy: Partial<Record<KpiField, string[]>>
}

/** Epoch days of a period; throws when `from` is after `to`. */
export function periodDays(period: Period): { fromDay: number; toDay: number; days: number } {
  const fromDay = toEpochDay(period.from)
  const toDay = toEpochDay(period.to)
  if (toDay < fromDay)
    throw new RangeError(`period starts after it ends: ${period.from}..${period.to}`)
  return { fromDay, toDay, days: toDay - fromDay + 1 }
}

/** Rounds half away from zero (money ratios are shown in whole minor units). */
export function roundMinor(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x)
}
