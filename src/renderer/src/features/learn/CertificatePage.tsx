import { DownloadOutlined, LockOutlined } from '@ant-design/icons'
import { Breadcrumb, Button, Card, Flex, Input, Result, Spin, Typography } from 'antd'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { setSetting, useSetting } from '../../db/settings'
import { buildCertificate } from './certificate-model'
import { CertificateDoc } from './CertificateDoc'
import { missingModules } from './CertificateCard'
import { listOf, useLearn } from './use-learn'

/** /learn/certificate — locked until every module quiz reaches 80 %, then the name and the PDF. */
export function CertificatePage() {
  const { t, i18n } = useTranslation()
  const state = useLearn()
  const stored = useSetting('learnerName')
  const profile = useSetting('profile')
  if (!state || stored === undefined || profile === undefined) return <Spin size="large" />
  const crumbs = (
    <Breadcrumb
      items={[
        { title: <Link to="/learn">{t('learn.title')}</Link> },
        { title: t('learn.certificate.title') },
      ]}
    />
  )
  if (!state.summary.certificateUnlocked)
    return (
      <Flex vertical gap={16}>
        {crumbs}
        <Result
          icon={<LockOutlined style={{ color: '#bfbfbf' }} />}
          title={t('learn.certificate.locked')}
          subTitle={t('learn.certificate.lockedMissing', {
            modules: listOf(missingModules(state, t), i18n.language),
          })}
          data-testid="certificate-locked"
          extra={
            <Link to="/learn">
              <Button type="primary">{t('learn.backToCourse')}</Button>
            </Link>
          }
        />
      </Flex>
    )
  return (
    <Flex vertical gap={16}>
      {crumbs}
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('learn.certificate.title')}
      </Typography.Title>
      <CertificateEditor
        stored={stored ?? ''}
        render={(name) => buildCertificate(state, name, profile, t)}
        hasShop={Boolean(profile?.name.trim())}
      />
    </Flex>
  )
}

/** The learner's name (saved as typed), the certificate preview and "Download PDF". */
function CertificateEditor({
  stored,
  render,
  hasShop,
}: {
  stored: string
  render: (name: string) => ReturnType<typeof buildCertificate>
  hasShop: boolean
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const id = useId()
  const [name, setName] = useState(stored)
  const timer = useRef<number | undefined>(undefined)
  const pending = useRef<string | null>(null)
  const flush = (): Promise<void> => {
    window.clearTimeout(timer.current)
    const value = pending.current
    pending.current = null
    return value === null ? Promise.resolve() : setSetting('learnerName', value.trim().slice(0, 80))
  }
  const flushRef = useRef(flush)
  useEffect(() => {
    flushRef.current = flush
  })
  // Saved as typed (debounced), and when the page closes.
  useEffect(() => () => void flushRef.current(), [])
  const save = (value: string) => {
    pending.current = value
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void flush(), 400)
  }
  const model = render(name)
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex vertical gap={8}>
          <label htmlFor={id}>
            <Typography.Text strong>{t('learn.certificate.learnerName')}</Typography.Text>
          </label>
          <Input
            id={id}
            data-testid="learner-name"
            value={name}
            maxLength={80}
            placeholder={t('learn.certificate.learnerNamePlaceholder')}
            style={{ maxWidth: 360 }}
            onChange={(e) => {
              setName(e.target.value)
              save(e.target.value)
            }}
          />
          {!model.learnerName && (
            <Typography.Text type="warning">
              {t('learn.certificate.learnerNameRequired')}
            </Typography.Text>
          )}
          {!hasShop && (
            <Typography.Text type="secondary">
              {t('learn.certificate.shopMissing')} <Link to="/settings">{t('nav.settings')}</Link>
            </Typography.Text>
          )}
          <div>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              disabled={!model.learnerName}
              data-testid="certificate-download"
              onClick={() => {
                pending.current = name
                void flush().then(() => navigate('/print/certificate?landscape=1'))
              }}
            >
              {t('learn.certificate.download')}
            </Button>
          </div>
        </Flex>
      </Card>
      <div className="certificate-preview">
        <CertificateDoc model={model} />
      </div>
    </Flex>
  )
}
