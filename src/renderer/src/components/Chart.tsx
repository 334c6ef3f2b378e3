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

  useEffect(() => {
    const el = ref.current
    if (!el) return
    const chart = echarts.init(el, undefined, { renderer: 'svg' })
    chartRef.current = chart
    const ro = new ResizeObserver(() => chart.resize())
    ro.observe(el)
    return () => {
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
    // numbers that should show at once (docs/performance.md). lazyUpdate paints in the next frame.
    chart.setOption(
      { animation: animate && !drawn.current, animationDurationUpdate: 0, ...option },
      { notMerge: true, lazyUpdate: true },
    )
    drawn.current = true
    if (onRendered) chart.on('finished', onRendered)
    return () => {
      if (onRendered) chart.off('finished', onRendered)
    }
  }, [option, animate, onRendered])

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />
}
