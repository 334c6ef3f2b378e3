/** English strings of the `kpi` namespace (keys `kpi.*`). kpi.zh-CN.ts must have the same keys. */
export const kpiEn = {
  title: '',
}
