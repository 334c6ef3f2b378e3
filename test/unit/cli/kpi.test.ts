import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs, runKpi, formatTable } from '../../../src/cli/kpi-command'
import { datasetsDir, skipDatasets } from '../../support/datasets'

const ROOT = resolve(__dirname, '../../..')
const read = (p: string) => new Uint8Array(readFileSync(p))

function tmpFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-'))
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

// Hand-computed: 3 valid orders (the cancelled one counts nowhere), one returned with a refund.
const ORDERS = [
  'order_id,order_date,order_total,status,customer_id,channel',
  'A1,2026-03-01 10:00:00,100.00,completed,u1,web',
  'A2,2026-03-02 11:00:00,50.00,completed,u1,web',
  'A3,2026-03-03 12:00:00,30.00,refunded,u2,store',
  'A4,2026-03-04 13:00:00,20.00,cancelled,u3,web',
].join('\n')
const TRAFFIC = ['date,visitors,channel', '2026-03-01,40,web', '2026-03-02,60,web', '2026-03-03,10,store'].join('\n')

describe('kpi command (in process)', () => {
  it('parses its options and refuses bad ones', () => {
    expect(parseArgs(['--orders', 'a.csv', '--json'], 'UTC').ok).toBe(true)
    const noOrders = parseArgs(['--traffic', 't.csv'], 'UTC')
    expect(!noOrders.ok && noOrders.error.key).toBe('cli.noOrders')
    const badDate = parseArgs(['--orders', 'a.csv', '--from', '2026-13-01'], 'UTC')
    expect(!badDate.ok && badDate.error.key).toBe('cli.badDate')
    const unknown = parseArgs(['--orders', 'a.csv', '--frm', 'x'], 'UTC')
    expect(!unknown.ok && unknown.error.key).toBe('cli.unknownOption')
  })

  it('computes the definitions on a hand-checked file; the period defaults to the orders’ range', () => {
    const orders = tmpFile('orders.csv', ORDERS)
    const traffic = tmpFile('traffic.csv', TRAFFIC)
    const args = parseArgs(['--orders', orders, '--traffic', traffic, '--currency', 'CNY', '--json'], 'Asia/Shanghai')
    if (!args.ok) throw new Error(args.error.key)
    const out = runKpi(args.value, read, 'en')
    if (!out.ok) throw new Error(out.error.key)
    const { json } = out.value
    expect(json.period).toEqual({ from: '2026-03-01', to: '2026-03-04' })
    expect(json.kpis.orders).toBe(3)
    expect(json.kpis.grossSales).toBe(180)
    expect(json.kpis.refunds).toBe(30)
    expect(json.kpis.netSales).toBe(150)
    expect(json.kpis.aov).toBe(60)
    expect(json.kpis.identifiedBuyers).toBe(2)
    expect(json.kpis.repeatPurchaseRate).toBe(0.5)
    expect(json.kpis.returnRate).toBeCloseTo(1 / 3, 12)
    expect(json.kpis.visitors).toBe(110)
    expect(json.kpis.conversionRate).toBeCloseTo(3 / 110, 12)
    expect(json.kpis.marketingSpend).toBeNull()
    expect(json.kpis.cac).toBeNull()
    expect(formatTable(json, out.value.result, 'zh-CN')).toContain('订单数')
  })

  it('applies --channel and --from/--to', () => {
    const orders = tmpFile('orders.csv', ORDERS)
    const args = parseArgs(['--orders', orders, '--channel', 'web', '--from', '2026-03-02', '--to', '2026-03-04'], 'UTC')
    if (!args.ok) throw new Error(args.error.key)
    const out = runKpi(args.value, read, 'en')
    if (!out.ok) throw new Error(out.error.key)
    expect(out.value.json.kpis.orders).toBe(1)
    expect(out.value.json.kpis.grossSales).toBe(50)
  })
})

describe('kpi command (as a process)', () => {
  it('prints JSON with every field and exits 0', () => {
    const orders = tmpFile('orders.csv', ORDERS)
    const stdout = execFileSync('npx', ['tsx', 'src/cli/kpi.ts', '--orders', orders, '--currency', 'CNY', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(['period', 'currency', 'kpis', 'warnings'])
    expect(json.kpis.orders).toBe(3)
    expect(Object.keys(json.kpis)).toContain('daysOfInventory')
  })

  it('exits 1 with a one-line reason on stderr for unusable input', () => {
    const bad = tmpFile('empty.csv', '')
    const r = spawnSync('npx', ['tsx', 'src/cli/kpi.ts', '--orders', bad], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('empty.csv')
  })
})

describe.skipIf(skipDatasets())('kpi command on the real exports', () => {
  it('Tmall sample: every order of February 2020, GMV over paid orders', () => {
    const dir = datasetsDir() as string
    const args = parseArgs(['--orders', join(dir, 'tmall-orders-sample.csv'), '--currency', 'CNY'], 'Asia/Shanghai')
    if (!args.ok) throw new Error(args.error.key)
    const out = runKpi(args.value, read, 'en')
    if (!out.ok) throw new Error(out.error.key)
    expect(out.value.json.period).toEqual({ from: '2020-02-01', to: '2020-02-29' })
    // Independent check: 28,010 orders, 3,923 never paid (payment time empty) → 24,087 valid.
    expect(out.value.json.kpis.orders).toBe(24087)
  })
})
