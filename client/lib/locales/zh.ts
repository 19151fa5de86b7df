export const zh = {
  app: {
    title: 'Backplan 重大项目推进看板',
    subtitle: '成熟度 · 加速度 · 贡献度 · 倒排工期',
    switchLanguage: 'English',
    switchLanguageLabel: '切换到英文界面',
  },
  stage: {
    maturity: '成熟度',
    acceleration: '加速度',
    contribution: '贡献度',
  },
  stageHint: {
    maturity: '前期手续办理中',
    acceleration: '施工建设中',
    contribution: '建成投产见效',
  },
  board: {
    label: '项目推进看板',
    count: '{{count}} 个项目',
    empty: '暂无项目，可把卡片拖到这里',
    loading: '正在加载看板…',
    loadFailed: '看板加载失败：{{message}}',
    retry: '重试',
  },
  card: {
    owner: '责任单位',
    totalInvestment: '总投资',
    plannedInvestment: '年度计划',
    amount: '{{amount}} 万元',
    target: '目标日期',
  },
  nav: {
    label: '主导航',
    board: '看板',
    timeline: '时间轴',
    calendar: '工作日历',
    templates: '节点模板',
  },
  light: {
    red: '红灯',
    yellow: '黄灯',
    green: '绿灯',
    none: '未排期',
  },
  schedule: {
    next: '下一节点',
    daysLeft: '剩 {{count}} 个工作日',
    daysLate: '逾期 {{count}} 个工作日',
    dueToday: '今天到期',
    allDone: '节点已全部完成',
    projectedVsTarget: '预计 {{projected}} / 目标 {{target}}',
    progress: '{{done}}/{{total}} 个节点已完成',
  },
  move: {
    failed: '移动未成功，卡片已回到原位：{{message}}',
  },
  dnd: {
    instructions: '按空格键或回车键拿起项目卡片，用方向键移动，再按空格键或回车键放下，按 Esc 键取消。',
    pickedUp: '已拿起项目“{{name}}”，位于“{{stage}}”列第 {{position}} 位。',
    over: '项目“{{name}}”移到“{{stage}}”列第 {{position}} 位。',
    dropped: '项目“{{name}}”已放到“{{stage}}”列第 {{position}} 位。',
    cancelled: '已取消移动，项目“{{name}}”回到原位。',
  },
  notice: {
    dismiss: '关闭',
    networkError: '无法连接服务器，请检查网络后重试。',
  },
};
