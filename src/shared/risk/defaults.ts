import { defaultRisks, type Risk } from './register'

/**
 * The risks with every default risk (course module 6) appended that is not there yet, matched by
 * id, so a plan started blank can take the course's list without duplicating risks it already has.
 * Returns the same array when nothing is missing.
 */
export function withDefaultRisks(risks: readonly Risk[]): Risk[] {
  const have = new Set(risks.map((r) => r.id))
  const missing = defaultRisks().filter((r) => !have.has(r.id))
  return missing.length === 0 ? (risks as Risk[]) : [...risks, ...missing]
}
