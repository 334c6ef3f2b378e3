import { Card, Col, Flex, Form, Row, Switch, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { setService } from '@shared/plan/plan'
import { localText, userText } from '@shared/plan/text'
import { DraftInput } from '../fields'
import type { StepProps } from '../step-props'

const NEEDS = ['staff', 'stock', 'systems'] as const

/** Step 6: online-offline services, each with what it needs (staff, stock, systems). */
export function ServicesStep({ plan, edit, locale }: StepProps) {
  const { t } = useTranslation()
  return (
    <Row gutter={[16, 16]}>
      {plan.services.map((s) => (
        <Col xs={24} lg={12} key={s.kind}>
          <Card
            size="small"
            data-testid={`service-${s.kind}`}
            className={s.enabled ? 'plan-service plan-service-on' : 'plan-service'}
            title={
              <Flex gap={8} align="center">
                <Switch
                  checked={s.enabled}
                  data-testid={`service-toggle-${s.kind}`}
                  aria-label={t(`plan.services.${s.kind}`)}
                  onChange={(enabled) => edit((p, now) => setService(p, s.kind, { enabled }, now))}
                />
                <span>{t(`plan.services.${s.kind}`)}</span>
              </Flex>
            }
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              {t(`planUi.services.help.${s.kind}`)}
            </Typography.Paragraph>
            <Form layout="horizontal" labelCol={{ span: 6 }} size="small">
              {NEEDS.map((n) => (
                <Form.Item
                  key={n}
                  label={t(`planUi.services.needs.${n}`)}
                  style={{ marginBottom: 8 }}
                >
                  <DraftInput
                    value={localText(s.needs[n], locale)}
                    ariaLabel={t(`planUi.services.needs.${n}`)}
                    testId={`service-${s.kind}-${n}`}
                    onCommit={(v) =>
                      edit((p, now) =>
                        setService(
                          p,
                          s.kind,
                          {
                            needs: {
                              ...(p.services.find((x) => x.kind === s.kind)?.needs ?? s.needs),
                              [n]: userText(v, locale),
                            },
                          },
                          now,
                        ),
                      )
                    }
                  />
                </Form.Item>
              ))}
            </Form>
          </Card>
        </Col>
      ))}
    </Row>
  )
}
