import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as echarts from 'echarts/core'
import { Chart, optionShape } from '@renderer/components/Chart'

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

  it('merges an option of the same shape (ECharts keeps its components) and starts afresh for another shape', async () => {
    const trend = (data: number[], labels: string[]) => ({
      tooltip: { trigger: 'axis' as const },
      legend: { data: ['本期', '上期'] },
      xAxis: { type: 'category' as const, data: labels },
      yAxis: { type: 'value' as const },
      series: [
        { name: '本期', type: 'line' as const, data },
        { name: '上期', type: 'line' as const, data: data.map((v) => v / 2) },
      ],
    })
    const view = render(<Chart ariaLabel="Trend" option={trend([1, 2, 3], ['a', 'b', 'c'])} />)
    await new Promise((r) => setTimeout(r, 50))
    const host = view.container.querySelector('[role="img"]') as HTMLDivElement
    const chart = echarts.getInstanceByDom(host) as echarts.ECharts
    const tooltipModel = () =>
      (chart as unknown as { getModel(): { getComponent(t: string): object | undefined } })
        .getModel()
        .getComponent('tooltip')
    const before = tooltipModel()
    expect(before).toBeDefined()

    // New values, longer data, same shape: merged — the same tooltip component, the new values only.
    view.rerender(<Chart ariaLabel="Trend" option={trend([7, 8, 9, 10], ['a', 'b', 'c', 'd'])} />)
    await new Promise((r) => setTimeout(r, 50))
    expect(tooltipModel()).toBe(before)
    const merged = chart.getOption() as {
      series: { data: number[] }[]
      xAxis: { data: string[] }[]
    }
    expect(merged.series.map((x) => x.data)).toEqual([
      [7, 8, 9, 10],
      [3.5, 4, 4.5, 5],
    ])
    expect(merged.xAxis[0]?.data).toEqual(['a', 'b', 'c', 'd'])

    // Another shape (one series, no legend): a fresh chart, nothing of the old option left over.
    view.rerender(
      <Chart
        ariaLabel="Trend"
        option={{
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: ['x'] },
          yAxis: { type: 'value' },
          series: [{ type: 'bar', data: [5] }],
        }}
      />,
    )
    await new Promise((r) => setTimeout(r, 50))
    const fresh = chart.getOption() as { series: { type: string }[]; legend?: unknown[] }
    expect(fresh.series.map((x) => x.type)).toEqual(['bar'])
    expect(fresh.legend ?? []).toEqual([])
    expect(tooltipModel()).not.toBe(before)
  })
})

describe('optionShape', () => {
  it('sees property paths, not values: data arrays, functions and numbers are leaves', () => {
    const a = { xAxis: { data: [1, 2] }, series: [{ type: 'line', data: [{ v: 1 }] }], f: () => 1 }
    const b = {
      f: () => 2,
      series: [{ data: [{ v: 2 }, { w: 3 }], type: 'bar' }],
      xAxis: { data: [] },
    }
    expect(optionShape(a)).toBe(optionShape(b))
    expect(optionShape({ ...a, legend: {} })).not.toBe(optionShape(a))
    expect(optionShape({ ...a, series: [...a.series, { type: 'line' }] })).not.toBe(optionShape(a))
    expect(optionShape({ yAxis: [{ type: 'value' }] })).not.toBe(
      optionShape({ yAxis: [{ type: 'value', min: 0 }] }),
    )
  })
})

describe('warmUpCharts', () => {
  // A fresh copy of the module for each test: "warm" is the page's state, once per page.
  const freshModule = async () => {
    vi.resetModules()
    return import('@renderer/components/Chart')
  }
  const hiddenBoxes = () => document.body.querySelectorAll(':scope > div[aria-hidden="true"]')

  it('draws every kind of chart once in a hidden box, then removes it; a second call does nothing', async () => {
    const { warmUpCharts } = await freshModule()
    const done = warmUpCharts()
    expect(hiddenBoxes()).toHaveLength(1)
    let drew = false
    const watch = setInterval(() => {
      if (hiddenBoxes()[0]?.querySelector('svg path')) drew = true
    }, 5)
    const result = await done
    clearInterval(watch)
    expect(result.steps).toBeGreaterThanOrEqual(8)
    expect(result.ran).toBe(result.steps) // no step failed
    expect(drew).toBe(true)
    expect(hiddenBoxes()).toHaveLength(0)
    expect(await warmUpCharts()).toEqual({ ran: 0, steps: 0 })
    expect(hiddenBoxes()).toHaveLength(0)
  })

  it('stops as soon as a real chart draws, and is not started after one', async () => {
    const { warmUpCharts, Chart: FreshChart } = await freshModule()
    const done = warmUpCharts()
    render(
      <FreshChart
        ariaLabel="Trend"
        option={{
          xAxis: { type: 'category', data: ['a'] },
          yAxis: { type: 'value' },
          series: [{ type: 'line', data: [1] }],
        }}
      />,
    )
    const result = await done
    expect(result.ran).toBeLessThan(result.steps)
    expect(hiddenBoxes()).toHaveLength(0)
    expect(await warmUpCharts()).toEqual({ ran: 0, steps: 0 })
  })
})
