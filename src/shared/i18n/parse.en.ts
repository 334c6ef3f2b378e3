/** English strings of the `parse` namespace (keys `parse.*`). parse.zh-CN.ts must have the same keys. */
export const parseEn = {
  errors: {
    empty:
      'The file is empty: it holds no text (or only an invisible byte-order mark). Export the report again from your shop platform and import the new file.',
    binary:
      'This file is not a CSV text file (it looks like a PDF, picture, archive or old Excel file). Open it in the program that made it, save or export it as CSV, and import that file. Zipped downloads must be unzipped first.',
    xlsx: 'This is an Excel workbook (.xlsx), not a CSV file, even if its name ends in .csv. Open it in Excel or WPS, choose File → Save As → “CSV (comma delimited)”, and import the saved file.',
    number:
      '“{{value}}” is not a number ShopBridge can read. Check that the right column is chosen for this field and that the decimal separator (point or comma) is set correctly for this file.',
    scientific:
      '“{{value}}” was shortened by Excel into scientific notation, and its last digits are lost for good. Export the file again from the platform and import it directly, without opening and saving it in Excel.',
    tooLarge:
      '“{{value}}” is too large to be an amount or a count. Check that the right column is chosen for this field.',
    date: '“{{value}}” is not a date ShopBridge can read. Check that the right column is chosen; for dates written only with numbers, check the day/month order.',
    mojibake:
      'The text in this file is garbled (characters such as “ｱｦｱｴ” or “Ã©”), so names cannot be read. Try another encoding; if none looks right, export the file again from the platform instead of re-saving it in another program.',
    noHeader:
      'No row of column names was found near the top of the file. Check that this is a sales export with a header row, or choose the header row yourself.',
  },
  warnings: {
    mangledIds:
      '{{count}} IDs were shortened by Excel into scientific notation (like 6.61808E+12) and can no longer be told apart. Export the file again and import it without opening it in Excel.',
    unknownStatus:
      'The status “{{value}}” is unknown to ShopBridge, so these orders were counted as paid. If that is wrong, tell us which status it means.',
    replacedCharacters:
      '{{count}} characters could not be read and were replaced by “�”. If names look wrong in the preview, choose another encoding.',
    ambiguousDates:
      'The dates in “{{column}}” (for example {{value}}) could be read as day/month or month/day. Choose the order they are written in.',
  },
  encodings: {
    'utf-8': 'UTF-8 (most platforms, Excel “CSV UTF-8”)',
    gb18030: 'GB18030 / GBK (Chinese Excel and Taobao exports)',
    'utf-16le': 'UTF-16 LE (Unicode text, Taobao Assistant)',
    'utf-16be': 'UTF-16 BE (Unicode text, big-endian)',
  },
  kinds: {
    xlsx: 'Excel workbook (.xlsx)',
    xls: 'Old Excel workbook (.xls)',
    zip: 'Compressed archive (.zip)',
    pdf: 'PDF document',
    image: 'Picture',
    binary: 'Program or data file',
  },
  delimiters: {
    comma: 'Comma ( , )',
    semicolon: 'Semicolon ( ; )',
    tab: 'Tab',
    pipe: 'Vertical bar ( | )',
    fullwidthComma: 'Chinese comma ( ， )',
  },
  dateOrders: {
    YMD: 'Year-month-day (2024-11-12)',
    DMY: 'Day/month/year (12/11/2024)',
    MDY: 'Month/day/year (11/12/2024)',
  },
}
