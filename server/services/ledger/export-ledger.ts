// The ledger (台账) as an Excel workbook: one row per project the board shows for the same view (the
// board's own filter and search, on the board's own cards, in the board's order), and a sheet of their
// milestones with the reverse-scheduled dates. Real dates and numbers, so the sheet sorts and filters.
import ExcelJS from 'exceljs';
import type { PrismaClient } from '../../db/generated/client.js';
import { matchesView, type BoardView } from '../../domain/board-view.js';
import { searchIndex } from '../../domain/card-search.js';
import { fromIsoDate } from '../../domain/dates.js';
import {
  LEDGER_MILESTONE_COLUMNS,
  LEDGER_PROJECT_COLUMNS,
  type LedgerMilestoneColumn,
  type LedgerProjectColumn,
} from '../../domain/ledger.js';
import { ledgerWords, type LedgerLanguage } from '../../domain/ledger-words.js';
import { pinyinKeys } from '../../domain/pinyin-keys.js';
import { scheduleProject } from '../../domain/project-schedule.js';
import type { BoardReadModel, ScheduledCard } from '../board/get-board.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { readInvestmentProgress } from '../investment/read-investment-progress.js';
import { toPlan } from '../shared/views.js';

type Cell = string | number | Date | null;

const DATE = 'yyyy-mm-dd';
const MONEY = '#,##0.00';
const PERCENT = '0.0%';

const PROJECT_FORMATS: Partial<Record<LedgerProjectColumn, { width: number; numFmt?: string }>> = {
  code: { width: 16 },
  name: { width: 30 },
  ownerUnit: { width: 18 },
  totalInvestment: { width: 14, numFmt: MONEY },
  plannedInvestment: { width: 14, numFmt: MONEY },
  completedThisYear: { width: 14, numFmt: MONEY },
  completedPercent: { width: 12, numFmt: PERCENT },
  elapsedPercent: { width: 12, numFmt: PERCENT },
  targetDate: { width: 12, numFmt: DATE },
  nextMilestone: { width: 18 },
  nextMilestoneLatestFinish: { width: 14, numFmt: DATE },
};
const MILESTONE_FORMATS: Partial<Record<LedgerMilestoneColumn, { width: number; numFmt?: string }>> = {
  projectCode: { width: 16 },
  name: { width: 20 },
  ownerUnit: { width: 18 },
  latestStart: { width: 12, numFmt: DATE },
  latestFinish: { width: 12, numFmt: DATE },
  projectedFinish: { width: 12, numFmt: DATE },
  actualStart: { width: 12, numFmt: DATE },
  actualFinish: { width: 12, numFmt: DATE },
};

/** A percent as the fraction Excel's percent format shows, without floating-point dust (41.666…% → 0.4167). */
const fraction = (percent: number) => Math.round(percent * 100) / 10000;

const dateOrNull = (iso: string | null | undefined) => (iso ? fromIsoDate(iso) : null);

function addSheet<C extends string>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly C[],
  headers: Record<C, string>,
  formats: Partial<Record<C, { width: number; numFmt?: string }>>,
  rows: Record<C, Cell>[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((key) => ({
    key,
    header: headers[key],
    width: formats[key]?.width ?? 12,
    ...(formats[key]?.numFmt && { style: { numFmt: formats[key].numFmt } }),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** The cards the board shows for `view`, in board order (column by column). */
export async function ledgerCards(board: BoardReadModel, today: string, view: BoardView): Promise<ScheduledCard[]> {
  const cards = (await board.get(today)).columns.flatMap((column) => column.cards);
  const keys = searchIndex(cards, pinyinKeys);
  return cards.filter((card) => matchesView(card, view, keys));
}

export async function ledgerXlsx({
  prisma,
  board,
  today,
  view,
  lang,
}: {
  prisma: PrismaClient;
  board: BoardReadModel;
  today: string;
  view: BoardView;
  lang: LedgerLanguage;
}): Promise<Buffer> {
  const words = ledgerWords[lang];
  const cards = await ledgerCards(board, today, view);
  const ids = cards.map((card) => card.id);
  const [progress, calendar, plans] = await Promise.all([
    readInvestmentProgress({ prisma, today, projectIds: ids }),
    loadCalendar({ prisma }),
    prisma.project.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        projectType: true,
        targetDate: true,
        targetMilestoneId: true,
        milestones: {
          orderBy: { seq: 'asc' },
          select: {
            id: true,
            name: true,
            stage: true,
            durationDays: true,
            actualStart: true,
            actualFinish: true,
            ownerUnit: { select: { name: true } },
            dependsOn: { select: { dependsOnId: true } },
          },
        },
      },
    }),
  ]);
  const planOf = new Map(plans.map((plan) => [plan.id, plan]));

  const projectRows = cards.map((card): Record<LedgerProjectColumn, Cell> => {
    const invest = progress.get(card.id);
    const light = card.schedule.light;
    return {
      code: card.code,
      name: card.name,
      ownerUnit: card.ownerUnit.name,
      stage: words.stage[card.stage],
      projectType: words.projectType[planOf.get(card.id)!.projectType],
      totalInvestment: Number(card.totalInvestment),
      plannedInvestment: Number(card.plannedInvestment),
      completedThisYear: invest ? invest.completed : null,
      completedPercent: invest?.completedPercent != null ? fraction(invest.completedPercent) : null,
      elapsedPercent: invest ? fraction(invest.elapsedPercent) : null,
      targetDate: fromIsoDate(card.targetDate),
      light: light ? words.light[light] : null,
      nextMilestone: card.schedule.next?.name ?? null,
      nextMilestoneLatestFinish: dateOrNull(card.schedule.next?.latestFinish),
      openBlockers: card.blockers.open,
    };
  });

  const milestoneRows = cards.flatMap((card) => {
    const plan = planOf.get(card.id)!;
    const schedule = scheduleProject(toPlan(plan), today, calendar);
    const scheduled = new Map(schedule.milestones.map((m) => [m.id, m]));
    return plan.milestones.map((m): Record<LedgerMilestoneColumn, Cell> => {
      const dates = scheduled.get(m.id);
      return {
        projectCode: card.code,
        name: m.name,
        stage: words.stage[m.stage],
        ownerUnit: m.ownerUnit.name,
        durationDays: m.durationDays,
        latestStart: dateOrNull(dates?.latestStart),
        latestFinish: dateOrNull(dates?.latestFinish),
        projectedFinish: dateOrNull(dates?.projectedFinish),
        actualStart: m.actualStart,
        actualFinish: m.actualFinish,
      };
    });
  });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Backplan';
  addSheet(workbook, words.projectSheet, LEDGER_PROJECT_COLUMNS, words.projectColumns, PROJECT_FORMATS, projectRows);
  addSheet(
    workbook,
    words.milestoneSheet,
    LEDGER_MILESTONE_COLUMNS,
    words.milestoneColumns,
    MILESTONE_FORMATS,
    milestoneRows,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
