import type { cliEn } from './cli.en'
import type { DeepStrings } from './en'

/** 命令行工具的简体中文文字（键 `cli.*`）。 */
export const cliZhCN = {
  missingValue: '{{flag}} 后面需要填写一个值。',
  badDate: '{{flag}} 需要 YYYY-MM-DD 格式的日期（收到的是“{{value}}”）。',
  unknownOption: '未知选项 {{option}}。',
  noOrders: '没有可计算的订单：请至少用 --orders 指定一个含订单行的文件。',
  badPeriod: '时间范围的开始晚于结束（{{from}} > {{to}}）：请对调 --from 和 --to。',
  unreadable: '无法读取文件 {{path}}：请检查路径，并确认文件没有被其他程序占用。',
  wrongKind: '{{path}} 不是{{kind}}文件：请检查它对应的选项是否正确。',
  rejected: '有 {{count}} 行被拒收（在软件中导入可以看到每一行及其原因）。',
  period: '时间范围：{{from}} – {{to}}',
  noData: '数据不足',
} satisfies DeepStrings<typeof cliEn>
