import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZBlockerEscalate } from '../../domain/blocker-input.js';
import type { Actor } from '../../domain/permissions.js';
import { applyBlockerStep } from './step.js';

/** Puts the blocker before the next level up (department → district leader → city), with a note. */
export function escalateBlocker({
  prisma,
  actor,
  today,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  today: string;
  input: z.output<typeof ZBlockerEscalate>;
}) {
  const { id, expectedVersion, note, targetDate } = input;
  return applyBlockerStep({ prisma, actor, today, id, expectedVersion, step: 'escalate', note, targetDate });
}
