import { Alert, Flex, Form, Input, Modal, Radio, Select, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isIsoDate } from '@shared/dates'
import type { Locale } from '@shared/locale'
import {
  RISK_CATEGORIES,
  RISK_STATUSES,
  riskLevel,
  riskScore,
  type Risk,
  type RiskPatch,
  type Text,
} from '@shared/risk/register'
import { LEVEL_TAG, uiLocale } from './risk-text'

/** What the editor edits: the risk's fields with bilingual texts reduced to the UI language. */
interface Draft {
  title: string
  category: Risk['category']
  likelihood: number
  impact: number
  mitigation: string
  contingency: string
  owner: string
  reviewDate: string
  status: Risk['status']
}

const other = (l: Locale): Locale => (l === 'en' ? 'zh-CN' : 'en')

function draftOf(risk: Risk, l: Locale): Draft {
  return {
    title: risk.title[l],
    category: risk.category,
    likelihood: risk.likelihood,
    impact: risk.impact,
    mitigation: risk.mitigation[l],
    contingency: risk.contingency[l],
    owner: risk.owner,
    reviewDate: risk.reviewDate ?? '',
    status: risk.status,
  }
}

/**
 * The patch a draft makes to a risk: texts change only in the UI language (the other language's
 * text is kept), an empty review date means none. Only fields that differ end up in history,
 * because updateRisk drops unchanged ones.
 */
export function patchFromDraft(risk: Risk, d: Draft, l: Locale): RiskPatch {
  const text = (t: Text, v: string): Text => ({ ...t, [l]: v.trim() })
  return {
    title: text(risk.title, d.title),
    category: d.category,
    likelihood: d.likelihood,
    impact: d.impact,
    mitigation: text(risk.mitigation, d.mitigation),
    contingency: text(risk.contingency, d.contingency),
    owner: d.owner.trim(),
    reviewDate: isIsoDate(d.reviewDate) ? d.reviewDate : null,
    status: d.status,
  }
}

/** Props of the risk editor dialog. */
export interface RiskEditorProps {
  /** The risk to edit; for a new risk, a blank one from newRisk. */
  risk: Risk
  isNew: boolean
  onSave: (patch: RiskPatch) => Promise<void>
  onClose: () => void
}

/** Add or edit one risk: title, category, likelihood and impact 1–5, measures, owner, date, status. */
export function RiskEditor({ risk, isNew, onSave, onClose }: RiskEditorProps) {
  const { t, i18n } = useTranslation()
  const l = uiLocale(i18n.language)
  const [d, setD] = useState<Draft>(() => draftOf(risk, l))
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }))
  const score = riskScore(d)
  const level = riskLevel(score)
  const otherName = t(`languages.${other(l)}`)

  const fallback = (field: 'title' | 'mitigation' | 'contingency') => {
    const text = risk[field][other(l)].trim()
    return text && text !== d[field].trim() ? (
      <Typography.Text className="risk-other-lang" data-testid={`risk-${field}-other`}>
        {t('risksUi.register.otherLanguage', { language: otherName, text })}
      </Typography.Text>
    ) : null
  }

  const submit = async () => {
    const patch = patchFromDraft(risk, d, l)
    if (patch.title && patch.title['zh-CN'] === '' && patch.title.en === '') {
      setError(t('risksUi.register.titleRequired'))
      return
    }
    if (d.reviewDate !== '' && !isIsoDate(d.reviewDate)) {
      setError(t('errors.generic'))
      return
    }
    setSaving(true)
    try {
      await onSave(patch)
    } catch (e) {
      setError(t('risksUi.register.saveFailed', { reason: String((e as Error).message ?? e) }))
    } finally {
      setSaving(false)
    }
  }

  const scale = (field: 'likelihood' | 'impact') => (
    <Radio.Group
      optionType="button"
      value={d[field]}
      onChange={(e) => set({ [field]: Number(e.target.value) })}
      data-testid={`risk-${field}`}
    >
      {[1, 2, 3, 4, 5].map((n) => (
        <Radio.Button key={n} value={n}>
          {/* On the label's text, not the hidden input, so a click lands where a user clicks. */}
          <span data-testid={`risk-${field}-${n}`}>{n}</span>
        </Radio.Button>
      ))}
    </Radio.Group>
  )

  return (
    <Modal
      open
      title={isNew ? t('risksUi.register.addTitle') : t('risksUi.register.editTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('risksUi.register.save')}
      cancelText={t('risksUi.register.cancel')}
      okButtonProps={{ loading: saving, 'data-testid': 'risk-save' }}
      width={640}
      destroyOnHidden
    >
      <Form layout="vertical" className="risk-register" data-testid="risk-editor">
        <Typography.Paragraph type="secondary">
          {t('risksUi.register.editingLanguage', { language: t(`languages.${l}`) })}
        </Typography.Paragraph>
        <Form.Item label={t('risksUi.register.titleLabel')} required>
          <Input
            value={d.title}
            onChange={(e) => set({ title: e.target.value })}
            data-testid="risk-title"
            placeholder={risk.title[other(l)]}
            maxLength={200}
          />
          {fallback('title')}
        </Form.Item>
        <Form.Item label={t('risksUi.register.category')}>
          <Select
            value={d.category}
            onChange={(v) => set({ category: v })}
            data-testid="risk-category"
            options={RISK_CATEGORIES.map((c) => ({
              value: c,
              label: t(`plan.riskCategories.${c}`),
            }))}
          />
        </Form.Item>
        <Flex gap={24} wrap>
          <Form.Item
            label={t('plan.riskFields.likelihood')}
            extra={t('risksUi.register.likelihoodHelp')}
          >
            {scale('likelihood')}
          </Form.Item>
          <Form.Item label={t('plan.riskFields.impact')} extra={t('risksUi.register.impactHelp')}>
            {scale('impact')}
          </Form.Item>
        </Flex>
        <Tag color={LEVEL_TAG[level]} data-testid="risk-score-preview">
          {t('risksUi.register.scorePreview', { score, level: t(`plan.levels.${level}`) })}
        </Tag>
        <Form.Item label={t('plan.riskFields.mitigation')} style={{ marginTop: 16 }}>
          <Input.TextArea
            value={d.mitigation}
            onChange={(e) => set({ mitigation: e.target.value })}
            autoSize={{ minRows: 2, maxRows: 5 }}
            data-testid="risk-mitigation"
            placeholder={risk.mitigation[other(l)]}
          />
          {fallback('mitigation')}
        </Form.Item>
        <Form.Item label={t('plan.riskFields.contingency')}>
          <Input.TextArea
            value={d.contingency}
            onChange={(e) => set({ contingency: e.target.value })}
            autoSize={{ minRows: 2, maxRows: 5 }}
            data-testid="risk-contingency"
            placeholder={risk.contingency[other(l)]}
          />
          {fallback('contingency')}
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label={t('plan.riskFields.owner')} style={{ flex: 1, minWidth: 160 }}>
            <Input
              value={d.owner}
              placeholder={t('risksUi.register.ownerPlaceholder')}
              onChange={(e) => set({ owner: e.target.value })}
              data-testid="risk-owner"
              maxLength={80}
            />
          </Form.Item>
          <Form.Item label={t('plan.riskFields.reviewDate')}>
            <Input
              type="date"
              value={d.reviewDate}
              onChange={(e) => set({ reviewDate: e.target.value })}
              data-testid="risk-review-date"
            />
          </Form.Item>
          <Form.Item label={t('plan.riskFields.status')}>
            <Select
              value={d.status}
              onChange={(v) => set({ status: v })}
              style={{ width: 140 }}
              data-testid="risk-status"
              options={RISK_STATUSES.map((s) => ({ value: s, label: t(`plan.riskStatus.${s}`) }))}
            />
          </Form.Item>
        </Flex>
        {error && <Alert type="error" showIcon title={error} data-testid="risk-error" />}
      </Form>
    </Modal>
  )
}
