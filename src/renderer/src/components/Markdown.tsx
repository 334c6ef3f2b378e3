import MarkdownIt, { type StateCore, type Token } from 'markdown-it'
import { useMemo, type MouseEvent } from 'react'
import { isWebUrl, useOpenExternal } from './ExternalLink'

/**
 * Lesson Markdown, rendered safely. Content packs come from trainers, so a lesson is untrusted
 * text: markdown-it runs with `html: false` (raw HTML stays visible as text), every text is
 * escaped by markdown-it, and the core rules below rewrite the token stream before rendering:
 *  - `## Heading {#id}` → the heading gets `id="<prefix><id>"` (prefixed: ids never clash with
 *    the app's own);
 *  - links: only http/https survive, as `<a data-external>` opened through the confirm dialog by a
 *    delegated click handler; any other link (javascript:, data:, file:, relative…) becomes its text;
 *  - images: only those a resolver maps to a URL (a pack's own pictures) are shown; remote or
 *    unknown pictures become their alt text.
 * Only this output is mounted with dangerouslySetInnerHTML.
 */

/** Maps an image `src` as written in the lesson to a displayable URL, or null to show its alt text. */
export type ImageResolver = (src: string) => string | null

type RenderEnv = {
  idPrefix: string
  resolveImage: ImageResolver | undefined
}

const HEADING_ID = /\s*\{#([A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*)\}\s*$/
const TASK = /^\[([ xX])\]\s+/

/** The plain text of an inline token's children (for alt texts and heading titles). */
function plainText(tokens: readonly Token[] | null): string {
  let out = ''
  for (const t of tokens ?? []) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content
    else if (t.type === 'image') out += plainText(t.children)
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' '
  }
  return out
}

/** Rewrites headings, links and images of a parsed document (see the module comment). */
function sanitize(state: StateCore): void {
  const env = state.env as unknown as RenderEnv
  const tokens = state.tokens
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token
    if (tok.type === 'heading_open') {
      const inline = tokens[i + 1]
      const last = inline?.children?.[inline.children.length - 1]
      const m = last && last.type === 'text' ? HEADING_ID.exec(last.content) : null
      if (inline && last && m) {
        last.content = last.content.slice(0, m.index)
        inline.content = inline.content.replace(HEADING_ID, '')
        tok.attrSet('id', `${env.idPrefix}${m[1]}`)
      }
    }
    if (tok.type !== 'inline' || !tok.children) continue
    // Checklists ("- [ ] …") read better with boxes than with brackets.
    const first = tok.children[0]
    const item = tokens[i - 2]
    if (first?.type === 'text' && item?.type === 'list_item_open' && TASK.test(first.content)) {
      first.content = first.content.replace(TASK, (_, mark: string) => (mark === ' ' ? '☐ ' : '☑ '))
      item.attrSet('class', 'task')
    }
    const out: Token[] = []
    const dropped: boolean[] = [] // per open link: was it removed?
    for (const child of tok.children) {
      if (child.type === 'link_open') {
        const href = String(child.attrGet('href') ?? '')
        const keep = isWebUrl(href)
        dropped.push(!keep)
        if (!keep) continue
        const title = child.attrGet('title')
        child.attrs = [['href', href]]
        if (title) child.attrSet('title', title)
        child.attrSet('data-external', '1')
        child.attrSet('rel', 'noopener noreferrer')
        out.push(child)
      } else if (child.type === 'link_close') {
        if (!dropped.pop()) out.push(child)
      } else if (child.type === 'image') {
        const src = String(child.attrGet('src') ?? '')
        const alt = plainText(child.children)
        const url = env.resolveImage?.(src) ?? null
        if (url) {
          child.attrs = [
            ['src', url],
            ['alt', ''],
          ]
          out.push(child)
        } else {
          const text = new state.Token('text', '', 0)
          text.content = alt
          out.push(text)
        }
      } else if (child.type === 'html_inline') {
        // Unreachable with html: false; kept as text should the option ever change.
        const text = new state.Token('text', '', 0)
        text.content = child.content
        out.push(text)
      } else out.push(child)
    }
    tok.children = out
  }
}

function createRenderer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false })
  // Let every link and image through the parser (instead of leaving "[x](javascript:…)" as
  // literal text): sanitize() decides what is kept.
  md.validateLink = () => true
  md.core.ruler.push('shopbridge_sanitize', sanitize)
  return md
}

const md = createRenderer()

/** Options of a render. */
export interface RenderOptions {
  /** Prefix of heading ids (default 'md-'). */
  idPrefix?: string
  resolveImage?: ImageResolver
}

/** Renders Markdown to sanitised HTML (see the module comment). */
export function renderMarkdown(source: string, opts: RenderOptions = {}): string {
  const env: RenderEnv = { idPrefix: opts.idPrefix ?? 'md-', resolveImage: opts.resolveImage }
  return md.render(source, env)
}

/** The `src` of every picture in the Markdown, as written (for preparing a resolver). */
export function imageSources(source: string): string[] {
  const keep: ImageResolver = (src) => src
  const srcs: string[] = []
  for (const tok of md.parse(source, { idPrefix: '', resolveImage: keep } satisfies RenderEnv))
    for (const child of tok.children ?? [])
      if (child.type === 'image') srcs.push(String(child.attrGet('src') ?? ''))
  return srcs
}

/** A part of a lesson: the text before the first `##` heading, or one `## Heading {#id}` section. */
export interface MarkdownSection {
  /** Section id from `{#id}`; null for the introduction and for headings without one. */
  id: string | null
  /** Heading text without `{#id}` (empty for the introduction). */
  title: string
  /** The section's Markdown without its heading. */
  body: string
}

/**
 * Splits Markdown at its level-2 headings (as markdown-it parses them, so `##` inside code blocks
 * does not count), for pages that show each section with its own controls.
 */
export function splitSections(source: string): MarkdownSection[] {
  const lines = source.split(/\r\n|\r|\n/)
  const tokens = md.parse(source, { idPrefix: '', resolveImage: undefined } satisfies RenderEnv)
  const sections: MarkdownSection[] = []
  let start = 0
  let current: { id: string | null; title: string } = { id: null, title: '' }
  const flush = (end: number): void => {
    const body = lines.slice(start, end).join('\n')
    if (current.id !== null || current.title !== '' || body.trim() !== '')
      sections.push({ ...current, body })
  }
  tokens.forEach((tok, i) => {
    if (tok.type !== 'heading_open' || tok.tag !== 'h2' || !tok.map) return
    flush(tok.map[0])
    // sanitize() already moved `{#id}` into the id attribute (no prefix here).
    const inline = tokens[i + 1]
    const id = tok.attrGet('id')
    current = {
      id: id === null ? null : String(id),
      title: plainText(inline?.children ?? null).trim(),
    }
    start = tok.map[1]
  })
  flush(lines.length)
  return sections
}

/** Props of the Markdown component. */
export interface MarkdownProps extends RenderOptions {
  source: string
  className?: string
}

/**
 * Lesson Markdown as sanitised HTML. Links open in the system browser after the same confirm
 * dialog as ExternalLink (useOpenExternal; one delegated handler for all links of the text).
 */
export function Markdown({ source, className, idPrefix, resolveImage }: MarkdownProps) {
  const openExternal = useOpenExternal()
  const html = useMemo(
    () => renderMarkdown(source, { idPrefix, resolveImage }),
    [source, idPrefix, resolveImage],
  )
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const a = (e.target as Element | null)?.closest?.('a')
    if (!a || !e.currentTarget.contains(a)) return
    e.preventDefault()
    const href = a.getAttribute('href') ?? ''
    if (!a.hasAttribute('data-external') || !isWebUrl(href)) return
    openExternal(href)
  }
  return (
    <div
      className={className ? `markdown ${className}` : 'markdown'}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
