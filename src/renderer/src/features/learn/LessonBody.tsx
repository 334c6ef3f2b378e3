import { StarFilled, StarOutlined } from '@ant-design/icons'
import { Button, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { Markdown, type ImageResolver, type MarkdownSection } from '../../components/Markdown'
import { sectionDomId } from './use-sections'

/** The lesson text: its introduction, then each section with a bookmark button on its heading. */
export function LessonBody({
  parts,
  bookmarks,
  onBookmark,
  resolveImage,
}: {
  parts: readonly MarkdownSection[]
  bookmarks: readonly string[]
  onBookmark: (section: string) => void
  resolveImage: ImageResolver
}) {
  const { t } = useTranslation()
  return (
    <div className="lesson-body" data-testid="lesson-body">
      {parts.map((part, i) => {
        const text = <Markdown source={part.body} idPrefix="md-" resolveImage={resolveImage} />
        if (part.id === null)
          return (
            <div key={i} className="lesson-intro">
              {part.title && <h2>{part.title}</h2>}
              {text}
            </div>
          )
        const marked = bookmarks.includes(part.id)
        const label = marked ? t('learn.removeBookmark') : t('learn.bookmark')
        return (
          <section key={part.id} className="lesson-section" data-testid={`section-${part.id}`}>
            <h2 id={sectionDomId(part.id)} data-section={part.id} tabIndex={-1}>
              <span>{part.title}</span>
              <Tooltip title={label}>
                <Button
                  type="text"
                  size="small"
                  className={marked ? 'bookmark-button marked' : 'bookmark-button'}
                  icon={marked ? <StarFilled /> : <StarOutlined />}
                  aria-label={label}
                  aria-pressed={marked}
                  data-testid={`bookmark-${part.id}`}
                  onClick={() => onBookmark(part.id as string)}
                />
              </Tooltip>
            </h2>
            {text}
          </section>
        )
      })}
    </div>
  )
}
