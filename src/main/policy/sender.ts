import { isNavigationAllowed } from './url-policy'

/** The parts of an Electron WebFrameMain the sender check needs. */
export interface FrameLike {
  url: string
  parent: unknown
}

/**
 * IPC sender check (Electron checklist 17): only the app's own top-level frame may call the
 * shell. Sub-frames and pages from any other origin are refused.
 */
export function isTrustedSender(
  frame: FrameLike | null | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (!frame) return false
  if (frame.parent !== null) return false
  return isNavigationAllowed(frame.url, allowedOrigins)
}
