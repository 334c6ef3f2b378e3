/** English strings of the `kpi` namespace (keys `kpi.*`). kpi.zh-CN.ts must have the same keys. */
export const kpiEn = {
  title: 'Sales dashboard',
  notEnoughData: 'Not enough data',
  howComputed: 'How is this computed?',
  period: 'Period',
  channel: 'Channel',
  allChannels: 'All channels',
  noChannel: 'No channel',
  metrics: {
    orders: {
      name: 'Orders',
      help: 'The number of valid orders created in the period. Valid means paid (including shipped, delivered, completed and cash on delivery) or returned; cancelled orders count nowhere. Read from the orders file: order ID, created date and status (a refund above zero makes an order returned).',
    },
    grossSales: {
      name: 'Sales (GMV)',
      help: 'The sum of the amount paid of the valid orders created in the period. Amount paid is after discounts and includes shipping charged to the buyer. Read from the orders file: created date, status and amount paid.',
    },
    refunds: {
      name: 'Refunds',
      help: 'The sum of the refunded amounts of the valid orders created in the period (refunds are dated by their order, not by the day of the refund). A returned order whose refund amount is empty or 0 counts its full amount paid. Read from the orders file: created date, status, amount paid and refund amount.',
    },
    netSales: {
      name: 'Net sales',
      help: 'Sales (GMV) minus refunds, for the orders created in the period. Read from the orders file: created date, status, amount paid and refund amount.',
    },
    aov: {
      name: 'Average order value (AOV)',
      help: 'Sales (GMV) ÷ orders: what one order brings on average, rounded to the cent. For the amount per buyer, see revenue per buyer. Read from the orders file: created date, status and amount paid.',
    },
    buyers: {
      name: 'Buyers',
      help: 'The number of different customer IDs among the valid orders of the period, plus one for each valid order that has no customer ID (each such order is taken as a different buyer). Empty or masked IDs such as "****" or "t**1" are treated as no ID, so they never merge different people. Read from the orders file: created date, status and customer ID.',
    },
    revenuePerBuyer: {
      name: 'Revenue per buyer',
      help: 'Sales (GMV) ÷ buyers, rounded to the cent: the per-buyer figure Chinese platforms call 客单价. Read from the orders file: created date, status, amount paid and customer ID.',
    },
    identifiedBuyers: {
      name: 'Identified buyers',
      help: 'The number of different customer IDs among the valid orders of the period; orders without a (usable) customer ID are left out. Read from the orders file: created date, status and customer ID.',
    },
    repeatPurchaseRate: {
      name: 'Repeat purchase rate',
      help: 'Identified buyers with 2 or more valid orders in the period ÷ identified buyers. Orders before or after the period do not count. Read from the orders file: created date, status and customer ID.',
    },
    newBuyers: {
      name: 'New buyers',
      help: 'Identified customers whose first valid order in all the imported orders falls in the period. With a channel selected, only that channel’s orders count (customers new to the channel). Read from the orders file: created date, status and customer ID (and channel).',
    },
    returnRate: {
      name: 'Return rate',
      help: 'Valid orders of the period with status returned ÷ orders. An order is returned when it was fully or partly refunded or returned. Read from the orders file: created date, status and refund amount.',
    },
    visitors: {
      name: 'Visitors',
      help: 'The sum of the daily visitors (or sessions) of the days in the period. Daily figures are added up: a file cannot tell the same visitor on two days apart. Empty when the traffic file has no row for the period (or for the selected channel). Read from the traffic file: date, visitors and channel.',
    },
    conversionRate: {
      name: 'Conversion rate',
      help: 'Orders ÷ visitors, counting only orders in the channels and on the days the traffic file covers: a traffic row without a channel covers every channel of its day; a row with a channel covers that channel only. Orders of other channels or days are left out (a warning says how many). Read from the orders file (created date, status, channel) and the traffic file (date, channel, visitors).',
    },
    marketingSpend: {
      name: 'Marketing spend',
      help: 'The sum of the marketing spend of the days in the period; days without a row count as no spend. With a channel selected, only that channel’s rows count (rows without a channel cannot be split). Read from the marketing spend file: date, spend and channel.',
    },
    cac: {
      name: 'Customer acquisition cost (CAC)',
      help: 'Marketing spend ÷ new buyers, rounded to the cent. Empty when there is no new buyer in the period. Read from the marketing spend file (date, spend) and the orders file (created date, status, customer ID).',
    },
    roas: {
      name: 'Return on ad spend (ROAS)',
      help: 'Sales (GMV) ÷ marketing spend: sales per unit of spend (3.5 means 3.5 for each 1 spent). Empty when the spend is 0. Read from the orders file (created date, status, amount paid) and the marketing spend file (date, spend).',
    },
    cogs: {
      name: 'Cost of goods sold (COGS)',
      help: 'For valid orders of the period that were not returned: the sum of line quantity × unit cost of the SKU. The unit cost comes from the SKU’s latest inventory snapshot dated on or before the order’s date, else its earliest snapshot, else the products file. Lines with no known cost are left out and counted; non-product lines (postage, fees) are left out. Read from the orders file (created date, status, SKU, quantity), the inventory file (date, SKU, unit cost) and the products file (SKU, unit cost).',
    },
    averageInventoryValue: {
      name: 'Average inventory value',
      help: 'The mean, over the inventory snapshot dates inside the period, of the sum of on-hand quantity × unit cost of every SKU; with no snapshot inside the period, the latest snapshot before it. A negative on-hand quantity (goods sold before they were counted) counts as 0. A row without a unit cost takes the SKU’s cost as for COGS. Read from the inventory file (date, SKU, on hand, unit cost) and the products file (SKU, unit cost).',
    },
    inventoryTurnover: {
      name: 'Inventory turnover',
      help: 'COGS of the period ÷ average inventory value: how many times the stock was sold through. Empty when the average inventory value is 0 or below. Read from the orders, inventory and products files as for COGS and average inventory value.',
    },
    daysOfInventory: {
      name: 'Days of inventory',
      help: 'Days in the period ÷ inventory turnover: how many days the stock lasts at this period’s pace. Empty when the turnover is empty or 0. Read from the orders, inventory and products files as for inventory turnover.',
    },
    linesWithoutCost: {
      name: 'Lines without a cost',
      help: 'Order lines of COGS whose SKU has no unit cost in the inventory or products file. They are left out of COGS, so COGS is too low by their cost. Read from the orders file (SKU) and the inventory and products files (SKU, unit cost).',
    },
  },
  missing: {
    traffic:
      'Import a traffic file (visitors per day) that covers this period and channel to see this.',
    spend: 'Import a marketing spend file (spend per day) with rows for this channel to see this.',
    inventory:
      'Import an inventory file (stock snapshots) with a snapshot in or before this period to see this.',
    'products-or-inventory':
      'Import a products file or an inventory file with unit costs to see this.',
    orders: 'Import an orders file with SKU lines (SKU and quantity) to see this.',
  },
  presets: {
    last7: 'Last 7 days',
    last30: 'Last 30 days',
    last90: 'Last 90 days',
    thisMonth: 'This month',
    lastMonth: 'Last month',
    thisYear: 'This year',
    custom: 'Custom',
  },
  granularity: {
    day: 'Day',
    week: 'Week',
    month: 'Month',
  },
  comparison: {
    previousPeriod: 'vs previous period',
    samePeriodLastYear: 'vs same period last year',
    none: 'No comparison',
  },
  change: {
    points: '{{value}} percentage points',
    relative: 'change {{value}}',
    unavailable: 'No comparison possible',
  },
  series: {
    orders: 'Orders',
    grossSales: 'Sales',
    refunds: 'Refunds',
    returnedOrders: 'Returned orders',
    aov: 'Average order value',
    visitors: 'Visitors',
    conversionRate: 'Conversion rate',
  },
  topProducts: {
    bySales: 'Top products by sales',
    byReturns: 'Most returned products',
    quantity: 'Units',
    sales: 'Sales',
    returnedQuantity: 'Units returned',
    returnRate: 'Return rate',
  },
  channelShare: {
    title: 'Sales by channel',
    orderShare: 'Share of orders',
    salesShare: 'Share of sales',
  },
  funnel: {
    title: 'Visitors to orders',
    visitors: 'Visitors',
    orders: 'Orders',
  },
  warnings: {
    linesWithoutCost: '{{count}} order lines have no unit cost and are left out of COGS.',
    ordersWithoutLines: '{{count}} orders have no SKU lines, so they add nothing to COGS.',
    ordersOutsideTraffic:
      '{{count}} orders are in channels or on days the traffic file does not cover; the conversion rate leaves them out.',
    trafficMixedChannels:
      'On {{count}} days the traffic file has both a total row and per-channel rows; all are added, which may count visitors twice.',
    negativeStock: '{{count}} inventory rows have a negative quantity on hand; they count as 0.',
    inventoryRowsWithoutCost:
      '{{count}} inventory rows have no unit cost and are left out of the inventory value.',
    inventoryBeforePeriod:
      'No stock snapshot falls in this period; the snapshot of {{date}} is used.',
    inventoryValueNotPositive:
      'The average inventory value is 0 or below, so inventory turnover and days of inventory cannot be computed.',
  },
}
