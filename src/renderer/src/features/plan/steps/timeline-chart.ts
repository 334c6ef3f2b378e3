import type { EChartsCoreOption } from 'echarts/core'
import { isIsoDate, toEpochDay, fromEpochDay, type IsoDate } from '@shared/dates'
import type { MilestoneStatus } from '@shared/plan/tracking'

const COLORS = {
  done: '#52c41a',
  overdue: '#ff4d4f',
  dueSoon: '#fa8c16',
  later: '#1677ff',
  noDate: '#bfbfbf',
} as const

/**
 * Milestones as a Gantt-like chart: each dated milestone is a bar from the previous milestone's
 * date (or the plan's start) to its own due date, coloured by its state; a line marks today.
 */
export function timelineOption(
  statuses: readonly MilestoneStatus[],
  start: IsoDate,
  today: IsoDate,
  title: (s: MilestoneStatus) => string,
  todayLabel: string,
): EChartsCoreOption {
  const dated = statuses.filter((s) => s.milestone.due && isIsoDate(s.milestone.due))
  const day = (d: IsoDate) => toEpochDay(d)
  let prev = day(start)
  const rows = dated.map((s) => {
    const end = day(s.milestone.due as IsoDate)
    const from = Math.min(prev, end)
    prev = Math.max(prev, end)
    return { s, from, end }
  })
  const min = Math.min(day(start), day(today), ...rows.map((r) => r.from)) - 3
  const max = Math.max(day(today), ...rows.map((r) => r.end)) + 7
  const cats = rows.map((r) => title(r.s)).reverse()
  const rev = [...rows].reverse()
  return {
    grid: { left: 8, right: 24, top: 24, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number; seriesIndex: number }) => {
        const r = rev[p.dataIndex]
        return r ? `${title(r.s)}<br/>${r.s.milestone.due}` : ''
      },
    },
    // Stacked bars start at 0, so the axis counts days from `min` and its labels show dates.
    xAxis: {
      type: 'value',
      min: 0,
      max: max - min,
      // Month-day on a short plan; year-month once the span no longer fits in one season.
      axisLabel: {
        formatter: (v: number) => {
          const d = fromEpochDay(Math.round(v) + min)
          return max - min > 120 ? d.slice(0, 7) : d.slice(5)
        },
      },
    },
    yAxis: { type: 'category', data: cats },
    series: [
      {
        type: 'bar',
        stack: 'g',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: rev.map((r) => r.from - min),
        barMaxWidth: 18,
      },
      {
        type: 'bar',
        stack: 'g',
        barMaxWidth: 18,
        data: rev.map((r) => ({
          value: Math.max(1, r.end - r.from),
          itemStyle: { color: COLORS[r.s.state], borderRadius: 3 },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          label: { formatter: todayLabel },
          lineStyle: { color: '#d4380d', type: 'dashed' },
          data: [{ xAxis: day(today) - min }],
        },
      },
    ],
  }
}
