/** English strings of the `risksUi` namespace (keys `risksUi.*`). risks-ui.zh-CN.ts must have the same keys. */
export const risksUiEn = {
  title: 'TODO',
}
