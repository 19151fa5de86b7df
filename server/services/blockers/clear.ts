import type { z } from 'zod';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ZBlockerClear } from '../../domain/blocker-input.js';
import type { Actor } from '../../domain/permissions.js';
import { applyBlockerStep } from './step.js';

/** Closes the blocker as solved, saying how; the responsible unit's liaison may do this too. */
export function clearBlocker({
  prisma,
  actor,
  today,
  input,
}: {
  prisma: PrismaClient;
  actor: Actor;
  today: string;
  input: z.output<typeof ZBlockerClear>;
}) {
  const { id, expectedVersion, resolution } = input;
  return applyBlockerStep({ prisma, actor, today, id, expectedVersion, step: 'clear', note: resolution });
}
