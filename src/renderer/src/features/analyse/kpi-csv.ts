import { KPI_METRICS, kpiKind, type KpiComparison, type KpiField } from '@shared/kpi'
import { toCsv, type CsvCell } from '@shared/export/csv'
import { minorDigits } from '@shared/money'

/** A KPI value as a CSV number: money in major units with the currency's decimals, rates as fractions. */
function cell(field: KpiField, v: number | null, currency: string): CsvCell {
  if (v === null) return null
  if (kpiKind(field) === 'money')
    return Number((v / 10 ** minorDigits(currency)).toFixed(minorDigits(currency)))
  return Number(v.toFixed(6))
}

/** The KPI table as CSV: one row per metric with this period, the comparison periods and changes. */
export function kpiCsv(
  prev: KpiComparison,
  lastYear: KpiComparison,
  names: (f: KpiField) => string,
  headers: string[],
  currency: string,
): string {
  const rows: CsvCell[][] = [headers]
  for (const f of KPI_METRICS) {
    rows.push([
      names(f),
      cell(f, prev.current.kpis[f], currency),
      cell(f, prev.previous.kpis[f], currency),
      prev.changes[f]?.value ?? null,
      cell(f, lastYear.previous.kpis[f], currency),
      lastYear.changes[f]?.value ?? null,
    ])
  }
  return toCsv(rows)
}
