import type { parseEn } from './parse.en'
import type { DeepStrings } from './en'

/** `parse` 命名空间的简体中文文字。 */
export const parseZhCN = {
  errors: {
    empty: '这个文件是空的，里面没有任何内容。请从店铺后台重新导出报表，再导入新文件。',
    binary:
      '这不是 CSV 表格文件（看起来像 PDF、图片、压缩包或旧版 Excel 文件）。请用生成它的软件打开，另存为或导出为 CSV 后再导入；如果是压缩包，请先解压。',
    xlsx: '这是 Excel 工作簿（.xlsx），不是 CSV 文件，只是文件名改成了 .csv。请用 Excel 或 WPS 打开，点“文件 → 另存为”，选择“CSV（逗号分隔）”，再导入保存好的文件。',
    number:
      '“{{value}}”不是能识别的数字。请检查这一项是否选对了列，以及小数点（点或逗号）是否设置正确。',
    scientific:
      '“{{value}}”被 Excel 改成了科学计数法，后面几位数字已经丢失，无法恢复。请从平台重新导出文件，不要先用 Excel 打开保存，直接导入。',
    tooLarge: '“{{value}}”太大了，不像是金额或数量。请检查这一项是否选对了列。',
    date: '“{{value}}”不是能识别的日期。请检查是否选对了列；如果日期只用数字写成，请确认日和月的先后顺序。',
    mojibake:
      '这个文件里的文字是乱码（比如“ｱｦｱｴ”或“Ã©”这样的字符），名称读不出来。请换一种编码试试；如果都不对，请从平台重新导出，不要用其他软件另存。',
    noHeader:
      '在文件开头没有找到列名（表头）那一行。请确认这是带表头的销售报表，或者手动选择表头所在的行。',
  },
  warnings: {
    mangledIds:
      '有 {{count}} 个编号被 Excel 改成了科学计数法（比如 6.61808E+12），已经无法区分。请重新导出文件，不要用 Excel 打开，直接导入。',
    unknownStatus:
      '不认识订单状态“{{value}}”，这些订单先按“已付款”计算。如果不对，请告诉我们这个状态是什么意思。',
    replacedCharacters:
      '有 {{count}} 个字符读不出来，已显示为“�”。如果预览里的名称看起来不对，请换一种编码。',
    ambiguousDates:
      '“{{column}}”列里的日期（比如 {{value}}）既可以理解为“日/月”，也可以理解为“月/日”。请选择文件里实际的写法。',
  },
  encodings: {
    'utf-8': 'UTF-8（大多数平台、Excel 的“CSV UTF-8”）',
    gb18030: 'GB18030 / GBK（中文版 Excel、淘宝后台导出）',
    'utf-16le': 'UTF-16 LE（Unicode 文本，淘宝助理）',
    'utf-16be': 'UTF-16 BE（Unicode 文本，大端序）',
  },
  kinds: {
    xlsx: 'Excel 工作簿（.xlsx）',
    xls: '旧版 Excel 工作簿（.xls）',
    zip: '压缩包（.zip）',
    pdf: 'PDF 文档',
    image: '图片',
    binary: '程序或数据文件',
  },
  delimiters: {
    comma: '英文逗号（ , ）',
    semicolon: '分号（ ; ）',
    tab: '制表符（Tab）',
    pipe: '竖线（ | ）',
    fullwidthComma: '中文逗号（ ， ）',
  },
  dateOrders: {
    YMD: '年-月-日（2024-11-12）',
    DMY: '日/月/年（12/11/2024）',
    MDY: '月/日/年（11/12/2024）',
  },
} satisfies DeepStrings<typeof parseEn>
