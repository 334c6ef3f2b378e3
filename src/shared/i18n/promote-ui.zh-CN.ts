import type { promoteUiEn } from './promote-ui.en'
import type { DeepStrings } from './en'

/** `promoteUi.*` 命名空间的中文文字，键必须与 promote-ui.en.ts 一致。 */
export const promoteUiZhCN = {
  pageTitle: '营销推广',
  tabs: {
    campaigns: '营销活动',
    calendar: '营销日历',
    loyalty: '会员积分计划',
  },
} satisfies DeepStrings<typeof promoteUiEn>
