// The Node baseline of the `kpi` command: read the file, decode it (UTF-8) and run PapaParse in
// chunk mode with arrays (no header, no per-row objects), counting rows. Prints JSON timings.
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'

const path = process.argv[2]
const t0 = performance.now()
const bytes = readFileSync(path)
const t1 = performance.now()
const text = new TextDecoder('utf-8').decode(bytes)
const t2 = performance.now()
let rows = 0
Papa.parse(text, {
  chunkSize: 1 << 20,
  chunk: (r) => {
    rows += r.data.length
  },
})
const t3 = performance.now()
process.stdout.write(
  `${JSON.stringify({ rows, readMs: t1 - t0, decodeMs: t2 - t1, parseMs: t3 - t2, ms: t3 - t0 })}\n`,
)
