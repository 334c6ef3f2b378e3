/** English strings of the `importer` namespace (keys `importer.*`). importer.zh-CN.ts must have the same keys. */
export const importerEn = {
  title: '',
}
