import { DeleteOutlined, PlusOutlined, ReadOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Promotion } from '@shared/campaign/economics'
import { minor } from '@shared/money'
import { lessonPath } from '../../../content/lesson-links'
import { CountInput, Field, MoneyInput, PercentInput } from './inputs'

/** The lesson (and section) that explains each promotion type. */
export const LESSON_OF: Record<Promotion['type'], [string, string]> = {
  threshold: ['m4-l4', 'choosing-the-threshold'],
  'percent-off': ['m4-l3', 'time-limited'],
  'amount-off': ['m4-l3', 'time-limited'],
  'flash-sale': ['m4-l3', 'time-limited'],
  coupon: ['m4-l3', 'member-offers'],
  'member-price': ['m4-l3', 'member-offers'],
  points: ['m4-l3', 'points-redemption'],
  gift: ['m4-l3', 'gifts-and-bogo'],
  'buy-x-get-y': ['m4-l3', 'gifts-and-bogo'],
  bundle: ['m4-l3', 'gifts-and-bogo'],
}

/** The fields of one promotion of the stack. */
export function PromotionEditor({
  promotion: p,
  index,
  onChange,
  onRemove,
}: {
  promotion: Promotion
  index: number
  onChange: (p: Promotion) => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const set = (patch: Partial<Promotion>) => onChange({ ...p, ...patch } as Promotion)
  const tid = (f: string) => `promo-${index}-${f}`
  const share = (label: string) => (
    <Field label={t(label)} help={t('promoteUi.fields.shareHelp')}>
      <PercentInput
        value={p.share ?? 1}
        onChange={(share) => set({ share })}
        testId={tid('share')}
      />
    </Field>
  )
  const [lesson, section] = LESSON_OF[p.type]
  return (
    <Card
      size="small"
      data-testid={`promotion-${index}`}
      title={<Tag color="volcano">{t(`promoteUi.types.${p.type}`)}</Tag>}
      extra={
        <Space size={4}>
          <Link to={lessonPath(lesson, section)}>
            <ReadOutlined /> {t('promoteUi.lesson')}
          </Link>
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined />}
            aria-label={t('promoteUi.removePromotion')}
            data-testid={tid('remove')}
            onClick={onRemove}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t(`promoteUi.typeHints.${p.type}`)}
      </Typography.Paragraph>
      <Flex wrap gap={12}>
        {p.type === 'threshold' && (
          <>
            <Flex vertical gap={8} style={{ flex: '1 1 100%' }}>
              {p.tiers.map((tier, i) => (
                <Flex key={i} gap={8} align="center" wrap>
                  <Typography.Text>{t('promoteUi.fields.tierSpend')}</Typography.Text>
                  <div style={{ width: 140 }}>
                    <MoneyInput
                      value={tier.threshold}
                      testId={tid(`tier-${i}-threshold`)}
                      onChange={(v) =>
                        set({
                          tiers: p.tiers.map((x, j) =>
                            j === i ? { ...x, threshold: minor(v) } : x,
                          ),
                        })
                      }
                    />
                  </div>
                  <Typography.Text>{t('promoteUi.fields.tierOff')}</Typography.Text>
                  <div style={{ width: 140 }}>
                    <MoneyInput
                      value={tier.off}
                      testId={tid(`tier-${i}-off`)}
                      onChange={(v) =>
                        set({
                          tiers: p.tiers.map((x, j) => (j === i ? { ...x, off: minor(v) } : x)),
                        })
                      }
                    />
                  </div>
                  {p.tiers.length > 1 && (
                    <Button
                      size="small"
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('promoteUi.fields.removeTier')}
                      onClick={() => set({ tiers: p.tiers.filter((_, j) => j !== i) })}
                    />
                  )}
                </Flex>
              ))}
              <div>
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  data-testid={tid('add-tier')}
                  onClick={() => {
                    const last = p.tiers[p.tiers.length - 1]
                    set({
                      tiers: [
                        ...p.tiers,
                        {
                          threshold: minor((last?.threshold ?? 0) * 2),
                          off: minor((last?.off ?? 0) * 2),
                        },
                      ],
                    })
                  }}
                >
                  {t('promoteUi.fields.addTier')}
                </Button>
              </div>
            </Flex>
            {share('promoteUi.fields.shareReach')}
          </>
        )}
        {(p.type === 'percent-off' || p.type === 'member-price' || p.type === 'flash-sale') && (
          <>
            <Field label={t('promoteUi.fields.rate')} help={t('promoteUi.fields.rateHelp')}>
              <PercentInput
                value={p.rate}
                onChange={(rate) => set({ rate })}
                testId={tid('rate')}
              />
            </Field>
            {p.type === 'flash-sale' && (
              <Field label={t('promoteUi.fields.stock')}>
                <CountInput
                  value={p.stock}
                  onChange={(stock) => set({ stock })}
                  testId={tid('stock')}
                />
              </Field>
            )}
            {share(
              p.type === 'member-price'
                ? 'promoteUi.fields.shareMembers'
                : 'promoteUi.fields.share',
            )}
          </>
        )}
        {p.type === 'amount-off' && (
          <>
            <Field label={t('promoteUi.fields.amount')}>
              <MoneyInput
                value={p.amount}
                onChange={(v) => set({ amount: minor(v) })}
                testId={tid('amount')}
              />
            </Field>
            {share('promoteUi.fields.share')}
          </>
        )}
        {p.type === 'coupon' && (
          <>
            <Field label={t('promoteUi.fields.couponValue')}>
              <MoneyInput
                value={p.value}
                onChange={(v) => set({ value: minor(v) })}
                testId={tid('value')}
              />
            </Field>
            <Field
              label={t('promoteUi.fields.couponThreshold')}
              help={t('promoteUi.fields.zeroNoThreshold')}
            >
              <MoneyInput
                value={p.threshold}
                onChange={(v) => set({ threshold: minor(v) })}
                testId={tid('threshold')}
              />
            </Field>
            <Field label={t('promoteUi.fields.quantity')}>
              <CountInput
                value={p.quantity}
                onChange={(quantity) => set({ quantity })}
                testId={tid('quantity')}
              />
            </Field>
            <Field
              label={t('promoteUi.fields.perPerson')}
              help={t('promoteUi.fields.perPersonHelp')}
            >
              <CountInput
                value={p.perPersonLimit}
                min={1}
                onChange={(perPersonLimit) => set({ perPersonLimit })}
              />
            </Field>
            <Field label={t('promoteUi.fields.validDays')}>
              <CountInput
                value={p.validDays}
                min={1}
                onChange={(validDays) => set({ validDays })}
              />
            </Field>
            <Field
              label={t('promoteUi.fields.redemption')}
              help={t('promoteUi.fields.redemptionHelp')}
            >
              <PercentInput
                value={p.redemptionRate}
                onChange={(redemptionRate) => set({ redemptionRate })}
              />
            </Field>
            {share('promoteUi.fields.shareCoupon')}
          </>
        )}
        {p.type === 'buy-x-get-y' && (
          <>
            <Field label={t('promoteUi.fields.buy')}>
              <CountInput
                value={p.buy}
                min={1}
                onChange={(buy) => set({ buy })}
                testId={tid('buy')}
              />
            </Field>
            <Field label={t('promoteUi.fields.get')}>
              <CountInput
                value={p.get}
                min={1}
                onChange={(get) => set({ get })}
                testId={tid('get')}
              />
            </Field>
            <Field
              label={t('promoteUi.fields.getDiscount')}
              help={t('promoteUi.fields.getDiscountHelp')}
            >
              <PercentInput
                value={p.getDiscount}
                onChange={(getDiscount) => set({ getDiscount })}
              />
            </Field>
            {share('promoteUi.fields.share')}
          </>
        )}
        {p.type === 'gift' && (
          <>
            <Field label={t('promoteUi.fields.giftCost')} help={t('promoteUi.fields.giftCostHelp')}>
              <MoneyInput
                value={p.giftCost}
                onChange={(v) => set({ giftCost: minor(v) })}
                testId={tid('gift')}
              />
            </Field>
            <Field label={t('promoteUi.fields.giftThreshold')}>
              <MoneyInput value={p.threshold} onChange={(v) => set({ threshold: minor(v) })} />
            </Field>
            {share('promoteUi.fields.shareReach')}
          </>
        )}
        {p.type === 'points' && (
          <>
            <Field label={t('promoteUi.fields.pointsPer')}>
              <MoneyInput
                value={p.unit}
                min={0.01}
                onChange={(v) => set({ unit: minor(Math.max(1, v)) })}
              />
            </Field>
            <Field label={t('promoteUi.fields.pointsEarned')}>
              <CountInput
                value={p.pointsPerUnit}
                precision={2}
                onChange={(pointsPerUnit) => set({ pointsPerUnit })}
                testId={tid('points')}
              />
            </Field>
            <Field
              label={t('promoteUi.fields.pointValue')}
              help={t('promoteUi.fields.pointValueHelp')}
            >
              <MoneyInput
                value={p.redemptionValue}
                onChange={(redemptionValue) => set({ redemptionValue })}
                testId={tid('point-value')}
              />
            </Field>
            <Field
              label={t('promoteUi.fields.redemption')}
              help={t('promoteUi.fields.pointsRedemptionHelp')}
            >
              <PercentInput
                value={p.redemptionRate}
                onChange={(redemptionRate) => set({ redemptionRate })}
              />
            </Field>
            <Field label={t('promoteUi.fields.expiryDays')}>
              <CountInput
                value={p.expiryDays}
                min={1}
                onChange={(expiryDays) => set({ expiryDays })}
              />
            </Field>
            {share('promoteUi.fields.shareMembers')}
          </>
        )}
        {p.type === 'bundle' && (
          <>
            <Field label={t('promoteUi.fields.listPrice')}>
              <MoneyInput
                value={p.listPrice}
                onChange={(v) => set({ listPrice: minor(v) })}
                testId={tid('list')}
              />
            </Field>
            <Field label={t('promoteUi.fields.bundlePrice')}>
              <MoneyInput
                value={p.bundlePrice}
                onChange={(v) => set({ bundlePrice: minor(v) })}
                testId={tid('bundle')}
              />
            </Field>
            {share('promoteUi.fields.share')}
          </>
        )}
      </Flex>
    </Card>
  )
}
