/**
 * Which built-in lesson explains each KPI of the Analyse dashboard ("Read the lesson"). Module 5
 * covers the metrics: l2 conversion, AOV and 客单价; l3 returns, CAC and ROAS; l4 inventory and
 * repeat purchases; l1 why data matters (everything else).
 */
const LESSON_BY_METRIC: Readonly<Record<string, string>> = {
  conversionRate: 'm5-l2',
  aov: 'm5-l2',
  revenuePerBuyer: 'm5-l2',
  returnRate: 'm5-l3',
  cac: 'm5-l3',
  roas: 'm5-l3',
  marketingSpend: 'm5-l3',
  inventoryTurnover: 'm5-l4',
  daysOfInventory: 'm5-l4',
  averageInventoryValue: 'm5-l4',
  cogs: 'm5-l4',
  repeatPurchaseRate: 'm5-l4',
}

/** The built-in lesson that explains a metric (a KpiField). */
export function lessonForMetric(field: string): string {
  return Object.prototype.hasOwnProperty.call(LESSON_BY_METRIC, field)
    ? (LESSON_BY_METRIC[field] as string)
    : 'm5-l1'
}

/** The route of a lesson, optionally at one of its sections. */
export function lessonPath(lessonId: string, section?: string | null): string {
  return `/learn/lesson/${encodeURIComponent(lessonId)}${section ? `#${encodeURIComponent(section)}` : ''}`
}
