import { PrinterOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AppInfo } from '@shared/ipc/contract'
import type { UiPrefs } from '@shared/locale'
import { useSetting } from '../../db/settings'
import { platform } from '../../platform'
import { BackupPanel } from './BackupPanel'
import { PreferencesPanel } from './PreferencesPanel'
import { ProfileForm } from './ProfileForm'

/** Settings: shop profile, language and reading, backup and restore, print, about. */
export function SettingsPage({ prefs }: { prefs: UiPrefs }) {
  const { t } = useTranslation()
  const profile = useSetting('profile')
  const [info, setInfo] = useState<AppInfo | null>(null)

  useEffect(() => {
    void platform()
      .appInfo()
      .then(setInfo)
      .catch(() => undefined)
  }, [])

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      {profile === undefined ? (
        <Spin />
      ) : (
        <ProfileForm key={JSON.stringify(profile)} profile={profile} />
      )}
      <PreferencesPanel prefs={prefs} />
      <BackupPanel />
      <Card title={t('settings.printTitle')}>
        <Link to="/print/profile">
          <Button icon={<PrinterOutlined />} data-testid="print-profile">
            {t('settings.printProfile')}
          </Button>
        </Link>
      </Card>
      <Card title={t('settings.aboutTitle')}>
        <Flex vertical gap={4}>
          <Typography.Text>{t('settings.version', { version: __APP_VERSION__ })}</Typography.Text>
          <Typography.Text>
            {t('settings.dataLocation')}:{' '}
            {info ? (
              <Typography.Text code>{info.userDataDir}</Typography.Text>
            ) : (
              t('settings.dataLocationWeb')
            )}
          </Typography.Text>
        </Flex>
      </Card>
    </Flex>
  )
}
