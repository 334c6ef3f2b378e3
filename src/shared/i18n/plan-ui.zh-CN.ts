import type { planUiEn } from './plan-ui.en'
import type { DeepStrings } from './en'

/** `planUi.*` 命名空间的中文文字，键必须与 plan-ui.en.ts 一致。 */
export const planUiZhCN = {
  title: '待定',
} satisfies DeepStrings<typeof planUiEn>
