import type { z } from 'zod';
import type { ZMeetingDecide } from '../../domain/meeting-input.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { authorize } from '../shared/authorize.js';
import { recordBoardEvent } from '../shared/record-board-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { fromIsoDate, toIsoDate } from '../../domain/dates.js';
import { lockMeeting } from './load-meeting.js';
import type { DatedActorOptions } from '../shared/actor-options.js';

/** How the audit trail names a meeting as the reason for a change. */
export function meetingReason(meeting: { title: string; heldOn: string }): string {
  return `${meeting.heldOn} ${meeting.title}`;
}

/**
 * Records a decision (议定事项) of a running meeting as an action item for its owner unit; with a new
 * target date, the project's target changes in the same transaction, the meeting as its reason.
 */
export async function decideMeeting({
  prisma,
  actor,
  today,
  input,
}: DatedActorOptions<z.output<typeof ZMeetingDecide>>): Promise<{ id: number }> {
  authorize(actor, 'runMeeting');
  return prisma.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId, 'running');
    let projectId = input.projectId ?? null;
    if (input.agendaItemId !== undefined) {
      const item = await tx.agendaItem.findFirst({
        where: { id: input.agendaItemId, meetingId: meeting.id },
        select: { projectId: true },
      });
      if (!item) throw new AppError('NOT_FOUND', 'meeting.agendaItemNotFound', { id: input.agendaItemId });
      if (input.projectId === undefined) projectId = item.projectId;
    }
    const unit = await tx.ownerUnit.findUnique({ where: { id: input.ownerUnitId }, select: { name: true } });
    if (!unit) throw new AppError('BAD_REQUEST', 'unit.notFound', { id: input.ownerUnitId });
    const calendar = await loadCalendar({ prisma: tx });
    if (!calendar.isWorkingDay(input.dueDate)) {
      throw new AppError('BAD_REQUEST', 'meeting.dueNotWorkingDay', { date: input.dueDate });
    }
    if (input.dueDate < meeting.heldOn) {
      throw new AppError('BAD_REQUEST', 'meeting.dueBeforeMeeting', { date: input.dueDate, heldOn: meeting.heldOn });
    }
    const project =
      projectId === null
        ? null
        : await tx.project.findUnique({
            where: { id: projectId },
            select: { id: true, code: true, name: true, targetDate: true, isArchived: true },
          });
    if (projectId !== null && (!project || project.isArchived)) {
      throw new AppError('NOT_FOUND', 'project.notFound', { id: projectId });
    }
    if (input.newTargetDate !== undefined && !project) throw new AppError('BAD_REQUEST', 'meeting.targetNeedsProject');

    const previousTargetDate = project && input.newTargetDate !== undefined ? toIsoDate(project.targetDate) : null;
    const { id } = await tx.actionItem.create({
      data: {
        meetingId: meeting.id,
        agendaItemId: input.agendaItemId ?? null,
        projectId,
        text: input.text,
        ownerUnitId: input.ownerUnitId,
        dueDate: fromIsoDate(input.dueDate),
        newTargetDate: input.newTargetDate ? fromIsoDate(input.newTargetDate) : null,
        previousTargetDate: previousTargetDate ? fromIsoDate(previousTargetDate) : null,
        createdById: actor.id,
        createdByName: actor.displayName,
        createdOn: fromIsoDate(today),
      },
      select: { id: true },
    });
    const after = {
      meetingId: meeting.id,
      text: input.text,
      ownerUnit: unit.name,
      dueDate: input.dueDate,
      projectId,
      ...(input.newTargetDate !== undefined && { newTargetDate: input.newTargetDate }),
    };
    const reason = meetingReason(meeting);
    await recordAudit(tx, { actor, action: 'create', entityType: 'actionItem', entityId: id, after, reason });
    await recordAudit(tx, {
      actor,
      action: 'decide',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { actionItemId: id, ...after },
    });
    if (project && input.newTargetDate !== undefined && input.newTargetDate !== previousTargetDate) {
      await tx.project.update({
        where: { id: project.id },
        data: { targetDate: fromIsoDate(input.newTargetDate), version: { increment: 1 } },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: 'update',
        entityType: 'project',
        entityId: project.id,
        before: { targetDate: previousTargetDate },
        after: { targetDate: input.newTargetDate, meetingId: meeting.id, actionItemId: id },
        reason,
      });
    }
    if (project) await recordBoardEvent(tx, { kind: 'project.updated', projectId: project.id, actor });
    return { id };
  });
}
