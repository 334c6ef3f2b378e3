import type { importerEn } from './importer.en'
import type { DeepStrings } from './en'

/** `importer` 命名空间的简体中文文字。 */
export const importerZhCN = {
  title: '',
} satisfies DeepStrings<typeof importerEn>
