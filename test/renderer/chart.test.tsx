import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import * as echarts from 'echarts/core'
import { Chart } from '@renderer/components/Chart'

afterEach(cleanup)

describe('Chart', () => {
  it('draws an ECharts option as SVG, labelled for screen readers, without animation when asked', async () => {
    const { container } = render(
      <Chart
        ariaLabel="Sales trend"
        animate={false}
        option={{
          xAxis: { type: 'category', data: ['一月', '二月', '三月'] },
          yAxis: { type: 'value' },
          series: [{ type: 'line', data: [120, 200, 150] }],
        }}
      />,
    )
    // zrender paints on the next animation frame.
    await new Promise((r) => setTimeout(r, 100))
    const host = container.querySelector('[role="img"]')
    expect(host?.getAttribute('aria-label')).toBe('Sales trend')
    const svg = host?.querySelector('svg')
    expect(svg).not.toBeNull()
    // happy-dom has no layout (the chart is 100 px wide), so only the value axis is sure to be labelled.
    expect(svg?.textContent).toContain('200')
    expect(svg?.querySelectorAll('path').length).toBeGreaterThan(0)
  })

  it('animates its first drawing only: a new option (a period change) shows at once', async () => {
    const option = (data: number[]) => ({
      xAxis: { type: 'category' as const, data: ['一月', '二月', '三月'] },
      yAxis: { type: 'value' as const },
      series: [{ type: 'line' as const, data }],
    })
    const view = render(<Chart ariaLabel="Trend" option={option([1, 2, 3])} />)
    await new Promise((r) => setTimeout(r, 50))
    const host = view.container.querySelector('[role="img"]') as HTMLDivElement
    const chart = echarts.getInstanceByDom(host)
    expect(chart?.getOption()['animation']).toBe(true)
    view.rerender(<Chart ariaLabel="Trend" option={option([4, 5, 6])} />)
    await new Promise((r) => setTimeout(r, 50))
    expect(echarts.getInstanceByDom(host)?.getOption()['animation']).toBe(false)
  })
})
