import { z } from 'zod'

/** Paper sizes the print layout offers; A4 is the default (China and most of the world). */
export const PAGE_SIZES = ['A4', 'Letter'] as const
/** Margin presets in millimetres (top/bottom leave room for the header and page numbers). */
export const MARGINS = { normal: 18, narrow: 10, wide: 25 } as const
/** A margin preset name. */
export type MarginPreset = keyof typeof MARGINS

/** Options of one print job, shared by the desktop PDF path and the browser's print dialog. */
export const printOptionsSchema = z.object({
  pageSize: z.enum(PAGE_SIZES).default('A4'),
  margins: z.enum(['normal', 'narrow', 'wide']).default('normal'),
  landscape: z.boolean().default(false),
})
/** Options of one print job. */
export type PrintOptions = z.infer<typeof printOptionsSchema>

/** Printable pages: each is a route under `#/print/<id>`. Later features add theirs here. */
export const PRINTABLE_PAGES = [
  'profile',
  'analyse-report',
  'lesson',
  'certificate',
  'plan',
  'campaign',
] as const
/** A printable page id. */
export type PrintablePage = (typeof PRINTABLE_PAGES)[number]

/** Paper dimensions in millimetres (portrait). */
export const PAPER_MM: Record<PrintOptions['pageSize'], { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
}

/**
 * A CSS string literal for any text. JSON.stringify is not enough: CSS reads `\n` as the letter
 * "n", so control characters are written as CSS hex escapes (`\a `) instead.
 */
export function cssString(text: string): string {
  const body = text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\p{Cc}<]/gu, (c) => `\\${c.charCodeAt(0).toString(16)} `)
  return `"${body}"`
}

/**
 * Turns a page-number template ("Page {{page}} of {{pages}}", "第 {{page}} 页，共 {{pages}} 页")
 * into a CSS `content` value with page counters.
 */
export function pageCounterContent(template: string): string {
  const parts = template.split(/(\{\{pages?\}\})/).filter((p) => p !== '')
  if (parts.length === 0) return 'counter(page)'
  return parts
    .map((p) =>
      p === '{{page}}' ? 'counter(page)' : p === '{{pages}}' ? 'counter(pages)' : cssString(p),
    )
    .join(' ')
}

/**
 * The `@page` CSS for a print job: paper, margins, the shop name in the top margin and the page
 * number in the bottom one (CSS margin boxes, supported by Chromium ≥ 131, which both Electron's
 * printToPDF and the browser's print dialog use — one mechanism for both).
 */
export function pageCss(options: PrintOptions, headerText: string, pageTemplate: string): string {
  const m = MARGINS[options.margins]
  return [
    `@page {`,
    `  size: ${options.pageSize} ${options.landscape ? 'landscape' : 'portrait'};`,
    `  margin: ${m + 4}mm ${m}mm ${m + 4}mm ${m}mm;`,
    `  @top-left { content: ${cssString(headerText)}; font-size: 9pt; color: #666; }`,
    `  @bottom-right { content: ${pageCounterContent(pageTemplate)}; font-size: 9pt; color: #666; }`,
    `}`,
  ].join('\n')
}

/** Encodes print options into the print route's query string. */
export function printQuery(options: PrintOptions): string {
  return new URLSearchParams({
    size: options.pageSize,
    margins: options.margins,
    landscape: options.landscape ? '1' : '0',
  }).toString()
}

/** Decodes print options from a query string, falling back to defaults for anything unknown. */
export function parsePrintQuery(query: string): PrintOptions {
  const p = new URLSearchParams(query)
  const parsed = printOptionsSchema.safeParse({
    pageSize: p.get('size') ?? undefined,
    margins: p.get('margins') ?? undefined,
    landscape: p.get('landscape') === '1',
  })
  return parsed.success ? parsed.data : printOptionsSchema.parse({})
}
