import { ReadOutlined } from '@ant-design/icons'
import { Alert, Card, Col, Collapse, Flex, Row, Statistic, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Baseline, CampaignEconomics } from '@shared/campaign/economics'
import { formatDate, type IsoDate } from '@shared/dates'
import type { Minor } from '@shared/money'
import { Chart } from '../../../components/Chart'
import { lessonPath } from '../../../content/lesson-links'
import { useFormat } from './format'

const VERDICT_TYPE: Record<string, 'success' | 'info' | 'warning' | 'error'> = {
  'promote.verdict.profitable': 'success',
  'promote.verdict.marginal': 'info',
  'promote.verdict.loss': 'warning',
  'promote.verdict.neverPays': 'error',
}

/** The economics of the plan: key figures, verdict, warnings, sensitivity chart and formulas. */
export function EconomicsCard({
  economics: e,
  curve,
  baseline,
  expectedUplift,
  days,
  pointsUntil = null,
  animate = true,
}: {
  economics: CampaignEconomics
  curve: { uplift: number; incrementalProfit: Minor }[]
  baseline: Baseline
  expectedUplift: number
  days: number
  /** The day the last points of the campaign expire (null: no points). */
  pointsUntil?: string | null
  animate?: boolean
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const m = baseline.grossMargin
  const be = e.breakEvenUplift
  const c = e.discountPerOrder + e.giftCostPerOrder + e.pointsLiabilityPerOrder

  const option = useMemo(
    () => ({
      grid: { left: 70, right: 24, top: 30, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => f.money(v * f.unit),
      },
      xAxis: {
        type: 'value',
        name: t('promoteUi.economics.chartX'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
        min: 0,
        max: curve[curve.length - 1]?.uplift ?? 1,
      },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => f.num(v) },
      },
      series: [
        {
          type: 'line',
          name: t('promoteUi.economics.chartSeries'),
          showSymbol: false,
          data: curve.map((p) => [p.uplift, p.incrementalProfit / f.unit]),
          lineStyle: { width: 3 },
          markLine: {
            symbol: 'none',
            label: { formatter: '{b}', position: 'end' },
            data: [
              { yAxis: 0, name: '', lineStyle: { color: '#999', type: 'solid' } },
              ...(be !== null && be <= (curve[curve.length - 1]?.uplift ?? 0)
                ? [
                    {
                      xAxis: be,
                      name: t('promoteUi.economics.chartBreakEven'),
                      lineStyle: { color: '#d4380d' },
                    },
                  ]
                : []),
              {
                xAxis: expectedUplift,
                name: t('promoteUi.economics.chartExpected'),
                lineStyle: { color: '#1677ff' },
              },
            ],
          },
        },
      ],
    }),
    // f changes identity each render; its inputs are the currency and locale
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [curve, be, expectedUplift, t, f.currency, f.locale],
  )

  const stat = (key: string, value: string, testId: string, color?: string) => (
    <Col xs={12} md={8}>
      <Statistic
        title={t(`promoteUi.economics.${key}`)}
        value={value}
        styles={{ content: { fontSize: 20, color } }}
        data-testid={testId}
      />
    </Col>
  )
  const red = '#cf1322'
  const green = '#389e0d'
  const formulas: { key: string; lesson: [string, string]; values: Record<string, string> }[] = [
    {
      key: 'effectiveDiscount',
      lesson: ['m4-l4', 'effective-discount'],
      values: {
        d: f.money(e.discountPerOrder),
        aov: f.money(e.aov),
        e: f.pct(e.effectiveDiscount),
      },
    },
    {
      key: 'breakEven',
      lesson: ['m4-l4', 'break-even-uplift'],
      values: {
        c: f.money(c),
        ads: f.money(e.adSpend),
        b: f.num(e.baselineOrders),
        unit: f.money(e.aov * m - c),
        u: be === null ? t('promoteUi.economics.never') : f.pct(be),
        m: f.pct(m),
      },
    },
    {
      key: 'revenue',
      lesson: ['m4-l4', 'whole-week-check'],
      values: {
        n: f.num(e.orders),
        b: f.num(e.baselineOrders),
        u: f.pct(expectedUplift),
        paid: f.money(e.aov - e.discountPerOrder),
        revenue: f.money(e.revenue),
      },
    },
    {
      key: 'profit',
      lesson: ['m4-l4', 'whole-week-check'],
      values: {
        n: f.num(e.orders),
        unit: f.money(e.aov * m - c),
        gp: f.money(e.grossProfit),
        base: f.money(e.baselineGrossProfit),
        ads: f.money(e.adSpend),
        inc: f.money(e.incrementalProfit),
      },
    },
    {
      key: 'cost',
      lesson: ['m4-l3', 'worked-example'],
      values: {
        disc: f.money(e.discountCost),
        gift: f.money(e.giftCost),
        points: f.money(e.pointsLiability),
        ads: f.money(e.adSpend),
        cost: f.money(e.campaignCost),
      },
    },
    {
      key: 'points',
      lesson: ['m4-l3', 'points-redemption'],
      values: { points: f.money(e.pointsLiabilityPerOrder) },
    },
    {
      key: 'roi',
      lesson: ['m4-l4', 'whole-week-check'],
      values: {
        inc: f.money(e.incrementalProfit),
        cost: f.money(e.campaignCost),
        roi: e.roi === null ? '—' : f.pct(e.roi),
      },
    },
  ]

  return (
    <Card title={t('promoteUi.economics.title')} data-testid="economics">
      <Flex vertical gap={16}>
        <Alert
          type={VERDICT_TYPE[e.verdict] ?? 'info'}
          showIcon
          data-testid="verdict"
          title={t(e.verdict)}
          description={
            be === null
              ? t('promoteUi.economics.summaryNever', {
                  e: f.pct(e.effectiveDiscount),
                  m: f.pct(m),
                })
              : t('promoteUi.economics.summary', {
                  e: f.pct(e.effectiveDiscount),
                  u: f.pct(be),
                  perDay: f.num(baseline.dailyOrders * (1 + be), 1),
                  base: f.num(baseline.dailyOrders, 1),
                  expected: f.pct(expectedUplift),
                })
          }
        />
        {e.warnings.map((w) => (
          <Alert
            key={w.key}
            type="warning"
            showIcon
            title={t(w.key, w.values)}
            data-testid="economics-warning"
          />
        ))}
        <Row gutter={[16, 16]}>
          {stat('effectiveDiscount', f.pct(e.effectiveDiscount), 'eco-effective-discount')}
          {stat(
            'breakEvenUplift',
            be === null ? t('promoteUi.economics.never') : `+${f.pct(be)}`,
            'eco-break-even',
            be === null || be > expectedUplift ? red : green,
          )}
          {stat('revenue', f.money(e.revenue), 'eco-revenue')}
          {stat('grossProfit', f.money(e.grossProfit), 'eco-gross-profit')}
          {stat('campaignCost', f.money(e.campaignCost), 'eco-cost')}
          {stat(
            'incrementalProfit',
            f.money(e.incrementalProfit),
            'eco-incremental',
            e.incrementalProfit < 0 ? red : green,
          )}
          {stat('roi', e.roi === null ? '—' : f.pct(e.roi), 'eco-roi')}
          {stat(
            'effectiveMargin',
            Number.isFinite(e.effectiveMargin) ? f.pct(e.effectiveMargin) : '—',
            'eco-margin',
          )}
          {stat('days', t('promoteUi.economics.daysValue', { n: days }), 'eco-days')}
        </Row>
        <div data-testid="sensitivity">
          <Typography.Text strong>{t('promoteUi.economics.chartTitle')}</Typography.Text>
          <Chart
            option={option}
            height={260}
            animate={animate}
            ariaLabel={t('promoteUi.economics.chartTitle')}
          />
          <Typography.Text type="secondary">{t('promoteUi.economics.chartHelp')}</Typography.Text>
        </div>
        <Collapse
          size="small"
          items={[
            {
              key: 'how',
              label: t('promoteUi.economics.howTitle'),
              children: (
                <Flex vertical gap={12} data-testid="formulas">
                  {formulas.map((x) => (
                    <div key={x.key}>
                      <Typography.Text strong>
                        {t(`promoteUi.formulas.${x.key}.title`)}
                      </Typography.Text>
                      <Typography.Paragraph style={{ margin: '4px 0' }}>
                        <code>{t(`promoteUi.formulas.${x.key}.formula`)}</code>
                      </Typography.Paragraph>
                      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                        {t(`promoteUi.formulas.${x.key}.example`, x.values)}{' '}
                        <Link to={lessonPath(x.lesson[0], x.lesson[1])}>
                          <ReadOutlined /> {t('promoteUi.lesson')}
                        </Link>
                      </Typography.Paragraph>
                    </div>
                  ))}
                  {pointsUntil && (
                    <Typography.Text type="secondary" data-testid="points-until">
                      {t('promoteUi.formulas.pointsUntil', {
                        date: formatDate(pointsUntil as IsoDate, f.locale),
                      })}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary">
                    {t('promoteUi.formulas.careful')}
                  </Typography.Text>
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  )
}
