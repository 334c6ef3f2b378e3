import { App, Button, Checkbox, Flex, Select, Typography } from 'antd'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import {
  PAGE_SIZES,
  PAPER_MM,
  MARGINS,
  pageCss,
  parsePrintQuery,
  printQuery,
  type PrintablePage,
  type PrintOptions,
} from '@shared/print'
import { platform } from '../platform'

/** Props of the shared print layout. */
export interface PrintLayoutProps {
  page: PrintablePage
  /** Text in every page's top margin: the shop name. */
  headerText: string
  /** File name offered when saving. */
  suggestedName: string
  /** True once the page's data (and charts) are rendered. */
  ready: boolean
  children: ReactNode
}

/**
 * The one print mechanism: a paper-sized preview with a toolbar on screen, and `@page` rules for
 * paper, margins, header and page numbers. Desktop saves a PDF through the shell (a hidden window
 * renders this same route with `export=1`); web mode opens the browser's print dialog.
 */
export function PrintLayout({
  page,
  headerText,
  suggestedName,
  ready,
  children,
}: PrintLayoutProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const options = useMemo(() => parsePrintQuery(search.toString()), [search])
  const exporting = search.get('export') === '1'
  const [busy, setBusy] = useState(false)
  // i18next would fill {{page}} itself: pass the raw template so CSS counters replace it.
  const css = pageCss(
    options,
    headerText,
    t('print.pageOf', { page: '{{page}}', pages: '{{pages}}' }),
  )

  useEffect(() => {
    if (!ready) return
    let cancelled = false
    // document.fonts is missing in some environments (happy-dom in component tests).
    void ((document.fonts as FontFaceSet | undefined)?.ready ?? Promise.resolve()).then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (cancelled) return
          document.body.dataset.printReady = '1'
          if (exporting) platform().printReady()
        }),
      ),
    )
    return () => {
      cancelled = true
      delete document.body.dataset.printReady
    }
  }, [ready, exporting])

  const setOption = (patch: Partial<PrintOptions>) => {
    const next = new URLSearchParams(search)
    for (const [k, v] of new URLSearchParams(printQuery({ ...options, ...patch }))) next.set(k, v)
    setSearch(next, { replace: true })
  }

  const save = async () => {
    const api = platform()
    if (!api.capabilities.nativePdf) {
      void message.info(t('print.webHint'))
      setTimeout(() => void api.printToPdf({ page, options, suggestedName }), 300)
      return
    }
    setBusy(true)
    try {
      const params: Record<string, string> = {}
      for (const [k, v] of search)
        if (!['size', 'margins', 'landscape', 'export'].includes(k)) params[k] = v
      const res = await api.printToPdf({ page, params, options, suggestedName })
      if (res.saved && res.path) void message.success(t('print.saved', { path: res.path }))
    } catch {
      void message.error(t('errors.generic'))
    } finally {
      setBusy(false)
    }
  }

  const paper = PAPER_MM[options.pageSize]
  const widthMm = options.landscape ? paper.height : paper.width
  const margin = MARGINS[options.margins]

  return (
    <div className={exporting ? 'print-root exporting' : 'print-root'}>
      <style>{css}</style>
      {!exporting && (
        <Flex className="print-toolbar no-print" gap={12} align="center" wrap>
          <Button onClick={() => navigate(-1)}>{t('print.back')}</Button>
          <Typography.Text strong>{t('print.title')}</Typography.Text>
          <span>{t('print.pageSize')}</span>
          <Select
            aria-label={t('print.pageSize')}
            value={options.pageSize}
            onChange={(v) => setOption({ pageSize: v })}
            options={PAGE_SIZES.map((s) => ({ value: s, label: s }))}
            style={{ width: 100 }}
          />
          <span>{t('print.margins')}</span>
          <Select
            aria-label={t('print.margins')}
            value={options.margins}
            onChange={(v) => setOption({ margins: v })}
            options={(['normal', 'narrow', 'wide'] as const).map((m) => ({
              value: m,
              label: t(`print.marginOptions.${m}`),
            }))}
            style={{ width: 110 }}
          />
          <Checkbox
            checked={options.landscape}
            onChange={(e) => setOption({ landscape: e.target.checked })}
          >
            {t('print.landscape')}
          </Checkbox>
          <Button type="primary" loading={busy} disabled={!ready} onClick={() => void save()}>
            {busy ? t('print.printing') : t('print.savePdf')}
          </Button>
        </Flex>
      )}
      <div
        className="print-sheet"
        style={
          {
            '--sheet-width': `${widthMm}mm`,
            '--sheet-margin': `${margin}mm`,
          } as React.CSSProperties
        }
      >
        {children}
      </div>
    </div>
  )
}
