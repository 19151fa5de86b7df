// The blocker list as an Excel workbook: the rows `blocker.list` gives for the same filter, in the
// same order, one row per blocker, with real dates and numbers so the sheet sorts and filters.
import ExcelJS from 'exceljs';
import type { PrismaClient } from '../../db/generated/client.js';
import { BLOCKER_COLUMNS, blockerLabels, type BlockerColumn } from '../../domain/blockers.js';
import { fromIsoDate } from '../../domain/dates.js';
import type { BlockerView } from './blocker-view.js';
import { listBlockers, type TBlockerFilterOutput } from './list-blockers.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WIDTHS: Record<BlockerColumn, number> = {
  projectCode: 16,
  projectName: 28,
  category: 10,
  description: 48,
  responsibleUnit: 18,
  level: 10,
  status: 10,
  raisedOn: 12,
  ageDays: 10,
  targetDate: 14,
  isOverdue: 10,
  raisedBy: 14,
};
const DATE_COLUMNS: ReadonlySet<BlockerColumn> = new Set(['raisedOn', 'targetDate']);

function cellsOf(blocker: BlockerView, lang: 'zh' | 'en'): Record<BlockerColumn, string | number | Date> {
  const labels = blockerLabels[lang];
  return {
    projectCode: blocker.project.code,
    projectName: blocker.project.name,
    category: labels.category[blocker.category],
    description: blocker.description,
    responsibleUnit: blocker.responsibleUnit.name,
    level: labels.level[blocker.level],
    status: labels.status[blocker.status],
    raisedOn: fromIsoDate(blocker.raisedOn),
    ageDays: blocker.ageDays,
    targetDate: fromIsoDate(blocker.targetDate),
    isOverdue: blocker.isOverdue ? labels.yes : labels.no,
    raisedBy: blocker.raisedBy.name,
  };
}

export async function blockersXlsx({
  prisma,
  today,
  filter,
  lang,
  projectUrl,
}: {
  prisma: PrismaClient;
  today: string;
  filter: TBlockerFilterOutput;
  lang: 'zh' | 'en';
  /** Where a project's page is, to link each project code to it (the HTTP route knows its origin). */
  projectUrl?: (projectId: number) => string;
}): Promise<Buffer> {
  const blockers = await listBlockers({ prisma, today, filter });
  const labels = blockerLabels[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Backplan';
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = BLOCKER_COLUMNS.map((key) => ({
    key,
    header: labels.columns[key],
    width: WIDTHS[key],
    ...(DATE_COLUMNS.has(key) && { style: { numFmt: 'yyyy-mm-dd' } }),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const blocker of blockers) {
    const row = sheet.addRow(cellsOf(blocker, lang));
    if (projectUrl) {
      row.getCell('projectCode').value = { text: blocker.project.code, hyperlink: projectUrl(blocker.project.id) };
    }
    row.getCell('description').alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: BLOCKER_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
