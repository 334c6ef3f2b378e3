/** A value or a translated, explained failure: import and restore stages return these instead of throwing. */
export type Result<T, E = Problem> = { ok: true; value: T } | { ok: false; error: E }

/** A user-facing problem: an i18n key plus interpolation values, never a raw English string. */
export interface Problem {
  key: string
  values?: Record<string, string | number>
}

/** Builds a success result. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })
/** Builds a failure result from an i18n key. */
export const fail = (key: string, values?: Record<string, string | number>): Result<never> => ({
  ok: false,
  error: values ? { key, values } : { key },
})
