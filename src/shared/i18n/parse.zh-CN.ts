import type { parseEn } from './parse.en'
import type { DeepStrings } from './en'

/** `parse` 命名空间的简体中文文字。 */
export const parseZhCN = {
  title: '',
} satisfies DeepStrings<typeof parseEn>
