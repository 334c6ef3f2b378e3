import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PRODUCT_NAME } from '@shared/app-meta'
import { Markdown } from '../../components/Markdown'
import { PrintLayout } from '../../components/PrintLayout'
import { courseTitle, lessonIn, pickText } from '../../content/localize'
import { useImageResolver } from '../../content/use-images'
import { useSetting } from '../../db/settings'
import { findLesson, useLearn } from './use-learn'
import { useLessonText } from './use-lesson-text'
import type { CourseImages } from '../../content/courses'
import './learn.css'

const NO_IMAGES: CourseImages = { kind: 'urls', files: {} }

/** A lesson as a printable page (`#/print/lesson?lesson=<id>`): text, terms and the learner's notes. */
export function LessonPrint() {
  const { t } = useTranslation()
  const [search] = useSearchParams()
  const state = useLearn()
  const profile = useSetting('profile')
  const place = state ? findLesson(state, search.get('lesson') ?? '') : null
  const content = place && state ? lessonIn(place.lesson, state.locale) : undefined
  const body = content?.body ?? ''
  const { sources } = useLessonText(body)
  const resolveImage = useImageResolver(
    state?.entry.images ?? NO_IMAGES,
    content?.file ?? '',
    sources,
  )
  const shop = profile?.name.trim() || PRODUCT_NAME
  const title = content?.title ?? ''
  const notes = place && state ? (state.record.progress[place.lesson.id]?.notes ?? '') : ''
  const terms =
    place && state
      ? place.lesson.glossary
          .map((id) => state.entry.course.glossary.find((g) => g.id === id))
          .filter((g) => g !== undefined)
      : []
  return (
    <PrintLayout
      page="lesson"
      headerText={`${shop} · ${state ? courseTitle(state.entry.course, state.locale, t) : ''}`}
      suggestedName={`${t('learn.lesson')} - ${title}`}
      ready={state !== undefined && profile !== undefined}
    >
      {state && place && content ? (
        <article className="print-doc lesson-print" data-testid="lesson-print" lang={state.locale}>
          <p className="muted">
            {t('learn.moduleN', { n: place.moduleNumber })}{' '}
            {pickText(place.module.title, state.locale)} ·{' '}
            {t('learn.lessonN', { n: place.lessonNumber })} ·{' '}
            {t('learn.minutes', { count: content.minutes })}
          </p>
          <h1>{title}</h1>
          <Markdown source={body} idPrefix="print-" resolveImage={resolveImage} />
          {terms.length > 0 && (
            <>
              <h2>{t('learn.glossary.termsInLesson')}</h2>
              <dl className="definitions">
                {terms.map((g) => (
                  <div key={g.id} className="definition">
                    <dt>{pickText(g.term, state.locale)}</dt>
                    <dd>{pickText(g.definition, state.locale)}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          {notes.trim() !== '' && (
            <>
              <h2>{t('learn.notes')}</h2>
              <p className="print-notes">{notes}</p>
            </>
          )}
        </article>
      ) : (
        state && <p>{t('learn.lessonNotFound')}</p>
      )}
    </PrintLayout>
  )
}
