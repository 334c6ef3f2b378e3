import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Col, Divider, Flex, Input, Row, Select, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addCompetitor, nextId, removeCompetitor, setResearch } from '@shared/plan/plan'
import type { Competitor, Plan } from '@shared/plan/schema'
import { linesToTexts, localText, textLines, userText } from '@shared/plan/text'
import { DraftInput, DraftTextArea, RemoveButton } from '../fields'
import type { StepProps } from '../step-props'

const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const
const PRICE = ['low', 'mid', 'high'] as const
type Persona = Plan['research']['personas'][number]

/** Step 2: target customers, competitors, trends and a SWOT grid. */
export function ResearchStep({ plan, edit, locale }: StepProps) {
  const { t } = useTranslation()
  const r = plan.research
  const patchPersona = (id: string, patch: Partial<Persona>) =>
    edit((p, now) =>
      setResearch(
        p,
        { personas: p.research.personas.map((x) => (x.id === id ? { ...x, ...patch } : x)) },
        now,
      ),
    )
  return (
    <>
      <Divider titlePlacement="start">{t('planUi.research.personas')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('planUi.research.personasHelp')}
      </Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {r.personas.map((persona) => (
          <Col xs={24} lg={12} key={persona.id}>
            <Card
              size="small"
              data-testid="persona"
              extra={
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('planUi.common.remove')}
                  onClick={() =>
                    edit((p, now) =>
                      setResearch(
                        p,
                        { personas: p.research.personas.filter((x) => x.id !== persona.id) },
                        now,
                      ),
                    )
                  }
                />
              }
              title={
                <DraftInput
                  value={localText(persona.name, locale)}
                  ariaLabel={t('planUi.research.personaName')}
                  placeholder={t('planUi.research.personaName')}
                  onCommit={(v) => patchPersona(persona.id, { name: userText(v, locale) })}
                />
              }
            >
              <DraftTextArea
                rows={2}
                value={localText(persona.description, locale)}
                ariaLabel={t('planUi.research.personaDescription')}
                placeholder={t('planUi.research.personaDescription')}
                onCommit={(v) => patchPersona(persona.id, { description: userText(v, locale) })}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Button
        icon={<PlusOutlined />}
        style={{ marginTop: 12 }}
        data-testid="add-persona"
        onClick={() =>
          edit((p, now) =>
            setResearch(
              p,
              {
                personas: [
                  ...p.research.personas,
                  {
                    id: nextId('persona', p.research.personas),
                    name: userText(t('planUi.research.newPersona'), locale),
                    description: userText('', locale),
                  },
                ],
              },
              now,
            ),
          )
        }
      >
        {t('planUi.research.addPersona')}
      </Button>

      <Divider titlePlacement="start">{t('planUi.research.competitors')}</Divider>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="competitors-table"
        dataSource={r.competitors}
        locale={{ emptyText: t('planUi.research.noCompetitors') }}
        columns={[
          { title: t('planUi.research.competitorName'), dataIndex: 'name', key: 'name' },
          {
            title: t('planUi.research.pricePosition'),
            key: 'price',
            render: (_, c: Competitor) => t(`planUi.research.price.${c.pricePosition}`),
          },
          {
            title: t('planUi.research.channels'),
            key: 'channels',
            render: (_, c: Competitor) => c.channels.join('、'),
          },
          {
            title: t('planUi.research.strengths'),
            key: 'strengths',
            render: (_, c: Competitor) => localText(c.strengths, locale),
          },
          {
            title: t('planUi.research.weaknesses'),
            key: 'weaknesses',
            render: (_, c: Competitor) => localText(c.weaknesses, locale),
          },
          {
            key: 'remove',
            render: (_, c: Competitor) => (
              <RemoveButton onRemove={() => edit((p, now) => removeCompetitor(p, c.id, now))} />
            ),
          },
        ]}
      />
      <CompetitorForm
        onAdd={(c) =>
          edit((p, now) =>
            addCompetitor(
              p,
              {
                name: c.name,
                pricePosition: c.pricePosition,
                channels: c.channels,
                strengths: userText(c.strengths, locale),
                weaknesses: userText(c.weaknesses, locale),
              },
              now,
            ),
          )
        }
      />

      <Divider titlePlacement="start">{t('planUi.research.trends')}</Divider>
      <DraftTextArea
        value={textLines(r.trends, locale)}
        testId="trends"
        ariaLabel={t('planUi.research.trends')}
        placeholder={t('planUi.common.onePerLine')}
        onCommit={(v) =>
          edit((p, now) =>
            setResearch(p, { trends: linesToTexts(v, p.research.trends, locale) }, now),
          )
        }
      />

      <Divider titlePlacement="start">{t('planUi.research.swot')}</Divider>
      <Row gutter={[12, 12]} className="plan-swot">
        {SWOT.map((k) => (
          <Col xs={24} md={12} key={k}>
            <Card size="small" title={t(`planUi.research.swotBoxes.${k}`)} className={`swot-${k}`}>
              <DraftTextArea
                value={textLines(r.swot[k], locale)}
                testId={`swot-${k}`}
                ariaLabel={t(`planUi.research.swotBoxes.${k}`)}
                placeholder={t('planUi.common.onePerLine')}
                onCommit={(v) =>
                  edit((p, now) =>
                    setResearch(
                      p,
                      {
                        swot: {
                          ...p.research.swot,
                          [k]: linesToTexts(v, p.research.swot[k], locale),
                        },
                      },
                      now,
                    ),
                  )
                }
              />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  )
}

interface CompetitorDraft {
  name: string
  pricePosition: (typeof PRICE)[number]
  channels: string[]
  strengths: string
  weaknesses: string
}
const EMPTY: CompetitorDraft = {
  name: '',
  pricePosition: 'mid',
  channels: [],
  strengths: '',
  weaknesses: '',
}

/** The "add a competitor" row: nothing is stored until Add. */
function CompetitorForm({ onAdd }: { onAdd: (c: CompetitorDraft) => void }) {
  const { t } = useTranslation()
  const [d, setD] = useState<CompetitorDraft>(EMPTY)
  const channelOptions = [
    'taobao',
    'tmall',
    'jd',
    'pinduoduo',
    'douyin',
    'xiaohongshu',
    'wechat',
    'meituan',
    'offline',
  ].map((c) => ({ value: t(`planUi.research.channelNames.${c}`) }))
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('planUi.research.addCompetitor')}>
      <Flex gap={8} wrap align="flex-start">
        <Input
          data-testid="competitor-name"
          aria-label={t('planUi.research.competitorName')}
          placeholder={t('planUi.research.competitorName')}
          style={{ width: 180 }}
          maxLength={80}
          value={d.name}
          onChange={(e) => setD({ ...d, name: e.target.value })}
        />
        <Select
          data-testid="competitor-price"
          aria-label={t('planUi.research.pricePosition')}
          style={{ width: 120 }}
          value={d.pricePosition}
          onChange={(pricePosition) => setD({ ...d, pricePosition })}
          options={PRICE.map((p) => ({ value: p, label: t(`planUi.research.price.${p}`) }))}
        />
        <Select
          mode="tags"
          data-testid="competitor-channels"
          aria-label={t('planUi.research.channels')}
          placeholder={t('planUi.research.channels')}
          style={{ minWidth: 200 }}
          value={d.channels}
          onChange={(channels: string[]) => setD({ ...d, channels })}
          options={channelOptions}
        />
        <Input
          data-testid="competitor-strengths"
          aria-label={t('planUi.research.strengths')}
          placeholder={t('planUi.research.strengths')}
          style={{ width: 200 }}
          maxLength={300}
          value={d.strengths}
          onChange={(e) => setD({ ...d, strengths: e.target.value })}
        />
        <Input
          data-testid="competitor-weaknesses"
          aria-label={t('planUi.research.weaknesses')}
          placeholder={t('planUi.research.weaknesses')}
          style={{ width: 200 }}
          maxLength={300}
          value={d.weaknesses}
          onChange={(e) => setD({ ...d, weaknesses: e.target.value })}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="competitor-add"
          disabled={d.name.trim() === ''}
          onClick={() => {
            onAdd({ ...d, name: d.name.trim() })
            setD(EMPTY)
          }}
        >
          {t('planUi.common.add')}
        </Button>
      </Flex>
    </Card>
  )
}
