import { Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Course } from '@shared/lessons/course'
import type { Locale } from '@shared/locale'
import { pickText } from '../../content/localize'

/** The glossary route, at one term. */
export const termPath = (termId: string): string => `/learn/glossary#term-${termId}`

/** "Terms in this lesson": the lesson's glossary terms with their definitions. */
export function LessonTerms({
  course,
  termIds,
  locale,
}: {
  course: Course
  termIds: readonly string[]
  locale: Locale
}) {
  const { t } = useTranslation()
  const terms = termIds
    .map((id) => course.glossary.find((g) => g.id === id))
    .filter((g) => g !== undefined)
  if (terms.length === 0) return null
  return (
    <Card
      size="small"
      className="lesson-terms"
      data-testid="lesson-terms"
      title={t('learn.glossary.termsInLesson')}
      extra={<Link to="/learn/glossary">{t('learn.glossary.title')}</Link>}
    >
      <dl>
        {terms.map((g) => (
          <div key={g.id} className="term">
            <dt>
              <Link to={termPath(g.id)}>{pickText(g.term, locale)}</Link>
            </dt>
            <dd>
              <Typography.Text>{pickText(g.definition, locale)}</Typography.Text>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  )
}
