import { SearchOutlined } from '@ant-design/icons'
import { Breadcrumb, Card, Empty, Flex, Input, Spin, Typography } from 'antd'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { courseLessons } from '@shared/lessons/course'
import { LOCALES } from '@shared/locale'
import { lessonPath } from '../../content/lesson-links'
import { lessonIn, pickText } from '../../content/localize'
import { useLearnStore } from './learn-store'
import { useLearn } from './use-learn'

/** Folds text for searching: width, case and spacing do not matter. */
const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

/** /learn/glossary — every term of the course, searchable, with the lesson that explains it. */
export function GlossaryPage() {
  const { t } = useTranslation()
  const state = useLearn()
  const query = useLearnStore((s) => s.glossaryQuery)
  const setQuery = useLearnStore((s) => s.setGlossaryQuery)
  const { hash } = useLocation()

  const terms = useMemo(() => {
    if (!state) return []
    const { course } = state.entry
    const lessons = new Map(courseLessons(course).map((l) => [l.id, l]))
    return course.glossary
      .map((g) => {
        const lesson = lessons.get(g.lesson)
        return {
          id: g.id,
          term: pickText(g.term, state.locale),
          definition: pickText(g.definition, state.locale),
          lessonId: g.lesson,
          lessonTitle: lesson ? (lessonIn(lesson, state.locale)?.title ?? g.lesson) : null,
          // Searchable in both languages: 转化率 and "conversion rate" find the same term.
          haystack: fold(
            [...LOCALES.map((l) => g.term[l] ?? ''), pickText(g.definition, state.locale)].join(
              ' ',
            ),
          ),
        }
      })
      .sort((a, b) => a.term.localeCompare(b.term, state.locale))
  }, [state])

  const q = fold(query)
  const shown = q === '' ? terms : terms.filter((x) => x.haystack.includes(q))

  const ready = state !== undefined
  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''))
    if (!ready || !id.startsWith('term-')) return
    const el = document.getElementById(id)
    el?.scrollIntoView?.({ block: 'center' })
    el?.focus({ preventScroll: true })
  }, [hash, ready])

  if (!state) return <Spin size="large" />
  const target = decodeURIComponent(hash.replace(/^#/, ''))
  return (
    <Flex vertical gap={16} data-testid="glossary">
      <Breadcrumb
        items={[
          { title: <Link to="/learn">{t('learn.title')}</Link> },
          { title: t('learn.glossary.title') },
        ]}
      />
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('learn.glossary.title')}
      </Typography.Title>
      <Input
        allowClear
        size="large"
        type="search"
        prefix={<SearchOutlined />}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('learn.glossary.search')}
        aria-label={t('learn.glossary.search')}
        data-testid="glossary-search"
        style={{ maxWidth: 480 }}
      />
      {shown.length === 0 ? (
        <Empty description={t('learn.glossary.empty')} />
      ) : (
        <Flex vertical gap={12} role="list">
          {shown.map((x) => (
            <Card
              key={x.id}
              size="small"
              role="listitem"
              id={`term-${x.id}`}
              tabIndex={-1}
              className={target === `term-${x.id}` ? 'glossary-term target' : 'glossary-term'}
              data-testid={`term-${x.id}`}
            >
              <Typography.Title level={4} style={{ margin: 0 }}>
                {x.term}
              </Typography.Title>
              <Typography.Paragraph style={{ margin: '6px 0' }}>
                {x.definition}
              </Typography.Paragraph>
              {x.lessonTitle && (
                <Typography.Text type="secondary">
                  {t('learn.glossary.explainedIn')}{' '}
                  <Link to={lessonPath(x.lessonId)}>{x.lessonTitle}</Link>
                </Typography.Text>
              )}
            </Card>
          ))}
        </Flex>
      )}
    </Flex>
  )
}
