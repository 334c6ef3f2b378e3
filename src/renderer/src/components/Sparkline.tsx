import { memo } from 'react'

/**
 * A tiny inline-SVG trend line. Twenty KPI cards each with a full ECharts instance made every
 * period change slow (docs/performance.md); a sparkline needs no axes, tooltips or animation.
 * Nulls ("not enough data") break the line.
 */
export const Sparkline = memo(function Sparkline({
  values,
  height = 36,
  ariaLabel,
}: {
  values: readonly (number | null)[]
  height?: number
  ariaLabel: string
}) {
  const width = 200
  const nums = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (nums.length === 0) return null
  const min = Math.min(...nums)
  const max = Math.max(...nums)
  const span = max - min || 1
  const step = values.length > 1 ? width / (values.length - 1) : 0
  let d = ''
  let pen = false
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false
      return
    }
    const x = (i * step).toFixed(1)
    const y = (height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)
    d += `${pen ? 'L' : 'M'}${x} ${y}`
    pen = true
  })
  return (
    <svg
      role="img"
      aria-label={ariaLabel}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      width="100%"
      height={height}
      className="sparkline"
    >
      <path
        d={d}
        fill="none"
        stroke="#5470c6"
        strokeWidth={1.5}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  )
})
