import { useEffect } from 'react'
import { addTime } from '@shared/lessons/progress'
import { updateLessonProgress } from '../../content/progress'

/** How often reading time is saved while the lesson is on screen. */
const FLUSH_MS = 30_000

/**
 * Counts the time a lesson is on screen: only while the window is visible (visibilitychange), saved
 * every 30 s, when the window is hidden and when the lesson closes. addTime caps each step, so a
 * machine that slept with the lesson open does not count hours.
 */
export function useReadingTime(source: string, lessonId: string): void {
  useEffect(() => {
    const visible = (): boolean => document.visibilityState !== 'hidden'
    let since: number | null = visible() ? performance.now() : null
    const flush = (): void => {
      if (since === null) return
      const now = performance.now()
      const ms = now - since
      if (ms < 1000) return
      since = visible() ? now : null
      void updateLessonProgress(source, lessonId, (p) => addTime(p, ms, Date.now())).catch(
        () => undefined,
      )
    }
    const onVisibility = (): void => {
      if (visible()) since ??= performance.now()
      else {
        flush()
        since = null
      }
    }
    const timer = window.setInterval(flush, FLUSH_MS)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisibility)
      flush()
    }
  }, [source, lessonId])
}
