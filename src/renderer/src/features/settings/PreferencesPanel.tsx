import { Card, Flex, Segmented, Switch, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { LOCALES, type UiPrefs } from '@shared/locale'
import { setSetting } from '../../db/settings'

/** Language and larger text; stored, so the choice survives restarts. */
export function PreferencesPanel({ prefs }: { prefs: UiPrefs }) {
  const { t } = useTranslation()
  return (
    <Card title={t('settings.languageTitle')}>
      <Flex vertical gap={16}>
        <Flex gap={12} align="center" wrap>
          <Typography.Text>{t('settings.language')}</Typography.Text>
          <Segmented
            data-testid="language-switch"
            value={prefs.locale}
            options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            onChange={(locale) => void setSetting('ui', { ...prefs, locale })}
          />
        </Flex>
        <Flex gap={12} align="center">
          <Switch
            data-testid="large-text"
            checked={prefs.largeText}
            onChange={(largeText) => void setSetting('ui', { ...prefs, largeText })}
          />
          <div>
            <Typography.Text>{t('settings.largeText')}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{t('settings.largeTextHelp')}</Typography.Text>
          </div>
        </Flex>
      </Flex>
    </Card>
  )
}
