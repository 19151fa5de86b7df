// The filtered log as a download, CSV or Excel, with the same rows as the screen shows: headings in the
// reader's language, times in the bureau's time zone, and one "what changed" column worded as on screen.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { PrismaClient } from '../../db/generated/client.js';
import type { TAuditFilter } from '../../domain/audit-input.js';
import {
  actionLabel,
  actorLabel,
  AUDIT_COLUMNS,
  auditWords,
  entityName,
  entityTypeLabel,
  reasonText,
  summarizeAudit,
  summaryText,
  type AuditColumn,
  type AuditLanguage,
} from '../../domain/audit-labels.js';
import { BUREAU_OFFSET_MS, bureauDateTime } from '../../domain/bureau-time.js';
import { auditSelect, whereOf } from './audit-query.js';
import { loadAuditNames } from './audit-names.js';

interface ExportOptions {
  prisma: PrismaClient;
  filter: TAuditFilter;
  lang: AuditLanguage;
}

/** The rows, oldest first, each as the reader reads it; `at` stays a Date for the spreadsheet. */
async function auditRows({ prisma, filter, lang }: ExportOptions) {
  const entries = await prisma.auditEntry.findMany({
    where: whereOf(filter),
    orderBy: { id: 'asc' },
    select: auditSelect,
  });
  const names = await loadAuditNames(prisma, entries);
  return entries.map((e) => ({
    at: e.at,
    actor: actorLabel(e.actorName, names, lang),
    action: actionLabel(e.action, e.entityType, lang),
    entity: `${entityTypeLabel(e.entityType, lang)} ${entityName(e, names, lang)}`,
    changes: summaryText(summarizeAudit(e, names, lang), lang),
    reason: reasonText(e, lang),
  }));
}

/** CSV in UTF-8 with a byte-order mark, so Excel and WPS open the Chinese intact. */
export async function auditCsv(options: ExportOptions): Promise<string> {
  const rows = await auditRows(options);
  const header = AUDIT_COLUMNS.map((key) => auditWords[options.lang].columns[key]);
  const cells = rows.map((row) => AUDIT_COLUMNS.map((key) => (key === 'at' ? bureauDateTime(row.at) : row[key])));
  // Names typed at sign-in land here unchecked: a cell starting with = + - @ gets a leading ' so that a
  // spreadsheet shows it as text instead of running it as a formula.
  return '\uFEFF' + stringify([header, ...cells], { escape_formulas: true });
}

const WIDTHS: Record<AuditColumn, number> = { at: 20, actor: 14, action: 16, entity: 32, changes: 60, reason: 30 };

export async function auditXlsx(options: ExportOptions): Promise<Buffer> {
  const rows = await auditRows(options);
  const words = auditWords[options.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Backplan';
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = AUDIT_COLUMNS.map((key) => ({
    key,
    header: words.columns[key],
    width: WIDTHS[key],
    ...(key === 'at' && { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } }),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    // A spreadsheet's date has no time zone: it holds the bureau's wall-clock time, which the heading names.
    const added = sheet.addRow({ ...row, at: new Date(row.at.getTime() + BUREAU_OFFSET_MS) });
    added.getCell('changes').alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: AUDIT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
