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
 * First drawings take turns, one chart per task: a dashboard that mounts seven charts at once
 * would otherwise draw them all in one animation frame, a main-thread task well over 100 ms on a
 * slow two-core machine (docs/performance.md). Later drawings (a period change) are not queued.
 */
const firstDraws: (() => void)[] = []
let draining = false

function drainFirstDraw(): void {
  const draw = firstDraws.shift()
  if (draw) draw()
  if (firstDraws.length > 0) setTimeout(drainFirstDraw, 0)
  else draining = false
}

/** Queues a chart's first drawing; the returned function takes it off the queue. */
function queueFirstDraw(draw: () => void): () => void {
  firstDraws.push(draw)
  if (!draining) {
    draining = true
    setTimeout(drainFirstDraw, 0)
  }
  return () => {
    const at = firstDraws.indexOf(draw)
    if (at >= 0) firstDraws.splice(at, 1)
  }
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
  /** Takes the queued first drawing off the queue (while it waits). */
  const unqueue = useRef<(() => void) | null>(null)

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
    }
  }, [])

  useEffect(() => {
    const chart = chartRef.current
    if (!chart) return
    // Only the first drawing animates. notMerge makes every later option a fresh chart, which would
    // replay the entry animation on each period change: ~0.5 s of main-thread frame work for
    // numbers that should show at once (docs/performance.md). A later drawing paints in the next
    // frame (lazyUpdate); the first one paints in its own turn (queueFirstDraw).
    const draw = (): void => {
      unqueue.current = null
      const first = !drawn.current
      drawn.current = true
      chart.setOption(
        { animation: animate && first, animationDurationUpdate: 0, ...option },
        { notMerge: true, lazyUpdate: !first },
      )
    }
    if (onRendered) chart.on('finished', onRendered)
    if (drawn.current) draw()
    else {
      // A newer option replaces one still waiting for its turn.
      unqueue.current?.()
      unqueue.current = queueFirstDraw(draw)
    }
    return () => {
      if (onRendered) chart.off('finished', onRendered)
    }
  }, [option, animate, onRendered])

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />
}
