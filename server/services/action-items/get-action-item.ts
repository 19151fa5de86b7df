import type { PrismaClient } from '../../db/generated/client.js';
import { AppError } from '../shared/app-error.js';
import { actionItemSelect, toActionItemView } from '../meetings/meeting-view.js';

export async function getActionItem({ prisma, today, id }: { prisma: PrismaClient; today: string; id: number }) {
  const row = await prisma.actionItem.findUnique({ where: { id }, select: actionItemSelect });
  if (!row) throw new AppError('NOT_FOUND', 'actionItem.notFound', { id });
  return toActionItemView(row, today);
}
