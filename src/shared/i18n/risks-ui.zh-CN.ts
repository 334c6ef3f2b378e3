import type { risksUiEn } from './risks-ui.en'
import type { DeepStrings } from './en'

/** `risksUi.*` 命名空间的中文文字，键必须与 risks-ui.en.ts 一致。 */
export const risksUiZhCN = {
  title: '待定',
} satisfies DeepStrings<typeof risksUiEn>
