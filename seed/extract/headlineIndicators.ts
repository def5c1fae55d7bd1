/**
 * The headline indicators every plan-execution report of this genre states at the head
 * of its two parts, and the words reports write them with. The build creates these
 * Indicator entities itself when no annotation defines them.
 */

export interface IndicatorDefinition {
  name: string;
  nameEn: string;
}

/** One way of writing an indicator, and which indicator a number after it belongs to. */
export interface HeadlineTerm {
  surface: string;
  /** Required earlier in the same sentence (产量 counts only after 粮食). */
  context?: string;
  /** The indicator of a number that follows 增长/增速. */
  growth?: string;
  /** The indicator of a number that does not. */
  level?: string;
  /** 分别增长X%、Y%: the indicators of X and Y. */
  split?: [string, string];
  /** 分别达到X元、Y元: the indicators of the levels X and Y. */
  splitLevel?: [string, string];
  /** The level is a rate in %, so a change in points (提高0.5个百分点) is a change of it. */
  rate?: boolean;
  /** The level is itself a change (居民消费价格上涨1.9%): 上涨/下降 give the level, signed. */
  levelIsChange?: boolean;
}

export const HEADLINE_INDICATORS: readonly IndicatorDefinition[] = [
  { name: '地区生产总值', nameEn: 'Gross regional product (GDP)' },
  { name: '地区生产总值增长', nameEn: 'GDP growth' },
  {
    name: '规模以上工业增加值增长',
    nameEn: 'Growth of value added of industry above designated size',
  },
  { name: '固定资产投资增长', nameEn: 'Growth of fixed-asset investment' },
  { name: '社会消费品零售总额', nameEn: 'Total retail sales of consumer goods' },
  { name: '社会消费品零售总额增长', nameEn: 'Growth of total retail sales of consumer goods' },
  { name: '地方一般公共预算收入', nameEn: 'Local general public budget revenue' },
  { name: '地方一般公共预算收入增长', nameEn: 'Growth of local general public budget revenue' },
  { name: '常住人口城镇化率', nameEn: 'Urbanization rate of the resident population' },
  { name: '城镇调查失业率', nameEn: 'Surveyed urban unemployment rate' },
  { name: '城镇登记失业率', nameEn: 'Registered urban unemployment rate' },
  { name: '城镇居民人均可支配收入', nameEn: 'Per-capita disposable income of urban residents' },
  {
    name: '城镇居民人均可支配收入增长',
    nameEn: 'Growth of per-capita disposable income of urban residents',
  },
  { name: '农村居民人均可支配收入', nameEn: 'Per-capita disposable income of rural residents' },
  {
    name: '农村居民人均可支配收入增长',
    nameEn: 'Growth of per-capita disposable income of rural residents',
  },
  { name: '基本养老保险参保人数', nameEn: 'People insured under basic old-age insurance' },
  { name: '基本养老保险参保率', nameEn: 'Basic old-age insurance coverage rate' },
  { name: '粮食产量', nameEn: 'Grain output' },
  { name: '居民消费价格涨幅', nameEn: 'Rise in consumer prices (CPI)' },
];

export const HEADLINE_TERMS: readonly HeadlineTerm[] = [
  { surface: '地区生产总值', growth: '地区生产总值增长', level: '地区生产总值' },
  { surface: '规模以上工业增加值', growth: '规模以上工业增加值增长' },
  { surface: '规上工业增加值', growth: '规模以上工业增加值增长' },
  { surface: '固定资产投资', growth: '固定资产投资增长' },
  { surface: '社会消费品零售总额', growth: '社会消费品零售总额增长', level: '社会消费品零售总额' },
  {
    surface: '地方一般公共预算收入',
    growth: '地方一般公共预算收入增长',
    level: '地方一般公共预算收入',
  },
  {
    surface: '一般公共预算收入',
    growth: '地方一般公共预算收入增长',
    level: '地方一般公共预算收入',
  },
  { surface: '常住人口城镇化率', level: '常住人口城镇化率', rate: true },
  { surface: '城镇化率', level: '常住人口城镇化率', rate: true },
  { surface: '城镇调查失业率', level: '城镇调查失业率', rate: true },
  { surface: '城镇登记失业率', level: '城镇登记失业率', rate: true },
  ...['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'].map((surface) => ({
    surface,
    growth: '城镇居民人均可支配收入增长',
    level: '城镇居民人均可支配收入',
  })),
  ...['农村居民人均可支配收入', '农村常住居民人均可支配收入'].map((surface) => ({
    surface,
    growth: '农村居民人均可支配收入增长',
    level: '农村居民人均可支配收入',
  })),
  {
    surface: '城乡居民人均可支配收入',
    split: ['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长'],
    splitLevel: ['城镇居民人均可支配收入', '农村居民人均可支配收入'],
  },
  { surface: '基本养老保险参保人数', level: '基本养老保险参保人数' },
  { surface: '基本养老保险参保率', level: '基本养老保险参保率', rate: true },
  { surface: '参保率', context: '基本养老保险', level: '基本养老保险参保率', rate: true },
  { surface: '粮食产量', level: '粮食产量' },
  { surface: '产量', context: '粮食', level: '粮食产量' },
  { surface: '居民消费价格涨幅', level: '居民消费价格涨幅', rate: true, levelIsChange: true },
  { surface: '居民消费价格', level: '居民消费价格涨幅', rate: true, levelIsChange: true },
];

export function headlineIndicator(name: string): IndicatorDefinition | undefined {
  return HEADLINE_INDICATORS.find((indicator) => indicator.name === name);
}
