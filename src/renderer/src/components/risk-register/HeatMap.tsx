import { useTranslation } from 'react-i18next'
import { riskLevel, type RiskLevel } from '@shared/risk/register'

/** Background of a heat-map cell by the level band of likelihood × impact. */
export const LEVEL_COLORS: Record<RiskLevel, { empty: string; filled: string }> = {
  low: { empty: '#f0f9eb', filled: '#95de64' },
  medium: { empty: '#fff7e6', filled: '#ffc53d' },
  high: { empty: '#fff1f0', filled: '#ff7875' },
}

/**
 * The 5×5 heat map: likelihood 5→1 top to bottom, impact 1→5 left to right, the count of open
 * risks in each cell. An HTML table (not a chart) so it prints crisply and reads in any language.
 */
export function HeatMap({ grid, corner }: { grid: number[][]; corner?: string }) {
  const { t } = useTranslation()
  const levels = [5, 4, 3, 2, 1]
  return (
    <table className="risk-heatmap" data-testid="risk-heatmap">
      <thead>
        <tr>
          <th className="corner">
            {corner ?? `${t('plan.riskFields.likelihood')} ↓ / ${t('plan.riskFields.impact')} →`}
          </th>
          {[1, 2, 3, 4, 5].map((i) => (
            <th key={i} scope="col">
              {i}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {levels.map((l) => (
          <tr key={l}>
            <th scope="row">{l}</th>
            {[1, 2, 3, 4, 5].map((i) => {
              const count = grid[l - 1]?.[i - 1] ?? 0
              const colors = LEVEL_COLORS[riskLevel(l * i)]
              return (
                <td
                  key={i}
                  data-testid={`heat-${l}-${i}`}
                  aria-label={t('risksUi.register.heatCell', {
                    likelihood: l,
                    impact: i,
                    count,
                  })}
                  style={{ background: count > 0 ? colors.filled : colors.empty }}
                >
                  {count > 0 ? count : ''}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
