import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
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
})
