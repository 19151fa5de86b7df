import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { STAGES, type Stage } from '../../server/domain/stages.js';
import {
  BLOCKED_FILTERS,
  DEFAULT_VIEW,
  DENSITIES,
  LAYOUTS,
  LIST_SORTS,
  filterBoard,
  GROUPINGS,
  groupIntoLanes,
  isFiltered,
  LIGHT_KEYS,
  matchesView,
  parseView,
  serialiseView,
  withoutFilters,
  type BoardView,
} from '../../client/features/board/board-view.js';
import { matchesTerms, queryTerms, searchIndex, searchKeys } from '../../client/features/board/card-search.js';
import { pinyinKeys } from '../../client/features/board/pinyin-keys.js';
import { columnStats, fromHundredths, sumAmounts, toHundredths } from '../../client/features/board/column-stats.js';
import type { BoardData, Card } from '../../client/lib/types.js';

let nextId = 1;
function card(
  overrides: Partial<Omit<Card, 'schedule' | 'blockers'>> & {
    light?: Card['schedule']['light'];
    blockers?: number;
  } = {},
): Card {
  const { light = 'green', blockers = 0, ...rest } = overrides;
  const id = nextId++;
  return {
    id,
    code: `ZQ-2026-${String(id).padStart(3, '0')}`,
    name: `测试项目${id}`,
    stage: 'maturity',
    rank: `a${id}`,
    version: 1,
    totalInvestment: '1000.00',
    plannedInvestment: '200.00',
    targetDate: '2027-06-30',
    ownerUnit: { id: 1, name: '明水街道' },
    blockers: { open: blockers, oldestAgeDays: blockers ? 3 : null, overdue: false },
    schedule: {
      light,
      reason: null,
      projectedFinish: '2027-05-01',
      isTargetMissed: false,
      isFinished: false,
      next: null,
      done: 0,
      total: 3,
      yearsWithoutCalendar: [],
      problem: null,
    },
    ...rest,
  } as Card;
}

function boardOf(...cards: Card[]): BoardData {
  return {
    today: '2026-03-02',
    columns: STAGES.map((stage) => ({ stage, cards: cards.filter((c) => c.stage === stage) })),
  } as BoardData;
}
const ids = (board: BoardData) => board.columns.map((column) => column.cards.map((c) => c.id));

describe('amounts add up exactly', () => {
  test('hundredths both ways', () => {
    expect(toHundredths('12000.50')).toBe(1200050n);
    expect(toHundredths('7')).toBe(700n);
    expect(toHundredths('0.5')).toBe(50n);
    expect(fromHundredths(1200050n)).toBe('12000.50');
    expect(fromHundredths(5n)).toBe('0.05');
    expect(() => toHundredths('1.234')).toThrow();
    expect(() => toHundredths('-3')).toThrow();
  });

  test('sums that floating point gets wrong come out to the cent', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts([])).toBe('0.00');
    // Beyond 2^53 hundredths a float has lost the cents; BigInt has not.
    expect(sumAmounts(['90071992547409.91', '0.01', '0.01'])).toBe('90071992547409.93');
    expect(sumAmounts(Array.from({ length: 1000 }, () => '125000.33'))).toBe('125000330.00');
  });

  test('property: the sum of amounts is the sum of their hundredths', () => {
    const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }));
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 50 }), (parts) => {
        const strings = parts.map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
        const expected = parts.reduce((sum, [whole, cents]) => sum + whole * 100n + BigInt(cents), 0n);
        expect(toHundredths(sumAmounts(strings))).toBe(expected);
      }),
    );
  });

  test('a column header counts projects, sums both investments, counts red, yellow and blocked', () => {
    const stats = columnStats([
      card({ totalInvestment: '125000.10', plannedInvestment: '30000.05', light: 'red', blockers: 2 }),
      card({ totalInvestment: '0.20', plannedInvestment: '0.00', light: 'yellow' }),
      card({ totalInvestment: '86000.00', plannedInvestment: '12000.95', light: 'red' }),
      card({ light: null, blockers: 1 }),
      card({ light: 'green' }),
    ]);
    expect(stats).toEqual({
      count: 5,
      totalInvestment: '213000.30',
      plannedInvestment: '42401.00',
      red: 2,
      yellow: 1,
      blocked: 2,
    });
    expect(columnStats([])).toEqual({
      count: 0,
      totalInvestment: '0.00',
      plannedInvestment: '0.00',
      red: 0,
      yellow: 0,
      blocked: 0,
    });
  });
});

describe('finding a project by code, name or pinyin', () => {
  const jsdl = card({ code: 'ZQ-2024-017', name: '经十东路章丘段提升改造工程' });
  const g309 = card({ code: 'ZQ-2025-003', name: 'G309 章丘段改扩建工程' });
  const hospital = card({ code: 'ZQ-2023-101', name: '区人民医院新院区建设项目' });
  const index = searchIndex([jsdl, g309, hospital], pinyinKeys);
  const find = (query: string) =>
    [jsdl, g309, hospital].filter((c) => matchesTerms(index.get(c.id)!, queryTerms(query))).map((c) => c.id);

  test('by pinyin initials, full pinyin, characters and code', () => {
    expect(find('jsdl')).toEqual([jsdl.id]);
    expect(find('JSDL')).toEqual([jsdl.id]);
    expect(find('jingshidonglu')).toEqual([jsdl.id]);
    expect(find('zqd')).toEqual([jsdl.id, g309.id]); // 章丘段 in both
    expect(find('章丘段')).toEqual([jsdl.id, g309.id]);
    expect(find('rmyy')).toEqual([hospital.id]);
    expect(find('zq-2024')).toEqual([jsdl.id]);
    expect(find('2024017')).toEqual([jsdl.id]);
    expect(find('g309')).toEqual([g309.id]);
    expect(find('G309 gkj')).toEqual([g309.id]); // every word must match
    expect(find('g309 jsdl')).toEqual([]);
    expect(find('  ')).toEqual([jsdl.id, g309.id, hospital.id]);
    expect(find('xyz')).toEqual([]);
  });

  test('the issue’s example: zqgy finds 章丘工业…', () => {
    const keys = searchKeys({ code: 'X-1', name: '章丘工业互联网平台' }, pinyinKeys);
    expect(matchesTerms(keys, queryTerms('zqgy'))).toBe(true);
    expect(matchesTerms(keys, queryTerms('zhangqiugongye'))).toBe(true);
  });

  test('pinyin is worked out once per name; without it, codes and characters still find projects', () => {
    expect(pinyinKeys('明水街道')).toBe(pinyinKeys('明水街道'));
    expect(searchKeys({ code: 'MS-1', name: '明水街道' }, pinyinKeys)).toEqual([
      'ms1',
      '明水街道',
      'mingshuijiedao',
      'msjd',
    ]);
    const withoutPinyin = searchKeys({ code: 'MS-1', name: '明水街道' });
    expect(withoutPinyin).toEqual(['ms1', '明水街道']);
    expect(matchesTerms(withoutPinyin, queryTerms('明水'))).toBe(true);
  });
});

describe('the view lives in the address', () => {
  const full: BoardView = {
    q: 'jsdl 章丘',
    unit: 12,
    lights: ['red', 'none'],
    blocked: 'yes',
    stages: ['acceleration'],
    from: '2026-01-01',
    to: '2027-12-31',
    group: 'unit',
    meeting: true,
    layout: 'list',
    density: 'compact',
    sort: '-target',
  };

  test('the default view is an empty address, and an empty address the default view', () => {
    expect(serialiseView(DEFAULT_VIEW).toString()).toBe('');
    expect(parseView(new URLSearchParams())).toEqual(DEFAULT_VIEW);
  });

  test('a full view round-trips in a stable order', () => {
    const params = serialiseView(full);
    expect(params.toString()).toBe(
      'q=jsdl+%E7%AB%A0%E4%B8%98&unit=12&light=red&light=none&blocked=yes&stage=acceleration&from=2026-01-01&to=2027-12-31&group=unit&meeting=1&view=list&density=compact&sort=-target',
    );
    expect(parseView(new URLSearchParams(params.toString()))).toEqual(full);
  });

  test('what an address cannot mean falls back to the default, piece by piece', () => {
    const view = parseView(
      new URLSearchParams(
        'unit=abc&light=blue&light=red&light=red&blocked=maybe&stage=done&from=2026-02-30&group=x&meeting=yes&view=grid&density=tiny&sort=name',
      ),
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, lights: ['red'] });
    expect(parseView(new URLSearchParams('unit=-4')).unit).toBeNull();
    expect(parseView(new URLSearchParams(`q=${'a'.repeat(500)}`)).q).toHaveLength(100);
  });

  test('property: any view survives the address', () => {
    const view = fc.record({
      q: fc.string({ maxLength: 100 }),
      unit: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
      lights: fc.subarray([...LIGHT_KEYS]),
      blocked: fc.constantFrom(...BLOCKED_FILTERS),
      stages: fc.subarray([...STAGES] as Stage[]),
      from: fc.constantFrom('', '2026-01-01', '2028-02-29'),
      to: fc.constantFrom('', '2026-12-31'),
      group: fc.constantFrom(...GROUPINGS),
      meeting: fc.boolean(),
      layout: fc.constantFrom(...LAYOUTS),
      density: fc.constantFrom(...DENSITIES),
      sort: fc.constantFrom('' as const, ...LIST_SORTS),
    });
    fc.assert(
      fc.property(view, (v) => {
        const parsed = parseView(new URLSearchParams(serialiseView(v).toString()));
        // Blank searches are not written down.
        expect(parsed).toEqual({ ...v, q: v.q.trim() ? v.q : '' });
      }),
    );
  });

  test('grouping, meeting mode, list and density hide nothing; resetting keeps them', () => {
    expect(isFiltered({ ...DEFAULT_VIEW, group: 'light', meeting: true })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, q: '   ' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, to: '2026-01-01' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_VIEW, layout: 'list', density: 'compact', sort: 'light' })).toBe(false);
    expect(withoutFilters(full)).toEqual({
      ...DEFAULT_VIEW,
      group: 'unit',
      meeting: true,
      layout: 'list',
      density: 'compact',
      sort: '-target',
    });
  });
});

describe('filters and lanes', () => {
  const town = { id: 1, name: '明水街道' };
  const dept = { id: 2, name: '区发改局' };
  const a = card({ stage: 'maturity', ownerUnit: town, light: 'red', blockers: 1, targetDate: '2026-06-30' });
  const b = card({ stage: 'maturity', ownerUnit: dept, light: 'green', targetDate: '2027-06-30' });
  const c = card({ stage: 'acceleration', ownerUnit: town, light: 'yellow', targetDate: '2028-06-30' });
  const d = card({ stage: 'acceleration', ownerUnit: dept, light: null, blockers: 2, targetDate: '2026-12-31' });
  const e = card({ stage: 'contribution', ownerUnit: town, light: 'red', targetDate: '2027-01-01' });
  const board = boardOf(a, b, c, d, e);
  const keys = searchIndex([a, b, c, d, e]);
  const shown = (view: Partial<BoardView>) => ids(filterBoard(board, { ...DEFAULT_VIEW, ...view }, keys)).flat();

  test('each filter, alone and together; columns keep their order', () => {
    expect(filterBoard(board, DEFAULT_VIEW, keys)).toBe(board);
    expect(shown({ unit: town.id })).toEqual([a.id, c.id, e.id]);
    expect(shown({ lights: ['red'] })).toEqual([a.id, e.id]);
    expect(shown({ lights: ['none', 'yellow'] })).toEqual([c.id, d.id]);
    expect(shown({ blocked: 'yes' })).toEqual([a.id, d.id]);
    expect(shown({ blocked: 'no' })).toEqual([b.id, c.id, e.id]);
    expect(shown({ stages: ['acceleration', 'contribution'] })).toEqual([c.id, d.id, e.id]);
    expect(shown({ from: '2026-12-31', to: '2027-06-30' })).toEqual([b.id, d.id, e.id]);
    expect(shown({ q: b.code })).toEqual([b.id]);
    expect(shown({ unit: town.id, lights: ['red'], stages: ['contribution'] })).toEqual([e.id]);
    expect(filterBoard(board, { ...DEFAULT_VIEW, unit: 99 }, keys).columns.map((col) => col.stage)).toEqual([
      ...STAGES,
    ]);
  });

  test('a card without search keys never matches a search', () => {
    expect(matchesView(a, { ...DEFAULT_VIEW, q: 'x' }, new Map())).toBe(false);
    expect(matchesView(a, DEFAULT_VIEW, new Map())).toBe(true);
  });

  test('lanes by unit (pinyin order), by light (red first) and by blocked (blocked first), each in board order', () => {
    const byUnit = groupIntoLanes(board, 'unit');
    expect(byUnit.map((lane) => lane.key)).toEqual(['unit:1', 'unit:2']); // 明水 (m) before 区 (q)
    expect(byUnit.map((lane) => ids(lane.board))).toEqual([
      [[a.id], [c.id], [e.id]],
      [[b.id], [d.id], []],
    ]);
    expect(byUnit.map((lane) => lane.count)).toEqual([3, 2]);
    expect(byUnit[0]!.of).toEqual({ kind: 'unit', unitId: 1, unitName: '明水街道' });

    expect(groupIntoLanes(board, 'light').map((lane) => [lane.key, ids(lane.board).flat()])).toEqual([
      ['light:red', [a.id, e.id]],
      ['light:yellow', [c.id]],
      ['light:green', [b.id]],
      ['light:none', [d.id]],
    ]);
    expect(groupIntoLanes(board, 'blocked').map((lane) => [lane.key, ids(lane.board).flat()])).toEqual([
      ['blocked:yes', [a.id, d.id]],
      ['blocked:no', [b.id, c.id, e.id]],
    ]);
  });

  test('lanes of a filtered board leave out the groups with nothing shown', () => {
    const filtered = filterBoard(board, { ...DEFAULT_VIEW, lights: ['red'] }, keys);
    expect(groupIntoLanes(filtered, 'unit').map((lane) => lane.key)).toEqual(['unit:1']);
    expect(groupIntoLanes(boardOf(), 'light')).toEqual([]);
  });
});
