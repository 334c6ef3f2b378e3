import type { TFunction } from 'i18next'
import { LockOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { pickText } from '../../content/localize'
import { listOf, type LearnState } from './use-learn'

/** The names of the modules still below mastery ("Module 2 · …"). */
export function missingModules(state: LearnState, t: TFunction): string[] {
  const { course } = state.entry
  return state.summary.modulesMissing.map((id) => {
    const i = course.modules.findIndex((m) => m.id === id)
    const m = course.modules[i]
    return m ? `${t('learn.moduleN', { n: i + 1 })} ${pickText(m.title, state.locale)}` : id
  })
}

/** The certificate: locked (what is missing) or a link to it. */
export function CertificateCard({ state }: { state: LearnState }) {
  const { t, i18n } = useTranslation()
  const unlocked = state.summary.certificateUnlocked
  return (
    <Card
      title={t('learn.certificate.title')}
      className="learn-card"
      data-testid="certificate-card"
      data-unlocked={unlocked ? '1' : '0'}
    >
      {unlocked ? (
        <Flex vertical gap={12} align="start">
          <Typography.Text type="success">
            <SafetyCertificateOutlined /> {t('learn.certificate.unlocked')}
          </Typography.Text>
          <Link to="/learn/certificate">
            <Button type="primary" data-testid="open-certificate">
              {t('learn.certificate.open')}
            </Button>
          </Link>
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text>
            <LockOutlined /> {t('learn.certificate.locked')}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('learn.certificate.lockedMissing', {
              modules: listOf(missingModules(state, t), i18n.language),
            })}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  )
}
