import { StarFilled } from '@ant-design/icons'
import { Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { lessonPath } from '../../content/lesson-links'
import { LessonNotes } from './LessonNotes'

/** The reader's side column: contents (current section marked), bookmarks and notes. */
export function LessonSidebar({
  source,
  lessonId,
  headings,
  current,
  bookmarks,
  notes,
  onGoTo,
}: {
  source: string
  lessonId: string
  headings: readonly { id: string; title: string }[]
  current: string | null
  bookmarks: readonly string[]
  notes: string
  onGoTo: (section: string) => void
}) {
  const { t } = useTranslation()
  const marked = headings.filter((h) => bookmarks.includes(h.id))
  const link = (h: { id: string; title: string }, testId: string) => (
    <a
      href={`#${lessonPath(lessonId, h.id)}`}
      data-testid={testId}
      aria-current={current === h.id ? 'location' : undefined}
      onClick={(e) => {
        e.preventDefault()
        onGoTo(h.id)
      }}
    >
      {h.title}
    </a>
  )
  return (
    <Flex vertical gap={16} className="lesson-sidebar">
      <Card size="small" title={t('learn.toc')}>
        <nav aria-label={t('learn.toc')}>
          <ol className="lesson-toc" data-testid="lesson-toc">
            {headings.map((h) => (
              <li key={h.id} className={current === h.id ? 'current' : undefined}>
                {link(h, `toc-${h.id}`)}
                {bookmarks.includes(h.id) && <StarFilled className="toc-star" aria-hidden />}
              </li>
            ))}
          </ol>
        </nav>
      </Card>
      <Card size="small" title={t('learn.bookmarks')} data-testid="lesson-bookmarks">
        {marked.length === 0 ? (
          <Typography.Text type="secondary">{t('learn.noBookmarks')}</Typography.Text>
        ) : (
          <ul className="lesson-bookmarks">
            {marked.map((h) => (
              <li key={h.id}>
                <StarFilled className="toc-star" aria-hidden /> {link(h, `bookmarked-${h.id}`)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <LessonNotes source={source} lessonId={lessonId} stored={notes} />
    </Flex>
  )
}
