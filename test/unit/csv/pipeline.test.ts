import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATASET_KINDS, type OrderRecord } from '../../../src/shared/analytics/model'
import { translate } from '../../../src/shared/i18n'
import type { RowError } from '../../../src/shared/csv/issues'
import {
  analyseSample,
  createImporter,
  importFile,
  mappingProblem,
  ordersOf,
  type ImportFileOptions,
  type ImportResult,
} from '../../../src/shared/csv/pipeline'
import { autoMap, REQUIRED } from '../../../src/shared/csv/mapping'
import { isoDate } from '../../../src/shared/dates'
import type { Result } from '../../../src/shared/result'
import { encodeGb18030 } from '../../support/gb18030'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const BOM = '\ufeff'
const CNY: ImportFileOptions = { shopTimeZone: 'Asia/Shanghai', currency: 'CNY' }

/** The value of an ok result (fails the test with the error otherwise). */
function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}
/** The error key of a failed result. */
function errorKey(r: Result<unknown>): string {
  if (r.ok) throw new Error('expected a failure')
  return r.error.key
}

const TAOBAO = [
  '订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,宝贝总数量',
  '1001,tb_amy,99.00,交易成功,2024-11-11 00:05:00,2024-11-11 00:05:09,保温杯,1',
  '1002,tb_bob,"1,234.50",交易成功,2024/11/11 10:00:00,2024/11/11 10:00:30,羊毛围巾,2',
  '1003,t**1,0.00,交易关闭,2024-11-11 12:00,,保温杯,1',
  '1004,tb_amy,45.00,卖家已发货｜｜｜等待买家确认,2024年11月12日 8时05分,2024-11-12 08:06:00,杯盖,3',
]

// Speed is measured by `npm run bench:import` (docs/performance.md), never by timed assertions here.

describe('analyseSample', () => {
  it('detects encoding, delimiter, header, kind, mapping and formats of a Taobao export', () => {
    const a = value(analyseSample(utf8(TAOBAO.join('\r\n') + '\r\n')))
    expect(a).toMatchObject({
      encoding: 'utf-8',
      bomLength: 0,
      delimiter: ',',
      headerRow: 0,
      mojibake: false,
      missing: [],
    })
    expect(a.guess.kind).toBe('orders')
    expect(a.mapping.fields).toMatchObject({
      orderId: 0,
      customerId: 1,
      amountPaid: 2,
      status: 3,
      createdAt: 4,
      paidAt: 5,
      productName: 6,
      quantity: 7,
    })
    expect(a.mapping).toMatchObject({ decimal: '.', dateOrder: 'YMD' })
    expect(a.preview).toHaveLength(4)
    expect(a.preview[1]?.[2]).toBe('1,234.50')
    expect(a.signature).toContain('订单编号')
  })

  it('a GBK (GB18030) export without BOM (bad-inputs #1)', () => {
    const a = value(analyseSample(encodeGb18030(TAOBAO.join('\r\n'))))
    expect(a.encoding).toBe('gb18030')
    expect(a.headers[0]).toBe('订单编号')
    expect(a.mojibake).toBe(false)
  })

  it('UTF-8 BOM, semicolons and decimal commas (bad-inputs #2, #8)', () => {
    const a = value(
      analyseSample(
        utf8(
          `${BOM}Bestell-ID;Kaufdatum;Gesamtbetrag;Währung\nA1;16.01.2023;"1.234,50";EUR\nA2;17.01.2023;3,00;EUR\n`,
        ),
      ),
    )
    expect(a).toMatchObject({ bomLength: 3, delimiter: ';' })
    expect(a.headers[0]).toBe('Bestell-ID')
    expect(a.mapping).toMatchObject({ decimal: ',', dateOrder: 'DMY', currency: 'EUR' })
    expect(a.mapping.fields).toMatchObject({ orderId: 0, createdAt: 1, amountPaid: 2, currency: 3 })
  })

  it('UTF-16LE, tab-separated, with a preamble line (bad-inputs #3, #15)', () => {
    const text = 'version 1.00\n日期\t访客数\t渠道\n2024-11-11\t1024\t淘宝\n2024-11-12\t998\t淘宝\n'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      bytes[2 + 2 * i] = c & 0xff
      bytes[3 + 2 * i] = c >> 8
    }
    const a = value(analyseSample(bytes))
    expect(a).toMatchObject({ encoding: 'utf-16le', bomLength: 2, delimiter: '\t', headerRow: 1 })
    expect(a.guess.kind).toBe('traffic')
    const r = value(importFile(bytes, CNY))
    expect(r.kind).toBe('traffic')
    expect(r.records).toEqual([
      { date: '2024-11-11', channel: '淘宝', visitors: 1024 },
      { date: '2024-11-12', channel: '淘宝', visitors: 998 },
    ])
  })

  it('full-width comma delimiter (bad-inputs #9)', () => {
    const a = value(
      analyseSample(
        utf8(
          '订单编号，实付金额，下单时间\n1001，99.00，2024-11-11 10:00:00\n1002，5.00，2024-11-11 10:01:00\n',
        ),
      ),
    )
    expect(a.delimiter).toBe('，')
    expect(a.mapping.fields).toEqual({ orderId: 0, amountPaid: 1, createdAt: 2 })
  })

  it('flags text that is already mojibake (bad-inputs #4)', () => {
    const text = 'ｱｦｱｴﾃ﨤ﾆ,ｱｦｱｴﾀ狷ｿ,ｵﾌﾀ狷ｿ\nｲﾉｹｺｵﾘ,ﾎ蟒,ﾎﾘﾁｿ\nｱｦｱｴﾂ,ﾊﾔﾖｵｱｸﾗ｢,ﾗﾔｶｨﾒ衞ﾔﾖｵ\n'
    expect(value(analyseSample(utf8(text))).mojibake).toBe(true)
    expect(errorKey(importFile(utf8(text), CNY))).toBe('importer.errors.mojibake')
  })

  it.each([
    ['an empty file', new Uint8Array(0), 'parse.errors.empty'],
    ['a file holding only a BOM', utf8(BOM), 'parse.errors.empty'],
    ['whitespace only', utf8(' \r\n\r\n'), 'parse.errors.empty'],
    ['a header only', utf8('Name,Email,Financial Status\n'), 'importer.errors.noRows'],
    ['a header and blank lines', utf8('Name,Email\n\n\n'), 'importer.errors.noRows'],
    [
      'an xlsx renamed to .csv',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('[Content_Types].xml xl/workbook.xml')]),
      'parse.errors.xlsx',
    ],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), 'parse.errors.binary'],
  ])('refuses %s (bad-inputs #7, #16)', (_name, bytes, key) => {
    expect(errorKey(analyseSample(bytes))).toBe(key)
    expect(errorKey(importFile(bytes, CNY))).toBe(key)
  })

  it('leaves the date order unset when the sample is ambiguous (the caller asks the user)', () => {
    const a = value(
      analyseSample(utf8('Order ID,Date,Amount\nA,04/05/2024,1.00\nB,03/02/2024,2.00\n')),
    )
    expect(a.formats.dateOrder).toBe('ambiguous')
    expect(a.mapping.dateOrder).toBeUndefined()
  })
})

describe('importFile', () => {
  it('imports a Taobao export: dates in several forms, thousands separators, statuses, masked buyer', () => {
    const r = value(importFile(utf8(TAOBAO.join('\r\n')), CNY))
    expect(r.rowCount).toBe(4)
    expect(r.errors).toEqual([])
    expect(
      ordersOf(r).map((o) => [o.orderId, o.date, o.amountPaid, o.status, o.customerId]),
    ).toEqual([
      ['1001', '2024-11-11', 9900, 'paid', 'tb_amy'],
      ['1002', '2024-11-11', 123450, 'paid', 'tb_bob'],
      ['1003', '2024-11-11', 0, 'cancelled', null],
      ['1004', '2024-11-12', 4500, 'paid', 'tb_amy'],
    ])
    expect(r.dateRange).toEqual({ from: '2024-11-11', to: '2024-11-12' })
    expect(r.warnings.map((w) => w.key)).toContain('importer.warnings.maskedCustomerId')
  })

  it('the same file as GB18030 gives exactly the same records', () => {
    const a = value(importFile(utf8(TAOBAO.join('\r\n')), CNY))
    const b = value(importFile(encodeGb18030(TAOBAO.join('\r\n')), CNY))
    expect(b.analysis.encoding).toBe('gb18030')
    expect(b.records).toEqual(a.records)
  })

  it('refuses the wrong kind of file with a clear reason, and nothing else', () => {
    const inventory = utf8(
      'Handle,Title,SKU,Available (not editable),On hand (current)\nbook,Book,book-1,3,3\n',
    )
    expect(errorKey(importFile(inventory, { ...CNY, kind: 'orders' }))).toBe(
      'importer.errors.looksLike.inventory',
    )
    const r = importFile(utf8('foo,bar\n1,2\n'), { ...CNY, kind: 'orders' })
    expect(r).toEqual({
      ok: false,
      error: {
        key: 'importer.errors.missingColumn.orderId',
        values: { fields: 'orderId, createdAt, amountPaid' },
      },
    })
    expect(errorKey(importFile(inventory, CNY))).toBe('importer.errors.missingColumn.date')
    const ok = value(importFile(inventory, { ...CNY, snapshotDate: isoDate('2024-01-31') }))
    expect(ok.records).toEqual([{ date: '2024-01-31', sku: 'book-1', onHand: 3, unitCost: null }])
  })

  it('needs an explicit day/month order when the file cannot tell (bad-inputs #28)', () => {
    const bytes = utf8('Order ID,Date,Amount\nA,04/05/2024,1.00\nB,03/02/2024,2.00\n')
    expect(errorKey(importFile(bytes, CNY))).toBe('importer.errors.ambiguousDateOrder')
    const dmy = value(importFile(bytes, { ...CNY, dateOrder: 'DMY' }))
    expect(ordersOf(dmy).map((o) => o.date)).toEqual(['2024-05-04', '2024-02-03'])
    const mdy = value(importFile(bytes, { ...CNY, dateOrder: 'MDY' }))
    expect(ordersOf(mdy).map((o) => o.date)).toEqual(['2024-04-05', '2024-03-02'])
  })

  it('keeps rows in the shop currency and rejects the others, or fails when none is left (bad-inputs #36)', () => {
    const text =
      'Name,Created at,Total,Currency\n#1,2024-01-01 10:00,10.00,USD\n#2,2024-01-01 11:00,12.00,CAD\n#3,2024-01-01 12:00,0.00,\n'
    const r = value(importFile(utf8(text), { ...CNY, currency: 'USD' }))
    expect(ordersOf(r).map((o) => o.orderId)).toEqual(['#1', '#3'])
    expect(r.errors).toMatchObject([
      {
        line: 3,
        field: 'currency',
        key: 'importer.errors.otherCurrency',
        values: { currency: 'CAD', shopCurrency: 'USD' },
      },
    ])
    expect(r.warnings).toMatchObject([{ key: 'importer.warnings.otherCurrency', count: 1 }])
    // In a EUR shop every row is rejected; the empty cell of #3 means the file's currency (USD).
    const none = importFile(utf8(text), { ...CNY, currency: 'EUR' })
    expect(none).toMatchObject({
      ok: false,
      error: {
        key: 'importer.errors.otherCurrency',
        values: { line: 2, currency: 'USD', shopCurrency: 'EUR' },
      },
    })
    // Without a currency column, amounts written with € are EUR.
    const euro = utf8('Order ID,Date,Amount\nA,2024-01-01,"15,00€"\n')
    expect(errorKey(importFile(euro, CNY))).toBe('importer.errors.otherCurrency')
    expect(ordersOf(value(importFile(euro, { ...CNY, currency: 'EUR' })))[0]?.amountPaid).toBe(1500)
  })

  it('reports errors by physical line, counting line breaks inside quoted cells (bad-inputs #10, #11)', () => {
    const text = [
      'Name,Email,Total,Created at,Notes',
      '#1,a@x.com,10.00,2024-01-01 10:00:00 +0800,"line one\nline two\nline three"',
      '#2,b@x.com,oops,2024-01-01 11:00:00 +0800,plain',
      '#3,c@x.com,12.00,2024-01-01 12:00:00 +0800,"{""user_id"":""0a60""}\r\nsecond"',
      '#4,d@x.com,13.00,2024-13-01 12:00:00 +0800,x',
    ].join('\r\n')
    const r = value(importFile(utf8(text), CNY))
    // #1 spans lines 2–4, #2 is line 5, #3 spans lines 6–7 (a CRLF inside quotes), #4 is line 8.
    expect(r.errors.map((e) => [e.line, e.key])).toEqual([
      [5, 'parse.errors.number'],
      [8, 'parse.errors.date'],
    ])
    expect(r.rowCount).toBe(4)
    expect(ordersOf(r).map((o) => o.orderId)).toEqual(['#1', '#3'])
  })

  it('rejects ragged rows instead of shifting values (bad-inputs #12), but tolerates trailing empty cells', () => {
    const text = [
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
      '536381,21175,GIN + TONIC DIET METAL   2,12/1/10 9:41,2.1,15311,United Kingdom',
      '536381,22086,PAPER CHAIN KIT,4,12/1/10 9:41,2.95,15311,United Kingdom,,',
      '536382,22086,PAPER CHAIN KIT,4,12/1/10 9:41,2.95,15311,United Kingdom',
    ].join('\n')
    const r = value(importFile(utf8(text), { ...CNY, currency: 'GBP', dateOrder: 'MDY' }))
    expect(r.errors).toEqual([
      {
        line: 2,
        field: null,
        key: 'importer.errors.tooFewFields',
        values: { line: 2, expected: 8, found: 7 },
      },
      {
        line: 3,
        field: 'orderId',
        key: 'importer.errors.orderSkipped',
        values: { line: 3, orderId: '536381', rows: 1 },
      },
    ])
    expect(ordersOf(r).map((o) => [o.orderId, o.date, o.amountPaid])).toEqual([
      ['536382', '2010-12-01', 1180],
    ])
  })

  it('an unclosed quote at the end is an error, not a silent half row', () => {
    const r = value(
      importFile(
        utf8('Order ID,Date,Amount,Note\nA,2024-01-01,1.00,ok\nB,2024-01-02,2.00,"never closed\n'),
        CNY,
      ),
    )
    expect(r.errors).toMatchObject([{ key: 'importer.errors.unclosedQuote' }])
  })

  it('duplicate headers do not overwrite each other (bad-inputs #13)', () => {
    const r = value(
      importFile(
        utf8('Name,Email,Total,Total,Created at\n#1,a@x.com,10.00,99.00,2024-01-01\n'),
        CNY,
      ),
    )
    expect(r.analysis.headers).toEqual(['Name', 'Email', 'Total', 'Total_1', 'Created at'])
    expect(ordersOf(r)[0]?.amountPaid).toBe(1000)
  })

  it('spend, products and inventory files; rows of one day and channel are added', () => {
    const spend = value(
      importFile(
        utf8(
          '日期,推广费,渠道\n2024-11-11,100.00,直通车\n2024-11-11,50.00,直通车\n2024-11-12,10,引力魔方\n',
        ),
        CNY,
      ),
    )
    expect(spend.kind).toBe('spend')
    expect(spend.records).toEqual([
      { date: '2024-11-11', channel: '直通车', spend: 15000 },
      { date: '2024-11-12', channel: '引力魔方', spend: 1000 },
    ])
    expect(spend.warnings).toMatchObject([{ key: 'importer.warnings.combinedRows', count: 1 }])
    const products = value(
      importFile(utf8('商家编码,商品名称,成本价\nA-1,保温杯,12.00\nA-2,杯盖,\n'), CNY),
    )
    expect(products.records).toEqual([{ sku: 'A-1', name: '保温杯', unitCost: 1200 }])
    expect(products.errors).toMatchObject([{ line: 3, key: 'importer.errors.missingCost' }])
    expect(products.dateRange).toBeNull()
  })
})

describe('createImporter (streaming)', () => {
  const text = [
    'Name,Email,Financial Status,Total,Created at,Lineitem quantity,Lineitem name,Lineitem sku,Notes',
    '#1,a@x.com,paid,30.00,2024-01-01 10:00:00 +0800,1,"Mug, large",MUG-L,"note\nwith\r\nbreaks"',
    '#1,a@x.com,,,2024-01-01 10:00:00 +0800,2,Lid,LID,',
    '#2,b@x.com,refunded,12.00,2024-01-02 10:00:00 +0800,1,Lid,LID,"He said ""hi"""',
    '#3,c@x.com,paid,oops,2024-01-02 10:00:00 +0800,1,Lid,LID,',
    '#4,d@x.com,pending,5.00,2024-01-03 10:00:00 +0800,1,Lid,LID,',
  ].join('\r\n')
  const analysis = value(analyseSample(utf8(text)))
  const run = (chunks: string[]): Result<ImportResult> => {
    const imp = createImporter({
      kind: 'orders',
      mapping: analysis.mapping,
      shopTimeZone: 'Asia/Shanghai',
      currency: 'CNY',
      delimiter: analysis.delimiter,
      headerRow: analysis.headerRow,
    })
    for (const c of chunks) imp.push(c)
    return imp.finish()
  }
  const whole = value(run([text]))

  it('groups, maps statuses and reports errors by line', () => {
    expect(
      ordersOf(whole).map((o: OrderRecord) => [o.orderId, o.amountPaid, o.status, o.lines.length]),
    ).toEqual([
      ['#1', 3000, 'paid', 2],
      ['#2', 1200, 'returned', 1],
      ['#4', 500, 'cancelled', 1],
    ])
    expect(whole.errors.map((e) => [e.line, e.key])).toEqual([[7, 'parse.errors.number']])
    expect(whole.rowCount).toBe(5)
  })

  it('gives identical results for any slicing of the text, even one character at a time', () => {
    expect(value(run([...text]))).toEqual(whole)
    for (const size of [2, 3, 7, 16, 61, 100]) {
      const chunks: string[] = []
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size))
      expect(value(run(chunks)), `slices of ${size}`).toEqual(whole)
    }
    // Split right between \r and \n, and with a trailing newline and a BOM.
    const cut = text.indexOf('\r\n') + 1
    expect(value(run([text.slice(0, cut), text.slice(cut)]))).toEqual(whole)
    expect(value(run([BOM + text + '\r\n']))).toEqual(whole)
  })

  it('handles a quoted cell far larger than the parse window, in any slicing', () => {
    const note = Array.from(
      { length: 9000 },
      (_, i) => `line ${i}, "quoted" ${'x'.repeat(20)}`,
    ).join('\n')
    const big = [
      'Order ID,Date,Amount,Note',
      `A,2024-01-01,1.00,"${note.replace(/"/g, '""')}"`,
      'B,2024-01-02,oops,short',
      'C,2024-01-03,3.00,short',
    ].join('\n')
    expect(big.length).toBeGreaterThan(3 * 64 * 1024)
    const a = value(analyseSample(utf8(big), { complete: true }))
    for (const size of [big.length, 100_000, 4096]) {
      const imp = createImporter({
        kind: 'orders',
        mapping: a.mapping,
        shopTimeZone: 'UTC',
        currency: 'CNY',
        delimiter: ',',
        headerRow: 0,
      })
      for (let i = 0; i < big.length; i += size) imp.push(big.slice(i, i + size))
      const r = value(imp.finish())
      expect(
        ordersOf(r).map((o) => o.orderId),
        `slices of ${size}`,
      ).toEqual(['A', 'C'])
      expect(r.errors.map((e) => e.line)).toEqual([2 + 9000])
    }
  })

  it('reads files with old Mac line endings (CR only)', () => {
    const r = value(
      importFile(utf8('Order ID,Date,Amount\rA,2024-01-01,1.00\rB,2024-01-02,x\r'), CNY),
    )
    expect(ordersOf(r).map((o) => o.orderId)).toEqual(['A'])
    expect(r.errors.map((e) => e.line)).toEqual([3])
  })

  it('counts data rows as they arrive (for progress reports)', () => {
    const imp = createImporter({
      kind: 'orders',
      mapping: analysis.mapping,
      shopTimeZone: 'UTC',
      currency: 'CNY',
      delimiter: ',',
      headerRow: 0,
    })
    expect(imp.rowCount).toBe(0)
    const cut = text.indexOf('#2,')
    imp.push(text.slice(0, cut))
    expect(imp.rowCount).toBe(2)
    imp.push(text.slice(cut))
    value(imp.finish())
    expect(imp.rowCount).toBe(5)
  })

  it('fails with nothing produced when no data row arrives', () => {
    const imp = createImporter({
      kind: 'orders',
      mapping: analysis.mapping,
      shopTimeZone: 'UTC',
      currency: 'CNY',
      delimiter: ',',
      headerRow: 0,
    })
    imp.push(text.split('\r\n')[0] as string)
    expect(imp.finish()).toEqual({ ok: false, error: { key: 'importer.errors.noRows' } })
  })

  it('fails when the mapping points past the file columns', () => {
    const mapping = {
      ...autoMap(['Name', 'Created at', 'Total'], 'orders'),
      fields: { orderId: 0, createdAt: 1, amountPaid: 12 },
    }
    const imp = createImporter({
      kind: 'orders',
      mapping,
      shopTimeZone: 'UTC',
      currency: 'CNY',
      delimiter: ',',
      headerRow: 0,
    })
    imp.push('Name,Created at,Total\n#1,2024-01-01,1\n')
    expect(imp.finish()).toEqual({
      ok: false,
      error: { key: 'importer.errors.mappingMismatch', values: { columns: 3 } },
    })
  })

  it('mappingProblem suggests the kind the header looks like', () => {
    expect(mappingProblem(autoMap(['日期', '访客数'], 'orders'), ['日期', '访客数'])).toEqual({
      key: 'importer.errors.looksLike.traffic',
      values: { fields: 'orderId, amountPaid' },
    })
    expect(mappingProblem(autoMap(['日期', '访客数'], 'traffic'), ['日期', '访客数'])).toBeNull()
  })
})

describe('messages', () => {
  const SOURCES = ['convert', 'group', 'pipeline', 'issues', 'mapping', 'merge'].map((f) =>
    readFileSync(resolve(__dirname, `../../../src/shared/csv/${f}.ts`), 'utf8'),
  )

  it('every importer.* key the code emits exists in English and Chinese', () => {
    const keys = new Set(
      SOURCES.flatMap((src) =>
        [...src.matchAll(/'(importer\.(?:errors|warnings)\.[\w.]+)'/g)].map((m) => m[1] as string),
      ),
    )
    // Keys built from a kind or a field (mappingProblem).
    for (const kind of DATASET_KINDS) {
      keys.add(`importer.errors.looksLike.${kind}`)
      for (const field of [...REQUIRED[kind], 'amountPaid', 'date'])
        keys.add(`importer.errors.missingColumn.${field}`)
    }
    expect(keys.size).toBeGreaterThan(30)
    for (const key of keys) {
      expect(translate('en', key), key).not.toBe(key)
      expect(translate('zh-CN', key), key).not.toBe(key)
    }
  })

  it('row errors read naturally with their values', () => {
    const r = value(
      importFile(
        utf8('Name,Created at,Total,Currency\n#1,2024-01-01,1.00,CAD\n#2,2024-01-01,1.00,USD\n'),
        { ...CNY, currency: 'USD' },
      ),
    )
    const e = r.errors[0] as RowError
    expect(translate('en', e.key, e.values)).toBe(
      'Line 2: this row is in CAD, but the shop counts in USD. ShopBridge does not convert currencies, so the row was left out. Import each currency’s orders into a shop set to that currency.',
    )
    expect(translate('zh-CN', e.key, e.values)).toContain(
      '第 2 行：这一行的币种是 CAD，而店铺按 USD 记账',
    )
  })
})
