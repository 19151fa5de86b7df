import type { PrismaClient } from '../db/generated/client.js';
import { cardSelect } from '../db/selects.js';
import { rankForPlacement } from '../domain/board-move.js';
import type { ZProjectCreate } from '../domain/project-input.js';
import type { z } from 'zod';
import { AppError } from './app-error.js';
import { lockBoardOrder, readColumn } from './board-order.js';
import { fromIsoDate, toCardView } from './views.js';

export async function createProject({ prisma, input }: { prisma: PrismaClient; input: z.output<typeof ZProjectCreate> }) {
  return prisma.$transaction(async (tx) => {
    await lockBoardOrder(tx);
    if (await tx.project.findUnique({ where: { code: input.code }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'project.codeTaken', { code: input.code });
    }
    if (!(await tx.ownerUnit.findUnique({ where: { id: input.ownerUnitId }, select: { id: true } }))) {
      throw new AppError('BAD_REQUEST', 'unit.notFound', { id: input.ownerUnitId });
    }
    const rank = rankForPlacement(await readColumn(tx, input.stage), 0, {});
    const row = await tx.project.create({
      data: { ...input, targetDate: fromIsoDate(input.targetDate), rank },
      select: cardSelect,
    });
    return toCardView(row);
  });
}
