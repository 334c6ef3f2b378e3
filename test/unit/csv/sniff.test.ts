import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { decodeBytes, detectEncoding } from '../../../src/shared/csv/decode'
import {
  DELIMITER_NAMES,
  DELIMITERS,
  findHeaderRow,
  sniffDelimiter,
  splitSampleRows,
  type Delimiter,
} from '../../../src/shared/csv/sniff'
import { readDataset, skipDatasets } from '../../support/datasets'

/** The first 8 KB of a dataset file, decoded as the importer would (incomplete sample). */
function sample(name: string): string {
  const head = readDataset(name, 8192)
  const { encoding, bomLength } = detectEncoding(head, false)
  return new TextDecoder(encoding).decode(head.subarray(bomLength), { stream: true })
}

describe('sniffDelimiter', () => {
  it("picks ';' for a European export with decimal commas (bad-inputs #8)", () => {
    expect(sniffDelimiter('Datum;Betrag;Währung\n16.01.23;"3.000";EUR\n')).toBe(';')
    expect(
      sniffDelimiter(
        'Datum;Betrag;Währung\n16.01.23;3,50;EUR\n17.01.23;12,00;EUR\n18.01.23;"1.234,56";EUR\n',
      ),
    ).toBe(';')
    expect(sniffDelimiter('Datum;Betrag\n16.01.23;3,50\n17.01.23;12,00\n')).toBe(';')
  })
  it("picks the full-width comma '，' of hand-made Chinese files (bad-inputs #9)", () => {
    expect(sniffDelimiter('订单编号，金额\n1001，99.00')).toBe('，')
    expect(
      sniffDelimiter('订单编号，金额，状态\n1001，99.00，交易成功\n1002，1,299.00，交易关闭\n'),
    ).toBe('，')
  })
  it('picks tab and pipe', () => {
    expect(sniffDelimiter('version 1.00\ntitle\tcid\tprice\n"a, b"\t1\t88\n"c"\t2\t9,5\n')).toBe(
      '\t',
    )
    expect(sniffDelimiter('id|name|total\n1|Tee, blue|12.50\n2|Cap|8.00\n')).toBe('|')
  })
  it('ignores delimiters inside quotes, including multi-line quoted cells (bad-inputs #10, #11)', () => {
    const s =
      'Name,Notes,Total\r\n#1129,"Customer Payment: £31.12\nTikTok; Shop; Discount: £11",12.00\r\n' +
      '#1130,"{""a"";""b"",""c""}",3.50\r\n#1131,,4.00\r\n'
    expect(sniffDelimiter(s)).toBe(',')
  })
  it('prefers the most consistent count, then the higher count', () => {
    // Commas vary per row, semicolons are steady.
    expect(sniffDelimiter('a;b;c\n1,5;2;3\n1;2,25,7;3\n4;5;6\n')).toBe(';')
    // Both steady on every line: more columns wins.
    expect(sniffDelimiter('a,b,c;d\n1,2,3;4\n')).toBe(',')
  })
  it("defaults to ',' for a single column and for an empty sample", () => {
    expect(sniffDelimiter('Name\nAlice\nBob\n')).toBe(',')
    expect(sniffDelimiter('')).toBe(',')
  })
  it('leaves out a last record cut off by the end of the sample', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n4;5;6\n7;8,9,10,11,12')).toBe(';')
  })

  it.skipIf(skipDatasets())('finds the delimiter of every real dataset from its first 8 KB', () => {
    const expected: Record<string, Delimiter> = {
      'amazon-in-sale-report-sample.csv': ',',
      'online-retail-sample.csv': ',',
      'shopify-inventory-nsls-cogs-dashboard.csv': ',',
      'shopify-orders-alphapaw.csv': ',',
      'shopify-orders-signal-analytics.csv': ',',
      'taobao-assistant-products-utf16le.csv': '\t',
      'temu-orders-de.csv': ',', // despite the trailing TABs inside its fields
      'tmall-orders-sample.csv': ',',
    }
    for (const [file, d] of Object.entries(expected))
      expect(sniffDelimiter(sample(file)), file).toBe(d)
  })

  it('recovers the delimiter of generated tables (property)', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[A-Za-z订单金额 ]{1,8}$/),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.stringMatching(/^[0-9]{1,3}[.,][0-9]{2}$/).map((s) => `"${s}"`),
    )
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>('\t', ';', '|', ','),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 12 }),
        fc.infiniteStream(cell),
        (d, width, height, cells) => {
          const lines: string[] = []
          for (let r = 0; r <= height; r++) {
            const row: string[] = []
            for (let c = 0; c < width; c++) {
              const v = r === 0 ? `Col${c}` : (cells.next().value as string)
              // Quote a cell holding the delimiter, as an exporter would.
              row.push(v.includes(d) && !v.startsWith('"') ? `"${v}"` : v)
            }
            lines.push(row.join(d))
          }
          expect(sniffDelimiter(`${lines.join('\n')}\n`)).toBe(d)
        },
      ),
    )
  })

  it('names every delimiter for the UI', () => {
    expect(Object.keys(DELIMITER_NAMES).sort()).toEqual([...DELIMITERS].sort())
  })
})

describe('splitSampleRows', () => {
  it('splits quoted cells, doubled quotes, CRLF and newlines inside quotes', () => {
    const s = 'Name,Note,Total\r\n#1,"a, b",1.00\r\n#2,"say ""hi""\nsecond line",2\r\n#3,,\r\n'
    expect(splitSampleRows(s, ',', 10)).toEqual([
      ['Name', 'Note', 'Total'],
      ['#1', 'a, b', '1.00'],
      ['#2', 'say "hi"\nsecond line', '2'],
      ['#3', '', ''],
    ])
  })
  it('keeps blank lines as one empty cell, and a last line without a newline', () => {
    expect(splitSampleRows('a;b\n\n1;2', ';', 10)).toEqual([['a', 'b'], [''], ['1', '2']])
    expect(splitSampleRows('a\rb\r', ',', 10)).toEqual([['a'], ['b']])
    expect(splitSampleRows('', ',', 10)).toEqual([])
  })
  it('stops after maxRows', () => {
    expect(splitSampleRows('a\nb\nc\nd\n', ',', 2)).toEqual([['a'], ['b']])
    expect(splitSampleRows('a\nb\n', ',', 0)).toEqual([])
  })
  it('keeps a quote that does not start a cell as text, and text after a closing quote', () => {
    expect(splitSampleRows('5" screen,x\n"a"b,c\n', ',', 10)).toEqual([
      ['5" screen', 'x'],
      ['ab', 'c'],
    ])
  })
  it('splits on tab and on the full-width comma', () => {
    expect(splitSampleRows('title\tprice\n"速干T恤"\t88\n', '\t', 5)).toEqual([
      ['title', 'price'],
      ['速干T恤', '88'],
    ])
    expect(splitSampleRows('订单编号，金额\n1001，99.00', '，', 5)).toEqual([
      ['订单编号', '金额'],
      ['1001', '99.00'],
    ])
  })
  it('round-trips RFC 4180 serialisation (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', '1', ' ', ',', ';', '\t', '"', '\n', '\r', '订', '€'),
      maxLength: 8,
    })
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(',', ';', '\t', '|', '，'),
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (d, rows, eol) => {
          const quote = (v: string): string =>
            /[",;\t|，\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v
          const csv = rows.map((r) => r.map(quote).join(d)).join(eol) + eol
          expect(splitSampleRows(csv, d, 100)).toEqual(rows)
        },
      ),
    )
  })
})

describe('findHeaderRow', () => {
  const rows = (s: string, d: Delimiter = ','): string[][] => splitSampleRows(s, d, 100)

  it('is 0 for a file that starts with its header', () => {
    expect(findHeaderRow(rows('Name,Email,Total\n#1,a@b.c,12.50\n#2,d@e.f,3.00\n'))).toBe(0)
    expect(
      findHeaderRow(rows('订单编号,总金额,买家实际支付金额\n1,178.8,0.0\n2,21.0,21.0\n')),
    ).toBe(0)
  })
  it('skips titles, "exported at" lines and blank lines (bad-inputs #15)', () => {
    const s =
      'Sales report\nexported at 2024-11-11 10:00\n\nName,Email,Total\n#1,a@b.c,12.50\n#2,d@e.f,3.00\n'
    expect(findHeaderRow(rows(s))).toBe(3)
  })
  it('skips a title row padded with commas by Excel', () => {
    const s = 'Orders November 2024,,\n,,\nName,Email,Total\n#1,a@b.c,12.50\n#2,d@e.f,3.00\n'
    expect(findHeaderRow(rows(s))).toBe(2)
  })
  it('does not take a numeric row for the header', () => {
    const s = 'version 1.00\n1,2,3\nDate,Visitors,Orders\n2024-11-11,1200,35\n2024-11-12,980,20\n'
    expect(findHeaderRow(rows(s))).toBe(2)
  })
  it('tolerates data rows with one trailing delimiter more than the header', () => {
    const s = 'Exported 2024-11-11\nName,Email,Total\n#1,a@b.c,12.50,\n#2,d@e.f,3.00,\n'
    expect(findHeaderRow(rows(s))).toBe(1)
  })
  it('handles a header-only file and an empty list', () => {
    expect(findHeaderRow(rows('Name,Email,Financial Status\n'))).toBe(0)
    expect(findHeaderRow(rows('Name,Email\n\n\n'))).toBe(0)
    expect(findHeaderRow([])).toBe(0)
  })
  it('prefers the row with the best synonym score when a scorer is given', () => {
    const known = new Set(['title', 'price', 'num', 'order id', 'total'])
    const score = (cells: string[]): number =>
      cells.filter((c) => known.has(c.trim().toLowerCase())).length
    // Two text rows of the right width: structure alone takes the first.
    const s = 'Shop,Region,Report\nOrder ID,Region,Total\n1001,East,12.50\n1002,West,3.00\n'
    expect(findHeaderRow(rows(s))).toBe(0)
    expect(findHeaderRow(rows(s), score)).toBe(1)
    // A scorer that knows nothing falls back to structure.
    expect(findHeaderRow(rows(s), () => 0)).toBe(0)
  })

  it.skipIf(skipDatasets())(
    'finds the English key row of the Taobao-Assistant file, not the mojibake row',
    () => {
      const r = decodeBytes(readDataset('taobao-assistant-products-utf16le.csv'))
      if (!r.ok) throw new Error(r.error.key)
      const table = splitSampleRows(r.value.text, sniffDelimiter(r.value.text), 50)
      expect(table[0]).toEqual(['version 1.00'])
      expect(table[1]?.length).toBe(63)
      expect(findHeaderRow(table)).toBe(1)
      const known = new Set(['title', 'price', 'num', 'cid', 'outer_id'])
      expect(findHeaderRow(table, (cells) => cells.filter((c) => known.has(c)).length)).toBe(1)
    },
  )

  it.skipIf(skipDatasets())('finds row 0 in the other real datasets', () => {
    for (const file of [
      'amazon-in-sale-report-sample.csv',
      'online-retail-sample.csv',
      'shopify-orders-alphapaw.csv',
      'temu-orders-de.csv',
      'tmall-orders-sample.csv',
    ]) {
      const s = sample(file)
      expect(findHeaderRow(splitSampleRows(s, sniffDelimiter(s), 40)), file).toBe(0)
    }
  })
})
