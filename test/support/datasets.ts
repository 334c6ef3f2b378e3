import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * Locates the team's real-world CSV fixtures (shared/datasets, see its SOURCES.md). They are test
 * fixtures only and never copied into the repo. Location: $SHOPBRIDGE_SHARED/datasets when that
 * variable is set, else ../shared/datasets next to the repository.
 *
 * Use: `it.skipIf(skipDatasets())('…', () => { const dir = requireDatasets(); … })`. Locally, a
 * missing folder skips those tests with a warning; with CI=true they run and fail.
 */

const REPO = resolve(__dirname, '../..')

/** The datasets folder, or null when it is not on this machine. */
export function datasetsDir(): string | null {
  // An explicit SHOPBRIDGE_SHARED is the only place looked at (so CI can point elsewhere).
  const env = process.env.SHOPBRIDGE_SHARED
  const dir = env ? join(env, 'datasets') : resolve(REPO, '../shared/datasets')
  return existsSync(join(dir, 'SOURCES.md')) ? dir : null
}

/** The datasets folder; throws (failing the test) when it is missing. */
export function requireDatasets(): string {
  const dir = datasetsDir()
  if (dir) return dir
  throw new Error(
    'Real-world datasets not found: set SHOPBRIDGE_SHARED to the shared folder (holding datasets/SOURCES.md) or put it at ../shared next to the repository.',
  )
}

let warned = false

/** True when dataset tests should be skipped: the folder is missing and this is not CI (warns once). */
export function skipDatasets(): boolean {
  if (datasetsDir() || process.env.CI === 'true') return false
  if (!warned) {
    warned = true
    console.warn(
      '[datasets] shared/datasets not found: skipping tests on real exports (they fail when CI=true).',
    )
  }
  return true
}

/** Bytes of one dataset file (first `limit` bytes when given). */
export function readDataset(name: string, limit?: number): Uint8Array {
  const bytes = new Uint8Array(readFileSync(join(requireDatasets(), name)))
  return limit === undefined ? bytes : bytes.subarray(0, limit)
}

/** The orders exports of shared/datasets, with the shop time zone and currency each belongs to. */
export const ORDER_EXPORTS: readonly (readonly [
  name: string,
  timeZone: string,
  currency: string,
])[] = [
  ['tmall-orders-sample.csv', 'Asia/Shanghai', 'CNY'],
  ['shopify-orders-alphapaw.csv', 'America/Los_Angeles', 'USD'],
  ['shopify-orders-signal-analytics.csv', 'Asia/Karachi', 'PKR'],
  ['online-retail-sample.csv', 'Europe/London', 'GBP'],
  ['amazon-in-sale-report-sample.csv', 'Asia/Kolkata', 'INR'],
  ['temu-orders-de.csv', 'Europe/Berlin', 'EUR'],
]
