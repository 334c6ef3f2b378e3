import { describe, it, expect } from 'vitest'
import { kpiEn } from '../../../src/shared/i18n/kpi.en'
import { kpiZhCN } from '../../../src/shared/i18n/kpi.zh-CN'
import { flattenKeys, translate } from '../../../src/shared/i18n'
import { KPI_FIELDS, type MissingSource } from '../../../src/shared/kpi/types'
import { PERIOD_PRESETS } from '../../../src/shared/kpi/presets'
import { GRANULARITIES } from '../../../src/shared/kpi/series'
import { COMPARISON_MODES } from '../../../src/shared/kpi/compare'
import { computeKpis } from '../../../src/shared/kpi/compute'
import { PERIOD_A, datasetA, kpiInput, order, period, snap, traffic } from './fixtures'

/** The zh-CN column of the KPI definitions, verbatim. */
const DEFINITION_NAMES = {
  orders: '订单数',
  grossSales: '销售额 (GMV)',
  refunds: '退款金额',
  netSales: '净销售额',
  aov: '平均订单价值 (AOV)',
  buyers: '买家数',
  revenuePerBuyer: '客单价',
  identifiedBuyers: '可识别买家数',
  repeatPurchaseRate: '复购率',
  newBuyers: '新买家数',
  returnRate: '退货率',
  visitors: '访客数',
  conversionRate: '转化率',
  marketingSpend: '营销费用',
  cac: '获客成本 (CAC)',
  roas: '广告支出回报率 (ROAS)',
  cogs: '销货成本',
  averageInventoryValue: '平均库存金额',
  inventoryTurnover: '库存周转率',
  daysOfInventory: '库存周转天数',
}

describe('kpi strings', () => {
  it('en and zh-CN have the same keys, all non-empty', () => {
    expect(flattenKeys(kpiZhCN).sort()).toEqual(flattenKeys(kpiEn).sort())
    for (const key of flattenKeys(kpiEn)) {
      expect(translate('en', `kpi.${key}`), key).not.toBe(`kpi.${key}`)
      expect(translate('zh-CN', `kpi.${key}`), key).not.toBe(`kpi.${key}`)
    }
    expect(kpiEn.title).not.toBe('')
  })
  it('zh-CN metric names are exactly those of the definitions', () => {
    for (const [field, name] of Object.entries(DEFINITION_NAMES)) {
      expect(kpiZhCN.metrics[field as keyof typeof DEFINITION_NAMES].name, field).toBe(name)
    }
  })
  it('every field has a name and a "how is this computed" text in both languages', () => {
    for (const f of KPI_FIELDS) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const help = translate(locale, `kpi.metrics.${f}.help`)
        expect(help.length, `${locale} ${f}`).toBeGreaterThan(locale === 'en' ? 80 : 40)
        expect(translate(locale, `kpi.metrics.${f}.name`)).not.toContain('kpi.')
      }
      // the English help names the file(s) that feed it
      expect(translate('en', `kpi.metrics.${f}.help`)).toMatch(/Read from the/)
      expect(translate('zh-CN', `kpi.metrics.${f}.help`)).toMatch(/读取/)
    }
  })
  it('has a "which file would enable it" message for every missing source', () => {
    const sources: MissingSource[] = [
      'traffic',
      'spend',
      'inventory',
      'products-or-inventory',
      'orders',
    ]
    for (const s of sources) {
      expect(translate('en', `kpi.missing.${s}`)).toMatch(/Import/)
      expect(translate('zh-CN', `kpi.missing.${s}`)).toMatch(/导入/)
    }
  })
  it('names every preset, granularity and comparison', () => {
    for (const p of PERIOD_PRESETS)
      expect(translate('zh-CN', `kpi.presets.${p}`)).not.toMatch(/^kpi\./)
    for (const g of GRANULARITIES)
      expect(translate('en', `kpi.granularity.${g}`)).not.toMatch(/^kpi\./)
    for (const c of COMPARISON_MODES) expect(translate('en', `kpi.comparison.${c}`)).toMatch(/^vs /)
    expect(translate('en', 'kpi.presets.last7')).toBe('Last 7 days')
    expect(translate('zh-CN', 'kpi.comparison.samePeriodLastYear')).toBe('较去年同期')
    expect(translate('en', 'kpi.notEnoughData')).toBe('Not enough data')
    expect(translate('zh-CN', 'kpi.notEnoughData')).toBe('数据不足')
  })
  it('every warning the engine emits has a string with its placeholders filled', () => {
    const results = [
      computeKpis(datasetA(), PERIOD_A),
      computeKpis(
        kpiInput([order('1', '2025-05-01', { lines: [['S', 1, 1]] }), order('2', '2025-05-01')], {
          traffic: [
            traffic('2025-05-01', null, 5),
            traffic('2025-05-01', 'x', 5),
            traffic('2025-05-02', 'x', 5),
          ],
          inventory: [snap('2025-04-01', 'S', -1, 10), snap('2025-04-01', 'U', 1, null)],
        }),
        period('2025-05-01', '2025-05-31'),
      ),
    ]
    const seen = new Set<string>()
    for (const r of results) {
      for (const w of r.warnings) {
        seen.add(w.key)
        for (const locale of ['en', 'zh-CN'] as const) {
          const s = translate(locale, w.key, w.values)
          expect(s, w.key).not.toBe(w.key)
          expect(s, w.key).not.toMatch(/\{\{/)
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'kpi.warnings.linesWithoutCost',
        'kpi.warnings.ordersOutsideTraffic',
        'kpi.warnings.trafficMixedChannels',
        'kpi.warnings.ordersWithoutLines',
        'kpi.warnings.negativeStock',
        'kpi.warnings.inventoryRowsWithoutCost',
        'kpi.warnings.inventoryBeforePeriod',
        'kpi.warnings.inventoryValueNotPositive',
      ].sort(),
    )
    expect(
      Object.keys(kpiEn.warnings)
        .map((k) => `kpi.warnings.${k}`)
        .sort(),
    ).toEqual([...seen].sort())
  })
})
