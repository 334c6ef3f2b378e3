import { DownloadOutlined, FilePdfOutlined, ImportOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Input, Segmented, Select, Spin, Typography } from 'antd'
import { useDeferredValue, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { ImportRow } from '@shared/analytics/stored'
import { dateInZone } from '@shared/dates'
import { KPI_METRICS, PERIOD_PRESETS, GRANULARITIES, type KpiField } from '@shared/kpi'
import { platform } from '../../platform'
import { removeSampleImports } from '../../db/analytics'
import { useAnalyseStore, type RangePreset } from './analyse-store'
import { Charts } from './Charts'
import { anchorDate, periodFor } from '@shared/kpi/dashboard'
import { ImportsPanel } from './ImportsPanel'
import { KpiCard } from './KpiCard'
import { kpiCsv } from './kpi-csv'
import { cardGoal, useActivePlanGoals } from './plan-goals'
import { useDashboardModel, type useAnalyticsData } from './use-analytics'

/** The KPI dashboard: period, granularity and channel; cards; charts; imports; exports. */
export function Dashboard({
  analytics,
  imports,
  currency,
  timeZone,
}: {
  analytics: ReturnType<typeof useAnalyticsData>
  imports: ImportRow[]
  currency: string
  timeZone: string
}) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const s = useAnalyseStore()
  const locale = i18n.language
  const meta = analytics.meta
  const anchor = anchorDate(dateInZone(new Date(), timeZone), meta?.range?.to ?? null)
  const period = periodFor(s.preset, s.custom, anchor)
  const channels = meta?.channels ?? []
  const channel = s.channel && channels.includes(s.channel) ? s.channel : null
  const model = useDashboardModel(analytics, period, s.granularity, channel)
  // A second after the dashboard shows, the worker computes the other presets' models while idle
  // and sends them here: switching the period then shows them in the same render, without a round
  // trip to the worker. Not sooner: on two cores the worker's computing would slow the first
  // drawing of the charts (docs/performance.md).
  const shown = model !== null
  const { warm } = analytics
  const version = meta?.version
  useEffect(() => {
    if (!shown || version === undefined) return
    const timer = setTimeout(
      () =>
        warm(
          version,
          PERIOD_PRESETS.filter((p) => p !== 'custom').map((p) => ({
            period: periodFor(p, null, anchor),
            granularity: s.granularity,
            channel,
          })),
        ),
      1000,
    )
    return () => clearTimeout(timer)
  }, [shown, version, anchor, s.granularity, channel, warm])
  // The cards update at once; the seven charts follow in a deferred, interruptible render (also
  // on the first render, so showing the dashboard is never one long task).
  const chartModel = useDeferredValue(model, null)
  // The imports list is below the fold: it follows in the same deferred render as the charts.
  const showImports = useDeferredValue(true, false)
  // The active plan's goals (Plan → Shop and goals) appear on the cards they are measured by.
  const goals = useActivePlanGoals()

  const exportCsv = async () => {
    if (!model) return
    const csv = kpiCsv(
      model.vsPrevious,
      model.vsLastYear,
      (f: KpiField) => t(`kpi.metrics.${f}.name`),
      [
        t('analyse.report.metric'),
        `${period.from}..${period.to}`,
        t('analyse.card.vsPrevious'),
        '',
        t('analyse.card.vsLastYear'),
        '',
      ],
      currency,
    )
    await platform().saveFile({
      suggestedName: `shopbridge-kpis-${period.from}-${period.to}.csv`,
      content: csv,
      mime: 'text/csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
  }

  const reportQuery = new URLSearchParams({
    from: period.from,
    to: period.to,
    granularity: s.granularity,
    ...(channel ? { channel } : {}),
  }).toString()

  return (
    <Flex vertical gap={16} data-testid="dashboard">
      {meta?.hasSample && (
        <Alert
          type="warning"
          showIcon
          data-testid="sample-banner"
          title={t('analyse.sample.banner')}
          action={
            <Button
              size="small"
              danger
              data-testid="remove-sample"
              onClick={() =>
                void removeSampleImports().then(() => message.success(t('analyse.sample.removed')))
              }
            >
              {t('analyse.sample.remove')}
            </Button>
          }
        />
      )}
      <Flex gap={12} wrap align="center" className="no-print">
        <Typography.Text>{t('analyse.toolbar.period')}</Typography.Text>
        <Select
          data-testid="period-preset"
          // Seven options need no virtual list; its height measuring forced a layout on each pick.
          virtual={false}
          value={s.preset}
          style={{ width: 150 }}
          onChange={(p: RangePreset) => s.setPreset(p)}
          options={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`kpi.presets.${p}`) }))}
        />
        {s.preset === 'custom' && (
          <>
            <Input
              type="date"
              aria-label="from"
              style={{ width: 150 }}
              value={s.custom?.from ?? period.from}
              onChange={(e) => s.setCustom({ from: e.target.value, to: s.custom?.to ?? period.to })}
            />
            <Input
              type="date"
              aria-label="to"
              style={{ width: 150 }}
              value={s.custom?.to ?? period.to}
              onChange={(e) =>
                s.setCustom({ from: s.custom?.from ?? period.from, to: e.target.value })
              }
            />
          </>
        )}
        <Typography.Text type="secondary" data-testid="period-range">
          {period.from} – {period.to}
        </Typography.Text>
        <Segmented
          value={s.granularity}
          onChange={(g) => s.setGranularity(g)}
          options={GRANULARITIES.map((g) => ({ value: g, label: t(`kpi.granularity.${g}`) }))}
        />
        <Select
          data-testid="channel-filter"
          style={{ width: 160 }}
          value={channel ?? ''}
          onChange={(c: string) => s.setChannel(c === '' ? null : c)}
          options={[
            { value: '', label: t('analyse.toolbar.allChannels') },
            ...channels.map((c) => ({ value: c, label: c })),
          ]}
        />
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          <Button
            icon={<ImportOutlined />}
            onClick={() => navigate('/analyse/import')}
            data-testid="open-import"
          >
            {t('analyse.toolbar.import')}
          </Button>
          <Link to={`/print/analyse-report?${reportQuery}`}>
            <Button icon={<FilePdfOutlined />} data-testid="export-pdf">
              {t('analyse.toolbar.exportPdf')}
            </Button>
          </Link>
          <Button
            icon={<DownloadOutlined />}
            disabled={!model}
            onClick={() => void exportCsv()}
            data-testid="export-csv"
          >
            {t('analyse.toolbar.exportCsv')}
          </Button>
        </Flex>
      </Flex>
      {!model ? (
        <Spin size="large" />
      ) : (
        <>
          {/* A CSS grid (styles.css), not antd's Row and Col: twenty Cols re-rendered on every
              period change, each through antd's style hooks. */}
          <div className="kpi-grid">
            {KPI_METRICS.map((f) => {
              const goal = cardGoal(
                goals.get(f),
                model.vsPrevious.current.kpis[f],
                model.vsPrevious.changes[f],
                t,
                locale,
                currency,
              )
              return (
                <KpiCard
                  key={f}
                  field={f}
                  value={model.vsPrevious.current.kpis[f]}
                  missing={model.vsPrevious.current.missing[f]}
                  vsPrevious={model.vsPrevious.changes[f]}
                  vsLastYear={model.vsLastYear.changes[f]}
                  spark={model.spark[f]}
                  fedBy={model.vsPrevious.current.fedBy[f]}
                  locale={locale}
                  currency={currency}
                  goalText={goal?.text}
                  goalMet={goal?.met}
                />
              )
            })}
          </div>
          {chartModel && <Charts model={chartModel} currency={currency} animate />}
        </>
      )}
      {showImports && <ImportsPanel imports={imports} />}
    </Flex>
  )
}
