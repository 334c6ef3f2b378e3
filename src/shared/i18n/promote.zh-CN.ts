import type { promoteEn } from './promote.en'
import type { DeepStrings } from './en'

/** `promote.*` 命名空间的中文文字，键必须与 promote.en.ts 一致。 */
export const promoteZhCN = {
  kinds: {
    festival: '节日',
    shopping: '购物节',
    international: '国际',
  },
  verdict: {
    profitable: '值得做：按预计的销量增长，活动赚的钱多于花的钱。',
    marginal: '勉强回本：相对投入，多赚的利润很少。可以试试降低折扣或减少广告。',
    loss: '按预计的销量增长会亏钱：要保本，需要的新增订单比预计的多。',
    neverPays: '怎么做都不赚：优惠叠加后每单都低于成本，订单越多亏得越多。',
  },
  warnings: {
    belowFloor: '活动后剩下的毛利率是 {{margin}}%，低于你设定的底线 {{floor}}%。',
    stackBreaksFloor:
      '叠加了 {{count}} 项价格优惠，毛利率只剩 {{margin}}%，低于你设定的底线 {{floor}}%。请去掉一项或降低优惠力度。',
    fewCoupons: '优惠券数量相对预计订单太少：大部分顾客领不到，销量增长可能不及预期。',
    flashStockUnsold: '秒杀库存多于预计订单：可能有一部分卖不完。',
    flashExcluded:
      '平台通常规定秒杀商品不参加满减和优惠券：这里按可以叠加计算（偏保守）。请以平台规则为准。',
    sameKindTwice: '同一种优惠设了两项：平台上通常只生效一项，不会累加。这里两项都算进去了。',
  },
  cli: {
    title: '{{year}}年零售日历',
    prep: '准备',
    typical: '购物节各阶段和准备日期均为常见安排：平台每年都会调整——请以平台当年的规则为准。',
    badYear: '年份必须是 {{min}} 到 {{max}} 之间的数字（收到的是“{{value}}”）。',
    noYear: '请指定年份：--year YYYY。',
    unknownOption: '未知选项 {{option}}。',
  },
} satisfies DeepStrings<typeof promoteEn>
