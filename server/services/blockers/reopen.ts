import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZBlockerReopen } from '../../domain/blocker-input.js';
import type { Actor } from '../../domain/permissions.js';
import { applyBlockerStep } from './step.js';

/** Opens a cleared or withdrawn blocker again when the problem comes back, at the level it had reached. */
export function reopenBlocker({
  prisma,
  actor,
  today,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  today: string;
  input: z.output<typeof ZBlockerReopen>;
}) {
  const { id, expectedVersion, reason, targetDate } = input;
  return applyBlockerStep({ prisma, actor, today, id, expectedVersion, step: 'reopen', note: reason, targetDate });
}
