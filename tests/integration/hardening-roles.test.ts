// Issue 15 item 11: on PostgreSQL the server can serve as a role that does not own the tables
// (DATABASE_URL) while migrations run as the owner (DATABASE_MIGRATION_URL). That role can read and
// write rows, but cannot switch the append-only triggers off, bypass them, or change the schema.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readEnv } from '../../server/env.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

const adminUrl = process.env.TEST_DATABASE_URL;

test('DATABASE_MIGRATION_URL needs DATABASE_URL beside it', () => {
  expect(() => readEnv({ DATABASE_MIGRATION_URL: 'postgres://owner@localhost/backplan' })).toThrow(
    /DATABASE_MIGRATION_URL: needs DATABASE_URL/,
  );
  expect(
    readEnv({ DATABASE_URL: 'postgres://app@localhost/b', DATABASE_MIGRATION_URL: 'postgres://owner@localhost/b' })
      .DATABASE_MIGRATION_URL,
  ).toBe('postgres://owner@localhost/b');
});

describe.runIf(adminUrl)('serving as a role that does not own the tables (PostgreSQL)', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `backplan_owner_${suffix}`;
  const app = `backplan_app_${suffix}`;
  const database = `backplan_roles_${suffix}`;
  const password = `pw-${suffix}`;
  let server: RunningServer;

  const urlFor = (role: string) => {
    const url = new URL(adminUrl!);
    url.username = role;
    url.password = password;
    url.pathname = `/${database}`;
    return url.toString();
  };
  async function asRole<T>(role: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: role === 'postgres' ? adminUrl : urlFor(role) });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    // The setup the README gives, step by step.
    await asRole('postgres', async (client) => {
      await client.query(`CREATE ROLE ${owner} LOGIN PASSWORD '${password}'`);
      await client.query(`CREATE ROLE ${app} LOGIN PASSWORD '${password}'`);
      await client.query(`CREATE DATABASE ${database} OWNER ${owner}`);
    });
    await asRole(owner, async (client) => {
      await client.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
      await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
      await client.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      );
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
    });
    const postgres = (url: string) => ({ kind: 'postgres' as const, url, poolSize: 2, connectTimeoutMs: 5000 });
    server = await startServer({
      database: postgres(urlFor(app)),
      migrationDatabase: postgres(urlFor(owner)),
      host: '127.0.0.1',
      port: 0,
      seedDemo: false,
      log: { log: () => {}, warn: () => {} },
    });
  });

  afterAll(async () => {
    await server?.close();
    await asRole('postgres', async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.query(`DROP ROLE IF EXISTS ${app}`);
      await client.query(`DROP ROLE IF EXISTS ${owner}`);
    });
  });

  test('the app works through its role, and that role cannot lift the append-only guarantee', async () => {
    // Migrations ran as the owner; the app role reads and writes rows.
    expect((await (await fetch(`${server.url}/healthz`)).json()) as object).toMatchObject({ ok: true });
    await makeUser(server.db.prisma, 'admin', { username: 'roles-admin' });
    const signIn = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { username: 'roles-admin', password: TEST_PASSWORD } }),
    });
    expect(signIn.status).toBe(200);
    const tables = await asRole(app, async (client) =>
      client.query<{ tableowner: string }>(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`),
    );
    expect(tables.rows.map((row) => row.tableowner)).toEqual([owner]);

    const refusals = await asRole(app, async (client) => {
      const attempt = async (sql: string) => {
        try {
          await client.query(sql);
          return 'allowed';
        } catch (error) {
          return (error as { code?: string }).code ?? 'failed';
        }
      };
      return {
        disableTrigger: await attempt(`ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL`),
        replicationRole: await attempt(`SET session_replication_role = replica`),
        deleteAudit: await attempt(`DELETE FROM "AuditEntry"`),
        truncateAudit: await attempt(`TRUNCATE "AuditEntry"`),
        updateAudit: await attempt(`UPDATE "AuditEntry" SET "reason" = 'x'`),
        dropTable: await attempt(`DROP TABLE "AuditEntry"`),
        createTable: await attempt(`CREATE TABLE "Sneaky" (id int)`),
      };
    });
    expect(refusals).toEqual({
      disableTrigger: '42501', // must be owner
      replicationRole: '42501', // superuser only
      deleteAudit: 'P0001', // the trigger refuses
      truncateAudit: '42501', // no TRUNCATE right (and the trigger would refuse it)
      updateAudit: 'P0001',
      dropTable: '42501',
      createTable: '42501',
    });
    const audit = await asRole(app, (client) => client.query(`SELECT count(*)::int AS n FROM "AuditEntry"`));
    expect(audit.rows[0]!.n).toBeGreaterThan(0);
  });
});
