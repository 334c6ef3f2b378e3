import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import {
  BarChart,
  LineChart,
  PieChart,
  FunnelChart,
  HeatmapChart,
  ScatterChart,
} from 'echarts/charts'
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  MarkLineComponent,
  VisualMapComponent,
} from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsCoreOption } from 'echarts/core'

// Tree-shaken: only the charts and components the app uses. The SVG renderer keeps charts sharp in
// PDFs and needs no canvas.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  FunnelChart,
  HeatmapChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  MarkLineComponent,
  VisualMapComponent,
  SVGRenderer,
])

/**
 * Drawings take turns, one chart per task: a dashboard whose seven charts all draw in one
 * animation frame (when it mounts, and again on each period change) makes that frame a
 * main-thread task well over 100 ms on a slow two-core machine (docs/performance.md); drawn in
 * turns, the browser paints and answers input between two charts.
 */
const draws: (() => void)[] = []
let draining = false

function drainDraw(): void {
  const draw = draws.shift()
  if (draw) draw()
  if (draws.length > 0) setTimeout(drainDraw, 0)
  else draining = false
}

/** Queues a chart's drawing; the returned function takes it off the queue. */
function queueDraw(draw: () => void): () => void {
  draws.push(draw)
  if (!draining) {
    draining = true
    setTimeout(drainDraw, 0)
  }
  return () => {
    const at = draws.indexOf(draw)
    if (at >= 0) draws.splice(at, 1)
  }
}

/**
 * Tooltips live in <body>. A tooltip inside the chart (ECharts' default) makes every update read
 * the chart's computed style, which forces a style recalculation of the page while the other
 * charts' drawings are half done: ~20 ms per period change on the dashboard.
 */
function tooltipInBody(option: EChartsCoreOption): EChartsCoreOption {
  const tooltip = option['tooltip']
  if (!tooltip || typeof tooltip !== 'object' || Array.isArray(tooltip) || 'appendTo' in tooltip)
    return option
  return { ...option, tooltip: { ...tooltip, appendTo: 'body' } }
}

/**
 * The structure of an option: every property path, with values left out (a `data` array, a
 * function or a primitive is a leaf). Two options of the same shape differ in values only, so
 * merging the second into the first gives exactly the second: nothing of the first is left over.
 */
export function optionShape(value: unknown, key = ''): string {
  if (value === null || typeof value !== 'object' || key === 'data') return ''
  if (Array.isArray(value)) return `[${value.map((v) => optionShape(v)).join(',')}]`
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${k}:${optionShape((value as Record<string, unknown>)[k], k)}`)
    .join(',')}}`
}

/** Props of the one chart component. */
export interface ChartProps {
  option: EChartsCoreOption
  height?: number
  /** Off for print layouts and tests: a PDF must not catch a half-drawn animation. */
  animate?: boolean
  ariaLabel: string
  onRendered?: () => void
}

/** An ECharts chart that follows its container's size and redraws when its option changes. */
export function Chart({ option, height = 280, animate = true, ariaLabel, onRendered }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null)
  const chartRef = useRef<echarts.ECharts | null>(null)
  /** Whether this chart has drawn once (only its first drawing animates). */
  const drawn = useRef(false)
  /** Takes the queued drawing off the queue (while it waits). */
  const unqueue = useRef<(() => void) | null>(null)
  /** The shape of the option drawn last (optionShape). */
  const shape = useRef('')

  useEffect(() => {
    const el = ref.current
    if (!el) return
    const chart = echarts.init(el, undefined, { renderer: 'svg' })
    chartRef.current = chart
    const ro = new ResizeObserver(() => chart.resize())
    ro.observe(el)
    return () => {
      unqueue.current?.()
      unqueue.current = null
      ro.disconnect()
      chart.dispose()
      chartRef.current = null
      drawn.current = false
      shape.current = ''
    }
  }, [])

  useEffect(() => {
    const chart = chartRef.current
    if (!chart) return
    // Only the first drawing animates: replaying it on each period change cost ~0.5 s of
    // main-thread frame work for numbers that should show at once (docs/performance.md).
    // An option of the same shape as the last (new values: a period change) is merged, so ECharts
    // keeps its components and only updates what changed. A fresh chart (notMerge) re-creates
    // every component, and each new tooltip reads the chart's offset, a forced layout of the whole
    // page: seven charts spent ~30 ms in those reads alone. Another shape starts afresh, so nothing
    // of the old option is left over. Each drawing paints in its own turn (queueDraw).
    const draw = (): void => {
      unqueue.current = null
      const first = !drawn.current
      drawn.current = true
      const next = tooltipInBody({
        animation: animate && first,
        animationDurationUpdate: 0,
        ...option,
      })
      const nextShape = optionShape(next)
      const merge = !first && nextShape === shape.current
      shape.current = nextShape
      chart.setOption(next, merge ? {} : { notMerge: true })
    }
    if (onRendered) chart.on('finished', onRendered)
    // A newer option replaces one still waiting for its turn.
    unqueue.current?.()
    unqueue.current = queueDraw(draw)
    return () => {
      if (onRendered) chart.off('finished', onRendered)
    }
  }, [option, animate, onRendered])

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />
}
