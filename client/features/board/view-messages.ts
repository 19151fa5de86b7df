// Words of the board's ways of showing its cards: board or list, card density, and the list itself.
const zh = {
  layout: '显示方式',
  layouts: { board: '看板', list: '列表' },
  density: '卡片密度',
  densities: { normal: '标准', compact: '紧凑' },
  list: {
    label: '项目列表',
    code: '编号',
    name: '项目名称',
    unit: '责任单位',
    stage: '阶段',
    light: '亮灯',
    target: '目标日期',
    next: '下一节点',
    allDone: '节点已全部完成',
    sortBy: '按“{{column}}”排序',
    empty: '没有符合条件的项目。',
    shownOf: '已显示 {{shown}} / {{total}} 个项目',
    showMore: '再显示 {{count}} 个',
  },
};

const en: typeof zh = {
  layout: 'Show as',
  layouts: { board: 'Board', list: 'List' },
  density: 'Card density',
  densities: { normal: 'Standard', compact: 'Compact' },
  list: {
    label: 'Project list',
    code: 'Code',
    name: 'Project',
    unit: 'Owner unit',
    stage: 'Stage',
    light: 'Light',
    target: 'Target date',
    next: 'Next milestone',
    allDone: 'All milestones done',
    sortBy: 'Sort by “{{column}}”',
    empty: 'No project matches.',
    shownOf: 'Showing {{shown}} of {{total}} projects',
    showMore: 'Show {{count}} more',
  },
};

export const boardViewMessages = { zh, en };
