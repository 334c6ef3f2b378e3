import type { PrintOptions } from '../../shared/print'

/** The subset of Electron's printToPDF options ShopBridge sets. */
export interface PdfOptions {
  pageSize: 'A4' | 'Letter'
  landscape: boolean
  printBackground: boolean
  preferCSSPageSize: boolean
  displayHeaderFooter: boolean
  generateDocumentOutline: boolean
  generateTaggedPDF: boolean
}

/**
 * printToPDF options for a print job. The page's own `@page` rule (see shared/print.ts) carries
 * size, margins, the shop name and page numbers, so Chromium's header/footer stays off and the CSS
 * page size wins; the pageSize here is only the fallback.
 */
export function toPdfOptions(options: PrintOptions): PdfOptions {
  return {
    pageSize: options.pageSize,
    landscape: options.landscape,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  }
}

/** A file name safe on Windows, macOS and Linux, keeping Chinese characters. */
export function safeFileName(name: string, ext: string): string {
  const base = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150)
  const stem = base === '' ? 'shopbridge' : base
  return stem.toLowerCase().endsWith(`.${ext}`) ? stem : `${stem}.${ext}`
}
