import { useEffect, useMemo, useState } from 'react'
import { resolveImage } from '@shared/lessons/frontmatter'
import type { ImageResolver } from '../components/Markdown'
import type { CourseImages } from './courses'

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
}

const mimeOf = (path: string): string =>
  MIME[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream'

const NO_URLS: ReadonlyMap<string, string> = new Map()

/**
 * The image resolver of one lesson: a picture path relative to the lesson's file → a URL. An
 * imported pack's pictures are bytes in IndexedDB: they get blob: URLs, created for the pictures
 * the lesson uses and revoked when the lesson closes. Anything else (remote, outside the pack,
 * missing) resolves to null, so only its alt text shows.
 */
export function useImageResolver(
  images: CourseImages,
  lessonFile: string,
  /** Picture sources as written in the lesson. */
  sources: readonly string[],
): ImageResolver {
  const dir = lessonFile.includes('/') ? lessonFile.slice(0, lessonFile.lastIndexOf('/')) : ''
  const wanted = useMemo(
    () => [...new Set(sources.map((s) => resolveImage(dir, s)).filter((p) => p !== null))],
    [sources, dir],
  )
  const wantedKey = wanted.join('\n')
  const [blobs, setBlobs] = useState<{
    images: CourseImages | null
    key: string
    urls: ReadonlyMap<string, string>
  }>({ images: null, key: '', urls: NO_URLS })

  useEffect(() => {
    if (images.kind !== 'bytes' || wantedKey === '') return
    const urls = new Map<string, string>()
    for (const path of wantedKey.split('\n')) {
      const bytes = images.files[path]
      if (bytes)
        urls.set(
          path,
          URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeOf(path) })),
        )
    }
    // Published once the URLs exist; revoked when the lesson (or the pack) changes or closes.
    const published = { images, key: wantedKey, urls }
    queueMicrotask(() => setBlobs(published))
    return () => {
      for (const url of urls.values()) URL.revokeObjectURL(url)
    }
  }, [images, wantedKey])

  return useMemo<ImageResolver>(() => {
    const lookup = (path: string): string | null => {
      if (images.kind === 'urls') return images.files[path] ?? null
      const current = blobs.images === images && blobs.key === wantedKey
      return current ? (blobs.urls.get(path) ?? null) : null
    }
    return (src) => {
      const path = resolveImage(dir, src)
      return path === null ? null : lookup(path)
    }
  }, [images, blobs, wantedKey, dir])
}
