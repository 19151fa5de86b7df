import type { PrismaClient } from '../../db/generated/client.js';
import { ACTIVE_BLOCKER_STATUSES } from '../../domain/blockers.js';
import { overdueDedupeKey, overdueRecipients } from '../../domain/notifications.js';
import { fromIsoDate } from '../../domain/dates.js';
import { fileInvestmentReminders } from '../investment/file-investment-reminders.js';
import { blockerNoticeParams, noticeBlockerSelect } from './notify-blocker-step.js';

/**
 * Files an overdue notice for everyone concerned by each active blocker whose target date has passed.
 * Nothing happens when a date passes, so the server runs this on start and then every few minutes
 * (see startOverdueSweep); reading notifications never writes. One notice per person, blocker and
 * target date however often it runs and however many servers run it (the unique key makes a second
 * insert a no-op). Returns how many notices were new.
 */
export async function fileOverdueNotices({ prisma, today }: { prisma: PrismaClient; today: string }): Promise<number> {
  const overdue = await prisma.blocker.findMany({
    where: {
      status: { in: [...ACTIVE_BLOCKER_STATUSES] },
      targetDate: { lt: fromIsoDate(today) },
      project: { isArchived: false },
    },
    select: noticeBlockerSelect,
  });
  if (overdue.length === 0) return 0;
  const unitIds = [...new Set(overdue.flatMap((blocker) => [blocker.responsibleUnit.id, blocker.project.ownerUnitId]))];
  const members = await prisma.user.findMany({
    where: { isDisabled: false, units: { some: { unitId: { in: unitIds } } } },
    select: { id: true, role: true, isDisabled: true, units: { select: { unitId: true } } },
  });
  const people = members.map((person) => ({ ...person, unitIds: person.units.map((unit) => unit.unitId) }));
  const data = overdue.flatMap((blocker) => {
    const params = blockerNoticeParams(blocker);
    const recipients = overdueRecipients(people, {
      responsibleUnitId: blocker.responsibleUnit.id,
      ownerUnitId: blocker.project.ownerUnitId,
    });
    return recipients.map((userId) => ({
      userId,
      kind: 'blocker.overdue',
      blockerId: blocker.id,
      projectId: blocker.project.id,
      params,
      createdOn: fromIsoDate(today),
      dedupeKey: overdueDedupeKey(blocker.id, params.targetDate),
    }));
  });
  const { count } = await prisma.notification.createMany({ skipDuplicates: true, data });
  return count;
}

const OVERDUE_SWEEP_MINUTES = 10;

/**
 * Runs fileOverdueNotices now and then every `everyMinutes`, so a date that passes overnight reaches
 * people's bells in the morning. It does not hold up the server's start; a tick that finds the last run
 * still going skips; a failed run is logged and tried again at the next tick.
 */
export function startOverdueSweep({
  prisma,
  today,
  everyMinutes = OVERDUE_SWEEP_MINUTES,
  log = console.error,
}: {
  prisma: PrismaClient;
  today: () => string;
  everyMinutes?: number;
  log?: (message: string) => void;
}): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const sweep = () => {
    const day = today();
    running ??= Promise.all([
      fileOverdueNotices({ prisma, today: day }),
      fileInvestmentReminders({ prisma, today: day }),
    ])
      .then(
        () => {},
        (error: unknown) => {
          log(
            `Overdue notices or investment reminders could not be filed: ${error instanceof Error ? error.message : String(error)}`,
          );
        },
      )
      .finally(() => {
        running = null;
      });
  };
  sweep();
  const timer = setInterval(sweep, everyMinutes * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
