// What an import of these rows would do, row by row: create, change (field by field), leave alone, or
// refuse (cell by cell). Projects are matched by code, so the same file read twice plans no change.
import type { Prisma } from '../../db/generated/client.js';
import { toIsoDate } from '../../domain/dates.js';
import {
  cellText,
  readLedgerRow,
  type CellProblem,
  type ChangeableField,
  type ImportField,
  type LedgerRowValues,
} from '../../domain/ledger.js';
import type { ProjectType } from '../../domain/project-types.js';
import type { Stage } from '../../domain/stages.js';
import type { LedgerSheetRow } from './read-ledger-workbook.js';

/** The fields an import may change on an existing project (stage and type are refused, not changed). */
export const CHANGEABLE_FIELDS = [
  'name',
  'ownerUnit',
  'totalInvestment',
  'plannedInvestment',
  'targetDate',
] as const satisfies readonly ChangeableField[];

export interface CellChange {
  field: ChangeableField;
  old: string;
  new: string;
}

interface Existing {
  id: number;
  version: number;
  code: string;
  name: string;
  stage: Stage;
  projectType: ProjectType;
  ownerUnitId: number;
  ownerUnitName: string;
  totalInvestment: string;
  plannedInvestment: string;
  targetDate: string;
  isArchived: boolean;
}

export type PlannedRow = { row: number; code: string; name: string } & (
  | { status: 'created'; values: LedgerRowValues }
  | { status: 'changed'; values: LedgerRowValues; existing: Existing; changes: CellChange[] }
  | { status: 'unchanged'; existing: Existing }
  | { status: 'refused'; problems: CellProblem[] }
);

function changesOf(existing: Existing, values: LedgerRowValues): CellChange[] {
  const before: Record<ChangeableField, string> = {
    name: existing.name,
    ownerUnit: existing.ownerUnitName,
    totalInvestment: existing.totalInvestment,
    plannedInvestment: existing.plannedInvestment,
    targetDate: existing.targetDate,
  };
  const after: Record<ChangeableField, string> = {
    name: values.name,
    ownerUnit: values.ownerUnitName,
    totalInvestment: values.totalInvestment,
    plannedInvestment: values.plannedInvestment,
    targetDate: values.targetDate,
  };
  return CHANGEABLE_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    old: before[field],
    new: after[field],
  }));
}

/** What an existing project's row may not do through an import. */
function refusalsFor(existing: Existing, values: LedgerRowValues): CellProblem[] {
  const problems: CellProblem[] = [];
  const problem = (column: ImportField, key: CellProblem['key'], params: CellProblem['params'], value: string) =>
    problems.push({ column, value, key, params });
  if (existing.isArchived) problem('code', 'ledger.archived', { value: existing.code }, existing.code);
  if (values.stage !== null && values.stage !== existing.stage) {
    problem('stage', 'ledger.stageChange', { fromStage: existing.stage }, values.stage);
  }
  if (values.projectType !== null && values.projectType !== existing.projectType) {
    problem('projectType', 'ledger.typeChange', { fromType: existing.projectType }, values.projectType);
  }
  return problems;
}

export async function planLedgerImport(tx: Prisma.TransactionClient, rows: LedgerSheetRow[]): Promise<PlannedRow[]> {
  const units = await tx.ownerUnit.findMany({ select: { id: true, code: true, name: true } });
  const codes = [...new Set(rows.map((r) => cellText(r.cells.code).toUpperCase()).filter(Boolean))];
  const found = await tx.project.findMany({
    where: { code: { in: codes } },
    select: {
      id: true,
      version: true,
      code: true,
      name: true,
      stage: true,
      projectType: true,
      ownerUnitId: true,
      ownerUnit: { select: { name: true } },
      totalInvestment: true,
      plannedInvestment: true,
      targetDate: true,
      isArchived: true,
    },
  });
  const existingByCode = new Map<string, Existing>(
    found.map((p) => [
      p.code,
      {
        ...p,
        ownerUnitName: p.ownerUnit.name,
        totalInvestment: p.totalInvestment.toFixed(2),
        plannedInvestment: p.plannedInvestment.toFixed(2),
        targetDate: toIsoDate(p.targetDate),
      },
    ]),
  );
  const firstRowOf = new Map<string, number>();

  return rows.map(({ row, cells }): PlannedRow => {
    const read = readLedgerRow(cells, units);
    const label = { row, code: cellText(cells.code), name: cellText(cells.name) };
    const problems: CellProblem[] = [...read.problems];
    const codeText = label.code;
    if (codeText) {
      const first = firstRowOf.get(codeText);
      if (first === undefined) firstRowOf.set(codeText, row);
      else
        problems.push({
          column: 'code',
          value: codeText,
          key: 'ledger.duplicateCode',
          params: { value: codeText, row: first },
        });
    }
    const existing = read.values ? existingByCode.get(read.values.code) : undefined;
    if (read.values && existing) problems.push(...refusalsFor(existing, read.values));
    if (problems.length > 0 || !read.values) return { ...label, status: 'refused', problems };
    if (!existing) return { ...label, status: 'created', values: read.values };
    const changes = changesOf(existing, read.values);
    if (changes.length === 0) return { ...label, status: 'unchanged', existing };
    return { ...label, status: 'changed', values: read.values, existing, changes };
  });
}
