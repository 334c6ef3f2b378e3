// The `kpi` command's chain, in process and timed by stage: the steps of src/cli/kpi-command.ts
// runKpi for one orders file — read → importFile (decode, parse, map, convert, validate, group) →
// columns → sort by day → computeKpis over the whole range (with one orders file the command keeps
// no Map by order ID: a file's rows were grouped into orders already). The bench runs the real
// command too; this tells where its time goes, and still measures the chain when the command fails.
import { readFileSync } from 'node:fs'
import { buildOrderColumns, sortByDay } from '../../src/shared/analytics/columns'
import { importFile, ordersOf } from '../../src/shared/csv/pipeline'
import { fromEpochDay } from '../../src/shared/dates'
import { computeKpis } from '../../src/shared/kpi'

const path = process.argv[2]
if (!path) throw new Error('usage: tsx scripts/bench/kpi-chain.ts FILE')
const t0 = performance.now()
const bytes = new Uint8Array(readFileSync(path))
const t1 = performance.now()
const r = importFile(bytes, { kind: 'orders', shopTimeZone: 'Asia/Shanghai', currency: 'CNY' })
if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.error)}`)
const t2 = performance.now()
const t2b = performance.now()
const cols = sortByDay(buildOrderColumns(ordersOf(r.value)))
const t3 = performance.now()
const from = fromEpochDay(cols.day[0] as number)
const to = fromEpochDay(cols.day[cols.length - 1] as number)
const k = computeKpis(
  { orders: cols, traffic: null, spend: null, inventory: null, products: null },
  { from, to },
  { channel: null },
)
const t4 = performance.now()
process.stdout.write(
  `${JSON.stringify({
    orders: cols.length,
    rejected: r.value.errorCount,
    kpiOrders: k.kpis.orders,
    readMs: t1 - t0,
    importMs: t2 - t1,
    columnsMs: t3 - t2b,
    kpiMs: t4 - t3,
    ms: t4 - t0,
  })}\n`,
)
