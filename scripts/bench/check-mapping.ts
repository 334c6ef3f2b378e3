// Prints, as JSON, what the app's own sample analysis (src/shared/csv/pipeline.ts analyseSample)
// detects on the first 64 KB of a file: the bench checks that the benchmark file maps
// automatically, with no column left for the user to pick, before it measures anything.
import { readFileSync } from 'node:fs'
import { analyseSample } from '../../src/shared/csv/pipeline'

const path = process.argv[2]
if (!path) throw new Error('usage: tsx scripts/bench/check-mapping.ts FILE')
const head = new Uint8Array(readFileSync(path)).subarray(0, 64 * 1024)
const a = analyseSample(head, { complete: false })
if (!a.ok) {
  process.stdout.write(`${JSON.stringify({ ok: false, error: a.error })}\n`)
} else {
  const v = a.value
  const fields = Object.fromEntries(
    Object.entries(v.mapping.fields).map(([field, col]) => [field, v.headers[col as number]]),
  )
  process.stdout.write(
    `${JSON.stringify({
      ok: true,
      encoding: v.encoding,
      delimiter: v.delimiter,
      headerRow: v.headerRow,
      kind: v.mapping.kind,
      headers: v.headers,
      fields,
      missing: v.missing,
      mojibake: v.mojibake,
      dateOrder: v.formats.dateOrder,
    })}\n`,
  )
}
