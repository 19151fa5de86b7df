import type { PrismaClient } from '../../db/generated/client.js';
import type { Actor } from '../../domain/permissions.js';

/** What a use case that someone performs takes: the database, who acts, and what they asked for. */
export interface ActorOptions<TInput> {
  prisma: PrismaClient;
  actor: Actor;
  input: TInput;
}

/** The same, for a use case that needs the bureau's date ('YYYY-MM-DD'). */
export type DatedActorOptions<TInput> = ActorOptions<TInput> & { today: string };
