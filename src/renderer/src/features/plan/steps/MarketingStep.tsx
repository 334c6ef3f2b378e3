import { PlusOutlined, GiftOutlined } from '@ant-design/icons'
import { Alert, Button, Col, Divider, Flex, Input, Row, Select, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isIsoDate } from '@shared/dates'
import { formatMoney, minor } from '@shared/money'
import { budgetTotals, nextId, setMarketing } from '@shared/plan/plan'
import { MARKETING_CHANNELS, type Plan } from '@shared/plan/schema'
import { localText, userText } from '@shared/plan/text'
import { Chart } from '../../../components/Chart'
import { DraftInput, DraftNumber, MoneyInput, RemoveButton } from '../fields'
import type { StepProps } from '../step-props'

type ChannelRow = Plan['marketing']['channels'][number]
type Campaign = Plan['marketing']['campaigns'][number]

/** Step 5: marketing channels with the budget split, and the first campaigns (planned in detail in Promote). */
export function MarketingStep({ plan, edit, locale }: StepProps) {
  const { t, i18n } = useTranslation()
  const { channels, campaigns } = plan.marketing
  const share = channels.reduce((s, c) => s + c.sharePercent, 0)
  const marketingBudget = budgetTotals(plan).byCategory.marketing ?? 0
  const unused = MARKETING_CHANNELS.filter((c) => !channels.some((x) => x.channel === c))
  const money = (n: number) => formatMoney(minor(n), plan.currency, i18n.language)
  const patchChannel = (id: string, patch: Partial<ChannelRow>) =>
    edit((p, now) =>
      setMarketing(
        p,
        { channels: p.marketing.channels.map((c) => (c.id === id ? { ...c, ...patch } : c)) },
        now,
      ),
    )
  const patchCampaign = (id: string, patch: Partial<Campaign>) =>
    edit((p, now) =>
      setMarketing(
        p,
        { campaigns: p.marketing.campaigns.map((c) => (c.id === id ? { ...c, ...patch } : c)) },
        now,
      ),
    )
  return (
    <>
      <Divider titlePlacement="start">{t('planUi.marketing.channels')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('planUi.marketing.channelsHelp', { budget: money(marketingBudget) })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            data-testid="channels-table"
            dataSource={channels}
            locale={{ emptyText: t('planUi.marketing.noChannels') }}
            columns={[
              {
                title: t('planUi.marketing.channel'),
                key: 'channel',
                render: (_, c: ChannelRow) => t(`plan.marketingChannels.${c.channel}`),
              },
              {
                title: t('planUi.marketing.share'),
                key: 'share',
                render: (_, c: ChannelRow) => (
                  <DraftNumber
                    value={c.sharePercent}
                    max={100}
                    suffix="%"
                    width={100}
                    testId={`share-${c.channel}`}
                    ariaLabel={t('planUi.marketing.share')}
                    onCommit={(sharePercent) => patchChannel(c.id, { sharePercent })}
                  />
                ),
              },
              {
                title: t('planUi.marketing.amount'),
                key: 'amount',
                render: (_, c: ChannelRow) =>
                  money(Math.round((marketingBudget * c.sharePercent) / 100)),
              },
              {
                key: 'remove',
                render: (_, c: ChannelRow) => (
                  <RemoveButton
                    onRemove={() =>
                      edit((p, now) =>
                        setMarketing(
                          p,
                          { channels: p.marketing.channels.filter((x) => x.id !== c.id) },
                          now,
                        ),
                      )
                    }
                  />
                ),
              },
            ]}
          />
          <Flex gap={8} style={{ marginTop: 12 }} wrap align="center">
            <Select
              data-testid="add-channel"
              style={{ width: 200 }}
              placeholder={t('planUi.marketing.addChannel')}
              aria-label={t('planUi.marketing.addChannel')}
              value={null}
              disabled={unused.length === 0}
              options={unused.map((c) => ({ value: c, label: t(`plan.marketingChannels.${c}`) }))}
              onChange={(channel: (typeof MARKETING_CHANNELS)[number] | null) =>
                channel &&
                edit((p, now) =>
                  setMarketing(
                    p,
                    {
                      channels: [
                        ...p.marketing.channels,
                        {
                          id: nextId('ch', p.marketing.channels),
                          channel,
                          sharePercent: Math.max(
                            0,
                            100 - p.marketing.channels.reduce((s, c) => s + c.sharePercent, 0),
                          ),
                        },
                      ],
                    },
                    now,
                  ),
                )
              }
            />
            <Typography.Text type={share === 100 ? 'success' : 'warning'} data-testid="share-total">
              {t('planUi.marketing.total', { total: share })}
            </Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          {channels.length > 0 && (
            <Chart
              ariaLabel={t('planUi.marketing.channels')}
              height={220}
              option={{
                tooltip: { trigger: 'item', formatter: '{b}: {c}%' },
                series: [
                  {
                    type: 'pie',
                    radius: ['40%', '70%'],
                    data: channels.map((c) => ({
                      name: t(`plan.marketingChannels.${c.channel}`),
                      value: c.sharePercent,
                    })),
                  },
                ],
              }}
            />
          )}
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('planUi.marketing.campaigns')}</Divider>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="campaigns-table"
        dataSource={campaigns}
        locale={{ emptyText: t('planUi.marketing.noCampaigns') }}
        columns={[
          {
            title: t('planUi.marketing.campaignName'),
            key: 'name',
            render: (_, c: Campaign) => (
              <DraftInput
                value={localText(c.name, locale)}
                ariaLabel={t('planUi.marketing.campaignName')}
                onCommit={(v) => patchCampaign(c.id, { name: userText(v, locale) })}
              />
            ),
          },
          {
            title: t('planUi.marketing.start'),
            key: 'start',
            render: (_, c: Campaign) => (
              <Input
                type="date"
                style={{ width: 160 }}
                value={c.start ?? ''}
                aria-label={t('planUi.marketing.start')}
                onChange={(e) => {
                  const v = e.target.value
                  if (v === '' || isIsoDate(v)) patchCampaign(c.id, { start: v === '' ? null : v })
                }}
              />
            ),
          },
          {
            title: t('planUi.marketing.channel'),
            key: 'channel',
            render: (_, c: Campaign) => (
              <Select
                value={c.channel}
                style={{ width: 150 }}
                aria-label={t('planUi.marketing.channel')}
                onChange={(channel) => patchCampaign(c.id, { channel })}
                options={MARKETING_CHANNELS.map((m) => ({
                  value: m,
                  label: t(`plan.marketingChannels.${m}`),
                }))}
              />
            ),
          },
          {
            title: t('planUi.marketing.budget'),
            key: 'budget',
            render: (_, c: Campaign) => (
              <MoneyInput
                value={c.budget}
                currency={plan.currency}
                width={130}
                ariaLabel={t('planUi.marketing.budget')}
                onCommit={(budget) => patchCampaign(c.id, { budget })}
              />
            ),
          },
          {
            key: 'remove',
            render: (_, c: Campaign) => (
              <RemoveButton
                onRemove={() =>
                  edit((p, now) =>
                    setMarketing(
                      p,
                      { campaigns: p.marketing.campaigns.filter((x) => x.id !== c.id) },
                      now,
                    ),
                  )
                }
              />
            ),
          },
        ]}
      />
      <Flex gap={8} style={{ marginTop: 12 }} wrap>
        <Button
          icon={<PlusOutlined />}
          data-testid="add-campaign"
          onClick={() =>
            edit((p, now) =>
              setMarketing(
                p,
                {
                  campaigns: [
                    ...p.marketing.campaigns,
                    {
                      id: nextId('camp', p.marketing.campaigns),
                      name: userText(t('planUi.marketing.newCampaign'), locale),
                      start: null,
                      budget: 0,
                      channel: p.marketing.channels[0]?.channel ?? 'platformAds',
                    },
                  ],
                },
                now,
              ),
            )
          }
        >
          {t('planUi.marketing.addCampaign')}
        </Button>
      </Flex>
      <Alert
        type="info"
        showIcon
        icon={<GiftOutlined />}
        style={{ marginTop: 16 }}
        title={t('planUi.marketing.promoteHint')}
        action={
          <Link to="/promote" data-testid="open-promote">
            <Button size="small">{t('planUi.marketing.openPromote')}</Button>
          </Link>
        }
      />
    </>
  )
}
