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
    }
  }, [])

  useEffect(() => {
    const chart = chartRef.current
    if (!chart) return
    // No update animation: a period change must show its numbers at once, not animate for a
    // second (docs/performance.md); lazyUpdate lets ECharts paint in the next frame.
    chart.setOption(
      { animation: animate, animationDurationUpdate: 0, ...option },
      { notMerge: true, lazyUpdate: true },
    )
    if (onRendered) chart.on('finished', onRendered)
    return () => {
      if (onRendered) chart.off('finished', onRendered)
    }
  }, [option, animate, onRendered])

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />
}
