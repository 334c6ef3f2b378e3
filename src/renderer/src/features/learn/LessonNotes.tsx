import { CheckOutlined } from '@ant-design/icons'
import { Card, Input, Typography } from 'antd'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_NOTES_LENGTH, setNotes } from '@shared/lessons/progress'
import { updateLessonProgress } from '../../content/progress'

/** Notes are saved this long after the last key press (and when the lesson closes). */
const SAVE_DELAY_MS = 600

/** The learner's notes on a lesson, saved as they type. */
export function LessonNotes({
  source,
  lessonId,
  stored,
}: {
  source: string
  lessonId: string
  /** The notes as stored when the lesson opened (the component is keyed by lesson). */
  stored: string
}) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState(stored)
  const [saved, setSaved] = useState(false)
  const pending = useRef<string | null>(null)
  const timer = useRef<number | undefined>(undefined)

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    const value = pending.current
    if (value === null) return
    pending.current = null
    void updateLessonProgress(source, lessonId, (p) => setNotes(p, value, Date.now())).then(() => {
      if (pending.current === null) setSaved(true)
    })
  }, [source, lessonId])

  useEffect(() => flush, [flush])

  return (
    <Card size="small" title={<label htmlFor={id}>{t('learn.notes')}</label>}>
      <Input.TextArea
        id={id}
        data-testid="lesson-notes"
        value={text}
        maxLength={MAX_NOTES_LENGTH}
        autoSize={{ minRows: 4, maxRows: 14 }}
        placeholder={t('learn.notesPlaceholder')}
        onChange={(e) => {
          setText(e.target.value)
          setSaved(false)
          pending.current = e.target.value
          window.clearTimeout(timer.current)
          timer.current = window.setTimeout(flush, SAVE_DELAY_MS)
        }}
        onBlur={flush}
      />
      <Typography.Text
        type="secondary"
        className="notes-status"
        aria-live="polite"
        data-testid="notes-status"
      >
        {saved ? (
          <>
            <CheckOutlined /> {t('learn.notesSaved')}
          </>
        ) : (
          ' '
        )}
      </Typography.Text>
    </Card>
  )
}
