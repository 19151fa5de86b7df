import type { z } from 'zod';
import type { Prisma } from '../../db/generated/client.js';
import { agendaSince } from '../../domain/meeting-agenda.js';
import type { ZMeetingCreate } from '../../domain/meeting-input.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { authorize } from '../shared/authorize.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import { proposeAgendaFor } from './propose-agenda.js';
import type { DatedActorOptions } from '../shared/actor-options.js';

/**
 * Creates a meeting with the agenda Backplan proposes from what happened since the previous meeting
 * (or the last 7 days for the first). The admin edits it until the meeting starts.
 */
export async function createMeeting({
  prisma,
  actor,
  today,
  input,
}: DatedActorOptions<z.output<typeof ZMeetingCreate>>): Promise<{ id: number }> {
  authorize(actor, 'runMeeting');
  return prisma.$transaction(async (tx) => {
    const unitIds = [...new Set(input.unitIds)];
    const units = await tx.ownerUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } });
    const missing = unitIds.find((id) => !units.some((u) => u.id === id));
    if (missing !== undefined) throw new AppError('BAD_REQUEST', 'unit.notFound', { id: missing });

    const previous = await tx.meeting.findFirst({
      where: { heldOn: { lt: fromIsoDate(input.heldOn) } },
      orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
      select: { heldOn: true },
    });
    const since = agendaSince(input.heldOn, previous ? toIsoDate(previous.heldOn) : null);
    const { id } = await tx.meeting.create({
      data: {
        heldOn: fromIsoDate(input.heldOn),
        title: input.title,
        since: fromIsoDate(since),
        createdById: actor.id,
        createdByName: actor.displayName,
        units: { create: unitIds.map((unitId) => ({ unitId })) },
      },
      select: { id: true },
    });
    const proposed = await proposeAgendaFor(tx, { today, since, excludeMeetingId: id });
    await tx.agendaItem.createMany({
      data: proposed.map((item, position) => ({
        meetingId: id,
        position,
        kind: item.kind,
        projectId: item.projectId,
        blockerId: item.blockerId,
        milestoneId: item.milestoneId,
        actionItemId: item.actionItemId,
        title: item.title,
        reasons: item.reasons as unknown as Prisma.InputJsonValue,
        isRed: item.isRed,
      })),
    });
    await recordAudit(tx, {
      actor,
      action: 'create',
      entityType: 'meeting',
      entityId: id,
      after: {
        heldOn: input.heldOn,
        title: input.title,
        since,
        units: units.map((u) => u.name),
        agendaItems: proposed.length,
      },
    });
    return { id };
  });
}
