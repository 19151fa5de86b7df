// The first worksheet of an uploaded ledger as rows of the cells an import reads, found by their
// headings (domain/ledger.ts). A file that cannot be read as a ledger is refused whole, with why.
import ExcelJS from 'exceljs';
import {
  importFieldOf,
  isBlankRow,
  LEDGER_MAX_ROWS,
  REQUIRED_IMPORT_FIELDS,
  type ImportField,
  type LedgerCell,
} from '../../domain/ledger.js';
import {
  ledgerWords,
  type LedgerLanguage,
  type LedgerParams,
  type LedgerReasonKey,
} from '../../domain/ledger-words.js';

/** The whole file is refused (HTTP 400 or 413); the key is read in the reader's language. */
export class LedgerFileError extends Error {
  constructor(
    readonly status: 400 | 413 | 415 | 403,
    readonly key: LedgerReasonKey,
    readonly params: LedgerParams = {},
  ) {
    super(key);
  }
}

export interface LedgerSheetRow {
  /** The row's number in the sheet, as Excel shows it. */
  row: number;
  cells: Partial<Record<ImportField, LedgerCell>>;
}

/** A cell's value with formulas, rich text and links resolved to what the sheet shows. */
function plainValue(value: ExcelJS.CellValue): LedgerCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  if ('text' in value) return String(value.text);
  return null;
}

export async function readLedgerWorkbook(bytes: Buffer, lang: LedgerLanguage): Promise<LedgerSheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new LedgerFileError(400, 'ledger.notWorkbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new LedgerFileError(400, 'ledger.noSheet');

  const columnOf = new Map<ImportField, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const field = importFieldOf(String(plainValue(cell.value) ?? ''));
    if (!field) return;
    if (columnOf.has(field)) throw new LedgerFileError(400, 'ledger.duplicateColumn', { column: cell.text });
    columnOf.set(field, column);
  });
  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !columnOf.has(field));
  if (missing.length > 0) {
    const names = missing.map((field) => ledgerWords[lang].projectColumns[field]);
    throw new LedgerFileError(400, 'ledger.missingColumns', { columns: names.join(lang === 'zh' ? '、' : ', ') });
  }

  const rows: LedgerSheetRow[] = [];
  sheet.eachRow((sheetRow, row) => {
    if (row === 1) return;
    const cells: LedgerSheetRow['cells'] = {};
    for (const [field, column] of columnOf) cells[field] = plainValue(sheetRow.getCell(column).value);
    if (!isBlankRow(cells)) rows.push({ row, cells });
  });
  if (rows.length > LEDGER_MAX_ROWS) {
    throw new LedgerFileError(400, 'ledger.tooManyRows', { max: LEDGER_MAX_ROWS, count: rows.length });
  }
  return rows;
}
