import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZBlockerWithdraw } from '../../domain/blocker-input.js';
import type { Actor } from '../../domain/permissions.js';
import { applyBlockerStep } from './step.js';

/** Closes the blocker as raised in error or no longer relevant, saying why. */
export function withdrawBlocker({
  prisma,
  actor,
  today,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  today: string;
  input: z.output<typeof ZBlockerWithdraw>;
}) {
  const { id, expectedVersion, reason } = input;
  return applyBlockerStep({ prisma, actor, today, id, expectedVersion, step: 'withdraw', note: reason });
}
