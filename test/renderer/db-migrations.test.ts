import { describe, expect, it } from 'vitest'
import { DB_SCHEMA_VERSION, TABLES, TABLE_NAMES } from '@shared/backup/tables'
import { ShopBridgeDb } from '@renderer/db/db'
import { SCHEMA_VERSIONS } from '@renderer/db/schema'
import { newPlan } from '@shared/plan/plan'

/**
 * The migration pattern every schema change follows: open the database as an older version
 * declared it, write data shaped as that version wrote it, close, reopen with the current code,
 * and check every row still validates. Add a fixture for each new version.
 */
const FIXTURES: Record<number, Record<string, unknown[]>> = {
  1: {
    settings: [
      {
        key: 'profile',
        value: {
          name: '阳光书店',
          type: 'bookstore',
          city: '杭州',
          currency: 'CNY',
          timeZone: 'Asia/Shanghai',
          ownerName: '王芳',
        },
      },
      { key: 'ui', value: { locale: 'zh-CN', largeText: true } },
    ],
  },
  2: {
    imports: [
      {
        id: 'imp-1',
        kind: 'orders',
        fileName: '订单报表.csv',
        fileSize: 1234,
        encoding: 'gb18030',
        delimiter: ',',
        headerSignature: '订单编号|买家实际支付金额',
        mapping: { kind: 'orders', fields: { orderId: 0, amountPaid: 1 } },
        createdAt: '2026-11-25T08:00:00.000Z',
        rowCount: 2,
        recordCount: 2,
        counts: { new: 2, updated: 0, duplicate: 0, rejected: 0 },
        dateFrom: '2026-11-01',
        dateTo: '2026-11-02',
        sample: false,
        currency: 'CNY',
      },
    ],
    chunks: [
      {
        importId: 'imp-1',
        index: 0,
        kind: 'orders',
        orders: {
          length: 2,
          orderId: ['1001', '1002'],
          day: Int32Array.from([20393, 20394]),
          amountPaid: Float64Array.from([12345, 990]),
          refund: Float64Array.from([0, 990]),
          status: Uint8Array.from([0, 1]),
          customer: Int32Array.from([0, -1]),
          channel: Int32Array.from([0, 0]),
          customers: ['王芳'],
          channels: ['taobao'],
          lineStart: Int32Array.from([0, 1, 1]),
          lineSku: Int32Array.from([0]),
          lineQty: Float64Array.from([2]),
          lineUnitPrice: Float64Array.from([Number.NaN]),
          skus: ['SKU-1'],
        },
      },
    ],
    mappings: [
      {
        signature: '订单编号|买家实际支付金额',
        kind: 'orders',
        mapping: { kind: 'orders', fields: { orderId: 0, amountPaid: 1 } },
        updatedAt: '2026-11-25T08:00:00.000Z',
      },
    ],
  },
  3: {
    lessonProgress: [
      {
        key: 'builtin|m1-l1',
        source: 'builtin',
        lessonId: 'm1-l1',
        progress: {
          status: 'done',
          lastSection: 'roles',
          timeSpentMs: 420_000,
          notes: '记得算清楚毛利',
          bookmarks: ['roles'],
          updatedAt: 1_764_000_000_000,
        },
      },
    ],
    quizAttempts: [
      {
        source: 'builtin',
        module: 'm1',
        attempt: {
          module: 'm1',
          finishedAt: '2026-11-25T08:00:00.000Z',
          score: 0.875,
          questions: [{ id: 'm1-q1', correct: true }],
        },
      },
    ],
    packs: [],
    learners: [],
  },
  4: {
    plans: [
      newPlan(
        'apparel',
        { name: '小美服饰', location: '成都', currency: 'CNY', monthlySales: 8_000_000, staff: 3 },
        '2026-11-25T08:00:00.000Z',
        'plan-1',
      ),
    ],
    campaigns: [
      {
        id: 'cmp-1',
        name: '双11 满200减30',
        start: '2026-11-01',
        end: '2026-11-11',
        createdAt: '2026-11-25T08:00:00.000Z',
        updatedAt: '2026-11-25T08:00:00.000Z',
      },
    ],
    settings: [{ key: 'activePlan', value: 'plan-1' }],
  },
}

let n = 0
const freshName = (): string => `migrate-${Date.now()}-${n++}`

describe('database schema', () => {
  it('the latest declared version is DB_SCHEMA_VERSION and declares exactly the backup tables', async () => {
    expect(SCHEMA_VERSIONS.at(-1)?.version).toBe(DB_SCHEMA_VERSION)
    const db = new ShopBridgeDb(freshName())
    await db.open()
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort())
    db.close()
  })

  it('versions are strictly increasing', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })

  for (const [i, old] of SCHEMA_VERSIONS.entries()) {
    it(`data written by version ${old.version} opens with the current code and validates`, async () => {
      const fixture = FIXTURES[old.version]
      expect(fixture, `add a fixture for schema version ${old.version}`).toBeDefined()
      const name = freshName()
      const before = new ShopBridgeDb(name, SCHEMA_VERSIONS.slice(0, i + 1))
      await before.open()
      for (const [table, rows] of Object.entries(fixture ?? {}))
        await before.table(table).bulkAdd(rows)
      before.close()

      const after = new ShopBridgeDb(name)
      await after.open()
      expect(after.verno).toBe(DB_SCHEMA_VERSION)
      for (const table of TABLE_NAMES) {
        const rows = await after.table(table).toArray()
        for (const row of rows) expect(TABLES[table].schema.safeParse(row).success).toBe(true)
      }
      if (old.version === 1) {
        const profile = await after.settings.get('profile')
        expect((profile?.value as { name: string }).name).toBe('阳光书店')
      }
      after.close()
    })
  }
})
