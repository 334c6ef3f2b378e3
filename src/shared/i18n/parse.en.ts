/** English strings of the `parse` namespace (keys `parse.*`). parse.zh-CN.ts must have the same keys. */
export const parseEn = {
  title: '',
}
