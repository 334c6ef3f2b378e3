import type { kpiEn } from './kpi.en'
import type { DeepStrings } from './en'

/** `kpi` 命名空间的简体中文文字。 */
export const kpiZhCN = {
  title: '',
} satisfies DeepStrings<typeof kpiEn>
