import type { EChartsCoreOption } from 'echarts/core'
import type { CriterionSensitivity, RankedPlatform } from '@shared/plan/scoring'

/** A stable colour per platform, so the same platform has the same colour in both charts. */
const PALETTE = [
  '#d4380d',
  '#1677ff',
  '#389e0d',
  '#d48806',
  '#531dab',
  '#08979c',
  '#c41d7f',
  '#7cb305',
  '#595959',
  '#0958d9',
  '#ad6800',
]
export const platformColor = (id: string, order: readonly string[]): string =>
  PALETTE[Math.max(0, order.indexOf(id)) % PALETTE.length] ?? '#999'

/** The ranking as horizontal bars, best on top; chosen platforms drawn solid, others light. */
export function rankingOption(
  ranked: readonly RankedPlatform[],
  name: (id: string) => string,
  chosen: readonly string[],
  order: readonly string[],
): EChartsCoreOption {
  const rows = [...ranked].reverse()
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min: 0, max: 5 },
    yAxis: { type: 'category', data: rows.map((r) => name(r.id)) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: number }) => p.value.toFixed(2),
        },
        data: rows.map((r) => ({
          value: Math.round(r.score * 100) / 100,
          itemStyle: {
            color: platformColor(r.id, order),
            opacity: chosen.length === 0 || chosen.includes(r.id) ? 1 : 0.35,
          },
        })),
      },
    ],
  }
}

/**
 * Sensitivity: one row per criterion, its weight from 0 % to 100 % along the axis, coloured by
 * which platform would win at that weight (the others keep their proportions); a dot marks the
 * current weight.
 */
export function sensitivityOption(
  rows: readonly CriterionSensitivity[],
  criterionName: (c: string) => string,
  name: (id: string) => string,
  order: readonly string[],
  currentLabel: string,
): EChartsCoreOption {
  const depth = Math.max(0, ...rows.map((r) => r.segments.length))
  const cats = rows.map((r) => criterionName(r.criterion))
  const series: object[] = Array.from({ length: depth }, (_, k) => ({
    type: 'bar',
    stack: 'w',
    barMaxWidth: 22,
    label: {
      show: true,
      formatter: (p: { data: { winner?: string; value: number } }) =>
        p.data.winner && p.data.value >= 18 ? name(p.data.winner) : '',
      color: '#fff',
      fontSize: 11,
    },
    data: rows.map((r) => {
      const s = r.segments[k]
      if (!s) return { value: 0 }
      return {
        value: Math.round((s.to - s.from) * 1000) / 10,
        winner: s.winner,
        from: s.from,
        to: s.to,
        itemStyle: { color: platformColor(s.winner, order) },
      }
    }),
  }))
  series.push({
    type: 'scatter',
    name: currentLabel,
    symbol: 'diamond',
    symbolSize: 14,
    itemStyle: { color: '#000', borderColor: '#fff', borderWidth: 1 },
    data: rows.map((r, i) => [Math.round(r.current * 1000) / 10, i]),
    z: 10,
  })
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: { winner?: string; from?: number; to?: number } | number[] }) => {
        const d = p.data
        if (Array.isArray(d)) return `${currentLabel}: ${d[0]}%`
        if (!d.winner) return ''
        return `${name(d.winner)}: ${Math.round((d.from ?? 0) * 100)}% – ${Math.round((d.to ?? 0) * 100)}%`
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: cats },
    series,
  }
}
