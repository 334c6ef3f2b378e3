import { ExperimentOutlined, ImportOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Result, Spin, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Route, Routes, useNavigate } from 'react-router'
import { dateInZone } from '@shared/dates'
import { defaultProfile, type ShopProfile } from '@shared/profile'
import { useSetting } from '../../db/settings'
import { Dashboard } from './Dashboard'
import { ImportWizard } from './ImportWizard'
import { loadSampleData } from './sample-data'
import { dashboardChoices, useAnalyticsData } from './use-analytics'

const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/** Analyse: the empty state, the dashboard, and the import wizard at /analyse/import. */
export function AnalysePage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const stored = useSetting('profile')
  const profile = stored ?? defaultProfile(systemZone())
  const [loadingSample, setLoadingSample] = useState(false)

  const loadSample = async () => {
    setLoadingSample(true)
    try {
      await loadSampleData(
        dateInZone(new Date(), profile.timeZone),
        profile.currency,
        t('analyse.sample.fileName'),
      )
    } catch {
      void message.error(t('errors.generic'))
    } finally {
      setLoadingSample(false)
    }
  }

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('analyse.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('analyse.subtitle')}</Typography.Text>
      </div>
      <Routes>
        <Route
          index
          element={
            <Overview
              profile={profile}
              loadingSample={loadingSample}
              onLoadSample={() => void loadSample()}
            />
          }
        />
        <Route path="import" element={<ImportWizard profile={profile} />} />
      </Routes>
    </Flex>
  )
}

/**
 * The empty state or the dashboard. The analytics worker lives only while this is shown — not
 * during an import, when the import worker already holds the file's data (docs/performance.md).
 */
function Overview({
  profile,
  loadingSample,
  onLoadSample,
}: {
  profile: ShopProfile
  loadingSample: boolean
  onLoadSample: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  // The worker sends the dashboard's first model with the data (for the choices shown now).
  const analytics = useAnalyticsData(() => dashboardChoices(profile.timeZone))
  const { imports, meta, error } = analytics
  if (error) return <Result status="error" title={t('errors.generic')} />
  if (imports === undefined || (imports.length > 0 && !meta)) return <Spin size="large" />
  if (imports.length === 0 || !meta)
    return (
      <Card data-testid="analyse-empty">
        <Flex vertical gap={12} align="start">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('analyse.empty.title')}
          </Typography.Title>
          <Typography.Paragraph>{t('analyse.empty.body')}</Typography.Paragraph>
          <Flex gap={12} wrap>
            <Button
              type="primary"
              icon={<ImportOutlined />}
              onClick={() => navigate('/analyse/import')}
              data-testid="empty-import"
            >
              {t('analyse.empty.import')}
            </Button>
            <Button
              icon={<ExperimentOutlined />}
              loading={loadingSample}
              onClick={onLoadSample}
              data-testid="load-sample"
            >
              {loadingSample ? t('analyse.sample.loading') : t('analyse.empty.sample')}
            </Button>
          </Flex>
          <Typography.Text type="secondary">{t('analyse.empty.sampleHelp')}</Typography.Text>
        </Flex>
      </Card>
    )
  return (
    <Dashboard
      analytics={analytics}
      imports={imports}
      currency={profile.currency}
      timeZone={profile.timeZone}
    />
  )
}
