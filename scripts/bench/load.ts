// The HTTP load: plain fetch against the tRPC endpoints (superjson envelope `{ json: … }`), a few
// requests in flight, a fixed number of them, each with a timeout and the whole phase with a budget.
import http from 'node:http';
import { z } from 'zod';
import { STAGES, type Stage } from '../../server/domain/stages.js';
import { errorMessage, pick, round } from './util.js';

export interface LoadOptions {
  concurrency: number;
  requestTimeoutMs: number;
  phaseBudgetMs: number;
  /** The session cookie every request carries (see signInForBench). */
  cookie?: string;
}

export const BENCH_USER = { username: 'bench-admin', password: 'bench-password-not-secret' };

/** Signs in as the bench's admin (created at seeding) and returns the session cookie. */
export async function signInForBench(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: BENCH_USER }),
  });
  if (!response.ok) throw new Error(`bench sign-in failed: ${response.status} ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export interface OperationStats {
  count: number;
  errors: number;
  conflicts: number;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  requestsPerSecond: number;
  firstError: string | null;
  /** The cold burst's slowest reader and slowest writer. */
  slowest?: { readMs: number | null; writeMs: number | null };
}

const ZCard = z.object({ id: z.number(), version: z.number(), stage: z.enum(STAGES) });
const ZBoardAnswer = z.object({
  result: z.object({ data: z.object({ json: z.object({ columns: z.array(z.object({ cards: z.array(ZCard) })) }) }) }),
});
const ZMoveAnswer = z.object({ result: z.object({ data: z.object({ json: ZCard }) }) });

interface Answer {
  status: number;
  text: string;
  ms: number;
}

/** Keeps a few connections open, as a browser does; the cold burst opens one per reader instead. */
const keptConnections = new http.Agent({ keepAlive: true });

interface CallInit {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One call over node:http, timed from sending to the last byte of the answer. With `isRead` false, a
 * successful answer's bytes are received but not kept or decoded (a board is half a megabyte: the bench
 * has no use for it, and its own work on the same two cores is not the server's). Compressed answers
 * stay compressed: the bench asks for none unless told, as a browser would (`accept-encoding`).
 */
function call(
  url: string,
  init: CallInit,
  options: LoadOptions,
  { isRead = true, agent = keptConnections }: { isRead?: boolean; agent?: http.Agent | false } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: init.method ?? 'GET',
        agent,
        headers: { ...init.headers, cookie: options.cookie ?? '' },
        timeout: options.requestTimeoutMs,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const isKept = isRead || status !== 200;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => isKept && chunks.push(chunk));
        response.on('end', () =>
          resolve({ status, text: Buffer.concat(chunks).toString(), ms: performance.now() - started }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer in ${options.requestTimeoutMs} ms`)));
    request.on('error', reject);
    request.end(init.body);
  });
}

/** The board as a browser asks for it, compressed, its bytes received to the end and left alone. */
function receiveBoard(baseUrl: string, options: LoadOptions, agent: http.Agent | false = keptConnections) {
  return call(`${baseUrl}/trpc/board.get`, { headers: { 'accept-encoding': 'br, gzip' } }, options, {
    isRead: false,
    agent,
  });
}

function getBoard(baseUrl: string, options: LoadOptions): Promise<Answer> {
  return call(`${baseUrl}/trpc/board.get`, {}, options);
}

/** The cards on the board as the server has them now: id → { stage, version }. */
export async function readBoard(baseUrl: string, options: LoadOptions): Promise<Map<number, z.infer<typeof ZCard>>> {
  const answer = await getBoard(baseUrl, options);
  if (answer.status !== 200) throw new Error(`board.get failed: ${describeFailure(answer)}`);
  const cards = ZBoardAnswer.parse(JSON.parse(answer.text)).result.data.json.columns.flatMap((column) => column.cards);
  return new Map(cards.map((card) => [card.id, card]));
}

/** The columns in board order: stage → its cards. */
export async function readColumns(baseUrl: string, options: LoadOptions): Promise<Map<Stage, z.infer<typeof ZCard>[]>> {
  const answer = await getBoard(baseUrl, options);
  if (answer.status !== 200) throw new Error(`board.get failed: ${describeFailure(answer)}`);
  const { columns } = ZBoardAnswer.parse(JSON.parse(answer.text)).result.data.json;
  return new Map(STAGES.map((stage, i) => [stage, columns[i]?.cards ?? []]));
}

/** Moves a card to the top of a column (before `beforeId`, or into an empty one). */
export async function moveToTop(
  baseUrl: string,
  card: { id: number; version: number },
  toStage: Stage,
  beforeId: number | undefined,
  options: LoadOptions,
): Promise<void> {
  const answer = await call(
    `${baseUrl}/trpc/project.move`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        json: { id: card.id, toStage, beforeId, expectedVersion: card.version, reason: 'bench' },
      }),
    },
    options,
  );
  if (answer.status !== 200) throw new Error(`project.move failed: ${describeFailure(answer)}`);
}

export async function benchBoardGet(baseUrl: string, count: number, options: LoadOptions): Promise<OperationStats> {
  return runPhase(count, options, async (record) => {
    const answer = await receiveBoard(baseUrl, options);
    record(answer, answer.status === 200 ? 'ok' : 'error');
  });
}

/** The cheapest signed-in call, the yardstick of issue 11's warm board.get budget. */
export async function benchAuthMe(baseUrl: string, count: number, options: LoadOptions): Promise<OperationStats> {
  return runPhase(count, options, async (record) => {
    const answer = await call(`${baseUrl}/trpc/auth.me`, {}, options);
    record(answer, answer.status === 200 ? 'ok' : 'error');
  });
}

export interface RebuildFigures {
  /** The longest event-loop block from the calendar change to the new board's answer, worst of the rounds. */
  longestBlockMs: number;
  /** From the calendar change being sent to the new board's last byte, worst of the rounds. */
  slowestMs: number;
  rounds: number;
}

/**
 * A calendar change re-schedules every card: `rounds` times, a day is made a holiday, then the board
 * is read (the read waits for the new board); the server's loop probe says how long its event loop
 * was blocked meanwhile.
 */
export async function benchCalendarRebuild(
  baseUrl: string,
  longestBlockMs: () => Promise<number>,
  rounds: number,
  options: LoadOptions,
): Promise<RebuildFigures> {
  const figures: RebuildFigures = { longestBlockMs: 0, slowestMs: 0, rounds };
  for (let i = 0; i < rounds; i++) {
    await longestBlockMs(); // from here on
    const started = performance.now();
    const date = `2099-03-${String(i + 2).padStart(2, '0')}`;
    const day = await call(
      `${baseUrl}/trpc/calendar.set`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { date, kind: 'holiday', note: 'bench' } }),
      },
      options,
    );
    if (day.status !== 200) throw new Error(`calendar.set failed: ${describeFailure(day)}`);
    const board = await receiveBoard(baseUrl, options);
    if (board.status !== 200) throw new Error(`board.get failed: ${describeFailure(board)}`);
    figures.slowestMs = Math.max(figures.slowestMs, round(performance.now() - started));
    figures.longestBlockMs = Math.max(figures.longestBlockMs, await longestBlockMs());
  }
  return figures;
}

/**
 * Moves random cards to random columns, each after a random card of that column, with the card's
 * current version. A card in flight is never picked again, as mover or as neighbour, and a card
 * named as a neighbour stays put until that move is answered (else the server, which takes moves
 * in lock order, not send order, may find it gone). With the local map taking each answer's
 * version, a conflict or a missing neighbour means the server disagrees with its own answers.
 */
export async function benchProjectMove(
  baseUrl: string,
  cards: Map<number, { stage: Stage; version: number }>,
  count: number,
  random: () => number,
  options: LoadOptions,
): Promise<OperationStats> {
  const moving = new Set<number>();
  const anchors = new Map<number, number>(); // neighbour id → moves in flight naming it
  return runPhase(count, options, async (record) => {
    const idle = [...cards.entries()].filter(([id]) => !moving.has(id));
    const mover = pick(
      random,
      idle.filter(([id]) => !anchors.has(id)),
    );
    if (!mover) throw new Error('No card left to move');
    const [id, card] = mover;
    const toStage = pick(random, STAGES)!;
    const neighbours = idle.filter(([other, { stage }]) => stage === toStage && other !== id);
    const afterId = pick(random, neighbours)?.[0]; // none: an empty column, the card goes to the end
    moving.add(id);
    if (afterId !== undefined) anchors.set(afterId, (anchors.get(afterId) ?? 0) + 1);
    try {
      const answer = await call(
        `${baseUrl}/trpc/project.move`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Random moves cross stage gates both ways; a reason lets each through, as a person's would.
          body: JSON.stringify({ json: { id, toStage, afterId, expectedVersion: card.version, reason: 'bench' } }),
        },
        options,
      );
      if (answer.status === 200) {
        const moved = ZMoveAnswer.parse(JSON.parse(answer.text)).result.data.json;
        cards.set(id, { stage: moved.stage, version: moved.version });
        record(answer, 'ok');
      } else {
        cards.delete(id); // its version is no longer known: leave it alone from now on
        record(answer, answer.status === 409 ? 'conflict' : 'error');
      }
    } finally {
      moving.delete(id);
      if (afterId !== undefined) {
        const left = (anchors.get(afterId) ?? 1) - 1;
        if (left > 0) anchors.set(afterId, left);
        else anchors.delete(afterId);
      }
    }
  });
}

type Outcome = 'ok' | 'conflict' | 'error';

async function runPhase(
  count: number,
  options: LoadOptions,
  task: (record: (answer: Answer, outcome: Outcome) => void) => Promise<void>,
): Promise<OperationStats> {
  const latencies: number[] = [];
  let errors = 0;
  let conflicts = 0;
  let firstError: string | null = null;
  const record = (answer: Answer, outcome: Outcome) => {
    latencies.push(answer.ms);
    if (outcome === 'conflict') conflicts++;
    if (outcome === 'error') {
      errors++;
      firstError ??= describeFailure(answer);
    }
  };

  const started = performance.now();
  const deadline = started + options.phaseBudgetMs;
  let next = 0;
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      next++;
      try {
        await task(record);
      } catch (error) {
        errors++;
        firstError ??= errorMessage(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, count) }, worker));
  const seconds = (performance.now() - started) / 1000;
  if (next < count) {
    errors += count - next;
    firstError ??= `Time budget of ${options.phaseBudgetMs / 1000} s spent after ${next} of ${count} requests`;
  }

  latencies.sort((a, b) => a - b);
  const percentile = (q: number) => {
    const value = latencies[Math.max(0, Math.ceil(q * latencies.length) - 1)];
    return value === undefined ? null : round(value);
  };
  return {
    count: latencies.length,
    errors,
    conflicts,
    p50Ms: percentile(0.5),
    p95Ms: percentile(0.95),
    maxMs: percentile(1),
    requestsPerSecond: seconds > 0 ? round(latencies.length / seconds) : 0,
    firstError,
  };
}

const ZErrorAnswer = z.object({
  error: z.object({ json: z.object({ message: z.string(), data: z.object({ code: z.string() }) }) }),
});

/** `HTTP 400 BAD_REQUEST: <the server's message>`, or the start of the body when it is no tRPC error. */
function describeFailure(answer: Answer): string {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    // not JSON: shown as text below
  }
  const error = ZErrorAnswer.safeParse(parsed);
  if (!error.success) return `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
  return `HTTP ${answer.status} ${error.data.error.json.data.code}: ${error.data.error.json.message}`;
}

/**
 * Issue 15 item 7: a board-wide change (a calendar day) makes every server re-schedule every card,
 * then `readers` board.get and `writers` project.move arrive at once, each on its own connection, as
 * a meeting room opening the board together (signed in apart from the writers: `readerCookie`)
 * while liaisons save. No request may wait long: `maxMs` is the slowest, from sending to the last byte.
 */
export async function benchColdBurst(
  baseUrl: string,
  cards: Map<number, { stage: Stage; version: number }>,
  { readers, writers }: { readers: number; writers: number },
  random: () => number,
  options: LoadOptions,
  readerCookie: string,
): Promise<OperationStats> {
  const day = await call(
    `${baseUrl}/trpc/calendar.set`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { date: '2099-01-02', kind: 'holiday', note: 'bench' } }),
    },
    options,
  );
  if (day.status !== 200) throw new Error(`calendar.set failed: ${describeFailure(day)}`);
  const movers = [...cards.entries()].sort(() => random() - 0.5).slice(0, writers);
  const answers: { answer: Answer; outcome: Outcome }[] = [];
  const slowest = { readMs: null as number | null, writeMs: null as number | null };
  const started = performance.now();
  const reads = Array.from({ length: readers }, async () => {
    const answer = await receiveBoard(baseUrl, { ...options, cookie: readerCookie }, false);
    slowest.readMs = round(Math.max(slowest.readMs ?? 0, answer.ms));
    answers.push({ answer, outcome: answer.status === 200 ? 'ok' : 'error' });
  });
  const writes = movers.map(async ([id, card]) => {
    const toStage = pick(random, STAGES)!;
    const answer = await call(
      `${baseUrl}/trpc/project.move`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { id, toStage, expectedVersion: card.version, reason: 'bench' } }),
      },
      options,
    );
    slowest.writeMs = round(Math.max(slowest.writeMs ?? 0, answer.ms));
    if (answer.status === 200) {
      const moved = ZMoveAnswer.parse(JSON.parse(answer.text)).result.data.json;
      cards.set(id, { stage: moved.stage, version: moved.version });
    } else cards.delete(id);
    answers.push({ answer, outcome: answer.status === 200 ? 'ok' : answer.status === 409 ? 'conflict' : 'error' });
  });
  const settled = await Promise.allSettled([...reads, ...writes]);
  const seconds = (performance.now() - started) / 1000;
  const latencies = answers.map(({ answer }) => answer.ms).sort((a, b) => a - b);
  const failed = answers.filter(({ outcome }) => outcome === 'error');
  const thrown = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  const percentile = (q: number) => {
    const value = latencies[Math.max(0, Math.ceil(q * latencies.length) - 1)];
    return value === undefined ? null : round(value);
  };
  return {
    count: latencies.length,
    errors: failed.length + thrown.length,
    conflicts: answers.filter(({ outcome }) => outcome === 'conflict').length,
    p50Ms: percentile(0.5),
    p95Ms: percentile(0.95),
    maxMs: percentile(1),
    requestsPerSecond: seconds > 0 ? round(latencies.length / seconds) : 0,
    firstError: failed[0] ? describeFailure(failed[0].answer) : thrown[0] ? errorMessage(thrown[0].reason) : null,
    slowest,
  };
}
