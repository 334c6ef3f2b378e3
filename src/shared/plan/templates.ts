import type { Text } from '../risk/register'
import type { PlatformId, Weights } from './platforms'
import type { Kpi, TemplateId } from './schema'
import type { SERVICES } from './schema'

const t = (zh: string, en: string): Text => ({ 'zh-CN': zh, en })

/** What a template pre-fills; newPlan turns it into a full Plan. */
export interface PlanTemplate {
  id: TemplateId
  /** i18n key of the template's name. */
  nameKey: string
  description: Text
  sells: Text
  reasons: Text[]
  goals: Omit<Kpi, 'id'>[]
  trends: Text[]
  swot: { strengths: Text[]; weaknesses: Text[]; opportunities: Text[]; threats: Text[] }
  weights: Weights
  /** Platforms suggested for a first look (not chosen: the user chooses). */
  suggested: PlatformId[]
  services: (typeof SERVICES)[number][]
  milestones: Text[]
}

const growth = (percent: number): Omit<Kpi, 'id'> => ({
  metric: 'onlineSales',
  label: t('线上销售额每季度增长', 'Online sales growth per quarter'),
  unit: 'percent',
  direction: 'atLeast',
  target: percent,
  period: 'quarter',
})
const returnRate = (percent: number): Omit<Kpi, 'id'> => ({
  metric: 'returnRate',
  label: t('退货率不高于', 'Return rate at most'),
  unit: 'percent',
  direction: 'atMost',
  target: percent,
  period: 'month',
})
const conversion = (percent: number): Omit<Kpi, 'id'> => ({
  metric: 'conversionRate',
  label: t('转化率不低于', 'Conversion rate at least'),
  unit: 'percent',
  direction: 'atLeast',
  target: percent,
  period: 'month',
})

const EQUAL: Weights = { marketFit: 1, support: 1, logistics: 1, traffic: 1, fees: 1 }
const COMMON_MILESTONES = [
  t('选定平台', 'Platform chosen'),
  t('开店材料准备齐全', 'Onboarding materials ready'),
  t('店铺上线', 'Shop goes live'),
  t('第一次营销活动', 'First campaign'),
]

export const TEMPLATES: Record<TemplateId, PlanTemplate> = {
  blank: {
    id: 'blank',
    nameKey: 'plan.templates.blank',
    description: t('从空白开始', 'Start from scratch'),
    sells: t('', ''),
    reasons: [],
    goals: [],
    trends: [],
    swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
    weights: EQUAL,
    suggested: [],
    services: [],
    milestones: [],
  },
  bookstore: {
    id: 'bookstore',
    nameKey: 'plan.templates.bookstore',
    description: t('线上销售 + 到店体验', 'Online sales plus in-store experience'),
    sells: t('图书、文具和文创产品', 'Books, stationery and cultural gifts'),
    reasons: [
      t('到店客流减少', 'Fewer people walk in'),
      t('读者习惯在网上买书', 'Readers buy books online'),
    ],
    goals: [growth(20), conversion(2), returnRate(3)],
    trends: [t('读书短视频和直播带动图书销售', 'Book videos and live streams drive book sales')],
    swot: {
      strengths: [t('店员会推荐书，有老读者', 'Staff who recommend books, loyal readers')],
      weaknesses: [t('线上比价透明，利润薄', 'Online price comparison, thin margins')],
      opportunities: [t('读书会、签售等到店活动', 'Reading clubs and signings in the shop')],
      threats: [t('大型电商平台低价售书', 'Large platforms selling books cheaply')],
    },
    weights: { marketFit: 3, support: 1, logistics: 2, traffic: 2, fees: 2 },
    suggested: ['wechat', 'douyin', 'xiaohongshu', 'taobao'],
    services: ['bopis', 'membership', 'qrCodes'],
    milestones: [...COMMON_MILESTONES, t('第一次线上读书会', 'First online reading club')],
  },
  apparel: {
    id: 'apparel',
    nameKey: 'plan.templates.apparel',
    description: t('线上选款，到店试穿', 'Choose online, try on in the shop'),
    sells: t('服装和配饰', 'Clothes and accessories'),
    reasons: [t('年轻顾客在网上找款式', 'Young customers look for styles online')],
    goals: [growth(20), returnRate(15), conversion(2)],
    trends: [t('穿搭笔记和直播试穿', 'Outfit notes and live try-on streams')],
    swot: {
      strengths: [t('顾客可以到店试穿', 'Customers can try on in the shop')],
      weaknesses: [t('尺码多，库存难管理', 'Many sizes make stock hard to manage')],
      opportunities: [t('小红书穿搭内容引流', 'Xiaohongshu outfit content brings traffic')],
      threats: [t('线上服装退货率高', 'High return rates for clothes online')],
    },
    weights: { marketFit: 2, support: 1, logistics: 1, traffic: 3, fees: 2 },
    suggested: ['xiaohongshu', 'douyin', 'taobao', 'wechat'],
    services: ['tryInStore', 'inStoreReturns', 'bopis', 'membership'],
    milestones: [...COMMON_MILESTONES, t('第一场直播试穿', 'First live try-on stream')],
  },
  grocery: {
    id: 'grocery',
    nameKey: 'plan.templates.grocery',
    description: t('通过微信群做社区团购', 'Community group buying through WeChat groups'),
    sells: t('日用品、生鲜和食品', 'Daily goods, fresh food and groceries'),
    reasons: [t('附近居民想在手机上下单', 'Neighbours want to order by phone')],
    goals: [
      growth(15),
      {
        metric: 'customers',
        label: t('社群成员人数', 'Community group members'),
        unit: 'count',
        direction: 'atLeast',
        target: 300,
        period: 'quarter',
      },
    ],
    trends: [t('社区团购和即时配送', 'Community group buying and instant delivery')],
    swot: {
      strengths: [t('离顾客近，熟悉邻里', 'Close to customers, know the neighbourhood')],
      weaknesses: [t('生鲜损耗大', 'Fresh food spoils')],
      opportunities: [t('微信群团购、次日自提', 'WeChat group buying with next-day pickup')],
      threats: [t('大平台补贴抢客', 'Subsidised big platforms take customers')],
    },
    weights: { marketFit: 3, support: 1, logistics: 3, traffic: 1, fees: 2 },
    suggested: ['wechat', 'meituan', 'pinduoduo'],
    services: ['groupBuying', 'bopis', 'qrCodes', 'membership'],
    milestones: [
      ...COMMON_MILESTONES,
      t('第一个社区团购群满200人', 'First community group reaches 200 members'),
    ],
  },
  appliances: {
    id: 'appliances',
    nameKey: 'plan.templates.appliances',
    description: t('全渠道：线上下单，到店提货', 'Omnichannel: order online, collect in store'),
    sells: t('家用电器', 'Household appliances'),
    reasons: [t('顾客先在网上比价再购买', 'Customers compare prices online before buying')],
    goals: [growth(20), conversion(1), returnRate(5)],
    trends: [t('以旧换新补贴', 'Trade-in subsidies')],
    swot: {
      strengths: [t('安装和售后服务', 'Installation and after-sales service')],
      weaknesses: [t('库存占用资金多', 'Stock ties up a lot of money')],
      opportunities: [t('线上下单、到店提货和安装', 'Order online, collect and install')],
      threats: [t('品牌官方旗舰店价格低', 'Brand flagship stores sell cheaper')],
    },
    weights: { marketFit: 2, support: 2, logistics: 3, traffic: 2, fees: 1 },
    suggested: ['jd', 'tmall', 'meituan', 'wechat'],
    services: ['bopis', 'inStoreReturns', 'qrCodes', 'membership'],
    milestones: [...COMMON_MILESTONES, t('到店提货服务开通', 'Click-and-collect live')],
  },
}

/** What each online-offline service typically needs (pre-fills the services section). */
export const SERVICE_NEEDS: Record<
  (typeof SERVICES)[number],
  { staff: Text; stock: Text; systems: Text }
> = {
  bopis: {
    staff: t('专人备货和交接', 'Someone to pick and hand over'),
    stock: t('线上线下共用库存', 'Shared online/offline stock'),
    systems: t('订单提醒和核销码', 'Order alerts and pickup codes'),
  },
  inStoreReturns: {
    staff: t('店员会处理线上退货', 'Staff trained for online returns'),
    stock: t('退货入库流程', 'Returned-goods restocking'),
    systems: t('平台退款操作权限', 'Refund access on the platform'),
  },
  tryInStore: {
    staff: t('试衣引导', 'Fitting-room help'),
    stock: t('常用尺码样品', 'Samples in common sizes'),
    systems: t('预约试穿', 'Try-on booking'),
  },
  groupBuying: {
    staff: t('群主和配送人员', 'A group leader and delivery help'),
    stock: t('按团购订单备货', 'Stock by group orders'),
    systems: t('团购小程序或表格', 'A group-buying mini-program or sheet'),
  },
  qrCodes: {
    staff: t('店员引导扫码', 'Staff invite customers to scan'),
    stock: t('无', 'None'),
    systems: t('店铺二维码和海报', 'Shop QR codes and posters'),
  },
  membership: {
    staff: t('店员登记会员', 'Staff sign up members'),
    stock: t('无', 'None'),
    systems: t('统一会员和积分', 'One membership and points system'),
  },
}
