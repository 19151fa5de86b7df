// The ledger's pure rules: which headings name which column, how a hand-filled row is read, and the
// words a refusal and an audit entry are shown in.
import { describe, expect, test } from 'vitest';
import { reasonText } from '../../server/domain/audit-labels.js';
import { LEDGER_IMPORT_REASON } from '../../server/domain/audit-words.js';
import { IMPORT_FIELDS, importFieldOf, readLedgerRow, type LedgerCell } from '../../server/domain/ledger.js';
import { formatLedgerMessage, ledgerWords } from '../../server/domain/ledger-words.js';

const units = [{ id: 7, code: 'MSJD', name: '明水街道' }];
const row = (overrides: Record<string, LedgerCell> = {}) => ({
  code: 'ZQ-2026-001',
  name: '测试项目',
  ownerUnit: '明水街道',
  totalInvestment: 1000,
  plannedInvestment: '200.5',
  targetDate: '2027-06-30',
  ...overrides,
});

describe('headings', () => {
  test('the exported headings in either language name their columns', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const field of IMPORT_FIELDS) expect(importFieldOf(ledgerWords[lang].projectColumns[field])).toBe(field);
    }
  });

  test('the simple layout may leave out the unit in brackets, and spacing and case do not matter', () => {
    expect(importFieldOf('总投资')).toBe('totalInvestment');
    expect(importFieldOf(' 年度计划投资 (万元) ')).toBe('plannedInvestment');
    expect(importFieldOf('TARGET DATE')).toBe('targetDate');
    expect(importFieldOf('单位')).toBe('ownerUnit');
    expect(importFieldOf('本年完成投资（万元）')).toBeNull();
    expect(importFieldOf('')).toBeNull();
  });
});

describe('reading a row', () => {
  test('dates as Excel dates or as text in the usual Chinese ways; amounts as numbers or text with commas', () => {
    for (const targetDate of [new Date('2027-06-30T00:00:00Z'), '2027/6/30', '2027.06.30', '2027年6月30日']) {
      expect(readLedgerRow(row({ targetDate }), units).values?.targetDate).toBe('2027-06-30');
    }
    const read = readLedgerRow(row({ totalInvestment: '80,000', ownerUnit: 'msjd', stage: 'Acceleration' }), units);
    expect(read.values).toMatchObject({
      totalInvestment: '80000.00',
      plannedInvestment: '200.50',
      ownerUnitId: 7,
      stage: 'acceleration',
      projectType: null,
    });
  });

  test('every bad cell is named once, with the project form’s own reason', () => {
    const read = readLedgerRow(row({ code: '', totalInvestment: -1, targetDate: 46000, projectType: '工业' }), units);
    expect(read.problems.map((p) => [p.column, p.key])).toEqual([
      ['code', 'validation.required'],
      ['projectType', 'ledger.unknownType'],
      ['totalInvestment', 'validation.amount'],
      ['targetDate', 'ledger.notDate'],
    ]);
  });
});

test('a refusal names the stage in the reader’s language, and the audit shows the import as the reason', () => {
  expect(formatLedgerMessage('ledger.stageChange', { fromStage: 'acceleration' }, 'zh')).toContain('“加速度”阶段');
  expect(formatLedgerMessage('ledger.stageChange', { fromStage: 'acceleration' }, 'en')).toContain(
    'Acceleration stage',
  );
  expect(formatLedgerMessage('validation.tooLong', { max: 100 }, 'en')).toBe('At most 100 characters.');
  const entry = { action: 'update', reason: LEDGER_IMPORT_REASON };
  expect(reasonText(entry, 'zh')).toBe('台账导入');
  expect(reasonText(entry, 'en')).toBe('Ledger import');
});
