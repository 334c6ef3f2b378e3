/** English strings of the `calendarUi` namespace (keys `calendarUi.*`). calendar-ui.zh-CN.ts must have the same keys. */
export const calendarUiEn = {
  title: 'TODO',
}
