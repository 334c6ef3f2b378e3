import { ArrowDownOutlined, ArrowUpOutlined, CheckOutlined, CloseOutlined } from '@ant-design/icons'
import { Button, Checkbox, Flex, Input, Radio, Typography } from 'antd'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuizResponse } from '@shared/lessons/grade'
import type { Question } from '@shared/lessons/schemas'
import type { Locale } from '@shared/locale'
import { pickText } from '../../content/localize'
import { isUnreadableNumber } from './quiz-answers'

/** Props of a question's answer input. */
export interface QuestionInputProps {
  question: Question
  /** Option ids in the order this attempt shows them. */
  order: readonly string[]
  response: QuizResponse
  onChange: (response: QuizResponse) => void
  disabled: boolean
  locale: Locale
  /** Id of the element holding the prompt (labels the input group). */
  labelId: string
  /** After grading: mark the right options, and the wrong ones chosen. */
  reveal?: boolean
}

/** An option's label; after grading, right options get a tick and wrong choices a cross. */
function OptionLabel({
  text,
  right,
  chosen,
  reveal,
}: {
  text: string
  right: boolean
  chosen: boolean
  reveal: boolean
}) {
  if (!reveal || (!right && !chosen)) return <span>{text}</span>
  return (
    <span className={right ? 'option-right' : 'option-wrong'} data-mark={right ? 'right' : 'wrong'}>
      {text} {right ? <CheckOutlined /> : <CloseOutlined />}
    </span>
  )
}

/** The input for one question, by type. */
export function QuestionInput(p: QuestionInputProps) {
  const { t } = useTranslation()
  const q = p.question
  const text = (id: string): string =>
    q.type === 'truefalse' || q.type === 'numeric'
      ? id
      : pickText(q.options.find((o) => o.id === id)?.text, p.locale)

  switch (q.type) {
    case 'single':
      return (
        <Radio.Group
          aria-labelledby={p.labelId}
          value={typeof p.response === 'string' ? p.response : undefined}
          onChange={(e) => p.onChange(e.target.value as string)}
          disabled={p.disabled}
        >
          <Flex vertical gap={8}>
            {p.order.map((id) => (
              <Radio key={id} value={id}>
                <OptionLabel
                  text={text(id)}
                  right={q.answer.includes(id)}
                  chosen={p.response === id}
                  reveal={p.reveal === true}
                />
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      )
    case 'multiple':
      return (
        <Checkbox.Group
          aria-labelledby={p.labelId}
          value={Array.isArray(p.response) ? [...(p.response as string[])] : []}
          onChange={(v) => p.onChange(v as string[])}
          disabled={p.disabled}
        >
          <Flex vertical gap={8}>
            {p.order.map((id) => (
              <Checkbox key={id} value={id}>
                <OptionLabel
                  text={text(id)}
                  right={q.answer.includes(id)}
                  chosen={Array.isArray(p.response) && p.response.includes(id)}
                  reveal={p.reveal === true}
                />
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      )
    case 'truefalse':
      return (
        <Radio.Group
          aria-labelledby={p.labelId}
          value={typeof p.response === 'boolean' ? String(p.response) : undefined}
          onChange={(e) => p.onChange(e.target.value === 'true')}
          disabled={p.disabled}
        >
          <Flex gap={24}>
            {[true, false].map((v) => (
              <Radio key={String(v)} value={String(v)}>
                <OptionLabel
                  text={v ? t('learn.quiz.true') : t('learn.quiz.false')}
                  right={q.answer[0] === v}
                  chosen={p.response === v}
                  reveal={p.reveal === true}
                />
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      )
    case 'ordering':
      return <OrderingInput {...p} text={text} />
    case 'numeric': {
      const unit = pickText(q.unit, p.locale)
      const value = typeof p.response === 'string' ? p.response : ''
      return (
        <Flex vertical gap={4}>
          <Input
            aria-labelledby={p.labelId}
            data-testid="numeric-input"
            inputMode="decimal"
            value={value}
            disabled={p.disabled}
            placeholder={t('learn.quiz.numericPlaceholder')}
            suffix={unit || undefined}
            style={{ maxWidth: 280 }}
            status={isUnreadableNumber(value) ? 'warning' : undefined}
            onChange={(e) => p.onChange(e.target.value)}
          />
          {isUnreadableNumber(value) && (
            <Typography.Text type="warning">{t('learn.quiz.numericUnreadable')}</Typography.Text>
          )}
        </Flex>
      )
    }
  }
}

/** Ordering: the items in their current order, each with up and down buttons. */
function OrderingInput(p: QuestionInputProps & { text: (id: string) => string }) {
  const { t } = useTranslation()
  const list = useRef<HTMLOListElement>(null)
  const current = Array.isArray(p.response) ? (p.response as string[]) : [...p.order]
  const move = (i: number, delta: number) => {
    const next = [...current]
    const j = i + delta
    if (j < 0 || j >= next.length) return
    const id = next[i] as string
    ;[next[i], next[j]] = [next[j] as string, id]
    p.onChange(next)
    // Keep the keyboard on the moved item: at either end its pressed button turns disabled.
    requestAnimationFrame(() => {
      const item = list.current?.querySelector(`[data-option="${CSS.escape(id)}"]`)
      const buttons = [...(item?.querySelectorAll('button') ?? [])]
      const wanted = delta < 0 ? buttons[0] : buttons[1]
      const target = wanted && !wanted.disabled ? wanted : buttons.find((b) => !b.disabled)
      if (!item?.contains(document.activeElement)) target?.focus()
    })
  }
  return (
    <ol ref={list} className="ordering" aria-labelledby={p.labelId} data-testid="ordering">
      {current.map((id, i) => (
        <li key={id} className="ordering-item" data-testid="order-item" data-option={id}>
          <span className="ordering-index">{i + 1}</span>
          <span className="ordering-text">{p.text(id)}</span>
          <Button
            size="small"
            icon={<ArrowUpOutlined />}
            aria-label={`${t('learn.quiz.moveUp')}: ${p.text(id)}`}
            title={t('learn.quiz.moveUp')}
            data-testid="move-up"
            disabled={p.disabled || i === 0}
            onClick={() => move(i, -1)}
          />
          <Button
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={`${t('learn.quiz.moveDown')}: ${p.text(id)}`}
            title={t('learn.quiz.moveDown')}
            data-testid="move-down"
            disabled={p.disabled || i === current.length - 1}
            onClick={() => move(i, 1)}
          />
        </li>
      ))}
    </ol>
  )
}
