import { useMemo } from 'react'
import { imageSources, splitSections, type MarkdownSection } from '../../components/Markdown'

/** A lesson body split into its sections, its headings and the pictures it uses (parsed once per text). */
export function useLessonText(body: string): {
  parts: MarkdownSection[]
  headings: { id: string; title: string }[]
  sectionIds: string[]
  sources: string[]
} {
  return useMemo(() => {
    const parts = splitSections(body)
    const headings = parts
      .filter((p) => p.id !== null)
      .map((p) => ({ id: p.id as string, title: p.title }))
    return { parts, headings, sectionIds: headings.map((h) => h.id), sources: imageSources(body) }
  }, [body])
}
