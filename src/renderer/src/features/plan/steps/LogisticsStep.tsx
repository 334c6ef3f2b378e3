import { Alert, Checkbox, Col, Form, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { setLogistics } from '@shared/plan/plan'
import { DELIVERY_OPTIONS } from '@shared/plan/schema'
import { localText, userText } from '@shared/plan/text'
import { DraftInput, DraftNumber, DraftTextArea } from '../fields'
import type { StepProps } from '../step-props'

/** Step 7: delivery options, area, target delivery time, 双11 peak capacity, packaging, returns. */
export function LogisticsStep({ plan, edit, locale }: StepProps) {
  const { t } = useTranslation()
  const lg = plan.logistics
  return (
    <Form layout="vertical">
      <Form.Item label={t('planUi.logistics.options')}>
        <Checkbox.Group
          data-testid="delivery-options"
          value={lg.options}
          onChange={(options) => edit((p, now) => setLogistics(p, { options }, now))}
          options={DELIVERY_OPTIONS.map((o) => ({
            value: o,
            label: <span data-testid={`delivery-${o}`}>{t(`plan.delivery.${o}`)}</span>,
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item label={t('planUi.logistics.area')}>
            <DraftInput
              value={localText(lg.area, locale)}
              testId="logistics-area"
              ariaLabel={t('planUi.logistics.area')}
              placeholder={t('planUi.logistics.areaPlaceholder')}
              onCommit={(v) =>
                edit((p, now) => setLogistics(p, { area: userText(v, locale) }, now))
              }
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item label={t('planUi.logistics.targetHours')}>
            <DraftNumber
              value={lg.targetHours}
              max={24 * 30}
              suffix={t('planUi.logistics.hours')}
              width="100%"
              testId="logistics-hours"
              ariaLabel={t('planUi.logistics.targetHours')}
              onCommit={(targetHours) => edit((p, now) => setLogistics(p, { targetHours }, now))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item label={t('planUi.logistics.peak')}>
            <DraftNumber
              value={lg.peakOrdersPerDay}
              max={1_000_000}
              suffix={t('planUi.logistics.perDay')}
              width="100%"
              testId="logistics-peak"
              ariaLabel={t('planUi.logistics.peak')}
              onCommit={(peakOrdersPerDay) =>
                edit((p, now) => setLogistics(p, { peakOrdersPerDay }, now))
              }
            />
          </Form.Item>
        </Col>
      </Row>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('planUi.logistics.peakHelp')}
      />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item label={t('planUi.logistics.packaging')}>
            <DraftTextArea
              rows={2}
              value={localText(lg.packaging, locale)}
              testId="logistics-packaging"
              ariaLabel={t('planUi.logistics.packaging')}
              placeholder={t('planUi.logistics.packagingPlaceholder')}
              onCommit={(v) =>
                edit((p, now) => setLogistics(p, { packaging: userText(v, locale) }, now))
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label={t('planUi.logistics.returns')}>
            <DraftTextArea
              rows={2}
              value={localText(lg.returns, locale)}
              testId="logistics-returns"
              ariaLabel={t('planUi.logistics.returns')}
              placeholder={t('planUi.logistics.returnsPlaceholder')}
              onCommit={(v) =>
                edit((p, now) => setLogistics(p, { returns: userText(v, locale) }, now))
              }
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  )
}
