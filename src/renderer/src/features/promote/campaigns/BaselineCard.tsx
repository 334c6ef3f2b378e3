import { ReadOutlined } from '@ant-design/icons'
import {
  Alert,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Input,
  Segmented,
  Spin,
  Tag,
  Typography,
} from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CampaignBaselineInput } from '@shared/campaign/stored'
import type { ResolvedBaseline } from '@shared/campaign/planner'
import { isIsoDate } from '@shared/dates'
import { lessonPath } from '../../../content/lesson-links'
import { CountInput, Field, MoneyInput, PercentInput } from './inputs'
import { useFormat } from './format'
import type { CampaignData } from '../data/use-campaign-data'

/** Where the baseline comes from (imported period or typed figures) and what it is. */
export function BaselineCard({
  value,
  onChange,
  data,
  resolved,
}: {
  value: CampaignBaselineInput
  onChange: (v: CampaignBaselineInput) => void
  data: CampaignData
  resolved: ResolvedBaseline | null
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const set = (patch: Partial<CampaignBaselineInput>) => onChange({ ...value, ...patch })
  const imported = data.imported
  const period = data.baselinePeriod
  const setPeriod = (which: 'from' | 'to', date: string) => {
    if (!isIsoDate(date) || !period) return
    const next = { ...period, [which]: date }
    if (next.from <= next.to) set({ period: next })
  }
  return (
    <Card
      title={t('promoteUi.baseline.title')}
      data-testid="baseline"
      extra={
        <Link to={lessonPath('m5-l2')}>
          <ReadOutlined /> {t('promoteUi.lesson')}
        </Link>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('promoteUi.baseline.intro')}</Typography.Text>
        <Segmented
          block
          data-testid="baseline-source"
          value={value.source}
          onChange={(source) => set({ source: source as CampaignBaselineInput['source'] })}
          options={[
            { value: 'imported', label: t('promoteUi.baseline.imported') },
            { value: 'typed', label: t('promoteUi.baseline.typed') },
          ]}
        />
        {value.source === 'imported' && data.state === 'loading' && <Spin />}
        {value.source === 'imported' && data.state === 'none' && (
          <Alert
            type="info"
            showIcon
            data-testid="baseline-no-data"
            title={t('promoteUi.baseline.noData')}
            description={<Link to="/analyse">{t('promoteUi.baseline.goAnalyse')}</Link>}
          />
        )}
        {value.source === 'imported' && data.state === 'failed' && (
          <Alert type="error" showIcon title={t('promoteUi.baseline.failed')} />
        )}
        {value.source === 'imported' && data.state === 'ready' && (
          <>
            {period && (
              <Flex gap={8} wrap align="center">
                <Typography.Text>{t('promoteUi.baseline.period')}</Typography.Text>
                <Input
                  type="date"
                  style={{ width: 160 }}
                  data-testid="baseline-from"
                  value={period.from}
                  min={data.range?.from}
                  max={period.to}
                  onChange={(e) => setPeriod('from', e.target.value)}
                />
                <span>–</span>
                <Input
                  type="date"
                  style={{ width: 160 }}
                  data-testid="baseline-to"
                  value={period.to}
                  min={period.from}
                  max={data.range?.to}
                  onChange={(e) => setPeriod('to', e.target.value)}
                />
                {value.period ? (
                  <Typography.Link
                    onClick={() => set({ period: null })}
                    data-testid="baseline-auto"
                  >
                    {t('promoteUi.baseline.auto')}
                  </Typography.Link>
                ) : (
                  <Tag>{t('promoteUi.baseline.autoTag')}</Tag>
                )}
                {data.hasSample && <Tag color="gold">{t('promoteUi.baseline.sample')}</Tag>}
              </Flex>
            )}
            {!imported && (
              <Alert type="warning" showIcon title={t('promoteUi.baseline.noOrders')} />
            )}
            {imported && (
              <Descriptions size="small" column={2} bordered data-testid="baseline-figures">
                <Descriptions.Item label={t('promoteUi.baseline.dailySales')}>
                  {f.money(imported.dailySales)}
                </Descriptions.Item>
                <Descriptions.Item label={t('promoteUi.baseline.dailyOrders')}>
                  {f.num(imported.dailyOrders, 1)}
                </Descriptions.Item>
                <Descriptions.Item label={t('promoteUi.baseline.aov')}>
                  <span data-testid="baseline-aov">{f.money(imported.aov)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('promoteUi.baseline.margin')}>
                  <span data-testid="baseline-margin">
                    {imported.grossMargin === null
                      ? t('promoteUi.baseline.noCosts')
                      : f.pct(imported.grossMargin)}
                  </span>
                </Descriptions.Item>
              </Descriptions>
            )}
            {imported && imported.grossMargin !== null && (
              <Checkbox
                checked={value.typedMargin}
                onChange={(e) => set({ typedMargin: e.target.checked })}
              >
                {t('promoteUi.baseline.useTypedMargin')}
              </Checkbox>
            )}
            {imported && imported.linesWithoutCost > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('promoteUi.baseline.partialCosts', { count: imported.linesWithoutCost })}
              />
            )}
          </>
        )}
        {(value.source === 'typed' || resolved?.marginSource === 'typed') && (
          <Flex wrap gap={12}>
            {value.source === 'typed' && (
              <>
                <Field label={t('promoteUi.baseline.dailySales')}>
                  <MoneyInput
                    value={value.dailySales}
                    onChange={(dailySales) => set({ dailySales })}
                    testId="typed-sales"
                  />
                </Field>
                <Field label={t('promoteUi.baseline.dailyOrders')}>
                  <CountInput
                    value={value.dailyOrders}
                    precision={1}
                    onChange={(dailyOrders) => set({ dailyOrders })}
                    testId="typed-orders"
                  />
                </Field>
              </>
            )}
            <Field label={t('promoteUi.baseline.margin')} help={t('promoteUi.baseline.marginHelp')}>
              <PercentInput
                value={value.grossMargin}
                onChange={(grossMargin) => set({ grossMargin })}
                testId="typed-margin"
              />
            </Field>
          </Flex>
        )}
        {resolved && value.source === 'typed' && (
          <Typography.Text type="secondary" data-testid="typed-aov">
            {t('promoteUi.baseline.aovIs', {
              aov: f.money(resolved.baseline.dailySales / resolved.baseline.dailyOrders),
            })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  )
}
