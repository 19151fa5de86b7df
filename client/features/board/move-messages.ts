// Words of moving cards: the stage gate and reason dialogs, the undo toast, unsaved moves and shortcuts.
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
  pending: {
    sending: '保存中…',
    waiting: '离线·未保存',
    waitingHint: '网络已断开，这次移动还没有保存；恢复连接后会自动发送。',
  },
  shortcuts: {
    title: '键盘快捷键',
    undo: '撤销上一次移动',
    search: '查找项目',
    help: '显示本列表',
    space: '空格',
    enter: '回车',
    pickUp: '拿起或放下聚焦的项目卡片',
    arrows: '移动拿起的卡片',
    ends: '把拿起的卡片移到本列最前或最后',
    escape: '取消移动，或关闭对话框',
    notWhileTyping: '在输入框里打字时，快捷键不起作用。',
    close: '知道了',
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
    pending: {
      sending: 'Saving…',
      waiting: 'Offline · unsaved',
      waitingHint: 'No network: this move is not saved yet; it is sent once the connection is back.',
    },
    shortcuts: {
      title: 'Keyboard shortcuts',
      undo: 'Undo the last move',
      search: 'Find a project',
      help: 'Show this list',
      space: 'Space',
      enter: 'Enter',
      pickUp: 'Pick up or drop the focused project card',
      arrows: 'Move the picked-up card',
      ends: 'Move the picked-up card to the top or bottom of its column',
      escape: 'Cancel the move, or close a dialog',
      notWhileTyping: 'Shortcuts do nothing while you type in a field.',
      close: 'Got it',
    },
  },
};
