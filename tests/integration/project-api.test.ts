import { beforeAll, describe, expect, test } from 'vitest';
import type { ZodError } from 'zod';
import type { Caller } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { useTestDatabase } from '../factories/suite.js';
import { testDatabaseKinds } from '../factories/test-database.js';
import { rejection } from '../factories/refusal.js';

describe.each(testDatabaseKinds)('project API on %s', (kind) => {
  const suite = useTestDatabase(kind, { withTemplates: false });
  let api: Caller;
  let unitId: number;

  beforeAll(async () => {
    api = suite.as();
    unitId = (await makeUnit(suite.db.prisma, '区发改局')).id;
  });

  async function columnCodes(stage: string) {
    const board = await api.board.get();
    return board.columns.find((c) => c.stage === stage)!.cards.map((c) => c.code);
  }

  test('board.get returns the three stage columns in order', async () => {
    const board = await api.board.get();
    expect(board.columns.map((c) => c.stage)).toEqual(['maturity', 'acceleration', 'contribution']);
  });

  test('create adds a card at the end of its column with exact money and date', async () => {
    const a = await api.project.create(
      projectInput(unitId, { code: 'ZQ-2024-001', totalInvestment: '123456789012.34' }),
    );
    const b = await api.project.create(projectInput(unitId, { code: 'ZQ-2024-002' }));
    expect(await columnCodes('maturity')).toEqual(['ZQ-2024-001', 'ZQ-2024-002']);
    expect(a.totalInvestment).toBe('123456789012.34');
    expect(a.version).toBe(1);
    const detail = await api.project.get({ id: b.id });
    expect(detail).toMatchObject({ code: 'ZQ-2024-002', targetDate: '2027-06-30', ownerUnit: { name: '区发改局' } });
  });

  test('create refuses a code in use, an unknown unit and bad fields', async () => {
    const taken = await rejection(api.project.create(projectInput(unitId, { code: 'ZQ-2024-001' })));
    expect(taken.code).toBe('CONFLICT');
    expect(taken.message).toContain('ZQ-2024-001');

    const unit = await rejection(api.project.create(projectInput(999_999)));
    expect(unit.code).toBe('BAD_REQUEST');
    expect(unit.message).toContain('999999');

    const bad = await rejection(
      api.project.create(projectInput(unitId, { code: 'zq 1', totalInvestment: '-5', targetDate: '2026-02-30' })),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    const issues = (bad.cause as ZodError).issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['code', 'validation.projectCode'],
        ['totalInvestment', 'validation.amount'],
        ['targetDate', 'validation.date'],
      ]),
    );

    const over = await rejection(
      api.project.create(projectInput(unitId, { totalInvestment: '10', plannedInvestment: '10.01' })),
    );
    expect((over.cause as ZodError).issues[0]?.message).toBe('validation.plannedOverTotal');
  });

  test('update saves with the current version and refuses a stale one, naming the project', async () => {
    const p = await api.project.create(projectInput(unitId, { code: 'ZQ-2024-010', name: '旧名称' }));
    const saved = await api.project.update({
      id: p.id,
      expectedVersion: 1,
      patch: { name: '新名称', targetDate: '2028-01-15' },
    });
    expect(saved).toMatchObject({ name: '新名称', targetDate: '2028-01-15', version: 2 });

    const stale = await rejection(api.project.update({ id: p.id, expectedVersion: 1, patch: { name: '覆盖' } }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('ZQ-2024-010');
    expect((await api.project.get({ id: p.id })).name).toBe('新名称');

    const missing = await rejection(api.project.update({ id: 424242, expectedVersion: 1, patch: { name: 'x' } }));
    expect(missing.code).toBe('NOT_FOUND');

    const over = await rejection(
      api.project.update({ id: p.id, expectedVersion: 2, patch: { plannedInvestment: '99999999' } }),
    );
    expect(over.code).toBe('BAD_REQUEST');
  });

  test('move places a card across columns by afterId, beforeId and position, and logs the stage change', async () => {
    const [x, y, z] = await Promise.all(
      ['ZQ-2025-101', 'ZQ-2025-102', 'ZQ-2025-103'].map((code) => api.project.create(projectInput(unitId, { code }))),
    ).then((cards) => cards.sort((a, b) => a.code.localeCompare(b.code)));
    await api.project.move({ id: x!.id, toStage: 'acceleration', expectedVersion: 1 });
    await api.project.move({ id: y!.id, toStage: 'acceleration', beforeId: x!.id, expectedVersion: 1 });
    await api.project.move({ id: z!.id, toStage: 'acceleration', afterId: y!.id, expectedVersion: 1 });
    expect(await columnCodes('acceleration')).toEqual(['ZQ-2025-102', 'ZQ-2025-103', 'ZQ-2025-101']);

    const back = await api.project.move({ id: x!.id, toStage: 'acceleration', position: 0, expectedVersion: 2 });
    expect(back.version).toBe(3);
    // The answer is the card as the board now shows it: money, date, unit and place exactly.
    const onBoard = (await api.board.get()).columns.flatMap((column) => column.cards).find((card) => card.id === x!.id);
    expect(onBoard).toMatchObject(back);
    expect(back).toMatchObject({
      totalInvestment: x!.totalInvestment,
      targetDate: x!.targetDate,
      ownerUnit: x!.ownerUnit,
    });
    expect(await columnCodes('acceleration')).toEqual(['ZQ-2025-101', 'ZQ-2025-102', 'ZQ-2025-103']);

    const detail = await api.project.get({ id: x!.id });
    expect(detail.stageMoves).toHaveLength(1); // the reorder within the column is not a stage move
    expect(detail.stageMoves[0]).toMatchObject({ fromStage: 'maturity', toStage: 'acceleration', actor: 'test-admin' });
  });

  test('move refuses a stale version, an unknown id, a neighbour from another column and bad input', async () => {
    const p = await api.project.create(projectInput(unitId, { code: 'ZQ-2025-201' }));
    const other = await api.project.create(projectInput(unitId, { code: 'ZQ-2025-202' }));
    await api.project.move({ id: p.id, toStage: 'contribution', expectedVersion: 1 });

    const stale = await rejection(api.project.move({ id: p.id, toStage: 'maturity', expectedVersion: 1 }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('ZQ-2025-201');

    expect((await rejection(api.project.move({ id: 777_777, toStage: 'maturity', expectedVersion: 1 }))).code).toBe(
      'NOT_FOUND',
    );

    const wrongNeighbour = await rejection(
      api.project.move({ id: p.id, toStage: 'contribution', afterId: other.id, expectedVersion: 2 }),
    );
    expect(wrongNeighbour.code).toBe('BAD_REQUEST');
    expect(wrongNeighbour.message).toContain(String(other.id));

    const twoPlaces = await rejection(
      api.project.move({ id: p.id, toStage: 'maturity', afterId: other.id, position: 0, expectedVersion: 2 }),
    );
    expect(twoPlaces.code).toBe('BAD_REQUEST');
    const badStage = await rejection(api.project.move({ id: p.id, toStage: 'done' as 'maturity', expectedVersion: 2 }));
    expect(badStage.code).toBe('BAD_REQUEST');

    const after = await api.project.get({ id: p.id });
    expect(after).toMatchObject({ stage: 'contribution', version: 2 });
  });

  test('concurrent moves into the same gap keep a total, stable order', async () => {
    const cards = [];
    for (let i = 0; i < 6; i++) cards.push(await api.project.create(projectInput(unitId, { code: `ZQ-2026-9${i}0` })));
    const [anchor, ...movers] = cards;
    await api.project.move({ id: anchor!.id, toStage: 'contribution', position: 0, expectedVersion: 1 });
    await Promise.all(
      movers.map((card) =>
        api.project.move({ id: card.id, toStage: 'contribution', afterId: anchor!.id, expectedVersion: 1 }),
      ),
    );
    const column = (await api.board.get()).columns[2]!.cards;
    const ranks = column.map((c) => c.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(column.map((c) => c.code).slice(0, 1)).toEqual([anchor!.code]);
  });

  // Only PostgreSQL runs transactions side by side: PGlite serialises them, so no race can happen there.
  if (kind === 'postgres')
    test('a move after a card that moved while the move waited for its turn lands after it where it is now', async () => {
      const [p1, , , p4] = await Promise.all(
        ['ZQ-2026-R1', 'ZQ-2026-R2', 'ZQ-2026-R3', 'ZQ-2026-R4'].map(async (code, i) => {
          await new Promise((resolve) => setTimeout(resolve, i * 50)); // created in this order
          return api.project.create(projectInput(unitId, { code }));
        }),
      );
      // Read from the table: the other writer below moves R1 by hand, without a board event.
      const order = async () =>
        (
          await suite.db.prisma.$queryRaw<{ code: string }[]>`SELECT "code" FROM "Project"
            WHERE "code" LIKE 'ZQ-2026-R%' ORDER BY "rank" COLLATE "C", "id"`
        ).map((row) => row.code);
      expect(await order()).toEqual(['ZQ-2026-R1', 'ZQ-2026-R2', 'ZQ-2026-R3', 'ZQ-2026-R4']);
      let move: Promise<unknown> | undefined;
      // Someone else holds the board's turn, and while the move of R4 "after R1" waits for it, moves R1
      // to the end of the column.
      await suite.db.prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(${0x6f726472})`;
          move = api.project.move({ id: p4!.id, toStage: 'maturity', afterId: p1!.id, expectedVersion: 1 });
          move.catch(() => {});
          await new Promise((resolve) => setTimeout(resolve, 300));
          await tx.$executeRaw`UPDATE "Project" SET "rank" = ${`${p4!.rank}V`}, "version" = "version" + 1
            WHERE "id" = ${p1!.id}`;
        },
        { timeout: 10_000 },
      );
      await move;
      expect(await order()).toEqual(['ZQ-2026-R2', 'ZQ-2026-R3', 'ZQ-2026-R1', 'ZQ-2026-R4']);
    }, 30_000);
});
