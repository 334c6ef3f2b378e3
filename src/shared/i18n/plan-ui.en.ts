/** English strings of the `planUi` namespace (keys `planUi.*`). plan-ui.zh-CN.ts must have the same keys. */
export const planUiEn = {
  title: 'TODO',
}
