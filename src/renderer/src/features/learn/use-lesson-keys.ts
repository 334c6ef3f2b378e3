import { useEffect } from 'react'
import { useNavigate } from 'react-router'

/** True when a key press belongs to a text field, a list box or a dialog, not to the page. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]'))
    return true
  return target.closest('[role="listbox"], [role="combobox"], [role="slider"]') !== null
}

/** ← and → go to the previous and next lesson (not while typing, nor with modifier keys). */
export function useLessonKeys(previous: string | null, next: string | null): void {
  const navigate = useNavigate()
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return
      if (isTyping(e.target) || document.querySelector('.ant-modal-wrap:not([style*="none"])'))
        return
      const to = e.key === 'ArrowLeft' ? previous : e.key === 'ArrowRight' ? next : null
      if (!to) return
      e.preventDefault()
      navigate(to)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [previous, next, navigate])
}
