import { afterAll, beforeAll, expect, test } from 'vitest';
import { readMigrationList } from '../../server/db/schema-engine.js';
import { startServer, type RunningServer } from '../../server/index.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    database: { kind: 'pglite', dataDir: null },
    host: '127.0.0.1',
    port: 0,
    seedDemo: false,
  });
});
afterAll(() => server?.close());

async function call(procedure: string, input: unknown) {
  const response = await fetch(`${server.url}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: input }),
  });
  return { status: response.status, body: (await response.json()) as { error?: { json: ErrorJson } } };
}
interface ErrorJson {
  message: string;
  data: {
    code: string;
    appError: { key: string; params: object };
    fieldErrors: Record<string, { key: string }> | null;
  };
}

test('GET /healthz names the database and counts applied migrations', async () => {
  const response = await fetch(`${server.url}/healthz`);
  const { migrationDirectories } = await readMigrationList();
  expect(migrationDirectories.length).toBeGreaterThanOrEqual(2);
  expect(await response.json()).toEqual({ ok: true, database: 'pglite', migrations: migrationDirectories.length });
});

test('board.get over HTTP answers the three columns', async () => {
  const response = await fetch(`${server.url}/trpc/board.get`);
  const body = (await response.json()) as { result: { data: { json: { columns: { stage: string }[] } } } };
  expect(body.result.data.json.columns.map((c) => c.stage)).toEqual(['maturity', 'acceleration', 'contribution']);
});

test('bad input answers 400 with a translatable message for each field', async () => {
  const { status, body } = await call('project.create', {
    code: 'bad code',
    name: '',
    ownerUnitId: 1,
    totalInvestment: '1.234',
    plannedInvestment: '0',
    targetDate: '2026-13-01',
  });
  expect(status).toBe(400);
  const error = body.error!.json;
  expect(error.message).toMatch(/not valid/);
  expect(error.data.appError.key).toBe('validation.failed');
  expect(error.data.fieldErrors).toMatchObject({
    code: { key: 'validation.projectCode' },
    name: { key: 'validation.required' },
    totalInvestment: { key: 'validation.amount' },
    targetDate: { key: 'validation.date' },
  });
});

test('an unknown project answers 404 naming it, in words and as a key with parameters', async () => {
  const { status, body } = await call('project.move', { id: 4040, toStage: 'acceleration', expectedVersion: 1 });
  expect(status).toBe(404);
  const error = body.error!.json;
  expect(error.message).toContain('4040');
  expect(error.data.appError).toEqual({ key: 'project.notFound', params: { id: 4040 } });
});
