import { App, Button, Card, Form, Input, Select } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CURRENCY_CODES } from '@shared/money'
import { defaultProfile, SHOP_TYPES, shopProfileSchema, type ShopProfile } from '@shared/profile'
import { setSetting } from '../../db/settings'

const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/** The shop profile form: validated with the shared schema before it is stored. */
export function ProfileForm({ profile }: { profile: ShopProfile | null }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<ShopProfile>()
  const initial = profile ?? defaultProfile(systemTimeZone())
  const zones = useMemo(
    () => Intl.supportedValuesOf('timeZone').map((z) => ({ value: z, label: z })),
    [],
  )

  const onFinish = async (values: ShopProfile) => {
    const parsed = shopProfileSchema.safeParse(values)
    if (!parsed.success) {
      void message.error(t('settings.invalid'))
      return
    }
    try {
      await setSetting('profile', parsed.data)
      void message.success(t('settings.saved'))
    } catch {
      void message.error(t('errors.generic'))
    }
  }

  const max80 = { max: 80, message: t('errors.tooLong') }
  return (
    <Card
      title={t('settings.profileTitle')}
      extra={<span className="muted">{t('settings.profileHelp')}</span>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void onFinish(v)}
        style={{ maxWidth: 560 }}
        name="profile"
      >
        <Form.Item name="name" label={t('settings.name')} rules={[max80]}>
          <Input placeholder={t('settings.namePlaceholder')} data-testid="profile-name" />
        </Form.Item>
        <Form.Item name="type" label={t('settings.type')}>
          <Select
            data-testid="profile-type"
            options={SHOP_TYPES.map((s) => ({ value: s, label: t(`settings.types.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="city" label={t('settings.city')} rules={[max80]}>
          <Input data-testid="profile-city" />
        </Form.Item>
        <Form.Item name="currency" label={t('settings.currency')}>
          <Select showSearch options={CURRENCY_CODES.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="timeZone" label={t('settings.timeZone')}>
          <Select showSearch options={zones} />
        </Form.Item>
        <Form.Item name="ownerName" label={t('settings.ownerName')} rules={[max80]}>
          <Input data-testid="profile-owner" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="profile-save">
          {t('settings.save')}
        </Button>
      </Form>
    </Card>
  )
}
