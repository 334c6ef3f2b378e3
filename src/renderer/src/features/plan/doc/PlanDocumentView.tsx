import { formatDate } from '@shared/dates'
import type { Locale } from '@shared/locale'
import type { PlanDocument } from '@shared/plan/document'
import type { TFunction } from 'i18next'
import { DocBlockView } from './DocBlocks'
import './plan-doc.css'

/** Props of the printed plan. */
export interface PlanDocumentViewProps {
  doc: PlanDocument
  lang: Locale
  t: TFunction
  onChart?: () => void
}

/**
 * The plan laid out for paper: a cover page (shop, plan, date, author), a contents page, then one
 * section per page start. Page numbers come from the shared print layout's @page margin boxes.
 */
export function PlanDocumentView({ doc, lang, t, onChart }: PlanDocumentViewProps) {
  return (
    <article className="print-doc plan-doc" lang={lang} data-testid="plan-doc">
      <section className="plan-cover" data-testid="plan-cover">
        <p className="kicker">{doc.cover.shop}</p>
        <h1>{doc.title}</h1>
        <table className="print-table plan-facts">
          <tbody>
            <tr>
              <th scope="row">{t('risksUi.doc.cover.shop')}</th>
              <td>{doc.cover.shop}</td>
            </tr>
            <tr>
              <th scope="row">{t('risksUi.doc.cover.plan')}</th>
              <td>{doc.cover.plan}</td>
            </tr>
            <tr>
              <th scope="row">{t('risksUi.doc.cover.date')}</th>
              <td>{formatDate(doc.cover.date, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{t('risksUi.doc.cover.author')}</th>
              <td>{doc.cover.author}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <nav className="plan-contents" data-testid="plan-contents">
        <h2>{t('risksUi.doc.contents')}</h2>
        <ol>
          {doc.sections.map((s) => (
            <li key={s.id}>
              <a href={`#doc-${s.id}`}>
                {s.number}. {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {doc.sections.map((s) => (
        <section
          key={s.id}
          id={`doc-${s.id}`}
          className="plan-section"
          data-testid={`plan-section-${s.id}`}
        >
          <h2>
            {s.number}. {s.title}
          </h2>
          {s.blocks.map((b, i) => (
            <DocBlockView key={i} block={b} onChart={onChart} />
          ))}
        </section>
      ))}
    </article>
  )
}
