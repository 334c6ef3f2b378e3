import { useEffect, useState } from 'react'
import { useLocation } from 'react-router'

/** The DOM id of a lesson section (prefixed so lesson ids never clash with the app's). */
export const sectionDomId = (id: string): string => `sec-${id}`

/** Scrolls to a section and moves keyboard focus to its heading. */
export function scrollToSection(id: string): void {
  const el = document.getElementById(sectionDomId(id))
  if (!el) return
  el.scrollIntoView?.({ block: 'start' })
  el.focus({ preventScroll: true })
}

/**
 * Follows the URL's #section (from the table of contents, a quiz explanation or "Resume") and
 * reports the section being read: the last heading scrolled above the top third of the window.
 */
export function useSections(lessonId: string, ids: readonly string[]): string | null {
  const { hash } = useLocation()
  const [current, setCurrent] = useState<string | null>(null)

  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''))
    if (id) scrollToSection(id)
    else window.scrollTo?.(0, 0)
  }, [hash, lessonId])

  const idsKey = ids.join(' ')
  useEffect(() => {
    if (idsKey === '') return
    const sections = idsKey.split(' ')
    let frame = 0
    // The section being read: the last heading above the top third of the window.
    const measure = (): void => {
      frame = 0
      const line = window.innerHeight / 3
      let found: string | null = null
      for (const id of sections) {
        const el = document.getElementById(sectionDomId(id))
        if (el && el.getBoundingClientRect().top <= line) found = id
      }
      setCurrent(found)
    }
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    onScroll()
    return () => {
      window.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [idsKey, lessonId])

  return current
}
