// Every message a person may see from the server, in both languages. The server answers API
// callers in English; the client shows the language the user chose, from the same keys.
const zh = {
  'project.notFound': '找不到项目（编号 {{id}}），它可能已被删除或归档。',
  'project.conflict': '项目“{{code}}”已被他人修改，请刷新后再操作。',
  'project.conflictBy': '项目“{{code}}”刚被 {{by}} 修改，请刷新后再操作。',
  'project.codeTaken': '项目代码 {{code}} 已被使用，请换一个。',
  'unit.notFound': '找不到责任单位（编号 {{id}}）。',
  'move.neighbourMissing': '目标位置旁的项目（编号 {{id}}）已不在该列，请刷新后重试。',
  'validation.failed': '输入有误，请检查标出的字段。',
  'validation.invalid': '此项的值无效。',
  'validation.required': '此项必填。',
  'validation.tooLong': '最多 {{max}} 个字符。',
  'validation.projectCode': '项目代码格式应如 ZQ-2024-001（大写字母、数字和连字符）。',
  'validation.amount': '请输入不小于 0 的金额（万元），最多两位小数。',
  'validation.plannedOverTotal': '年度计划投资不能大于总投资。',
  'validation.date': '请输入有效日期（YYYY-MM-DD）。',
  'validation.onePlacement': '只能指定 afterId、beforeId、position 中的一个。',
  'milestone.notFound': '找不到节点（编号 {{id}}）。',
  'milestone.finishBeforeStart': '节点“{{name}}”的实际完成日期不能早于实际开始日期。',
  'milestone.actualInFuture': '节点“{{name}}”的实际日期 {{date}} 晚于今天，尚未发生的日期不能填为实际日期。',
  'milestone.dependencyOutsideProject': '前置节点（编号 {{id}}）不属于同一项目。',
  'plan.cycle': '节点之间的前后置关系形成了循环：{{names}}。',
  'plan.unknownDependency': '节点“{{names}}”引用了不存在的前置节点。',
  'plan.invalid': '节点计划无法排期：{{detail}}',
  'calendar.dayNotFound': '{{date}} 没有本地调整，无需删除。',
  'validation.duration': '工期为 0 到 2000 之间的整数（工作日）。',
  'auth.required': '请先登录。',
  'auth.badCredentials': '用户名或密码不正确。',
  'auth.locked': '登录失败次数过多，账号已临时锁定，请 {{minutes}} 分钟后再试。',
  'auth.addressLocked': '此网络地址登录失败次数过多，请 {{minutes}} 分钟后再试。',
  'auth.disabled': '此账号已停用，请联系发改局项目科。',
  'auth.mustChangePassword': '请先修改初始密码，再继续使用。',
  'auth.wrongCurrentPassword': '当前密码不正确。',
  'auth.samePassword': '新密码不能与当前密码相同。',
  'auth.forbidden.viewer': '只读账号可以查看，不能修改。',
  'auth.forbidden.adminOnly': '此操作需要管理员（发改局项目科）权限。',
  'auth.forbidden.unit': '只能修改本单位负责的项目；此项目属于“{{unit}}”。',
  'user.usernameTaken': '用户名 {{username}} 已被使用。',
  'user.notFound': '找不到用户（编号 {{id}}）。',
  'user.lastAdmin': '不能停用或降级最后一位管理员。',
  'unit.codeTaken': '单位代码 {{code}} 已被使用。',
  'unit.nameTaken': '单位名称“{{name}}”已被使用。',
  'validation.passwordLength': '密码长度为 {{min}} 到 128 个字符。',
  'validation.username': '用户名为 3 到 32 位小写字母、数字、点、下划线或连字符。',
  internal: '服务器出错了，请稍后再试。',
} as const;

const en: Record<keyof typeof zh, string> = {
  'project.notFound': 'Project {{id}} was not found; it may have been deleted or archived.',
  'project.conflict': 'Project "{{code}}" was changed by someone else. Reload and try again.',
  'project.conflictBy': 'Project "{{code}}" was just changed by {{by}}. Reload and try again.',
  'project.codeTaken': 'The project code {{code}} is already in use; choose another.',
  'unit.notFound': 'Owner unit {{id}} was not found.',
  'move.neighbourMissing':
    'The project next to the drop position ({{id}}) is no longer in that column. Reload and try again.',
  'validation.failed': 'Some input is not valid; check the marked fields.',
  'validation.invalid': 'This value is not valid.',
  'validation.required': 'This field is required.',
  'validation.tooLong': 'At most {{max}} characters.',
  'validation.projectCode': 'A project code looks like ZQ-2024-001 (capital letters, digits and hyphens).',
  'validation.amount': 'Enter an amount in 10k CNY, not below 0, with at most two decimals.',
  'validation.plannedOverTotal': 'Planned investment this year cannot exceed total investment.',
  'validation.date': 'Enter a valid date (YYYY-MM-DD).',
  'validation.onePlacement': 'Give at most one of afterId, beforeId and position.',
  'milestone.notFound': 'Milestone {{id}} was not found.',
  'milestone.finishBeforeStart': 'The actual finish of "{{name}}" cannot be before its actual start.',
  'milestone.actualInFuture':
    'The actual date {{date}} of "{{name}}" is after today; a date that has not happened yet cannot be an actual date.',
  'milestone.dependencyOutsideProject': 'Predecessor {{id}} belongs to another project.',
  'plan.cycle': 'The milestones wait on each other in a circle: {{names}}.',
  'plan.unknownDependency': 'Milestone "{{names}}" waits on a milestone that does not exist.',
  'plan.invalid': 'The milestone plan cannot be scheduled: {{detail}}',
  'calendar.dayNotFound': '{{date}} has no local change to remove.',
  'validation.duration': 'A duration is a whole number of working days from 0 to 2000.',
  'auth.required': 'Please sign in.',
  'auth.badCredentials': 'The username or password is not correct.',
  'auth.locked': 'Too many failed sign-ins: the account is locked for {{minutes}} minutes.',
  'auth.addressLocked': 'Too many failed sign-ins from this network address: try again in {{minutes}} minutes.',
  'auth.disabled': 'This account is disabled; ask the bureau project office.',
  'auth.mustChangePassword': 'Change your initial password before going on.',
  'auth.wrongCurrentPassword': 'The current password is not correct.',
  'auth.samePassword': 'The new password must differ from the current one.',
  'auth.forbidden.viewer': 'A read-only account can look but not change anything.',
  'auth.forbidden.adminOnly': 'This needs an administrator (the bureau project office).',
  'auth.forbidden.unit': 'You may change only the projects of your own unit; this one belongs to "{{unit}}".',
  'user.usernameTaken': 'The username {{username}} is already in use.',
  'user.notFound': 'User {{id}} was not found.',
  'user.lastAdmin': 'The last administrator cannot be disabled or given another role.',
  'unit.codeTaken': 'The unit code {{code}} is already in use.',
  'unit.nameTaken': 'The unit name "{{name}}" is already in use.',
  'validation.passwordLength': 'A password has {{min}} to 128 characters.',
  'validation.username': 'A username has 3 to 32 lowercase letters, digits, dots, underscores or hyphens.',
  internal: 'Something went wrong on the server. Try again later.',
};

export const errorMessages = { zh, en };

export type ErrorKey = keyof typeof zh;
export type ErrorParams = Record<string, string | number>;

export function isErrorKey(value: string): value is ErrorKey {
  return value in errorMessages.en;
}

export function formatErrorMessage(key: ErrorKey, params: ErrorParams = {}, lang: 'zh' | 'en' = 'en'): string {
  return errorMessages[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
