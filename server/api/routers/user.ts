import { z } from 'zod';
import { ZPasswordReset, ZUserCreate, ZUserUpdate } from '../../domain/auth-input.js';
import { ZId } from '../../domain/input-primitives.js';
import { createUser } from '../../services/users/create-user.js';
import { listUsers } from '../../services/users/list-users.js';
import { resetPassword } from '../../services/users/reset-password.js';
import { revokeSessions } from '../../services/users/revoke-sessions.js';
import { updateUser } from '../../services/users/update-user.js';
import { permitted, router } from '../trpc.js';

const manage = permitted('manageUsers');

export const userRouter = router({
  list: manage.query(({ ctx }) => listUsers({ prisma: ctx.db.prisma })),
  create: manage
    .input(ZUserCreate)
    .mutation(({ ctx, input }) => createUser({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  update: manage
    .input(ZUserUpdate)
    .mutation(({ ctx, input }) => updateUser({ prisma: ctx.db.prisma, actor: ctx.actor, input })),
  resetPassword: manage
    .input(ZPasswordReset)
    .mutation(({ ctx, input }) =>
      resetPassword({ prisma: ctx.db.prisma, actor: ctx.actor, id: input.id, newPassword: input.newPassword }),
    ),
  revokeSessions: manage
    .input(z.object({ id: ZId }))
    .mutation(({ ctx, input }) => revokeSessions({ prisma: ctx.db.prisma, actor: ctx.actor, id: input.id })),
});
