/** A window rectangle in screen coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What is remembered of the main window between starts. */
export interface WindowState {
  bounds: Rect
  maximized: boolean
}

/** Default size; smaller screens get their work area. */
export const DEFAULT_SIZE = { width: 1280, height: 820 }
/** Smallest usable size of the main window. */
export const MIN_SIZE = { width: 960, height: 640 }

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** Parses a saved window state; anything malformed gives null. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (!raw || typeof raw !== 'object') return null
  const r = raw as { bounds?: Partial<Rect>; maximized?: unknown }
  const b = r.bounds
  if (
    !b ||
    ![b.x, b.y, b.width, b.height].every((n) => typeof n === 'number' && Number.isFinite(n))
  )
    return null
  const { x, y, width, height } = b as Rect
  return { bounds: { x, y, width, height }, maximized: r.maximized === true }
}

/**
 * Where to open the window: the saved bounds when at least a quarter of the window is still on
 * some display (a monitor may have been unplugged), otherwise centred on the primary display.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE }
  if (saved) {
    const b = {
      ...saved.bounds,
      width: Math.max(MIN_SIZE.width, saved.bounds.width),
      height: Math.max(MIN_SIZE.height, saved.bounds.height),
    }
    const visible = workAreas.some((wa) => overlap(b, wa) >= (b.width * b.height) / 4)
    if (visible) return { bounds: b, maximized: saved.maximized }
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width)
  const height = Math.min(DEFAULT_SIZE.height, primary.height)
  return {
    bounds: {
      x: Math.round(primary.x + (primary.width - width) / 2),
      y: Math.round(primary.y + (primary.height - height) / 2),
      width,
      height,
    },
    maximized: false,
  }
}
