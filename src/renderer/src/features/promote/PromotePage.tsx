import { Tabs, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Route, Routes, useLocation, useNavigate } from 'react-router'
import { CalendarView } from './calendar/CalendarView'
import { CampaignsView } from './campaigns/CampaignsView'
import { LoyaltyView } from './loyalty/LoyaltyView'

const TABS = [
  { key: 'campaigns', path: '/promote' },
  { key: 'calendar', path: '/promote/calendar' },
  { key: 'loyalty', path: '/promote/loyalty' },
] as const

/** Promote: campaigns with their economics, the retail calendar, the loyalty programme. */
export function PromotePage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const active =
    TABS.find((tab) => tab.key !== 'campaigns' && pathname.startsWith(tab.path))?.key ?? 'campaigns'
  return (
    <div className="promote-page">
      <Typography.Title level={2}>{t('promoteUi.pageTitle')}</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(TABS.find((tab) => tab.key === key)?.path ?? '/promote')}
        items={TABS.map((tab) => ({ key: tab.key, label: t(`promoteUi.tabs.${tab.key}`) }))}
      />
      <Routes>
        <Route path="calendar" element={<CalendarView />} />
        <Route path="loyalty" element={<LoyaltyView />} />
        <Route path="*" element={<CampaignsView />} />
      </Routes>
    </div>
  )
}
