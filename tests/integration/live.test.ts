// board.events over real HTTP: a server-sent-events stream read with fetch, as a browser's EventSource
// would read it, from servers started as `npm start` starts them.
import pg from 'pg';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildHttpApp } from '../../server/http.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { startBoardBus, type BoardBus } from '../../server/realtime/board-bus.js';
import {
  createPostgresDatabase,
  createTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from '../factories/test-database.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

interface BoardEvent {
  id: number;
  kind: string;
  projectId: number | null;
  actorName: string;
  at: Date;
}

const WAIT_MS = 5_000;

/** A signed-in HTTP client of one server. */
async function signIn(url: string, username: string) {
  const post = async <T>(procedure: string, input: unknown, cookie = ''): Promise<{ data: T; setCookie: string }> => {
    const response = await fetch(`${url}/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ json: input }),
    });
    const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
    if (!body.result) throw new Error(`${procedure} failed: ${JSON.stringify(body.error)}`);
    return { data: body.result.data.json, setCookie: response.headers.get('set-cookie') ?? '' };
  };
  const { setCookie } = await post('auth.signIn', { username, password: TEST_PASSWORD });
  const cookie = setCookie.split(';')[0]!;
  return {
    cookie,
    mutate: async <T>(procedure: string, input: unknown) => (await post<T>(procedure, input, cookie)).data,
  };
}

/**
 * Opens `board.events` and collects its events. `next()` waits for the next one (bounded), so a test
 * reads events in the order the server sent them.
 */
function openEventStream(url: string, cookie: string, lastEventId?: string) {
  const input = encodeURIComponent(JSON.stringify({ json: lastEventId ? { lastEventId } : {} }));
  const controller = new AbortController();
  const received: BoardEvent[] = [];
  /** The error codes the server ended the stream with. */
  const errors: string[] = [];
  let wakeReader: (() => void) | null = null;
  let markConnected: () => void = () => {};
  const connected = new Promise<void>((resolve) => (markConnected = resolve));

  function onMessage(block: string) {
    const fields: Record<string, string> = {};
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
    }
    if (fields.event === 'connected') markConnected();
    if (fields.event === 'serialized-error') {
      errors.push(superjson.deserialize<{ data: { code: string } }>(JSON.parse(fields.data!)).data.code);
    }
    if (fields.event === undefined && fields.data !== undefined && fields.id) {
      received.push(superjson.deserialize(JSON.parse(fields.data)));
      wakeReader?.();
    }
  }

  const reading = (async () => {
    const response = await fetch(`${url}/trpc/board.events?input=${input}`, {
      headers: { cookie, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    let buffer = '';
    for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        onMessage(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  })().catch((error: unknown) => {
    if (!controller.signal.aborted) throw error;
  });

  let readIndex = 0;
  return {
    connected,
    received,
    errors,
    /** Resolves when the server ends the stream. */
    ended: reading,
    async next(): Promise<BoardEvent> {
      const deadline = Date.now() + WAIT_MS;
      while (readIndex >= received.length) {
        if (Date.now() > deadline) throw new Error(`no board event within ${WAIT_MS} ms`);
        await new Promise<void>((resolve) => {
          wakeReader = resolve;
          setTimeout(resolve, 100);
        });
      }
      return received[readIndex++]!;
    },
    async close() {
      controller.abort();
      await reading;
    },
  };
}
type EventStream = ReturnType<typeof openEventStream>;

/** Two projects in the maturity column, and a way to swap them (each swap is one move, one event). */
async function twoProjects(server: RunningServer, api: Awaited<ReturnType<typeof signIn>>) {
  const unit = await makeUnit(server.db.prisma);
  const versions = new Map<number, number>();
  for (let i = 0; i < 2; i++) {
    const project = await api.mutate<{ id: number; version: number }>('project.create', projectInput(unit.id));
    versions.set(project.id, project.version);
  }
  const ids = [...versions.keys()];
  return {
    ids,
    /** Moves `id` to the top of its column, as someone dragging it there would. */
    async move(id: number, via = api) {
      const card = await via.mutate<{ version: number }>('project.move', {
        id,
        toStage: 'maturity',
        position: 0,
        expectedVersion: versions.get(id),
      });
      versions.set(id, card.version);
    },
  };
}

/** Reads events until one for `projectId` of `kind` comes (the stream may start with an older one). */
async function nextFor(stream: EventStream, projectId: number, kind = 'project.moved') {
  for (;;) {
    const event = await stream.next();
    if (event.projectId === projectId && event.kind === kind) return event;
  }
}

describe('board.events on the embedded database', () => {
  let server: RunningServer;
  let api: Awaited<ReturnType<typeof signIn>>;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    server = await startServer({
      database: { kind: 'pglite', dataDir: null },
      host: '127.0.0.1',
      port: 0,
      seedDemo: false,
    });
    await makeUser(server.db.prisma, 'admin', { username: 'live-admin' });
    api = await signIn(server.url, 'live-admin');
  });
  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await server?.close();
  });

  test('a move made through the API reaches a subscriber; one who missed two moves gets both, in order', async () => {
    const { ids, move } = await twoProjects(server, api);
    const [first, second] = ids as [number, number];

    const live = openEventStream(server.url, api.cookie);
    streams.push(live);
    await live.connected;
    // Without a last id the stream starts at the newest event there is: here, the second project's creation.
    expect(await live.next()).toMatchObject({ kind: 'project.created', projectId: second, actorName: 'live-admin' });

    await move(first);
    const moved = await nextFor(live, first);
    expect(moved).toMatchObject({ kind: 'project.moved', projectId: first, actorName: 'live-admin' });
    expect(moved.at).toBeInstanceOf(Date);
    await live.close();

    // Offline while two more moves happen; back with the last id it saw.
    await move(second);
    await move(first);
    const back = openEventStream(server.url, api.cookie, String(moved.id));
    streams.push(back);
    const missed = [await back.next(), await back.next()];
    expect(missed.map((e) => [e.kind, e.projectId])).toEqual([
      ['project.moved', second],
      ['project.moved', first],
    ]);
    expect(missed[1]!.id).toBeGreaterThan(missed[0]!.id);
    expect(missed[0]!.id).toBeGreaterThan(moved.id);

    // …and then stays live.
    await move(second);
    expect(await back.next()).toMatchObject({ kind: 'project.moved', projectId: second });
  });

  test('a signed-out subscriber is refused', async () => {
    const response = await fetch(`${server.url}/trpc/board.events?input=${encodeURIComponent('{"json":{}}')}`, {
      headers: { accept: 'text/event-stream' },
    });
    const text = await response.text();
    expect(text).toContain('event: serialized-error');
    expect(text).toContain('UNAUTHORIZED');
  });
});

describe.each(testDatabaseKinds)('board.events on %s ends when its session does', (kind) => {
  const CHECK_MS = 200;
  let db: TestDatabase;
  let bus: BoardBus;
  let app: ReturnType<typeof buildHttpApp>;
  let url: string;

  beforeAll(async () => {
    // The server as startServer assembles it, with the session re-checked every 200 ms instead of 30 s.
    db = await createTestDatabase(kind);
    bus = await startBoardBus(db);
    app = buildHttpApp({
      db,
      logger: false,
      today: () => '2026-03-02',
      sessionIdleMinutes: 480,
      boardBus: bus,
      sessionCheckMs: CHECK_MS,
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await bus?.close();
    await app?.close();
    await db?.dispose();
  });

  test("revoking a subscriber's sessions ends its open stream, asking it to sign in again", async () => {
    await makeUser(db.prisma, 'admin', { username: 'live-officer' });
    const watcher = await makeUser(db.prisma, 'viewer', { username: 'live-watcher' });
    const officer = await signIn(url, 'live-officer');
    const stream = openEventStream(url, (await signIn(url, 'live-watcher')).cookie);
    await stream.connected;

    await officer.mutate('user.revokeSessions', { id: watcher.id });
    const outcome = await Promise.race([
      stream.ended.then(() => 'ended'),
      new Promise((resolve) => setTimeout(() => resolve('still open'), 10 * CHECK_MS)),
    ]);
    expect(outcome).toBe('ended');
    expect(stream.errors).toEqual(['UNAUTHORIZED']);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('board.events on PostgreSQL with two servers', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let serverA: RunningServer;
  let serverB: RunningServer;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    database = await createPostgresDatabase();
    const start = () =>
      startServer({
        database: { kind: 'postgres', url: database.url, poolSize: 4, connectTimeoutMs: 5000 },
        host: '127.0.0.1',
        port: 0,
        seedDemo: false,
      });
    serverA = await start();
    serverB = await start();
    await makeUser(serverA.db.prisma, 'admin', { username: 'live-pg-admin' });
  });
  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await serverA?.close();
    await serverB?.close();
    await database?.drop();
  });

  test('a move made through server A reaches a subscriber of server B, also after B lost its listener', async () => {
    const onA = await signIn(serverA.url, 'live-pg-admin');
    const onB = await signIn(serverB.url, 'live-pg-admin');
    const { ids, move } = await twoProjects(serverA, onA);
    const [first, second] = ids as [number, number];

    const stream = openEventStream(serverB.url, onB.cookie);
    streams.push(stream);
    await stream.connected;
    await move(first);
    expect(await nextFor(stream, first)).toMatchObject({ kind: 'project.moved', actorName: 'live-pg-admin' });

    // The listening connections drop (a database restart, a network cut): notifications sent before they
    // are back are lost, and the subscribers catch up from the table when they are.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'backplan-listener' AND datname = current_database()`,
    );
    await admin.end();
    expect(killed.rowCount).toBe(2);
    await move(second);
    await move(first);
    const caughtUp = [await stream.next(), await stream.next()];
    expect(caughtUp.map((e) => e.projectId)).toEqual([second, first]);

    // Ids are taken at insert, but transactions commit in their own order: an event whose writer
    // commits late must still come, and before the ones after it.
    const slowWriter = new pg.Client({ connectionString: database.url });
    await slowWriter.connect();
    await slowWriter.query('BEGIN');
    const inserted = await slowWriter.query<{ id: number }>(
      `INSERT INTO "BoardEvent" (kind, "projectId", "actorName") VALUES ('project.updated', $1, 'slow-writer') RETURNING id`,
      [first],
    );
    const early = inserted.rows[0]!.id;
    await move(second); // takes id early + 1 and commits first
    // Proof that server B has heard of early + 1 before the check below: B's one listening connection
    // gets notifications in commit order, so a stream that starts after early + 1 hears of the next
    // event only once B has woken every stream for early + 1.
    const witness = openEventStream(serverB.url, onB.cookie, String(early + 1));
    streams.push(witness);
    await witness.connected;
    await move(first); // early + 2
    expect((await witness.next()).id).toBe(early + 2);
    expect(stream.received.map((e) => e.id)).not.toContain(early + 1);
    await slowWriter.query('SELECT pg_notify($1, $2)', ['backplan_board', String(early)]);
    await slowWriter.query('COMMIT');
    await slowWriter.end();
    const inOrder = [await stream.next(), await stream.next()];
    expect(inOrder.map((e) => [e.id, e.actorName])).toEqual([
      [early, 'slow-writer'],
      [early + 1, 'live-pg-admin'],
    ]);
  });
});
