import type { calendarUiEn } from './calendar-ui.en'
import type { DeepStrings } from './en'

/** `calendarUi.*` 命名空间的中文文字，键必须与 calendar-ui.en.ts 一致。 */
export const calendarUiZhCN = {
  title: '待定',
} satisfies DeepStrings<typeof calendarUiEn>
