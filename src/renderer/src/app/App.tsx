import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { HashRouter, Navigate, Route, Routes, useNavigate } from 'react-router'
import type { UiPrefs } from '@shared/locale'
import { useSetting } from '../db/settings'
import { AnalysePage } from '../features/analyse/AnalysePage'
import { HomePage } from '../features/home/HomePage'
import { LearnPage } from '../features/learn/LearnPage'
import { PlanPage } from '../features/plan/PlanPage'
import { PromotePage } from '../features/promote/PromotePage'
import { RisksPage } from '../features/risks/RisksPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { platform } from '../platform'
import { PrintRoute } from './PrintRoute'
import { Shell } from './Shell'

const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif"

/** Routes the shell's menu commands to pages. */
function MenuCommands() {
  const navigate = useNavigate()
  useEffect(
    () =>
      platform().onMenuCommand((cmd) => {
        if (cmd === 'open-settings') navigate('/settings')
        else if (cmd === 'open-home') navigate('/')
        else if (cmd === 'backup-now') navigate('/settings?backup=now')
      }),
    [navigate],
  )
  return null
}

/** The root: language, theme and text size from the stored preferences, then the routes. */
export function App({ initialPrefs }: { initialPrefs: UiPrefs }) {
  const stored = useSetting('ui')
  const prefs = stored ?? initialPrefs
  const { i18n } = useTranslation()

  useEffect(() => {
    if (i18n.language !== prefs.locale) void i18n.changeLanguage(prefs.locale)
    document.documentElement.lang = prefs.locale
    document.documentElement.classList.toggle('large-text', prefs.largeText)
    void platform()
      .setLocale(prefs.locale)
      .catch(() => undefined)
  }, [prefs.locale, prefs.largeText, i18n])

  return (
    <ConfigProvider
      locale={prefs.locale === 'zh-CN' ? zhCN : enUS}
      theme={{
        token: {
          colorPrimary: '#d4380d',
          fontSize: prefs.largeText ? 17 : 14,
          fontFamily: FONT_FAMILY,
        },
      }}
    >
      <AntApp>
        <HashRouter>
          <MenuCommands />
          <Routes>
            <Route path="/print/:page" element={<PrintRoute />} />
            <Route element={<Shell prefs={prefs} />}>
              <Route index element={<HomePage />} />
              <Route path="learn/*" element={<LearnPage />} />
              <Route path="plan/*" element={<PlanPage />} />
              <Route path="analyse/*" element={<AnalysePage />} />
              <Route path="promote/*" element={<PromotePage />} />
              <Route path="risks/*" element={<RisksPage />} />
              <Route path="settings" element={<SettingsPage prefs={prefs} />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          </Routes>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  )
}
