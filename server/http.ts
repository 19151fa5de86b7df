import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import type { Database } from './db/client.js';
import { countAppliedMigrations } from './db/migrate.js';
import { appRouter, type AppRouter } from './api/router.js';

const CLIENT_DIR = path.resolve(import.meta.dirname, '../dist/client');

export function buildHttpApp({ db, logger, today }: { db: Database; logger: boolean; today: () => string }) {
  // Batched tRPC calls put every procedure name in the path; the default limit of 100 is too short.
  const app = Fastify({ logger, routerOptions: { maxParamLength: 5000 } });

  app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: () => ({ db, actor: null, today: today() }),
      onError({ error, path: procedure }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ procedure, err: error.cause ?? error }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  app.get('/healthz', async () => ({ ok: true, database: db.kind, migrations: await countAppliedMigrations(db) }));

  if (existsSync(CLIENT_DIR)) {
    app.register(fastifyStatic, { root: CLIENT_DIR, wildcard: false });
    // Client-side routes (e.g. /projects/12) all load the one page.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/trpc')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: 'Not found' });
    });
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain').send('The client is not built yet: run `npm run build` (npm start does it for you).'),
    );
  }
  return app;
}
