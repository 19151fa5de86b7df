import type { z } from 'zod';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import type { AgendaReason } from '../../domain/meeting-agenda.js';
import type { ZAgendaAdd } from '../../domain/meeting-input.js';
import type { Actor } from '../../domain/permissions.js';
import { AppError } from '../shared/app-error.js';
import { recordAudit } from '../shared/record-audit.js';
import { authorize } from '../shared/authorize.js';
import { lockMeeting } from './load-meeting.js';

/** Adds a project, or a free-text item, at the end of the draft agenda. */
export async function addAgendaItem({
  prisma,
  actor,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  input: z.output<typeof ZAgendaAdd>;
}): Promise<{ id: number }> {
  authorize(actor, 'runMeeting');
  return prisma.$transaction(async (tx) => {
    await lockMeeting(tx, input.meetingId, 'draft');
    let title = input.text ?? '';
    if (input.projectId !== undefined) {
      const project = await tx.project.findUnique({
        where: { id: input.projectId },
        select: { code: true, name: true, isArchived: true },
      });
      if (!project || project.isArchived) throw new AppError('NOT_FOUND', 'project.notFound', { id: input.projectId });
      title = `${project.code} ${project.name}${title ? ` · ${title}` : ''}`;
    }
    const last = await tx.agendaItem.findFirst({
      where: { meetingId: input.meetingId },
      orderBy: { position: 'desc' },
      select: { position: true },
    });
    const reasons: AgendaReason[] = [{ key: 'agenda.added', params: {} }];
    const { id } = await tx.agendaItem.create({
      data: {
        meetingId: input.meetingId,
        position: (last?.position ?? -1) + 1,
        kind: input.projectId !== undefined ? 'project' : 'text',
        projectId: input.projectId ?? null,
        title,
        reasons: reasons as unknown as Prisma.InputJsonValue,
        isAdded: true,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: 'agenda.add',
      entityType: 'meeting',
      entityId: input.meetingId,
      after: { itemId: id, projectId: input.projectId ?? null, title },
    });
    return { id };
  });
}
