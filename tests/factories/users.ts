import type { PrismaClient } from '../../server/db/generated/client.js';
import type { Actor, Role } from '../../server/domain/permissions.js';
import { hashPassword } from '../../server/services/auth/passwords.js';

export const TEST_PASSWORD = 'correct-horse-battery';

let sequence = 0;

/** A real user row (so sessions and audit rows can point at it), returned as the Actor it signs in as. */
export async function makeUser(
  prisma: PrismaClient,
  role: Role,
  {
    unitIds = [],
    username = `${role}-${++sequence}`,
    displayName = username,
    password = TEST_PASSWORD,
    mustChangePassword = false,
  } = {} as {
    unitIds?: number[];
    username?: string;
    displayName?: string;
    password?: string;
    mustChangePassword?: boolean;
  },
): Promise<Actor> {
  const user = await prisma.user.create({
    data: {
      username,
      displayName,
      role,
      passwordHash: await hashPassword(password),
      mustChangePassword,
      units: { create: unitIds.map((unitId) => ({ unitId })) },
    },
    select: { id: true },
  });
  return { id: user.id, username, displayName, role, unitIds };
}
