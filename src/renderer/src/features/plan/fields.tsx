import { DeleteOutlined } from '@ant-design/icons'
import { Button, Input, InputNumber } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { minorDigits, toMajorString } from '@shared/money'
import { parseMoney } from '@shared/csv/values'

/**
 * A field that edits a stored value: it shows what the user types at once, saves shortly after
 * typing stops (and at once on blur or unmount), and afterwards follows the stored value again.
 */
export function useDraft<T>(value: T, onCommit: (v: T) => void, delay = 400) {
  const [local, setLocal] = useState<{ v: T; blurredAt: T | null } | null>(null)
  const pending = useRef<{ v: T } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const commit = useRef(onCommit)
  useLayoutEffect(() => {
    commit.current = onCommit
  })
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const p = pending.current
    pending.current = null
    if (p) commit.current(p.v)
  }, [])
  useEffect(() => flush, [flush])

  // After a blur the typed value stays until the stored value changes (no flicker back to the old one).
  const shown =
    local && (local.blurredAt === null || Object.is(local.blurredAt, value)) ? local.v : value
  return {
    value: shown,
    onChange: (v: T) => {
      setLocal({ v, blurredAt: null })
      pending.current = { v }
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, delay)
    },
    onBlur: () => {
      flush()
      setLocal((l) => (l ? { v: l.v, blurredAt: value } : null))
    },
  }
}

type TextProps = {
  value: string
  onCommit: (v: string) => void
  placeholder?: string
  testId?: string
  ariaLabel?: string
  maxLength?: number
}

/** A one-line text field with autosave. */
export function DraftInput({
  value,
  onCommit,
  placeholder,
  testId,
  ariaLabel,
  maxLength,
}: TextProps) {
  const d = useDraft(value, onCommit)
  return (
    <Input
      value={d.value}
      placeholder={placeholder}
      aria-label={ariaLabel ?? placeholder}
      data-testid={testId}
      maxLength={maxLength ?? 500}
      onChange={(e) => d.onChange(e.target.value)}
      onBlur={d.onBlur}
    />
  )
}

/** A multi-line text field with autosave. */
export function DraftTextArea({ rows = 3, ...p }: TextProps & { rows?: number }) {
  const d = useDraft(p.value, p.onCommit)
  return (
    <Input.TextArea
      value={d.value}
      placeholder={p.placeholder}
      aria-label={p.ariaLabel ?? p.placeholder}
      data-testid={p.testId}
      maxLength={p.maxLength ?? 4000}
      autoSize={{ minRows: rows, maxRows: 12 }}
      onChange={(e) => d.onChange(e.target.value)}
      onBlur={d.onBlur}
    />
  )
}

type NumberProps = {
  value: number
  onCommit: (v: number) => void
  min?: number
  max?: number
  step?: number
  precision?: number
  testId?: string
  ariaLabel?: string
  suffix?: string
  width?: number | string
}

/** A number field with autosave; an empty field means 0. */
export function DraftNumber(p: NumberProps) {
  const d = useDraft<number>(p.value, p.onCommit)
  return (
    <InputNumber<number>
      value={d.value}
      min={p.min ?? 0}
      max={p.max}
      step={p.step ?? 1}
      precision={p.precision ?? 0}
      aria-label={p.ariaLabel}
      data-testid={p.testId}
      suffix={p.suffix}
      style={{ width: p.width ?? 140 }}
      onChange={(v) => d.onChange(typeof v === 'number' && Number.isFinite(v) ? v : 0)}
      onBlur={d.onBlur}
    />
  )
}

/**
 * A money field: shows major units, stores integer minor units. The typed text is converted
 * exactly (no floating-point money): "1234.5" → 123450 fen.
 */
export function MoneyInput(p: {
  value: number
  currency: string
  onCommit: (minor: number) => void
  testId?: string
  ariaLabel?: string
  width?: number | string
}) {
  const d = useDraft<string>(
    p.value === 0 ? '' : toMajorString(p.value as never, p.currency),
    (text) => {
      const r = parseMoney(text, p.currency, '.')
      if (r.ok && (r.value ?? 0) >= 0) p.onCommit(r.value ?? 0)
    },
  )
  return (
    <InputNumber<string>
      stringMode
      value={d.value}
      min="0"
      precision={minorDigits(p.currency)}
      aria-label={p.ariaLabel}
      data-testid={p.testId}
      prefix={p.currency === 'CNY' ? '¥' : undefined}
      placeholder="0"
      style={{ width: p.width ?? 160 }}
      onChange={(v) => d.onChange(v ?? '')}
      onBlur={d.onBlur}
    />
  )
}

/** The "remove this row" button of the wizard's tables. */
export function RemoveButton({ onRemove }: { onRemove: () => void }) {
  const { t } = useTranslation()
  return (
    <Button
      type="text"
      danger
      icon={<DeleteOutlined />}
      aria-label={t('planUi.common.remove')}
      onClick={onRemove}
    />
  )
}
