/**
 * The Content-Security-Policy of the renderer, one string for both the `<meta>` tag written into
 * index.html at build time and the header the desktop shell adds to every app:// response.
 * Scripts and workers come only from the app itself; no remote origin is reachable; antd 6 writes
 * inline styles, so style-src needs 'unsafe-inline' (scripts never do).
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
}

/** The production CSP as one header value. */
export function cspString(extra: Partial<Record<string, string>> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ')
}
