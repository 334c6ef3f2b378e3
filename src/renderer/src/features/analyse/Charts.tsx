import { Card, Col, Empty, Row } from 'antd'
import type { EChartsCoreOption } from 'echarts/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Chart } from '../../components/Chart'
import type { DashboardModel } from '@shared/kpi/dashboard'
import { toMajorNumber } from './format'

/** From this many bars on, a bar series is drawn in ECharts' "large" mode (one path). */
const LARGE_BARS = 60

/** Chart options of the dashboard, built from the dashboard model (pure). */
export function chartOptions(m: DashboardModel, t: (k: string) => string, currency: string) {
  const labels = m.series.map((b) => b.label)
  const money = (v: number) => toMajorNumber(v, currency)
  const salesTrend: EChartsCoreOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('analyse.charts.current'), t('analyse.charts.previousPeriod')] },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value' },
    series: [
      {
        name: t('analyse.charts.current'),
        type: 'line',
        data: m.series.map((b) => money(b.grossSales)),
        showSymbol: false,
      },
      {
        name: t('analyse.charts.previousPeriod'),
        type: 'line',
        data: m.previousSeries.map((b) => money(b.grossSales)),
        showSymbol: false,
        lineStyle: { type: 'dashed' },
      },
    ],
  }
  const ordersReturns: EChartsCoreOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('analyse.charts.orders'), t('analyse.charts.returns')] },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value' },
    // Many bars (a year by day: 2 × 365) are drawn as one path per series ("large" mode) rather
    // than one element each: a period change redrew 600-odd elements, the dashboard's slowest
    // chart (~50 ms here). The axis tooltip works the same.
    series: [
      {
        name: t('analyse.charts.orders'),
        type: 'bar',
        large: true,
        largeThreshold: LARGE_BARS,
        data: m.series.map((b) => b.orders),
      },
      {
        name: t('analyse.charts.returns'),
        type: 'bar',
        large: true,
        largeThreshold: LARGE_BARS,
        data: m.series.map((b) => b.returnedOrders),
      },
    ],
  }
  const channelShare: EChartsCoreOption = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        data: m.channels.map((c) => ({
          name: c.channel ?? t('analyse.charts.noChannel'),
          value: money(c.grossSales),
        })),
      },
    ],
  }
  const funnel: EChartsCoreOption = {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        sort: 'descending',
        label: { formatter: '{b}: {c}' },
        data: [
          { name: t('analyse.charts.visitors'), value: m.funnel.steps[0].value ?? 0 },
          { name: t('analyse.charts.orders'), value: m.funnel.steps[1].value },
        ],
      },
    ],
  }
  const bars = (
    rows: DashboardModel['topSales'],
    value: (r: DashboardModel['topSales'][number]) => number,
  ) => ({
    grid: { left: 120, right: 30, top: 10, bottom: 20 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name ?? r.sku) },
    series: [{ type: 'bar', data: rows.map(value) }],
  })
  const aovConversion: EChartsCoreOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('analyse.charts.aov'), t('analyse.charts.conversion')] },
    grid: { left: 60, right: 60, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: labels },
    yAxis: [
      { type: 'value' },
      { type: 'value', axisLabel: { formatter: (v: number) => `${(v * 100).toFixed(1)}%` } },
    ],
    series: [
      {
        name: t('analyse.charts.aov'),
        type: 'line',
        data: m.series.map((b) => (b.aov === null ? null : money(b.aov))),
        showSymbol: false,
      },
      {
        name: t('analyse.charts.conversion'),
        type: 'line',
        yAxisIndex: 1,
        data: m.series.map((b) => b.conversionRate),
        showSymbol: false,
      },
    ],
  }
  return {
    salesTrend,
    ordersReturns,
    channelShare,
    funnel,
    topSales: bars(m.topSales, (r) => money(r.sales)),
    topReturns: bars(m.topReturns, (r) => r.returnedQuantity),
    aovConversion,
  }
}

/** The dashboard's charts; they follow the language, resize with the window and print without animation. */
export const Charts = memo(function Charts({
  model,
  currency,
  animate,
}: {
  model: DashboardModel
  currency: string
  animate: boolean
}) {
  const { t } = useTranslation()
  const o = chartOptions(model, t, currency)
  const noTraffic = model.funnel.steps[0].value === null
  const card = (key: string, title: string, option: EChartsCoreOption, empty = false) => (
    <Col xs={24} xl={12} key={key}>
      <Card size="small" title={title} data-testid={`chart-${key}`}>
        {empty ? (
          <Empty description={t('analyse.charts.noTraffic')} />
        ) : (
          <Chart option={option} ariaLabel={title} animate={animate} />
        )}
      </Card>
    </Col>
  )
  return (
    <Row gutter={[16, 16]} className="charts">
      {card('sales', t('analyse.charts.salesTrend'), o.salesTrend)}
      {card('orders', t('analyse.charts.ordersReturns'), o.ordersReturns)}
      {card('channels', t('analyse.charts.channelShare'), o.channelShare)}
      {card('funnel', t('analyse.charts.funnel'), o.funnel, noTraffic)}
      {card('topSales', t('analyse.charts.topSales'), o.topSales)}
      {card('topReturns', t('analyse.charts.topReturns'), o.topReturns)}
      {card('aov', t('analyse.charts.aovConversion'), o.aovConversion)}
    </Row>
  )
})
