// Every message a person may see from the server, in both languages. The server answers API
// callers in English; the client shows the language the user chose, from the same keys.
export const errorMessages = {
  zh: {
    'project.notFound': '找不到项目（编号 {{id}}），它可能已被删除或归档。',
    'project.conflict': '项目“{{code}}”已被他人修改，请刷新后再操作。',
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
    internal: '服务器出错了，请稍后再试。',
  },
  en: {
    'project.notFound': 'Project {{id}} was not found; it may have been deleted or archived.',
    'project.conflict': 'Project "{{code}}" was changed by someone else. Reload and try again.',
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
    internal: 'Something went wrong on the server. Try again later.',
  },
} as const;

export type ErrorKey = keyof (typeof errorMessages)['en'];
export type ErrorParams = Record<string, string | number>;

export function isErrorKey(value: string): value is ErrorKey {
  return value in errorMessages.en;
}

export function formatErrorMessage(key: ErrorKey, params: ErrorParams = {}, lang: 'zh' | 'en' = 'en'): string {
  return errorMessages[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
