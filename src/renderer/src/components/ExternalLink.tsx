import { App } from 'antd'
import { useCallback, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { platform } from '../platform'

/** True for absolute http(s) URLs: the only links that may leave the app. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * Opens a website in the system browser after the user confirms; anything but http(s) is refused
 * with a message. The one path every external link of the app (lessons included) goes through.
 */
export function useOpenExternal(): (href: string) => void {
  const { t } = useTranslation()
  const { modal, message } = App.useApp()
  return useCallback(
    (href: string) => {
      if (!isWebUrl(href)) {
        void message.error(t('external.blocked'))
        return
      }
      modal.confirm({
        title: t('external.confirmTitle'),
        content: t('external.confirmBody', { url: href }),
        okText: t('external.open'),
        cancelText: t('common.cancel'),
        onOk: () => platform().openExternal(href),
      })
    },
    [modal, message, t],
  )
}

/** A link to a website: opens in the system browser only after the user confirms. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const open = useOpenExternal()
  return (
    <a
      href={href}
      onClick={(e) => {
        e.preventDefault()
        open(href)
      }}
      rel="noopener noreferrer"
    >
      {children}
    </a>
  )
}
