/** English strings of the `importer` namespace (keys `importer.*`). importer.zh-CN.ts must have the same keys. */
export const importerEn = {
  title: 'Import sales data',
  kinds: {
    orders: 'Orders',
    traffic: 'Visitors (traffic)',
    spend: 'Marketing spend',
    inventory: 'Inventory (stock on hand)',
    products: 'Products and costs',
  },
  fields: {
    orderId: 'Order ID',
    lineId: 'Order line ID',
    createdAt: 'Order created at',
    amountPaid: 'Amount paid',
    orderTotal: 'Order total (before refunds)',
    status: 'Order status',
    returnStatus: 'After-sales / refund status',
    paidAt: 'Paid at',
    refund: 'Refunded amount',
    customerId: 'Customer (ID, nickname or e-mail)',
    channel: 'Channel / source',
    currency: 'Currency',
    sku: 'SKU / product code',
    productName: 'Product name',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    lineTotal: 'Line total',
    shipping: 'Shipping charged',
    discount: 'Discount',
    fulfilledAt: 'Shipped at',
    shipped: 'Shipping status',
    cancelledAt: 'Cancelled at',
    date: 'Date',
    visitors: 'Visitors',
    spend: 'Spend',
    onHand: 'Quantity on hand',
    unitCost: 'Unit cost',
    name: 'Product name',
  },
  errors: {
    noRows:
      'The file has column names but no data rows, so there is nothing to import. Export the report again with a date range that contains orders, then import the new file.',
    mojibake:
      'The text in this file is garbled (for example “ｱｦｱｴﾃ” instead of Chinese), so nothing was imported. Choose another encoding on the preview screen; if no encoding looks right, export the file again from the platform and import it without re-saving it in another program.',
    ambiguousDateOrder:
      'The dates in this file could be day/month or month/day (for example 04/05/2024), so nothing was imported yet. Choose the order the dates are written in, then import again.',
    mappingMismatch:
      'The chosen columns do not fit this file (it has {{columns}} columns). The file may have changed since the columns were chosen: choose them again.',
    missingColumn: {
      orderId:
        'No column holds the order number ({{fields}} missing). Choose which column is the order ID, or check that this is an orders export.',
      createdAt:
        'No column holds the order date ({{fields}} missing). Choose the column with the time each order was placed.',
      amountPaid:
        'No column holds the amount paid ({{fields}} missing). Choose the column with what the buyer paid, or the quantity and unit price columns.',
      date: 'No column holds the date ({{fields}} missing). Choose the date column, or for a stock file without dates, enter the date the stock was counted.',
      visitors:
        'No column holds the number of visitors ({{fields}} missing). Choose the visitors (UV) or sessions column.',
      spend:
        'No column holds the amount spent ({{fields}} missing). Choose the column with the marketing cost.',
      sku: 'No column holds the SKU or product code ({{fields}} missing). Choose the column with the product code.',
      onHand:
        'No column holds the quantity in stock ({{fields}} missing). Choose the on-hand quantity column.',
      unitCost:
        'No column holds the unit cost ({{fields}} missing). Choose the cost column; the selling price is not the cost.',
    },
    looksLike: {
      orders:
        'This looks like an orders file, not the kind you chose ({{fields}} missing). Import it as “Orders”, or choose the columns yourself.',
      traffic:
        'This looks like a visitors (traffic) file, not the kind you chose ({{fields}} missing). Import it as “Visitors”, or choose the columns yourself.',
      spend:
        'This looks like a marketing spend file, not the kind you chose ({{fields}} missing). Import it as “Marketing spend”, or choose the columns yourself.',
      inventory:
        'This looks like an inventory (stock) file, not the kind you chose ({{fields}} missing). Import it as “Inventory”, or choose the columns yourself.',
      products:
        'This looks like a product list, not the kind you chose ({{fields}} missing). Import it as “Products and costs”, or choose the columns yourself.',
    },
    missingOrderId:
      'Line {{line}}: the order ID in “{{column}}” is empty, so the row cannot be matched to an order. Fill in the order number, or delete the row if it is not an order.',
    otherCurrency:
      'Line {{line}}: this row is in {{currency}}, but the shop counts in {{shopCurrency}}. ShopBridge does not convert currencies, so the row was left out. Import each currency’s orders into a shop set to that currency.',
    missingDate:
      'Line {{line}}: the date in “{{column}}” is empty. Fill in the date, or delete the row.',
    orderWithoutDate:
      'Line {{line}}: order {{orderId}} has no creation date on any of its rows, so it was left out. Check that the order-date column is chosen correctly.',
    missingAmount:
      'Line {{line}}: order {{orderId}} has no amount on any of its rows, so it was left out. Check that the amount column is chosen correctly, or fill in the amount.',
    orderSkipped:
      'Line {{line}}: order {{orderId}} ({{rows}} rows) was left out because another of its rows has an error. Fix that row and import the file again.',
    missingSku:
      'Line {{line}}: the SKU in “{{column}}” is empty, so the stock or cost cannot be matched to a product. Fill in the product code, or delete the row.',
    missingVisitors:
      'Line {{line}}: the number of visitors in “{{column}}” is empty. Fill in the number (0 if there were none).',
    missingSpend:
      'Line {{line}}: the amount spent in “{{column}}” is empty. Fill in the amount (0 if nothing was spent).',
    missingOnHand:
      'Line {{line}}: the quantity on hand of {{sku}} in “{{column}}” is empty. Fill in the quantity (0 if none are in stock).',
    missingCost:
      'Line {{line}}: the unit cost of {{sku}} in “{{column}}” is empty. Fill in what one unit costs you, or delete the row.',
    notStocked:
      'Line {{line}}: {{sku}} is marked “{{value}}” (not tracked at this location), so it has no stock count and was left out. Turn on inventory tracking for it in your shop if you want its stock counted.',
    negativeValue:
      'Line {{line}}: “{{value}}” in “{{column}}” is negative, which is not possible here. Correct the number, or delete the row.',
    tooFewFields:
      'Line {{line}} has {{found}} columns instead of {{expected}}, so its values may be shifted into the wrong columns. It was left out. Check that line (a separator or quote may be missing) or export the file again.',
    tooManyFields:
      'Line {{line}} has {{found}} columns instead of {{expected}}, so its values may be shifted into the wrong columns. It was left out. Check that line (a stray comma outside quotes, perhaps) or export the file again.',
    unclosedQuote:
      'Line {{line}}: a quotation mark opens a cell but never closes, so the end of the file could not be read. Export the file again; if you edited it, check the quotes near that line.',
  },
  warnings: {
    mangledId:
      '{{count}} IDs in “{{column}}” were shortened by Excel into scientific notation (like 6.61808E+12); orders with the same shortened ID are counted as one. Export the file again and import it without opening it in Excel.',
    mangledCustomerId:
      '{{count}} customer IDs in “{{column}}” were shortened by Excel into scientific notation, so those orders count as having no customer. Export the file again without opening it in Excel to count repeat buyers correctly.',
    maskedCustomerId:
      '{{count}} customer IDs in “{{column}}” are masked by the platform (like t**1 or ****), so those orders count as having no customer. Repeat-purchase figures leave them out.',
    otherCurrency:
      '{{count}} rows are in {{currency}} while the shop counts in {{shopCurrency}}; they were left out. Set up a separate shop for that currency if you sell in it.',
    negativeStock:
      '{{count}} rows show negative stock (for example {{sku}}). They were kept, but stock value and turnover are not meaningful for them until the counts are corrected in your shop.',
    unknownStatus:
      '{{count}} orders have the status “{{status}}”, which ShopBridge does not know, so they were counted as paid. If that is wrong, tell us what the status means.',
    nonProductLines:
      '{{count}} lines are not products (postage, fees, discounts, tips). Their money stays in the order amounts, but they are not counted as units sold or in cost of goods.',
    returnsLinked:
      '{{count}} returned lines were matched to the same customer’s earlier orders, which now count as returned with the refund added.',
    zeroValueReturns:
      '{{count}} return rows had no price and no customer (stock adjustments), so they were left out of the orders.',
    combinedRows:
      '{{count}} rows repeated a day and channel (or a SKU and date) already in the file and were added to it (for example one row per campaign or per location).',
  },
}
