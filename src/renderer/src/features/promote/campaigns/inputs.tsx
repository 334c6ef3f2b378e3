import { QuestionCircleOutlined } from '@ant-design/icons'
import { Flex, InputNumber, Tooltip, Typography } from 'antd'
import type { ReactNode } from 'react'
import { currencySymbol, useFormat } from './format'

/** A labelled input with an optional help tooltip. */
export function Field({
  label,
  help,
  children,
  block = false,
}: {
  label: ReactNode
  help?: ReactNode
  children: ReactNode
  /** In a column (not a wrapping row): take the full width, do not grow in height. */
  block?: boolean
}) {
  return (
    // A <label> around the text and its input names the input for screen readers.
    <Flex
      component="label"
      vertical
      gap={4}
      style={block ? undefined : { minWidth: 150, flex: '1 1 150px' }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {label}{' '}
        {help && (
          <Tooltip title={help}>
            <QuestionCircleOutlined />
          </Tooltip>
        )}
      </Typography.Text>
      {children}
    </Flex>
  )
}

/** Money typed in major units (¥200.00), held in integer minor units. */
export function MoneyInput({
  value,
  onChange,
  testId,
  min = 0,
}: {
  value: number
  onChange: (minorUnits: number) => void
  testId?: string
  min?: number
}) {
  const { currency, locale, unit } = useFormat()
  const digits = Math.round(Math.log10(unit))
  return (
    <InputNumber
      data-testid={testId}
      style={{ width: '100%' }}
      prefix={currencySymbol(currency, locale)}
      min={min}
      precision={digits}
      value={value / unit}
      onChange={(v) => {
        if (typeof v === 'number' && Number.isFinite(v)) onChange(Math.round(v * unit))
      }}
    />
  )
}

/** A fraction typed as a percentage (30 → 0.3). */
export function PercentInput({
  value,
  onChange,
  testId,
  max = 100,
  min = 0,
}: {
  value: number
  onChange: (fraction: number) => void
  testId?: string
  max?: number
  min?: number
}) {
  return (
    <InputNumber
      data-testid={testId}
      style={{ width: '100%' }}
      suffix="%"
      min={min}
      max={max}
      precision={1}
      value={Math.round(value * 1000) / 10}
      onChange={(v) => {
        if (typeof v === 'number' && Number.isFinite(v)) onChange(Math.round(v * 10) / 1000)
      }}
    />
  )
}

/** A whole (or decimal) count. */
export function CountInput({
  value,
  onChange,
  testId,
  min = 0,
  precision = 0,
  suffix,
}: {
  value: number
  onChange: (n: number) => void
  testId?: string
  min?: number
  precision?: number
  suffix?: string
}) {
  return (
    <InputNumber
      data-testid={testId}
      style={{ width: '100%' }}
      min={min}
      precision={precision}
      suffix={suffix}
      value={value}
      onChange={(v) => {
        if (typeof v === 'number' && Number.isFinite(v)) onChange(v)
      }}
    />
  )
}
