import type { importerEn } from './importer.en'
import type { DeepStrings } from './en'

/** `importer` 命名空间的简体中文文字。 */
export const importerZhCN = {
  title: '导入销售数据',
  kinds: {
    orders: '订单',
    traffic: '访客（流量）',
    spend: '营销费用',
    inventory: '库存',
    products: '商品与成本',
  },
  fields: {
    orderId: '订单编号',
    lineId: '子订单编号',
    createdAt: '下单时间',
    amountPaid: '实付金额',
    orderTotal: '订单总金额（退款前）',
    status: '订单状态',
    returnStatus: '售后 / 退款状态',
    paidAt: '付款时间',
    refund: '退款金额',
    customerId: '买家（ID、昵称或邮箱）',
    channel: '渠道 / 来源',
    currency: '币种',
    sku: 'SKU / 商家编码',
    productName: '商品名称',
    quantity: '数量',
    unitPrice: '单价',
    lineTotal: '商品小计',
    shipping: '运费',
    discount: '优惠金额',
    fulfilledAt: '发货时间',
    shipped: '发货状态',
    cancelledAt: '取消时间',
    date: '日期',
    visitors: '访客数',
    spend: '花费',
    onHand: '现有库存',
    unitCost: '单位成本',
    name: '商品名称',
  },
  errors: {
    noRows:
      '文件里只有表头，没有数据行，没有可导入的内容。请在平台后台选一个有订单的时间段重新导出，再导入新文件。',
    mojibake:
      '文件里的文字是乱码（例如本该是中文的地方显示成“ｱｦｱｴﾃ”），所以没有导入任何数据。请在预览页换一种编码试试；如果换了都不对，请从平台重新导出，并且不要用其他软件打开后另存。',
    ambiguousDateOrder:
      '文件里的日期既可以读成“日/月”，也可以读成“月/日”（例如 04/05/2024），所以暂未导入。请选择日期的书写顺序后再导入。',
    mappingMismatch:
      '选好的列和这个文件对不上（文件共有 {{columns}} 列）。文件可能换过，请重新选择各列。',
    missingColumn: {
      orderId:
        '找不到订单编号所在的列（缺少：{{fields}}）。请指定哪一列是订单编号，或确认这是订单导出文件。',
      createdAt: '找不到下单时间所在的列（缺少：{{fields}}）。请指定记录下单时间的那一列。',
      amountPaid:
        '找不到实付金额所在的列（缺少：{{fields}}）。请指定买家实付金额那一列，或者指定数量和单价两列。',
      date: '找不到日期所在的列（缺少：{{fields}}）。请指定日期列；如果是没有日期的库存表，请填写盘点日期。',
      visitors: '找不到访客数所在的列（缺少：{{fields}}）。请指定访客数（UV）或会话数那一列。',
      spend: '找不到花费所在的列（缺少：{{fields}}）。请指定记录推广费用的那一列。',
      sku: '找不到 SKU（商家编码）所在的列（缺少：{{fields}}）。请指定商品编码那一列。',
      onHand: '找不到库存数量所在的列（缺少：{{fields}}）。请指定现有库存那一列。',
      unitCost: '找不到单位成本所在的列（缺少：{{fields}}）。请指定成本价那一列；售价不等于成本。',
    },
    looksLike: {
      orders:
        '这看起来是订单文件，和您选的类型不符（缺少：{{fields}}）。请按“订单”导入，或自己指定各列。',
      traffic:
        '这看起来是访客（流量）文件，和您选的类型不符（缺少：{{fields}}）。请按“访客”导入，或自己指定各列。',
      spend:
        '这看起来是营销费用文件，和您选的类型不符（缺少：{{fields}}）。请按“营销费用”导入，或自己指定各列。',
      inventory:
        '这看起来是库存文件，和您选的类型不符（缺少：{{fields}}）。请按“库存”导入，或自己指定各列。',
      products:
        '这看起来是商品清单，和您选的类型不符（缺少：{{fields}}）。请按“商品与成本”导入，或自己指定各列。',
    },
    missingOrderId:
      '第 {{line}} 行：“{{column}}”里的订单编号是空的，无法归到任何订单。请补上订单编号；如果这一行不是订单，请删除。',
    otherCurrency:
      '第 {{line}} 行：这一行的币种是 {{currency}}，而店铺按 {{shopCurrency}} 记账。ShopBridge 不做汇率换算，所以没有导入这一行。请把这种币种的订单导入到以该币种记账的店铺。',
    missingDate: '第 {{line}} 行：“{{column}}”里的日期是空的。请补上日期，或删除这一行。',
    orderWithoutDate:
      '第 {{line}} 行：订单 {{orderId}} 的所有行都没有下单时间，所以没有导入。请检查下单时间列是否选对。',
    missingAmount:
      '第 {{line}} 行：订单 {{orderId}} 的所有行都没有金额，所以没有导入。请检查金额列是否选对，或补上金额。',
    orderSkipped:
      '第 {{line}} 行：订单 {{orderId}}（共 {{rows}} 行）有一行出错，整单没有导入。请改正那一行后重新导入。',
    missingSku:
      '第 {{line}} 行：“{{column}}”里的 SKU 是空的，库存或成本对不上商品。请补上商家编码，或删除这一行。',
    missingVisitors: '第 {{line}} 行：“{{column}}”里的访客数是空的。请填上数字（没有访客就填 0）。',
    missingSpend: '第 {{line}} 行：“{{column}}”里的花费是空的。请填上金额（没有花费就填 0）。',
    missingOnHand:
      '第 {{line}} 行：{{sku}} 在“{{column}}”里的库存数量是空的。请填上数量（没有库存就填 0）。',
    missingCost:
      '第 {{line}} 行：{{sku}} 在“{{column}}”里的单位成本是空的。请填上一件商品的进货成本，或删除这一行。',
    notStocked:
      '第 {{line}} 行：{{sku}} 标着“{{value}}”（该地点没有跟踪库存），没有库存数，所以没有导入。如需统计它的库存，请在店铺后台为它开启库存跟踪。',
    negativeValue:
      '第 {{line}} 行：“{{column}}”里的“{{value}}”是负数，这里不可能为负。请改正数字，或删除这一行。',
    tooFewFields:
      '第 {{line}} 行只有 {{found}} 列，应为 {{expected}} 列，数值可能错位，所以没有导入。请检查这一行（可能少了分隔符或引号），或重新导出文件。',
    tooManyFields:
      '第 {{line}} 行有 {{found}} 列，应为 {{expected}} 列，数值可能错位，所以没有导入。请检查这一行（可能有逗号没放在引号里），或重新导出文件。',
    unclosedQuote:
      '第 {{line}} 行：有一个引号开始了单元格却没有结束，文件末尾无法读取。请重新导出文件；如果手动改过文件，请检查这一行附近的引号。',
  },
  warnings: {
    mangledId:
      '“{{column}}”里有 {{count}} 个编号被 Excel 改成了科学计数法（如 6.61808E+12），编号相同的订单会被算成一单。请重新导出文件，并且不要用 Excel 打开后保存。',
    mangledCustomerId:
      '“{{column}}”里有 {{count}} 个买家编号被 Excel 改成了科学计数法，这些订单按“没有买家”计算。要准确统计复购，请重新导出文件，不要用 Excel 打开后保存。',
    maskedCustomerId:
      '“{{column}}”里有 {{count}} 个买家信息被平台打了码（如 t**1 或 ****），这些订单按“没有买家”计算，复购率不计入它们。',
    otherCurrency:
      '有 {{count}} 行的币种是 {{currency}}，而店铺按 {{shopCurrency}} 记账，这些行没有导入。如果您用这种币种销售，请为它另建一个店铺。',
    negativeStock:
      '有 {{count}} 行库存是负数（例如 {{sku}}）。数据已保留，但在店铺里改正库存之前，这些商品的库存金额和周转率没有参考意义。',
    unknownStatus:
      '有 {{count}} 个订单的状态是“{{status}}”，ShopBridge 不认识这个状态，暂按已付款计算。如果不对，请告诉我们它的含义。',
    nonProductLines:
      '有 {{count}} 行不是商品（邮费、手续费、折扣、小费等）。它们的金额仍计入订单金额，但不算作销售件数，也不计入销货成本。',
    returnsLinked:
      '有 {{count}} 行退货已对应到同一买家之前的订单，这些订单改为“已退货”，并加上了退款金额。',
    zeroValueReturns: '有 {{count}} 行退货既没有价格也没有买家（属于库存调整），没有计入订单。',
    combinedRows:
      '有 {{count}} 行与文件中已有的同一天同一渠道（或同一日期同一 SKU）重复，已合并相加（例如按推广计划或按仓库分行的数据）。',
  },
} satisfies DeepStrings<typeof importerEn>
