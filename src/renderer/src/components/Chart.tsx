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

/** Whether the warm-up below has started in this page (it runs once). */
let warmUpStarted = false
/** Whether a real chart (not the warm-up) has drawn: the warm-up has no more to do. */
let drawnForReal = false

/**
 * The first chart a page draws costs ~100–150 ms of main thread on a slow two-core machine, the
 * next one of the same kind 30–40 ms (docs/performance.md): the first drawing runs most of
 * ECharts and zrender for the first time, compiling it. Warming up draws small throwaway charts
 * of each kind the app uses, in a hidden box, one piece per idle task (the window's shell starts
 * it when the app opens), so that the cost is paid in pieces while the user reads a page or waits
 * for an import, rather than in one long task when the dashboard (or a plan's chart) first shows.
 * It stops as soon as a real chart draws (which pays the rest), and runs once per page. Resolves,
 * when done, with how many of its steps ran (`ran`, of `steps`; a step that fails ends it early,
 * and so does a real chart).
 */
export function warmUpCharts(): Promise<{ ran: number; steps: number }> {
  if (warmUpStarted || drawnForReal) return Promise.resolve({ ran: 0, steps: 0 })
  warmUpStarted = true
  const box = document.createElement('div')
  box.setAttribute('aria-hidden', 'true')
  box.style.cssText =
    'position:fixed;left:-10000px;top:0;width:360px;height:220px;visibility:hidden;pointer-events:none'
  document.body.appendChild(box)
  let chart: echarts.ECharts | null = null
  const axes = {
    grid: { left: 40, right: 10, top: 30, bottom: 20 },
    xAxis: { type: 'category', data: ['1', '2', '3'] },
    yAxis: { type: 'value' },
  }
  const steps: (() => void)[] = [
    // A fixed size: no layout read of the page.
    () => (chart = echarts.init(box, undefined, { renderer: 'svg', width: 360, height: 220 })),
    () => chart?.setOption({ animation: true, series: [] }),
    () => chart?.setOption(axes),
    () =>
      chart?.setOption({
        series: [{ name: 'a', type: 'line', data: [1, 3, 2], showSymbol: false }],
      }),
    () => chart?.setOption({ legend: { top: 0 } }),
    () => chart?.setOption({ tooltip: { trigger: 'axis', appendTo: 'body' } }),
    () =>
      chart?.setOption({
        series: [
          { name: 'a', type: 'line', data: [1, 3, 2] },
          { name: 'b', type: 'line', data: [2, 1, 3], lineStyle: { type: 'dashed' } },
        ],
      }),
    () =>
      chart?.setOption(
        { ...axes, series: [{ type: 'bar', large: true, largeThreshold: 2, data: [1, 3, 2] }] },
        { notMerge: true },
      ),
    () =>
      chart?.setOption(
        {
          grid: { left: 60, right: 10, top: 10, bottom: 20 },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', inverse: true, data: ['x', 'y'] },
          series: [{ type: 'bar', data: [2, 1] }],
        },
        { notMerge: true },
      ),
    () =>
      chart?.setOption(
        {
          legend: { bottom: 0 },
          series: [{ type: 'pie', radius: ['40%', '70%'], data: [{ name: 'p', value: 1 }] }],
        },
        { notMerge: true },
      ),
    () =>
      chart?.setOption(
        {
          series: [
            {
              type: 'funnel',
              data: [
                { name: 'f', value: 2 },
                { name: 'g', value: 1 },
              ],
            },
          ],
        },
        { notMerge: true },
      ),
  ]
  const idle = (run: () => void): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 })
    else setTimeout(run, 16)
  }
  return new Promise((resolve) => {
    let ran = 0
    const next = (): void => {
      const step = steps[ran]
      if (step && !drawnForReal) {
        try {
          step()
          ran += 1
          idle(next)
          return
        } catch {
          // A warm-up must never get in the way: stop, and clean up.
        }
      }
      chart?.dispose()
      box.remove()
      resolve({ ran, steps: steps.length })
    }
    idle(next)
  })
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
      drawnForReal = true
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
