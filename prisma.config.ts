import { defineConfig } from 'prisma/config';

// Used by `prisma generate` only; the server and scripts open the database through driver adapters.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
