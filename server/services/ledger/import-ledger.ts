// Importing a ledger workbook: a dry run says row by row what would happen; applying does it all in
// one transaction, and nothing at all if any row is refused. New projects are made by the create use
// case (with their type's milestone template); every write is audited with the ledger import as reason.
import type { PrismaClient, Prisma } from '../../db/generated/client.js';
import { fromIsoDate } from '../../domain/dates.js';
import { LEDGER_IMPORT_REASON } from '../../domain/audit-words.js';
import type { LedgerImportAnswer } from '../../domain/ledger.js';
import { formatLedgerMessage, type LedgerLanguage } from '../../domain/ledger-words.js';
import type { Actor } from '../../domain/permissions.js';
import { addProject } from '../projects/create-project.js';
import { AppError } from '../shared/app-error.js';
import { recordChange } from '../shared/record-change.js';
import { planLedgerImport, type PlannedRow } from './plan-ledger-import.js';
import { readLedgerWorkbook } from './read-ledger-workbook.js';

async function applyRow(tx: Prisma.TransactionClient, actor: Actor, planned: PlannedRow) {
  if (planned.status === 'created') {
    const { values } = planned;
    await addProject(tx, {
      actor,
      reason: LEDGER_IMPORT_REASON,
      input: {
        code: values.code,
        name: values.name,
        ownerUnitId: values.ownerUnitId,
        totalInvestment: values.totalInvestment,
        plannedInvestment: values.plannedInvestment,
        targetDate: values.targetDate,
        description: '',
        stage: values.stage ?? 'maturity',
        projectType: values.projectType ?? 'industrial',
      },
    });
  } else if (planned.status === 'changed') {
    const { existing, values } = planned;
    const before = {
      name: existing.name,
      ownerUnitId: existing.ownerUnitId,
      totalInvestment: existing.totalInvestment,
      plannedInvestment: existing.plannedInvestment,
      targetDate: existing.targetDate,
    };
    const after = {
      name: values.name,
      ownerUnitId: values.ownerUnitId,
      totalInvestment: values.totalInvestment,
      plannedInvestment: values.plannedInvestment,
      targetDate: values.targetDate,
    };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
    // The version guard: a project saved by someone since the plan was read fails the whole import.
    const { count } = await tx.project.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...after, targetDate: fromIsoDate(after.targetDate), version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'project.conflict', { code: existing.code });
    await recordChange(tx, {
      actor,
      action: 'update',
      entityType: 'project',
      entityId: existing.id,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      reason: LEDGER_IMPORT_REASON,
      event: 'project.updated',
      projectId: existing.id,
    });
  }
}

function answerOf(plan: PlannedRow[], dryRun: boolean, applied: boolean, lang: LedgerLanguage): LedgerImportAnswer {
  const counts = { created: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const row of plan) counts[row.status] += 1;
  const rows = plan.map((planned): LedgerImportAnswer['rows'][number] => {
    const label = { row: planned.row, code: planned.code, name: planned.name };
    switch (planned.status) {
      case 'created':
      case 'unchanged':
        return { ...label, status: planned.status };
      case 'changed':
        return { ...label, status: 'changed', changes: planned.changes };
      case 'refused':
        return {
          ...label,
          status: 'refused',
          problems: planned.problems.map((p) => ({ ...p, message: formatLedgerMessage(p.key, p.params, lang) })),
        };
    }
  });
  const message = applied
    ? formatLedgerMessage('ledger.applied', counts, lang)
    : counts.refused > 0 && !dryRun
      ? formatLedgerMessage('ledger.notApplied', counts, lang)
      : formatLedgerMessage('ledger.summary', counts, lang);
  return { dryRun, applied, counts, rows, message };
}

export async function importLedger({
  prisma,
  actor,
  bytes,
  dryRun,
  lang,
}: {
  prisma: PrismaClient;
  actor: Actor;
  bytes: Buffer;
  dryRun: boolean;
  lang: LedgerLanguage;
}): Promise<LedgerImportAnswer> {
  const rows = await readLedgerWorkbook(bytes, lang);
  if (dryRun) return answerOf(await planLedgerImport(prisma, rows), true, false, lang);
  // The plan is made again inside the transaction that writes it, from what the database holds then.
  return prisma.$transaction(
    async (tx) => {
      const plan = await planLedgerImport(tx, rows);
      const isRefused = plan.some((row) => row.status === 'refused');
      if (!isRefused) for (const planned of plan) await applyRow(tx, actor, planned);
      return answerOf(plan, false, !isRefused, lang);
    },
    { timeout: 120_000 },
  );
}
