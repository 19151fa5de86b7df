import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';

/** What a use case that someone performs takes: the database, who acts, and what they asked for. */
export interface ActorOptions<TInput> {
  prisma: PrismaClient;
  actor: Actor;
  input: TInput;
}
