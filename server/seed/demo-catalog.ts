// Building blocks of the demo ledger: a district like 章丘区 with its departments and towns, a
// list of plausible major projects, and one milestone template per kind of project.
import type { Stage } from '../domain/stages.js';

export interface DemoUnit {
  code: string;
  name: string;
  kind: 'department' | 'town';
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  { code: 'FGJ', name: '区发改局', kind: 'department' },
  { code: 'ZRZYJ', name: '区自然资源局', kind: 'department' },
  { code: 'GXJ', name: '区工信局', kind: 'department' },
  { code: 'ZJJ', name: '区住建局', kind: 'department' },
  { code: 'JTYSJ', name: '区交通运输局', kind: 'department' },
  { code: 'JTJ', name: '区教体局', kind: 'department' },
  { code: 'WJJ', name: '区卫健局', kind: 'department' },
  { code: 'WLJ', name: '区文旅局', kind: 'department' },
  { code: 'SWJ', name: '区水务局', kind: 'department' },
  { code: 'MSJD', name: '明水街道', kind: 'town' },
  { code: 'SSJD', name: '双山街道', kind: 'town' },
  { code: 'SJJD', name: '圣井街道', kind: 'town' },
  { code: 'DZ', name: '刁镇', kind: 'town' },
];

export type ProjectType = 'industrial' | 'infrastructure' | 'publicService';

export interface CatalogProject {
  name: string;
  type: ProjectType;
  unit: string;
  /** 万元 */
  totalInvestment: number;
  summary: string;
}

export const CATALOG_PROJECTS: readonly CatalogProject[] = [
  // Industrial
  {
    name: '章丘区高端装备产业园标准厂房项目',
    type: 'industrial',
    unit: 'GXJ',
    totalInvestment: 125000,
    summary: '新建标准厂房及研发楼约28万平方米，承接高端装备制造企业入驻',
  },
  {
    name: '明水经济开发区新能源汽车零部件项目',
    type: 'industrial',
    unit: 'MSJD',
    totalInvestment: 86000,
    summary: '建设电驱动系统及轻量化车身零部件生产线，达产后年产零部件60万套',
  },
  {
    name: '刁镇化工产业园精细化工新材料项目',
    type: 'industrial',
    unit: 'DZ',
    totalInvestment: 150000,
    summary: '建设高性能树脂及电子化学品生产装置，同步配套安全环保设施',
  },
  {
    name: '双山街道智能农机装备制造项目',
    type: 'industrial',
    unit: 'SSJD',
    totalInvestment: 42000,
    summary: '建设智能拖拉机及收获机械总装线，年产各类农机装备8000台',
  },
  {
    name: '章丘区精密铸锻件智能化改造项目',
    type: 'industrial',
    unit: 'GXJ',
    totalInvestment: 18500,
    summary: '对现有铸锻生产线实施数字化、绿色化改造，新增智能铸造单元12套',
  },
  {
    name: '明水经济开发区生物医药产业园项目',
    type: 'industrial',
    unit: 'MSJD',
    totalInvestment: 96000,
    summary: '建设原料药及制剂生产车间、中试基地和公共检测平台',
  },
  {
    name: '圣井街道绿色建材产业园项目',
    type: 'industrial',
    unit: 'SJJD',
    totalInvestment: 38000,
    summary: '建设装配式建筑构件及新型墙体材料生产线',
  },
  {
    name: '章丘区五轴数控机床及功能部件项目',
    type: 'industrial',
    unit: 'GXJ',
    totalInvestment: 56000,
    summary: '建设五轴数控机床及主轴、转台等关键功能部件生产基地',
  },
  {
    name: '刁镇氢能装备产业化项目',
    type: 'industrial',
    unit: 'DZ',
    totalInvestment: 64000,
    summary: '建设车载储氢瓶及加氢站成套装备生产线',
  },
  {
    name: '双山街道章丘大葱精深加工项目',
    type: 'industrial',
    unit: 'SSJD',
    totalInvestment: 12600,
    summary: '建设大葱等特色农产品冷链仓储和精深加工车间',
  },
  {
    name: '章丘区工业互联网平台及智能工厂项目',
    type: 'industrial',
    unit: 'GXJ',
    totalInvestment: 23800,
    summary: '建设区域工业互联网平台，带动30家规上企业建设数字化车间',
  },
  {
    name: '明水经济开发区储能电池系统集成项目',
    type: 'industrial',
    unit: 'MSJD',
    totalInvestment: 72000,
    summary: '建设储能电池模组及系统集成生产线，年产储能系统2GWh',
  },
  {
    name: '圣井街道食品产业园冷链物流项目',
    type: 'industrial',
    unit: 'SJJD',
    totalInvestment: 28500,
    summary: '建设冷链仓储、中央厨房及配送中心',
  },
  {
    name: '章丘铁锅智能炊具产业园项目',
    type: 'industrial',
    unit: 'GXJ',
    totalInvestment: 15800,
    summary: '建设智能炊具生产线和铁锅锻打工艺展示中心',
  },
  {
    name: '刁镇新型高分子材料产业化项目',
    type: 'industrial',
    unit: 'DZ',
    totalInvestment: 46250.5,
    summary: '建设特种工程塑料及改性材料生产线',
  },
  // Infrastructure
  {
    name: 'G309 章丘段改扩建工程',
    type: 'infrastructure',
    unit: 'JTYSJ',
    totalInvestment: 185000,
    summary: '将约18公里路段由二级公路改扩建为一级公路，同步实施排水与照明工程',
  },
  {
    name: '经十东路章丘段提升改造工程',
    type: 'infrastructure',
    unit: 'JTYSJ',
    totalInvestment: 98000,
    summary: '实施主线快速化改造和沿线节点立交建设',
  },
  {
    name: '绣源河生态修复二期',
    type: 'infrastructure',
    unit: 'SWJ',
    totalInvestment: 36000,
    summary: '实施河道清淤、护岸生态化改造和滨河绿道建设',
  },
  {
    name: '章丘区城乡供水一体化提升工程',
    type: 'infrastructure',
    unit: 'SWJ',
    totalInvestment: 52000,
    summary: '新建加压泵站3座、改造供水管网约120公里，实现城乡供水同源同质同网',
  },
  {
    name: '明水街道老旧小区改造提升项目',
    type: 'infrastructure',
    unit: 'MSJD',
    totalInvestment: 24500,
    summary: '改造老旧小区42个，惠及居民约1.1万户',
  },
  {
    name: '章丘区城区雨污分流改造工程',
    type: 'infrastructure',
    unit: 'ZJJ',
    totalInvestment: 67000,
    summary: '改造雨污合流管网约85公里，新建调蓄池2座',
  },
  {
    name: '章丘北站片区综合交通枢纽配套工程',
    type: 'infrastructure',
    unit: 'JTYSJ',
    totalInvestment: 43000,
    summary: '建设公交首末站、社会停车场及片区路网',
  },
  {
    name: '白云湖湿地保护与修复工程',
    type: 'infrastructure',
    unit: 'SWJ',
    totalInvestment: 21000,
    summary: '实施湿地水系连通、生态补水和岸线修复',
  },
  {
    name: '双山街道城市更新片区基础设施配套项目',
    type: 'infrastructure',
    unit: 'SSJD',
    totalInvestment: 31000,
    summary: '建设片区道路、地下管网和口袋公园',
  },
  {
    name: '章丘区农村公路提档升级工程',
    type: 'infrastructure',
    unit: 'JTYSJ',
    totalInvestment: 27600,
    summary: '改造提升农村公路约160公里，完善安全防护设施',
  },
  {
    name: '刁镇化工产业园公共管廊及污水处理厂项目',
    type: 'infrastructure',
    unit: 'DZ',
    totalInvestment: 34000,
    summary: '建设园区公共管廊约12公里及日处理2万吨的污水处理厂',
  },
  {
    name: '章丘区城区集中供热管网扩建工程',
    type: 'infrastructure',
    unit: 'ZJJ',
    totalInvestment: 29800,
    summary: '新建供热主干管网约40公里，新增供热面积300万平方米',
  },
  {
    name: '章丘区小型水库除险加固工程',
    type: 'infrastructure',
    unit: 'SWJ',
    totalInvestment: 9800.75,
    summary: '对9座小型水库实施坝体加固、溢洪道改造和监测设施建设',
  },
  // Public service
  {
    name: '区人民医院新院区建设项目',
    type: 'publicService',
    unit: 'WJJ',
    totalInvestment: 160000,
    summary: '新建床位1200张的综合医院院区，含门急诊、医技及住院楼',
  },
  {
    name: '区中医医院康复中心项目',
    type: 'publicService',
    unit: 'WJJ',
    totalInvestment: 38000,
    summary: '建设康复治疗中心及中医药特色诊疗用房',
  },
  {
    name: '章丘区疾控中心业务楼建设项目',
    type: 'publicService',
    unit: 'WJJ',
    totalInvestment: 14500,
    summary: '建设生物安全二级实验室及应急物资储备库',
  },
  {
    name: '章丘区医养结合示范中心项目',
    type: 'publicService',
    unit: 'WJJ',
    totalInvestment: 24000,
    summary: '建设养老床位600张的医养结合服务中心',
  },
  {
    name: '明水东部新建初级中学项目',
    type: 'publicService',
    unit: 'JTJ',
    totalInvestment: 42000,
    summary: '新建48个教学班初级中学，新增学位2400个',
  },
  {
    name: '双山街道九年一贯制学校项目',
    type: 'publicService',
    unit: 'JTJ',
    totalInvestment: 36000,
    summary: '新建54个教学班九年一贯制学校及风雨操场',
  },
  {
    name: '章丘区公办幼儿园建设项目（第二批）',
    type: 'publicService',
    unit: 'JTJ',
    totalInvestment: 18000,
    summary: '新建、改扩建公办幼儿园8所，新增学位2700个',
  },
  {
    name: '章丘区全民健身中心项目',
    type: 'publicService',
    unit: 'JTJ',
    totalInvestment: 26000,
    summary: '建设综合体育馆、游泳馆及室外健身场地',
  },
  {
    name: '章丘区职业教育实训基地项目',
    type: 'publicService',
    unit: 'JTJ',
    totalInvestment: 33000,
    summary: '建设智能制造、新能源汽车等专业公共实训中心',
  },
  {
    name: '明水古城文化旅游提升项目',
    type: 'publicService',
    unit: 'WLJ',
    totalInvestment: 58000,
    summary: '实施古城街巷风貌提升、泉水景观和文旅配套设施建设',
  },
  {
    name: '百脉泉景区智慧旅游提升项目',
    type: 'publicService',
    unit: 'WLJ',
    totalInvestment: 8600,
    summary: '建设景区智慧票务、客流监测和导览服务系统',
  },
  {
    name: '城子崖遗址博物馆配套提升项目',
    type: 'publicService',
    unit: 'WLJ',
    totalInvestment: 21000,
    summary: '建设遗址展示馆配套研学中心和游客服务设施',
  },
  {
    name: '圣井街道社区卫生服务中心迁建项目',
    type: 'publicService',
    unit: 'SJJD',
    totalInvestment: 8200,
    summary: '迁建社区卫生服务中心，设置床位60张',
  },
  {
    name: '章丘区保障性租赁住房项目',
    type: 'publicService',
    unit: 'ZJJ',
    totalInvestment: 45000,
    summary: '建设保障性租赁住房1800套及社区配套用房',
  },
];

/** Who owns a milestone: the project's own unit, a fixed approving unit, or the town where the land is. */
export type MilestoneOwner = 'project' | 'town' | 'FGJ' | 'ZRZYJ' | 'ZJJ';

export interface MilestoneTemplate {
  key: string;
  name: string;
  stage: Stage;
  /** Planned duration range in working days. */
  days: readonly [number, number];
  after: readonly string[];
  owner: MilestoneOwner;
  /** Not every project needs it (land already held, no new building, small scale …). */
  isOptional?: boolean;
}

// Every milestone of a stage leads to the first milestone of the next stage (开工, 投产/交付/投入使用),
// so a project that has started the next stage has finished the current one.
export const MILESTONE_TEMPLATES: Readonly<Record<ProjectType, readonly MilestoneTemplate[]>> = {
  industrial: [
    { key: 'lx', name: '立项备案', stage: 'maturity', days: [5, 15], after: [], owner: 'FGJ' },
    {
      key: 'yd',
      name: '土地招拍挂及用地手续',
      stage: 'maturity',
      days: [30, 60],
      after: ['lx'],
      owner: 'ZRZYJ',
      isOptional: true,
    },
    {
      key: 'gh',
      name: '建设工程规划许可',
      stage: 'maturity',
      days: [15, 30],
      after: ['yd'],
      owner: 'ZRZYJ',
      isOptional: true,
    },
    { key: 'hp', name: '环评批复', stage: 'maturity', days: [20, 40], after: ['lx'], owner: 'project' },
    {
      key: 'np',
      name: '节能审查（能评）',
      stage: 'maturity',
      days: [15, 30],
      after: ['lx'],
      owner: 'FGJ',
      isOptional: true,
    },
    { key: 'sg', name: '施工许可', stage: 'maturity', days: [10, 20], after: ['gh', 'hp', 'np'], owner: 'ZJJ' },
    { key: 'zj', name: '资金落实', stage: 'maturity', days: [20, 60], after: ['lx'], owner: 'project' },
    { key: 'kg', name: '开工建设', stage: 'acceleration', days: [5, 10], after: ['sg', 'zj'], owner: 'project' },
    {
      key: 'fd',
      name: '主体封顶',
      stage: 'acceleration',
      days: [60, 120],
      after: ['kg'],
      owner: 'project',
      isOptional: true,
    },
    { key: 'sb', name: '设备安装调试', stage: 'acceleration', days: [40, 90], after: ['fd'], owner: 'project' },
    { key: 'jg', name: '竣工验收', stage: 'acceleration', days: [15, 30], after: ['sb'], owner: 'project' },
    { key: 'tc', name: '投产', stage: 'contribution', days: [10, 20], after: ['jg'], owner: 'project' },
    { key: 'dc', name: '达产达效并纳统', stage: 'contribution', days: [60, 120], after: ['tc'], owner: 'project' },
  ],
  infrastructure: [
    { key: 'kv', name: '可研批复', stage: 'maturity', days: [15, 30], after: [], owner: 'FGJ' },
    { key: 'yd', name: '用地预审与选址意见', stage: 'maturity', days: [20, 40], after: ['kv'], owner: 'ZRZYJ' },
    { key: 'cs', name: '初步设计批复', stage: 'maturity', days: [15, 30], after: ['kv'], owner: 'project' },
    {
      key: 'hp',
      name: '环评批复',
      stage: 'maturity',
      days: [20, 40],
      after: ['kv'],
      owner: 'project',
      isOptional: true,
    },
    { key: 'zq', name: '征地拆迁', stage: 'maturity', days: [40, 120], after: ['yd'], owner: 'town', isOptional: true },
    { key: 'zb', name: '施工及监理招标', stage: 'maturity', days: [20, 30], after: ['cs'], owner: 'project' },
    { key: 'zj', name: '资金落实（专项债）', stage: 'maturity', days: [30, 60], after: ['kv'], owner: 'project' },
    { key: 'sg', name: '施工许可', stage: 'maturity', days: [10, 20], after: ['zb', 'zq', 'hp'], owner: 'project' },
    { key: 'kg', name: '开工建设', stage: 'acceleration', days: [5, 10], after: ['sg', 'zj'], owner: 'project' },
    { key: 'zt', name: '主体工程完工', stage: 'acceleration', days: [90, 120], after: ['kg'], owner: 'project' },
    { key: 'fs', name: '附属及配套工程完工', stage: 'acceleration', days: [40, 80], after: ['kg'], owner: 'project' },
    { key: 'jg', name: '竣工验收', stage: 'acceleration', days: [20, 30], after: ['zt', 'fs'], owner: 'project' },
    { key: 'jf', name: '交付使用', stage: 'contribution', days: [5, 15], after: ['jg'], owner: 'project' },
    {
      key: 'xp',
      name: '运营效益评价',
      stage: 'contribution',
      days: [30, 60],
      after: ['jf'],
      owner: 'FGJ',
      isOptional: true,
    },
  ],
  publicService: [
    { key: 'kv', name: '可研批复', stage: 'maturity', days: [15, 30], after: [], owner: 'FGJ' },
    { key: 'yd', name: '用地预审与规划选址', stage: 'maturity', days: [20, 40], after: ['kv'], owner: 'ZRZYJ' },
    { key: 'gh', name: '建设工程规划许可', stage: 'maturity', days: [15, 30], after: ['yd'], owner: 'ZRZYJ' },
    {
      key: 'hp',
      name: '环评批复',
      stage: 'maturity',
      days: [15, 30],
      after: ['kv'],
      owner: 'project',
      isOptional: true,
    },
    { key: 'st', name: '施工图审查', stage: 'maturity', days: [20, 30], after: ['gh'], owner: 'ZJJ' },
    { key: 'zj', name: '资金落实', stage: 'maturity', days: [30, 60], after: ['kv'], owner: 'project' },
    { key: 'sg', name: '施工许可', stage: 'maturity', days: [10, 15], after: ['st', 'hp'], owner: 'ZJJ' },
    { key: 'kg', name: '开工建设', stage: 'acceleration', days: [5, 10], after: ['sg', 'zj'], owner: 'project' },
    { key: 'fd', name: '主体封顶', stage: 'acceleration', days: [60, 120], after: ['kg'], owner: 'project' },
    { key: 'zx', name: '装饰装修及设备采购', stage: 'acceleration', days: [60, 100], after: ['fd'], owner: 'project' },
    {
      key: 'sw',
      name: '室外配套工程',
      stage: 'acceleration',
      days: [30, 60],
      after: ['fd'],
      owner: 'project',
      isOptional: true,
    },
    { key: 'jg', name: '竣工验收', stage: 'acceleration', days: [20, 30], after: ['zx', 'sw'], owner: 'project' },
    { key: 'ty', name: '投入使用', stage: 'contribution', days: [10, 20], after: ['jg'], owner: 'project' },
    {
      key: 'xx',
      name: '运营达效',
      stage: 'contribution',
      days: [60, 120],
      after: ['ty'],
      owner: 'project',
      isOptional: true,
    },
  ],
};
