import { App, Button, Card, Flex, Form, Input, InputNumber, Spin, Table, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  defaultLoyalty,
  loyaltyCosts,
  loyaltySchema,
  type Loyalty,
  type LoyaltyTier,
} from '@shared/campaign/loyalty'
import { setSetting, useSetting } from '../../../db/settings'
import { LoyaltyResult } from './LoyaltyResult'
import { formatPct, fromPercent, toMajor, toMinor, toPercent } from './units'
import { useProfile } from '../calendar/use-calendar'

/** The i18n key of the first problem of an invalid design. */
function problemKey(design: unknown): string | null {
  const r = loyaltySchema.safeParse(design)
  if (r.success) return null
  const issue = r.error.issues[0]!
  const path = issue.path.map(String)
  if (path.length === 1 && path[0] === 'tiers') return 'calendarUi.loyalty.problems.shares'
  if (path.at(-1) === 'threshold' && issue.code === 'custom')
    return 'calendarUi.loyalty.problems.thresholds'
  if (path.at(-1) === 'name') return 'calendarUi.loyalty.problems.name'
  return 'calendarUi.loyalty.problems.other'
}

/** Promote › Loyalty: points earn/burn rules and member tiers, with their cost share of sales. */
export function LoyaltyView() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const stored = useSetting('loyalty')
  const profile = useProfile()
  // The user's edits; until the first edit the stored design (or the default) is shown.
  const [edited, setDraft] = useState<Loyalty | null>(null)
  const fallback = useMemo(
    () =>
      stored === undefined
        ? null
        : (stored ??
          defaultLoyalty([
            t('calendarUi.loyalty.defaultTiers.0'),
            t('calendarUi.loyalty.defaultTiers.1'),
            t('calendarUi.loyalty.defaultTiers.2'),
          ])),
    [stored, t],
  )
  const draft = edited ?? fallback

  const problem = useMemo(() => (draft ? problemKey(draft) : null), [draft])
  const costs = useMemo(
    () => (draft && problem === null ? loyaltyCosts(draft) : null),
    [draft, problem],
  )

  if (!draft || !profile) return <Spin />
  const currency = profile.currency
  const set = (patch: Partial<Loyalty>) => setDraft({ ...draft, ...patch })
  const setTier = (i: number, patch: Partial<LoyaltyTier>) =>
    set({ tiers: draft.tiers.map((tier, j) => (j === i ? { ...tier, ...patch } : tier)) })

  const save = async () => {
    const parsed = loyaltySchema.safeParse(draft)
    if (!parsed.success) {
      void message.error(
        t('calendarUi.loyalty.invalid', { problem: t(problem ?? 'errors.generic') }),
      )
      return
    }
    try {
      await setSetting('loyalty', parsed.data)
      void message.success(t('calendarUi.loyalty.saved'))
    } catch {
      void message.error(t('errors.generic'))
    }
  }

  const num = (
    testId: string,
    value: number,
    onChange: (v: number) => void,
    opts: { min?: number; max?: number; precision?: number; suffix?: string; label: string },
  ) => (
    <InputNumber
      data-testid={testId}
      aria-label={opts.label}
      value={value}
      min={opts.min ?? 0}
      max={opts.max}
      precision={opts.precision}
      suffix={opts.suffix}
      style={{ width: 130 }}
      onChange={(v) => v !== null && onChange(v)}
    />
  )

  return (
    <Flex vertical gap={16} data-testid="loyalty-view">
      <Typography.Paragraph type="secondary">{t('calendarUi.loyalty.intro')}</Typography.Paragraph>
      <Card size="small" title={t('calendarUi.loyalty.points')}>
        <Form layout="vertical">
          <Flex gap={16} wrap>
            <Form.Item label={t('calendarUi.loyalty.earn')}>
              {num('loyalty-earn-points', draft.earnPoints, (v) => set({ earnPoints: v }), {
                label: t('calendarUi.loyalty.earn'),
                max: 1000,
              })}
            </Form.Item>
            <Form.Item label={t('calendarUi.loyalty.earnPer')}>
              {num(
                'loyalty-earn-per',
                toMajor(draft.earnPer, currency),
                (v) => set({ earnPer: Math.max(1, toMinor(v, currency)) }),
                { label: t('calendarUi.loyalty.earnPer'), precision: 2, suffix: currency },
              )}
            </Form.Item>
            <Form.Item label={t('calendarUi.loyalty.burnPoints')}>
              {num(
                'loyalty-burn-points',
                draft.burnPoints,
                (v) => set({ burnPoints: Math.max(1, Math.round(v)) }),
                { label: t('calendarUi.loyalty.burnPoints'), min: 1, precision: 0 },
              )}
            </Form.Item>
            <Form.Item label={t('calendarUi.loyalty.burnValue')}>
              {num(
                'loyalty-burn-value',
                toMajor(draft.burnValue, currency),
                (v) => set({ burnValue: Math.max(1, toMinor(v, currency)) }),
                { label: t('calendarUi.loyalty.burnValue'), precision: 2, suffix: currency },
              )}
            </Form.Item>
            <Form.Item
              label={t('calendarUi.loyalty.redemptionRate')}
              tooltip={t('calendarUi.loyalty.redemptionHelp')}
            >
              {num(
                'loyalty-redemption',
                toPercent(draft.redemptionRate),
                (v) => set({ redemptionRate: fromPercent(v) }),
                { label: t('calendarUi.loyalty.redemptionRate'), max: 100, suffix: '%' },
              )}
            </Form.Item>
            <Form.Item label={t('calendarUi.loyalty.expiryDays')}>
              {num(
                'loyalty-expiry',
                draft.expiryDays,
                (v) => set({ expiryDays: Math.max(1, Math.round(v)) }),
                { label: t('calendarUi.loyalty.expiryDays'), min: 1, max: 3660, precision: 0 },
              )}
            </Form.Item>
            <Form.Item label={t('calendarUi.loyalty.grossMargin')}>
              {num(
                'loyalty-margin',
                toPercent(draft.grossMargin),
                (v) => set({ grossMargin: fromPercent(v) }),
                { label: t('calendarUi.loyalty.grossMargin'), max: 100, suffix: '%' },
              )}
            </Form.Item>
          </Flex>
        </Form>
      </Card>
      <Card
        size="small"
        title={t('calendarUi.loyalty.tiers')}
        extra={
          <Button
            data-testid="loyalty-add-tier"
            disabled={draft.tiers.length >= 8}
            onClick={() => {
              const last = draft.tiers.at(-1)
              set({
                tiers: [
                  ...draft.tiers,
                  {
                    name: `${t('calendarUi.loyalty.tierName')} ${draft.tiers.length + 1}`,
                    threshold: (last ? last.threshold : 0) + toMinor(1000, currency),
                    discount: 0,
                    multiplier: 1,
                    salesShare: 0,
                  },
                ],
              })
            }}
          >
            {t('calendarUi.loyalty.addTier')}
          </Button>
        }
      >
        <Table<LoyaltyTier & { index: number }>
          size="small"
          pagination={false}
          rowKey="index"
          dataSource={draft.tiers.map((tier, index) => ({ ...tier, index }))}
          columns={[
            {
              title: t('calendarUi.loyalty.tierName'),
              render: (_, r) => (
                <Input
                  data-testid={`tier-name-${r.index}`}
                  aria-label={t('calendarUi.loyalty.tierName')}
                  value={r.name}
                  maxLength={40}
                  onChange={(e) => setTier(r.index, { name: e.target.value })}
                />
              ),
            },
            {
              title: t('calendarUi.loyalty.threshold'),
              render: (_, r) =>
                num(
                  `tier-threshold-${r.index}`,
                  toMajor(r.threshold, currency),
                  (v) => setTier(r.index, { threshold: toMinor(v, currency) }),
                  { label: t('calendarUi.loyalty.threshold'), precision: 2, suffix: currency },
                ),
            },
            {
              title: t('calendarUi.loyalty.discount'),
              render: (_, r) =>
                num(
                  `tier-discount-${r.index}`,
                  toPercent(r.discount),
                  (v) => setTier(r.index, { discount: fromPercent(v) }),
                  { label: t('calendarUi.loyalty.discount'), max: 100, suffix: '%' },
                ),
            },
            {
              title: t('calendarUi.loyalty.multiplier'),
              render: (_, r) =>
                num(
                  `tier-multiplier-${r.index}`,
                  r.multiplier,
                  (v) => setTier(r.index, { multiplier: v }),
                  { label: t('calendarUi.loyalty.multiplier'), max: 20 },
                ),
            },
            {
              title: (
                <span title={t('calendarUi.loyalty.salesShareHelp')}>
                  {t('calendarUi.loyalty.salesShare')}
                </span>
              ),
              render: (_, r) =>
                num(
                  `tier-share-${r.index}`,
                  toPercent(r.salesShare),
                  (v) => setTier(r.index, { salesShare: fromPercent(v) }),
                  { label: t('calendarUi.loyalty.salesShare'), max: 100, suffix: '%' },
                ),
            },
            {
              title: t('calendarUi.loyalty.tierCost'),
              render: (_, r) => (
                <span data-testid={`tier-cost-${r.index}`}>
                  {costs ? formatPct(costs.tiers[r.index]?.costRate ?? 0, i18n.language) : '—'}
                </span>
              ),
            },
            {
              render: (_, r) => (
                <Button
                  type="link"
                  danger
                  data-testid={`tier-remove-${r.index}`}
                  onClick={() => set({ tiers: draft.tiers.filter((_, j) => j !== r.index) })}
                >
                  {t('calendarUi.loyalty.removeTier')}
                </Button>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('calendarUi.loyalty.salesShareHelp')}
        </Typography.Paragraph>
      </Card>
      {problem && (
        <Typography.Text type="danger" data-testid="loyalty-problem">
          {t('calendarUi.loyalty.invalid', { problem: t(problem) })}
        </Typography.Text>
      )}
      {costs && <LoyaltyResult design={draft} costs={costs} currency={currency} />}
      <div>
        <Button
          type="primary"
          data-testid="loyalty-save"
          disabled={problem !== null}
          onClick={() => void save()}
        >
          {t('calendarUi.loyalty.save')}
        </Button>
      </div>
    </Flex>
  )
}
