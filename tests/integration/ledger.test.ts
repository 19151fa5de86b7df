// The ledger (台账) out and in over HTTP, as a bureau officer's browser or a script uses it: the export
// follows the board's view, an export comes back in unchanged, bad cells are named one by one and block
// every write, an import applied twice changes nothing the second time, and only admins may import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../../server/domain/permissions.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { callerFor } from '../factories/caller.js';
import { makeUnit, projectInput } from '../factories/projects.js';
import { createPostgresDatabase, testDatabaseKinds } from '../factories/test-database.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';
import { excelDate, simpleLedger, type SimpleRow } from './fixtures/ledger/workbooks.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TODAY = '2026-03-02';

interface ImportAnswer {
  dryRun: boolean;
  applied: boolean;
  counts: { created: number; changed: number; unchanged: number; refused: number };
  rows: {
    row: number;
    code: string;
    status: string;
    changes?: { field: string; old: string; new: string }[];
    problems?: { column: string; value: string; key: string; params: Record<string, unknown>; message: string }[];
  }[];
  message: string;
}

describe.each(testDatabaseKinds)('the ledger on %s', (kind) => {
  let server: RunningServer;
  let dropDatabase = async () => {};
  const cookies: Record<'admin' | 'editor' | 'viewer', string> = { admin: '', editor: '', viewer: '' };
  let unitA: { id: number; name: string };
  let unitB: { id: number; name: string };
  let admin: Actor;

  async function signIn(username: string) {
    const response = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { username, password: TEST_PASSWORD } }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  beforeAll(async () => {
    let database: Parameters<typeof startServer>[0]['database'] = { kind: 'pglite', dataDir: null };
    if (kind === 'postgres') {
      const created = await createPostgresDatabase();
      dropDatabase = created.drop;
      database = { kind: 'postgres', url: created.url, poolSize: 4, connectTimeoutMs: 5000 };
    }
    server = await startServer({ database, host: '127.0.0.1', port: 0, seedDemo: false, today: TODAY });
    const prisma = server.db.prisma;
    unitA = await makeUnit(prisma, '章丘区交通运输局');
    unitB = await makeUnit(prisma, '明水街道');
    admin = await makeUser(prisma, 'admin', { username: `ledger-admin-${kind}` });
    await makeUser(prisma, 'editor', { username: `ledger-editor-${kind}`, unitIds: [unitA.id] });
    await makeUser(prisma, 'viewer', { username: `ledger-viewer-${kind}` });
    for (const role of ['admin', 'editor', 'viewer'] as const) cookies[role] = await signIn(`ledger-${role}-${kind}`);
    const as = callerFor(server.db, { actor: admin, today: TODAY });
    await as.project.create(
      projectInput(unitA.id, { code: 'LG-2026-001', name: '经十东路改造', stage: 'acceleration' }),
    );
    await as.project.create(
      projectInput(unitA.id, { code: 'LG-2026-002', name: '绣源河治理', projectType: 'infrastructure' }),
    );
    await as.project.create(projectInput(unitB.id, { code: 'LG-2026-003', name: '明水古城游客中心' }));
  });
  afterAll(async () => {
    await server?.close();
    await dropDatabase();
  });

  const download = async (query: string) => {
    const response = await fetch(`${server.url}/exports/ledger.xlsx${query}`, { headers: { cookie: cookies.viewer } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    return Buffer.from(await response.arrayBuffer());
  };
  const readBook = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return workbook;
  };
  const codesIn = (sheet: ExcelJS.Worksheet) => {
    const codes: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(1).value));
    });
    return codes;
  };
  const upload = (bytes: Buffer, { dryRun = false, as = 'admin' as keyof typeof cookies, headers = {} } = {}) =>
    fetch(`${server.url}/imports/ledger?lang=zh${dryRun ? '&dryRun=1' : ''}`, {
      method: 'POST',
      headers: { cookie: cookies[as], 'content-type': XLSX, ...headers },
      body: new Uint8Array(bytes),
    });
  const importAnswer = async (bytes: Buffer, dryRun = false) => {
    const response = await upload(bytes, { dryRun });
    expect(response.status).toBe(200);
    return (await response.json()) as ImportAnswer;
  };
  const countRows = async () => ({
    projects: await server.db.prisma.project.count(),
    milestones: await server.db.prisma.milestone.count(),
    audit: await server.db.prisma.auditEntry.count({ where: { entityType: 'project' } }),
  });

  test('the export is the ledger: headed in Chinese, frozen, filtered, with real dates and numbers', async () => {
    const workbook = await readBook(await download(''));
    const [projects, milestones] = workbook.worksheets;
    expect(projects!.name).toBe('项目台账');
    expect(milestones!.name).toBe('节点');
    expect(projects!.getRow(1).getCell(1).value).toBe('项目代码');
    expect(projects!.getRow(1).getCell(10).value).toBe('序时进度');
    expect(projects!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(projects!.autoFilter).toBeTruthy();
    expect(codesIn(projects!).sort()).toEqual(['LG-2026-001', 'LG-2026-002', 'LG-2026-003']);
    const first = projects!.getRow(2);
    expect(first.getCell(6).value).toBe(12000.5);
    expect(first.getCell(6).numFmt).toBe('#,##0.00');
    // 序时进度 on 2 March: two months of twelve have ended.
    expect(first.getCell(10).value).toBe(0.1667);
    expect(first.getCell(10).numFmt).toBe('0.0%');
    expect(first.getCell(8).value).toBe(0);
    expect(first.getCell(11).value).toBeInstanceOf(Date);
    expect(first.getCell(11).numFmt).toBe('yyyy-mm-dd');
    // Each project's template milestones, with their reverse-scheduled dates.
    expect(milestones!.rowCount).toBeGreaterThan(3);
    expect(milestones!.getRow(2).getCell(7).value).toBeInstanceOf(Date);
  });

  test("the export honours the board's filters: unit, stage, and a pinyin search", async () => {
    const byUnit = await readBook(await download(`?unit=${unitB.id}`));
    expect(codesIn(byUnit.worksheets[0]!)).toEqual(['LG-2026-003']);
    const byStage = await readBook(await download('?stage=acceleration'));
    expect(codesIn(byStage.worksheets[0]!)).toEqual(['LG-2026-001']);
    const byPinyin = await readBook(await download('?q=xyh'));
    expect(codesIn(byPinyin.worksheets[0]!)).toEqual(['LG-2026-002']);
    expect(codesIn(byPinyin.worksheets[1]!).every((code) => code === 'LG-2026-002')).toBe(true);
    const english = await readBook(await download('?lang=en&unit=' + unitA.id));
    expect(english.worksheets[0]!.getRow(1).getCell(1).value).toBe('Project code');
    expect(codesIn(english.worksheets[0]!).sort()).toEqual(['LG-2026-001', 'LG-2026-002']);
  });

  test('an exported ledger imported back (dry run) changes nothing, in either language', async () => {
    for (const lang of ['zh', 'en']) {
      const answer = await importAnswer(await download(`?lang=${lang}`), true);
      expect(answer.counts).toEqual({ created: 0, changed: 0, unchanged: 3, refused: 0 });
      expect(answer.dryRun).toBe(true);
    }
  });

  test('ten kinds of bad cells: one precise message per cell, and nothing is written', async () => {
    const good = ['LG-2026-101', '新建项目甲', unitA.name, '成熟度', '产业项目', 5000, 1000, excelDate('2028-06-30')];
    const rowWith = (index: number, value: string | number | Date | null, code = `LG-2026-${110 + index}`) => {
      const row: SimpleRow = [code, ...good.slice(1)];
      row[index] = value;
      return row;
    };
    const bytes = await simpleLedger([
      good,
      rowWith(0, null),
      rowWith(0, 'lg-bad-code'),
      rowWith(1, '长'.repeat(101)),
      rowWith(2, '不存在的单位'),
      rowWith(3, '施工中'),
      rowWith(4, '其他类型'),
      rowWith(5, '五千万'),
      rowWith(6, 9000),
      rowWith(7, '2027-02-30'),
      rowWith(0, 'LG-2026-101'),
      ['LG-2026-003', '明水古城游客中心', unitB.name, '贡献度', '产业项目', 12000.5, 3000, excelDate('2027-06-30')],
    ]);
    const before = await countRows();
    const answer = await importAnswer(bytes);
    expect(answer.applied).toBe(false);
    expect(answer.counts).toEqual({ created: 1, changed: 0, unchanged: 0, refused: 11 });
    expect(answer.message).toBe('有 11 行被拒绝，什么也没有写入。');
    const refused = answer.rows.filter((row) => row.status === 'refused');
    expect(refused.map((row) => row.problems!.map((p) => [row.row, p.column, p.key]))).toEqual([
      [[3, 'code', 'validation.required']],
      [[4, 'code', 'validation.projectCode']],
      [[5, 'name', 'validation.tooLong']],
      [[6, 'ownerUnit', 'ledger.unknownUnit']],
      [[7, 'stage', 'ledger.unknownStage']],
      [[8, 'projectType', 'ledger.unknownType']],
      [[9, 'totalInvestment', 'validation.amount']],
      [[10, 'plannedInvestment', 'validation.plannedOverTotal']],
      [[11, 'targetDate', 'ledger.notDate']],
      [[12, 'code', 'ledger.duplicateCode']],
      [[13, 'stage', 'ledger.stageChange']],
    ]);
    const messages = refused.map((row) => row.problems![0]!.message);
    expect(messages[2]).toBe('最多 100 个字符。');
    expect(messages[3]).toBe('没有名为“不存在的单位”的责任单位（可填单位名称或单位代码）。');
    expect(messages[8]).toBe('“2027-02-30”不是日期，请填 Excel 日期或 YYYY-MM-DD。');
    expect(messages[9]).toBe('项目代码 LG-2026-101 在第 2 行已出现过。');
    expect(messages[10]).toContain('项目已在“成熟度”阶段');
    expect(await countRows()).toEqual(before);
  });

  test('an import applied twice: new projects with their milestones, changes audited, then nothing', async () => {
    const bytes = await simpleLedger([
      ['LG-2026-201', '章丘新材料产业园', unitA.name, '', '', '80,000', 20000, '2028/12/31'],
      [
        'LG-2026-202',
        'Mingshui library',
        'U-none',
        'acceleration',
        'Public service',
        3000,
        500,
        excelDate('2027-09-30'),
      ],
      [
        'LG-2026-003',
        '明水古城游客中心（一期）',
        unitB.name,
        '成熟度',
        '产业项目',
        12000.5,
        3200,
        excelDate('2027-06-30'),
      ],
    ]);
    // The second row names its unit by code.
    const unitCode = (await server.db.prisma.ownerUnit.findUniqueOrThrow({ where: { id: unitB.id } })).code;
    const fixed = await simpleLedger([
      ['LG-2026-201', '章丘新材料产业园', unitA.name, '', '', '80,000', 20000, '2028/12/31'],
      [
        'LG-2026-202',
        'Mingshui library',
        unitCode,
        'acceleration',
        'Public service',
        3000,
        500,
        excelDate('2027-09-30'),
      ],
      [
        'LG-2026-003',
        '明水古城游客中心（一期）',
        unitB.name,
        '成熟度',
        '产业项目',
        12000.5,
        3200,
        excelDate('2027-06-30'),
      ],
    ]);
    expect((await importAnswer(bytes, true)).counts.refused).toBe(1);

    const dryRun = await importAnswer(fixed, true);
    expect(dryRun.counts).toEqual({ created: 2, changed: 1, unchanged: 0, refused: 0 });
    expect(dryRun.rows[2]!.changes).toEqual([
      { field: 'name', old: '明水古城游客中心', new: '明水古城游客中心（一期）' },
      { field: 'plannedInvestment', old: '3000.00', new: '3200.00' },
    ]);
    expect(await server.db.prisma.project.count({ where: { code: 'LG-2026-201' } })).toBe(0);

    const applied = await importAnswer(fixed);
    expect(applied).toMatchObject({ applied: true, counts: { created: 2, changed: 1, unchanged: 0, refused: 0 } });
    const created = await server.db.prisma.project.findUniqueOrThrow({
      where: { code: 'LG-2026-202' },
      select: { stage: true, projectType: true, plannedInvestment: true, _count: { select: { milestones: true } } },
    });
    expect(created).toMatchObject({ stage: 'acceleration', projectType: 'publicService' });
    expect(created._count.milestones).toBeGreaterThan(0);
    const audited = await server.db.prisma.auditEntry.findMany({
      where: { reason: 'ledgerImport' },
      select: { action: true, actorName: true, before: true, after: true },
      orderBy: { id: 'asc' },
    });
    expect(audited.map((entry) => entry.action)).toEqual(['create', 'create', 'update']);
    expect(audited[2]).toMatchObject({
      actorName: admin.username,
      before: { name: '明水古城游客中心', plannedInvestment: '3000.00' },
      after: { name: '明水古城游客中心（一期）', plannedInvestment: '3200.00' },
    });

    const before = await countRows();
    const again = await importAnswer(fixed);
    expect(again).toMatchObject({ applied: true, counts: { created: 0, changed: 0, unchanged: 3, refused: 0 } });
    expect(await countRows()).toEqual(before);
  });

  test('only admins import, only workbooks, within the size cap, with the columns named', async () => {
    const workbook = await simpleLedger([]);
    for (const role of ['viewer', 'editor'] as const) {
      const response = await upload(workbook, { as: role });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { key: string } }).error.key).toMatch(/^auth\.forbidden\./);
    }

    const notWorkbook = await upload(Buffer.from('code,name\nLG-1,x\n'));
    expect(notWorkbook.status).toBe(400);
    expect(await notWorkbook.json()).toMatchObject({
      error: { key: 'ledger.notWorkbook' },
      message: '这不是 Excel 工作簿（.xlsx），请另存为 .xlsx 后再导入。',
    });

    const oversized = await upload(Buffer.alloc(5 * 1024 * 1024 + 1));
    expect(oversized.status).toBe(413);
    expect(((await oversized.json()) as { message: string }).message).toBe('文件超过 5 MB，请拆分后分批导入。');

    const wrongColumns = await upload(await simpleLedger([], ['项目代码', '名字', '单位', '投资']));
    expect(wrongColumns.status).toBe(400);
    expect(((await wrongColumns.json()) as { message: string }).message).toBe(
      '第一张工作表缺少这些列：项目名称、总投资（万元）、年度计划投资（万元）、目标日期。请按导出的台账或简易模板填写表头。',
    );

    const asJson = await upload(workbook, { headers: { 'content-type': 'application/json' } });
    expect(asJson.status).toBe(415);
    const crossSite = await upload(workbook, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    const nobody = await fetch(`${server.url}/imports/ledger`, {
      method: 'POST',
      headers: { 'content-type': XLSX },
      body: new Uint8Array(workbook),
    });
    expect(nobody.status).toBe(401);
  });
});
