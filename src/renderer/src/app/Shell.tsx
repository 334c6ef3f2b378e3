import {
  BarChartOutlined,
  BookOutlined,
  FlagOutlined,
  GiftOutlined,
  HomeOutlined,
  SafetyOutlined,
  SettingOutlined,
} from '@ant-design/icons'
import { Layout, Menu, Segmented, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { LOCALES, type UiPrefs } from '@shared/locale'
import { warmUpCharts } from '../components/Chart'
import { setSetting } from '../db/settings'
import { useUiStore } from './ui-store'

const NAV = [
  { key: '/', icon: <HomeOutlined />, label: 'nav.home' },
  { key: '/learn', icon: <BookOutlined />, label: 'nav.learn' },
  { key: '/plan', icon: <FlagOutlined />, label: 'nav.plan' },
  { key: '/analyse', icon: <BarChartOutlined />, label: 'nav.analyse' },
  { key: '/promote', icon: <GiftOutlined />, label: 'nav.promote' },
  { key: '/risks', icon: <SafetyOutlined />, label: 'nav.risks' },
  { key: '/settings', icon: <SettingOutlined />, label: 'nav.settings' },
] as const

/** The window's frame: the sidebar with the six areas, a header with the language switch, the page. */
export function Shell({ prefs }: { prefs: UiPrefs }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const collapsed = useUiStore((s) => s.siderCollapsed)
  const setCollapsed = useUiStore((s) => s.setSiderCollapsed)
  const selected = NAV.find((n) => n.key !== '/' && pathname.startsWith(n.key))?.key ?? '/'
  // Charts (Analyse, Plan, Promote): warmed up while the window is idle, so that the first one
  // drawn is not one long task (components/Chart.tsx).
  useEffect(() => void warmUpCharts(), [])
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        width={200}
      >
        <div className="brand" data-testid="brand">
          <img src="./icon.svg" alt="" width={28} height={28} />
          {!collapsed && <span>{t('app.name')}</span>}
        </div>
        <nav aria-label={t('app.name')}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            data-testid="sidebar"
            items={NAV.map((n) => ({ key: n.key, icon: n.icon, label: t(n.label) }))}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text type="secondary" className="tagline">
            {t('app.tagline')}
          </Typography.Text>
          <Segmented
            size="small"
            aria-label={t('settings.language')}
            data-testid="header-language"
            value={prefs.locale}
            options={LOCALES.map((l) => ({ value: l, label: l === 'zh-CN' ? '中文' : 'EN' }))}
            onChange={(locale) => void setSetting('ui', { ...prefs, locale })}
          />
        </Layout.Header>
        <Layout.Content className="app-content">
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
