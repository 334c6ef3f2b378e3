import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

// The text of a PDF that the app (or Chromium's page.pdf()) produced, for asserting what it says.
// pdfjs-dist's legacy build is the one meant for Node. In Node it runs its parser in-process (a
// "fake worker"), needs no canvas for text, and reads cMaps / standard fonts from files, which we
// point at the package's own copies so nothing is fetched.
const pdfjsDir = dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'))

/**
 * Chromium's PDFs map some ideographs back to the look-alike *radical* code points that share their
 * glyph in Noto CJK (页 comes out as ⻚ U+2EDA, 二 as ⼆ U+2F06), so "第二页" would not match.
 * This maps the CJK Radicals Supplement and Kangxi Radicals blocks to their equivalent unified
 * ideographs (Unicode's Equivalent_Unified_Ideograph property, 14.0, read from Perl's Unicode::UCD).
 * Not NFKC: that would also turn full-width punctuation such as "，" into ASCII.
 */
const RADICAL_PAIRS =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵' +
  '⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎' +
  '⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐' +
  '⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟⼀一⼁丨⼂丶⼃丿⼄乙⼅亅⼆二⼇亠⼈人⼉儿⼊入⼋八⼌冂⼍冖' +
  '⼎冫⼏几⼐凵⼑刀⼒力⼓勹⼔匕⼕匚⼖匸⼗十⼘卜⼙卩⼚厂⼛厶⼜又⼝口⼞囗⼟土⼠士⼡夂⼢夊⼣夕⼤大⼥女⼦子⼧宀⼨寸⼩小⼪尢⼫尸⼬屮⼭山' +
  '⼮巛⼯工⼰己⼱巾⼲干⼳幺⼴广⼵廴⼶廾⼷弋⼸弓⼹彐⼺彡⼻彳⼼心⼽戈⼾戶⼿手⽀支⽁攴⽂文⽃斗⽄斤⽅方⽆无⽇日⽈曰⽉月⽊木⽋欠⽌止⽍歹' +
  '⽎殳⽏毋⽐比⽑毛⽒氏⽓气⽔水⽕火⽖爪⽗父⽘爻⽙爿⽚片⽛牙⽜牛⽝犬⽞玄⽟玉⽠瓜⽡瓦⽢甘⽣生⽤用⽥田⽦疋⽧疒⽨癶⽩白⽪皮⽫皿⽬目⽭矛' +
  '⽮矢⽯石⽰示⽱禸⽲禾⽳穴⽴立⽵竹⽶米⽷糸⽸缶⽹网⽺羊⽻羽⽼老⽽而⽾耒⽿耳⾀聿⾁肉⾂臣⾃自⾄至⾅臼⾆舌⾇舛⾈舟⾉艮⾊色⾋艸⾌虍⾍虫' +
  '⾎血⾏行⾐衣⾑襾⾒見⾓角⾔言⾕谷⾖豆⾗豕⾘豸⾙貝⾚赤⾛走⾜足⾝身⾞車⾟辛⾠辰⾡辵⾢邑⾣酉⾤釆⾥里⾦金⾧長⾨門⾩阜⾪隶⾫隹⾬雨⾭靑' +
  '⾮非⾯面⾰革⾱韋⾲韭⾳音⾴頁⾵風⾶飛⾷食⾸首⾹香⾺馬⾻骨⾼高⾽髟⾾鬥⾿鬯⿀鬲⿁鬼⿂魚⿃鳥⿄鹵⿅鹿⿆麥⿇麻⿈黃⿉黍⿊黑⿋黹⿌黽⿍鼎' +
  '⿎鼓⿏鼠⿐鼻⿑齊⿒齒⿓龍⿔龜⿕龠'

const RADICALS = new Map<string, string>()
{
  const cps = [...RADICAL_PAIRS]
  for (let i = 0; i + 1 < cps.length; i += 2) RADICALS.set(cps[i]!, cps[i + 1]!)
}

/** Replaces radical code points with the ideographs they stand for. */
export function normalizeCjkRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2FDF]/g, (c) => RADICALS.get(c) ?? c)
}

/** All pages' text, one line per text line (pdf.js marks line ends), pages separated by a blank line. */
export async function extractPdfText(buffer: Uint8Array): Promise<string> {
  const doc = await getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given, and rejects Node Buffers: copy.
    data: new Uint8Array(buffer),
    cMapUrl: join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  try {
    const pages: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      let text = ''
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '')
      }
      pages.push(normalizeCjkRadicals(text).trim())
      page.cleanup()
    }
    return pages.join('\n\n')
  } finally {
    await doc.destroy()
  }
}
