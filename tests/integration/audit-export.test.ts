// The audit log as an admin downloads it: CSV and Excel, headed in the reader's language, times in
// Beijing time, one readable "what changed" column, each blocker step once, the same rows in both.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bureauDateTime } from '../../server/domain/bureau-time.js';
import type { Actor } from '../../server/domain/permissions.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { callerFor } from '../factories/caller.js';
import { createPostgresDatabase, testDatabaseKinds } from '../factories/test-database.js';
import { makeUser, TEST_PASSWORD } from '../factories/users.js';

/** RFC 4180 as csv-stringify writes it: quoted cells may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      cell += c;
    } else if (c === ',') {
      endCell();
    } else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe.each(testDatabaseKinds)('the audit download on %s', (kind) => {
  let server: RunningServer;
  let dropDatabase = async () => {};
  let cookie = '';
  let admin: Actor;

  beforeAll(async () => {
    let database: Parameters<typeof startServer>[0]['database'] = { kind: 'pglite', dataDir: null };
    if (kind === 'postgres') {
      const created = await createPostgresDatabase();
      dropDatabase = created.drop;
      database = { kind: 'postgres', url: created.url, poolSize: 4, connectTimeoutMs: 5000 };
    }
    server = await startServer({ database, host: '127.0.0.1', port: 0, seedDemo: false });
    const prisma = server.db.prisma;
    admin = await makeUser(prisma, 'admin', { username: 'audit-admin', displayName: '审计管理员' });
    const as = callerFor(server.db, { actor: admin });
    const unit = await prisma.ownerUnit.create({
      data: { code: 'SJDW', name: '审计测试单位', kind: 'department' },
      select: { id: true },
    });
    const project = await as.project.create({
      code: 'SJ-2026-001',
      name: '审计测试项目',
      ownerUnitId: unit.id,
      totalInvestment: '12000.00',
      plannedInvestment: '3000.00',
      targetDate: '2031-12-29',
    });
    await as.project.update({
      id: project.id,
      expectedVersion: project.version,
      patch: { totalInvestment: '13000.00' },
    });
    const blocker = await as.blocker.raise({
      projectId: project.id,
      category: 'demolition',
      description: '三户未签约',
      responsibleUnitId: unit.id,
      targetDate: '2031-06-30',
    });
    await as.blocker.escalate({ id: blocker.id, expectedVersion: blocker.version, note: '需区领导协调' });
    const response = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { username: 'audit-admin', password: TEST_PASSWORD } }),
    });
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  afterAll(async () => {
    await server?.close();
    await dropDatabase();
  });

  const download = (path: string) => fetch(`${server.url}${path}`, { headers: { cookie } });
  async function csvRows(path: string): Promise<{ bytes: Uint8Array; raw: string; rows: string[][] }> {
    const response = await download(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { bytes, raw, rows: parseCsv(raw.replace(/^\uFEFF/, '')) };
  }

  test('the CSV opens with Chinese intact, headed in Chinese, with Beijing times and readable changes', async () => {
    const { bytes, raw, rows } = await csvRows('/audit.csv?lang=zh');
    // The byte-order mark is what tells Excel and WPS the file is UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = rows;
    expect(header).toEqual(['时间（北京时间 UTC+08:00）', '操作人', '操作', '对象', '变更内容', '原因']);
    const entries = await server.db.prisma.auditEntry.findMany({
      where: { NOT: { action: { startsWith: 'blocker.' } } },
      orderBy: { id: 'asc' },
      select: { at: true },
    });
    // Each row's time is its entry's moment on a Beijing clock, as a spreadsheet reads it.
    expect(body.map((row) => row[0])).toEqual(entries.map((e) => bureauDateTime(e.at)));
    expect(raw).not.toMatch(/\d{2}:\d{2}:\d{2}(\.\d+)?Z/);

    const escalations = body.filter((row) => row[2] === '升级难题');
    expect(escalations).toHaveLength(1); // the step once, not again as the project's copy
    expect(escalations[0]).toEqual([
      expect.any(String),
      '审计管理员',
      '升级难题',
      '难题堵点 SJ-2026-001 审计测试项目 · 征拆：三户未签约',
      '状态：待解决 → 已升级；协调层级：部门 → 区领导',
      '需区领导协调',
    ]);
    const update = body.find((row) => row[4]?.includes('总投资'));
    expect(update?.[4]).toBe('修改了项目信息；总投资：12,000 万元 → 13,000 万元');
    for (const raw of ['districtLeader', 'demolition', 'blockerId', 'expectedVersion', '"rank"', 'escalated']) {
      expect(rows.flat().join('\n')).not.toContain(raw);
    }
  });

  test('in English the headings and words are English', async () => {
    const { rows } = await csvRows('/audit.csv?lang=en');
    expect(rows[0]).toEqual(['Time (Beijing, UTC+08:00)', 'Actor', 'Action', 'Entity', 'What changed', 'Reason']);
    expect(rows.some((row) => row[4] === 'Status: Open → Escalated; Level: Department → District leader')).toBe(true);
  });

  test('the Excel download has the same rows, with real date-times on a Beijing clock', async () => {
    const { rows } = await csvRows('/audit.csv?lang=zh&entityType=blocker');
    const response = await download('/audit.xlsx?lang=zh&entityType=blocker');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/filename="backplan-audit-[\d-]+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('操作日志');
    const sheetRows: string[][] = [];
    sheet.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1);
      sheetRows.push(
        cells.map((cell) =>
          // A date cell holds the Beijing wall-clock time as if it were UTC, which is how Excel shows it.
          cell instanceof Date ? cell.toISOString().slice(0, 19).replace('T', ' ') : String(cell ?? ''),
        ),
      );
    });
    expect(sheetRows).toEqual(rows);
    expect(rows).toHaveLength(3); // heading, raised, escalated
  });

  test('the project filter finds a blocker step on the project’s own log', async () => {
    const project = await server.db.prisma.project.findFirstOrThrow({ select: { id: true } });
    const { rows } = await csvRows(`/audit.csv?lang=zh&entityType=project&entityId=${project.id}&action=escalate`);
    expect(rows.slice(1).map((row) => row[2])).toEqual(['升级难题']);
  });

  test('without a session the download is refused', async () => {
    expect((await fetch(`${server.url}/audit.xlsx`)).status).toBe(401);
  });
});
