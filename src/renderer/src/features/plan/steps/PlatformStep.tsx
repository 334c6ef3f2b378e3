import { InfoCircleOutlined, UndoOutlined } from '@ant-design/icons'
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Divider,
  Flex,
  InputNumber,
  Popover,
  Row,
  Slider,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  choosePlatforms,
  planProfiles,
  resetScores,
  setPlatformNote,
  setScore,
  setWeights,
} from '@shared/plan/plan'
import {
  CRITERIA,
  PLATFORM_IDS,
  PROFILES_CHECKED_ON,
  profileOf,
  type PlatformId,
} from '@shared/plan/platforms'
import { normaliseWeights, sensitivity, weightedScores } from '@shared/plan/scoring'
import { TEMPLATES } from '@shared/plan/templates'
import { localText } from '@shared/plan/text'
import { Chart } from '../../../components/Chart'
import { DraftTextArea } from '../fields'
import type { StepProps } from '../step-props'
import { rankingOption, sensitivityOption } from './platform-charts'

/** Step 3: the weighted decision matrix, its ranking and sensitivity; choose one or more platforms. */
export function PlatformStep({ plan, edit, locale }: StepProps) {
  const { t } = useTranslation()
  const weights = plan.platforms.weights
  const profiles = useMemo(() => planProfiles(plan), [plan])
  const ranked = useMemo(() => weightedScores(profiles, weights), [profiles, weights])
  const sens = useMemo(() => sensitivity(profiles, weights), [profiles, weights])
  const chosen = plan.platforms.chosen
  const suggested = TEMPLATES[plan.template].suggested
  const name = (id: string) => t(`plan.platforms.${id}`)
  const crit = (c: string) => t(`plan.criteria.${c}`)
  const norm = normaliseWeights(weights)
  const order = PLATFORM_IDS as readonly string[]
  const scoreOf = new Map(ranked.map((r) => [r.id, r]))
  const winner = ranked[0]

  const toggle = (id: PlatformId, on: boolean) =>
    edit((p, now) =>
      choosePlatforms(
        p,
        on ? [...p.platforms.chosen, id] : p.platforms.chosen.filter((x) => x !== id),
        now,
      ),
    )

  const rows = [...profiles].sort(
    (a, b) => (scoreOf.get(a.id)?.rank ?? 99) - (scoreOf.get(b.id)?.rank ?? 99),
  )

  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-testid="fees-note"
        title={t('plan.checkFees', { date: PROFILES_CHECKED_ON })}
        style={{ marginBottom: 16 }}
      />
      <Divider titlePlacement="start">{t('planUi.platforms.weights')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('planUi.platforms.weightsHelp')}
      </Typography.Paragraph>
      <Row gutter={[24, 4]}>
        {CRITERIA.map((c) => (
          <Col xs={24} lg={12} key={c}>
            <Flex align="center" gap={12}>
              <Typography.Text style={{ flex: '0 0 170px' }}>{crit(c)}</Typography.Text>
              <div style={{ flex: 1 }} data-testid={`weight-${c}`}>
                <Slider
                  min={0}
                  max={5}
                  step={1}
                  value={weights[c]}
                  aria-label={crit(c)}
                  onChange={(v: number) => edit((p, now) => setWeights(p, { [c]: v }, now))}
                />
              </div>
              <Typography.Text type="secondary" style={{ width: 48, textAlign: 'end' }}>
                {Math.round(norm[c] * 100)}%
              </Typography.Text>
            </Flex>
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <Typography.Title level={5}>{t('planUi.platforms.ranking')}</Typography.Title>
          {winner && (
            <Typography.Paragraph data-testid="platform-winner">
              {t('planUi.platforms.winner', {
                name: name(winner.id),
                score: winner.score.toFixed(2),
              })}
            </Typography.Paragraph>
          )}
          <Chart
            ariaLabel={t('planUi.platforms.ranking')}
            height={340}
            option={rankingOption(ranked, name, chosen, order)}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Typography.Title level={5}>{t('planUi.platforms.sensitivity')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('planUi.platforms.sensitivityHelp')}
          </Typography.Paragraph>
          <Chart
            ariaLabel={t('planUi.platforms.sensitivity')}
            height={260}
            option={sensitivityOption(sens, crit, name, order, t('planUi.platforms.current'))}
          />
          <ul className="plan-sensitivity" data-testid="sensitivity-list">
            {sens.map((s) => (
              <li key={s.criterion}>
                {s.segments.length <= 1
                  ? t('planUi.platforms.stableAlways', {
                      criterion: crit(s.criterion),
                      name: name(s.winner),
                    })
                  : t('planUi.platforms.stableRange', {
                      criterion: crit(s.criterion),
                      name: name(s.winner),
                      from: Math.round(s.stable.from * 100),
                      to: Math.round(s.stable.to * 100),
                    })}
              </li>
            ))}
          </ul>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('planUi.platforms.matrix')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('planUi.platforms.matrixHelp')}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="platform-matrix"
        dataSource={rows}
        columns={[
          {
            title: t('planUi.platforms.choose'),
            key: 'choose',
            fixed: 'left',
            render: (_, r) => (
              <Checkbox
                checked={chosen.includes(r.id)}
                data-testid={`choose-${r.id}`}
                aria-label={t('planUi.platforms.chooseOne', { name: name(r.id) })}
                onChange={(e) => toggle(r.id, e.target.checked)}
              />
            ),
          },
          {
            title: t('planUi.platforms.platform'),
            key: 'name',
            render: (_, r) => {
              const profile = profileOf(r.id)
              return (
                <Flex gap={4} align="center" wrap>
                  <Typography.Text strong={chosen.includes(r.id)}>{name(r.id)}</Typography.Text>
                  {suggested.includes(r.id) && (
                    <Tag color="orange">{t('planUi.platforms.suggested')}</Tag>
                  )}
                  <Popover
                    trigger="click"
                    title={t('planUi.platforms.noteTitle', { name: name(r.id) })}
                    content={
                      <div style={{ maxWidth: 340 }}>
                        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                          {localText(profile.note, locale)} (
                          {t('planUi.platforms.checkedOn', { date: profile.checkedOn })})
                        </Typography.Paragraph>
                        <DraftTextArea
                          rows={2}
                          value={plan.platforms.notes?.[r.id] ?? ''}
                          testId={`note-input-${r.id}`}
                          ariaLabel={t('planUi.platforms.yourNote')}
                          placeholder={t('planUi.platforms.yourNotePlaceholder')}
                          onCommit={(v) => edit((p, now) => setPlatformNote(p, r.id, v, now))}
                        />
                      </div>
                    }
                  >
                    <Button
                      type="text"
                      size="small"
                      icon={<InfoCircleOutlined />}
                      aria-label={t('planUi.platforms.note')}
                      data-testid={`note-${r.id}`}
                    />
                  </Popover>
                  {plan.platforms.notes?.[r.id] && (
                    <Typography.Text
                      type="secondary"
                      style={{ fontSize: 12, flexBasis: '100%' }}
                      ellipsis={{ tooltip: plan.platforms.notes[r.id] }}
                    >
                      {plan.platforms.notes[r.id]}
                    </Typography.Text>
                  )}
                </Flex>
              )
            },
          },
          ...CRITERIA.map((c) => ({
            title: (
              <Tooltip title={crit(c)}>
                <span>{t(`planUi.platforms.short.${c}`)}</span>
              </Tooltip>
            ),
            key: c,
            render: (_: unknown, r: (typeof rows)[number]) => (
              <InputNumber<number>
                size="small"
                min={1}
                max={5}
                precision={0}
                style={{ width: 56 }}
                value={r.scores[c]}
                aria-label={`${name(r.id)} · ${crit(c)}`}
                data-testid={`score-${r.id}-${c}`}
                className={
                  r.edited && r.scores[c] !== profileOf(r.id).scores[c] ? 'plan-edited' : ''
                }
                onChange={(v) => {
                  if (typeof v === 'number') edit((p, now) => setScore(p, r.id, c, v, now))
                }}
              />
            ),
          })),
          {
            title: t('planUi.platforms.weighted'),
            key: 'score',
            render: (_, r) => (
              <Typography.Text strong data-testid={`weighted-${r.id}`}>
                {(scoreOf.get(r.id)?.score ?? 0).toFixed(2)}
              </Typography.Text>
            ),
          },
          {
            title: t('planUi.platforms.rank'),
            key: 'rank',
            render: (_, r) => scoreOf.get(r.id)?.rank,
          },
          {
            key: 'reset',
            render: (_, r) =>
              r.edited ? (
                <Tooltip title={t('planUi.platforms.reset')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<UndoOutlined />}
                    aria-label={t('planUi.platforms.reset')}
                    onClick={() => edit((p, now) => resetScores(p, r.id, now))}
                  />
                </Tooltip>
              ) : null,
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 12 }} data-testid="chosen-platforms">
        {chosen.length === 0
          ? t('planUi.platforms.noneChosen')
          : t('planUi.platforms.chosen', { names: chosen.map(name).join('、') })}
      </Typography.Paragraph>
    </>
  )
}
