import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { pickLocale } from '@shared/locale'
import { translate } from '@shared/i18n'
import { App } from './app/App'
import { runDailyBackup } from './app/auto-backup'
import { loadPrefs } from './app/bootstrap'
import { initI18n } from './i18n'
import { platform } from './platform'
import './styles.css'

const root = createRoot(document.getElementById('root') as HTMLElement)

async function start(): Promise<void> {
  const prefs = await loadPrefs(navigator.languages)
  await initI18n(prefs.locale)
  root.render(
    <StrictMode>
      <App initialPrefs={prefs} />
    </StrictMode>,
  )
  // Not for hidden print windows: only the main window keeps the daily backup.
  if (!location.hash.startsWith('#/print/')) void runDailyBackup(platform()).catch(() => undefined)
}

start().catch((e: unknown) => {
  console.error(e)
  const locale = pickLocale(navigator.languages)
  root.render(
    <div role="alert" className="fatal">
      {translate(locale, 'errors.dbFailed')}
    </div>,
  )
})
