import { ZChangePassword, ZSignIn } from '../../domain/auth-input.js';
import { changePassword, signOut } from '../../services/auth/account.js';
import { demoAccountsActive } from '../../services/auth/bootstrap.js';
import { signIn } from '../../services/auth/sign-in.js';
import { publicProcedure, router, sessionProcedure } from '../trpc.js';

export const authRouter = router({
  signIn: publicProcedure.input(ZSignIn).mutation(async ({ ctx, input }) => {
    const result = await signIn({ prisma: ctx.db.prisma, ...input, client: ctx.client });
    ctx.cookies.setSession(result.token);
    return { actor: result.actor, mustChangePassword: result.mustChangePassword };
  }),
  signOut: sessionProcedure.mutation(async ({ ctx }) => {
    await signOut({ prisma: ctx.db.prisma, actor: ctx.actor, sessionId: ctx.session.sessionId });
    ctx.cookies.clearSession();
  }),
  /** Before sign-in: whether the demo accounts still have the published password, so the page may say so. */
  signInHints: publicProcedure.query(async ({ ctx }) => ({
    demoAccountsActive: await demoAccountsActive(ctx.db.prisma),
  })),
  /** Who is signed in here, or null. */
  me: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.session) return null;
    const { actor, mustChangePassword } = ctx.session;
    const showDemoNotice = actor.role === 'admin' && (await demoAccountsActive(ctx.db.prisma));
    return { actor, mustChangePassword, demoAccountsActive: showDemoNotice, today: ctx.today };
  }),
  changePassword: sessionProcedure.input(ZChangePassword).mutation(({ ctx, input }) =>
    changePassword({
      prisma: ctx.db.prisma,
      actor: ctx.actor,
      sessionId: ctx.session.sessionId,
      client: ctx.client,
      ...input,
    }),
  ),
});
