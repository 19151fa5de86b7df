// Words of moving cards: the stage gate and reason dialogs and the undo toast.
const zh = {
  gate: {
    title: '“{{name}}”还有未完成的节点',
    intro: '项目离开“{{from}}”阶段前，以下 {{count}} 个节点尚未完成：',
    milestone: '{{name}}（{{stage}}）',
    confirm: '仍然移动',
  },
  back: {
    title: '退回“{{to}}”阶段',
    intro: '项目“{{name}}”将从“{{from}}”退回“{{to}}”，请写明理由。',
    confirm: '退回',
  },
  reason: {
    label: '理由（必填，会记入项目历史）',
    required: '请先填写理由，再移动项目。',
  },
  cancel: '取消',
  checking: '正在检查阶段关口…',
  undo: {
    moved: '已将“{{name}}”移到“{{stage}}”。',
    reordered: '已调整“{{name}}”在“{{stage}}”中的位置。',
    button: '撤销',
    countdown: '{{seconds}} 秒内可撤销',
    reason: '撤销移动',
  },
};

export const moveMessages: { zh: typeof zh; en: typeof zh } = {
  zh,
  en: {
    gate: {
      title: '"{{name}}" has unfinished milestones',
      intro: 'Before the project leaves "{{from}}", these {{count}} milestone(s) are not finished:',
      milestone: '{{name}} ({{stage}})',
      confirm: 'Move anyway',
    },
    back: {
      title: 'Move back to "{{to}}"',
      intro: 'Project "{{name}}" goes back from "{{from}}" to "{{to}}". Say why.',
      confirm: 'Move back',
    },
    reason: {
      label: 'Reason (required, kept in the project history)',
      required: 'Give a reason before moving the project.',
    },
    cancel: 'Cancel',
    checking: 'Checking the stage gate…',
    undo: {
      moved: 'Moved "{{name}}" to "{{stage}}".',
      reordered: 'Moved "{{name}}" within "{{stage}}".',
      button: 'Undo',
      countdown: 'Undo possible for {{seconds}} s',
      reason: 'Undo of a move',
    },
  },
};
