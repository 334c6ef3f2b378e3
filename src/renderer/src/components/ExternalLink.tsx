import { App } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { platform } from '../platform'

/** Only http(s) links leave the app. */
function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

/** A link to a website: opens in the system browser only after the user confirms. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation()
  const { modal, message } = App.useApp()
  const open = (e: React.MouseEvent) => {
    e.preventDefault()
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
  }
  return (
    <a href={href} onClick={open} rel="noopener noreferrer">
      {children}
    </a>
  )
}
