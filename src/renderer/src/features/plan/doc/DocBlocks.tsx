import { Chart } from '../../../components/Chart'
import { HeatMap } from '../../../components/risk-register/HeatMap'
import type { DocBlock, DocTable } from '@shared/plan/document'

/** Font stack for the document and its charts: Noto CJK first so Chinese never falls back to tofu. */
export const DOC_FONTS =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"

function TableBlock({ table }: { table: DocTable }) {
  const numeric = new Set(table.numeric ?? [])
  const nowrap = new Set(table.nowrap ?? [])
  const align = (i: number) => (numeric.has(i) ? 'num' : nowrap.has(i) ? 'nowrap' : undefined)
  return (
    <div
      className={table.breakable ? 'plan-block breakable' : 'plan-block keep'}
      data-testid={`doc-table-${table.id}`}
      data-breakable={table.breakable ? '1' : '0'}
    >
      <h3>{table.caption}</h3>
      <table className="print-table plan-table">
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} className={align(i)} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, ri) => (
            <tr key={ri}>
              {r.map((c, i) => {
                const level = table.levels?.[ri]
                const cls = [align(i), level && i === 3 ? `level-${level}` : undefined]
                  .filter(Boolean)
                  .join(' ')
                return (
                  <td key={i} className={cls || undefined}>
                    {c}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        {table.footer && (
          <tfoot>
            <tr>
              {table.footer.map((c, i) => (
                <th key={i} className={align(i)}>
                  {c}
                </th>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}

/** One block of a plan-document section, laid out for paper. */
export function DocBlockView({ block, onChart }: { block: DocBlock; onChart?: () => void }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>
    case 'facts':
      return (
        <div className="plan-block keep">
          {block.caption && <h3>{block.caption}</h3>}
          <table className="print-table plan-facts" data-testid={`doc-facts-${block.id}`}>
            <tbody>
              {block.rows.map(([k, v], i) => (
                <tr key={i}>
                  <th scope="row">{k}</th>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    case 'list':
      return (
        <div className="plan-block">
          <h3>{block.caption}</h3>
          <ul>
            {block.items.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        </div>
      )
    case 'table':
      return <TableBlock table={block} />
    case 'swot':
      return (
        <div className="plan-block keep">
          <h3>{block.caption}</h3>
          <div className="plan-swot">
            {block.quadrants.map((q, i) => (
              <div key={i} className={`quadrant q${i}`}>
                <strong>{q.title}</strong>
                {q.items.length > 0 ? (
                  <ul>
                    {q.items.map((x, j) => (
                      <li key={j}>{x}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">—</p>
                )}
              </div>
            ))}
          </div>
        </div>
      )
    case 'ranking': {
      // Best at the top: ECharts draws category axes bottom-up, so the bars go in reversed.
      const bars = [...block.bars].reverse()
      return (
        <div className="plan-block keep">
          <h3>{block.caption}</h3>
          <Chart
            ariaLabel={block.caption}
            animate={false}
            height={bars.length * 24 + 40}
            onRendered={onChart}
            option={{
              textStyle: { fontFamily: DOC_FONTS },
              grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
              xAxis: { type: 'value', min: 0, max: 5 },
              yAxis: {
                type: 'category',
                data: bars.map((b) => b.label),
                axisLabel: { fontSize: 11, width: 220, overflow: 'truncate' },
              },
              series: [
                {
                  type: 'bar',
                  data: bars.map((b) => ({
                    value: b.score,
                    itemStyle: { color: b.chosen ? '#d4380d' : '#8c8c8c' },
                  })),
                  label: { show: true, position: 'right', formatter: '{c}' },
                },
              ],
            }}
          />
        </div>
      )
    }
    case 'heatmap':
      return (
        <div className="plan-block keep">
          <h3>{block.caption}</h3>
          <HeatMap grid={block.grid} corner={block.corner} />
        </div>
      )
    case 'gantt':
      return (
        <div className="plan-block keep">
          <h3>{block.caption}</h3>
          <table className="print-table plan-gantt" data-testid="doc-gantt">
            <thead>
              <tr>
                <th />
                {block.months.map((m) => (
                  <th key={m} title={m}>
                    {m.slice(5)}
                    <br />
                    <span className="year">{m.slice(2, 4)}</span>
                  </th>
                ))}
                <th>{block.noDate}</th>
              </tr>
            </thead>
            <tbody>
              {block.rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.label}</th>
                  {block.months.map((m, mi) => (
                    <td key={m} className={mi === r.month ? 'bar' : undefined}>
                      {mi === r.month ? (r.done ? '✓' : '◆') : ''}
                    </td>
                  ))}
                  <td className={r.month === null ? 'bar undated' : undefined}>
                    {r.month === null ? '○' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
  }
}
