import { describe, expect, test } from 'vitest';
import {
  blockerExportQuery,
  ZBlockerExportQuery,
  ZBlockerFilter,
  type TBlockerFilter,
} from '../../server/domain/blocker-input.js';
import {
  BLOCKER_LEVELS,
  BLOCKER_STATUSES,
  BLOCKER_STEPS,
  blockerAgeDays,
  byUrgency,
  isBlockerOverdue,
  nextBlockerState,
  sortBlockers,
  summarizeBlockers,
  type BlockerLevel,
  type BlockerStatus,
} from '../../server/domain/blockers.js';
import { lightWithBlockers } from '../../server/domain/project-schedule.js';

describe('the blocker status machine', () => {
  test('open and escalated blockers escalate one level at a time, up to the city', () => {
    expect(nextBlockerState({ status: 'open', level: 'department' }, 'escalate')).toEqual({
      ok: true,
      state: { status: 'escalated', level: 'districtLeader' },
    });
    expect(nextBlockerState({ status: 'escalated', level: 'districtLeader' }, 'escalate')).toEqual({
      ok: true,
      state: { status: 'escalated', level: 'city' },
    });
    expect(nextBlockerState({ status: 'open', level: 'city' }, 'escalate')).toEqual({
      ok: false,
      refusal: 'blocker.topLevel',
    });
  });

  test('every status and step: closed blockers only reopen, active ones never do; the level survives', () => {
    for (const status of BLOCKER_STATUSES) {
      for (const level of BLOCKER_LEVELS) {
        for (const step of BLOCKER_STEPS) {
          const result = nextBlockerState({ status, level }, step);
          const isActive = status === 'open' || status === 'escalated';
          if (step === 'reopen') {
            expect(result.ok, `${status} ${step}`).toBe(!isActive);
          } else if (!isActive) {
            expect(result, `${status} ${step}`).toEqual({
              ok: false,
              refusal: status === 'cleared' ? 'blocker.alreadyCleared' : 'blocker.alreadyWithdrawn',
            });
          }
          if (result.ok && step !== 'escalate') expect(result.state.level).toBe(level);
        }
      }
    }
    expect(nextBlockerState({ status: 'cleared', level: 'city' }, 'reopen')).toEqual({
      ok: true,
      state: { status: 'open', level: 'city' },
    });
  });
});

describe('age, lateness and the light', () => {
  test('age counts calendar days, across months, and never goes negative', () => {
    expect(blockerAgeDays('2026-03-02', '2026-03-02')).toBe(0);
    expect(blockerAgeDays('2026-01-05', '2026-03-02')).toBe(56);
    expect(blockerAgeDays('2026-03-02', '2026-03-01')).toBe(0);
  });

  test('a blocker is overdue the day after its target date, and only while active', () => {
    expect(isBlockerOverdue({ status: 'open', targetDate: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isBlockerOverdue({ status: 'escalated', targetDate: '2026-03-02' }, '2026-03-03')).toBe(true);
    expect(isBlockerOverdue({ status: 'cleared', targetDate: '2026-03-02' }, '2026-03-03')).toBe(false);
  });

  test('a card counts active blockers, the oldest age and whether one is late; late turns it red', () => {
    const summary = summarizeBlockers(
      [
        { status: 'open', raisedOn: '2026-02-01', targetDate: '2026-03-31' },
        { status: 'escalated', raisedOn: '2026-02-20', targetDate: '2026-02-28' },
        { status: 'cleared', raisedOn: '2025-12-01', targetDate: '2026-01-01' },
      ],
      '2026-03-02',
    );
    expect(summary).toEqual({ open: 2, oldestAgeDays: 29, overdue: true });
    expect(lightWithBlockers('green', summary)).toBe('red');
    expect(lightWithBlockers(null, summary)).toBe('red');
    expect(lightWithBlockers('yellow', { overdue: false })).toBe('yellow');
    expect(summarizeBlockers([], '2026-03-02')).toEqual({ open: 0, oldestAgeDays: null, overdue: false });
  });
});

describe('ordering', () => {
  const row = (
    id: number,
    ageDays: number,
    level: BlockerLevel,
    targetDate: string,
    unit: string,
    isOverdue = false,
  ) => ({
    id,
    ageDays,
    level,
    targetDate,
    isOverdue,
    responsibleUnit: { name: unit },
    status: 'open' as BlockerStatus,
  });
  const rows = [
    row(1, 10, 'city', '2026-04-01', '章丘区住建局'),
    row(2, 30, 'department', '2026-03-01', '安丘区水务局', true),
    row(3, 10, 'department', '2026-03-15', '北京路街道'),
  ];
  const ids = (list: { id: number }[]) => list.map((r) => r.id);

  test('each key both ways; ties go to the oldest, then the lowest id', () => {
    expect(ids(sortBlockers(rows, 'age', 'desc'))).toEqual([2, 1, 3]);
    expect(ids(sortBlockers(rows, 'age', 'asc'))).toEqual([1, 3, 2]);
    expect(ids(sortBlockers(rows, 'level', 'desc'))).toEqual([1, 2, 3]);
    expect(ids(sortBlockers(rows, 'targetDate', 'asc'))).toEqual([2, 3, 1]);
    // Pinyin order: an, bei, zhang.
    expect(ids(sortBlockers(rows, 'responsibleUnit', 'asc'))).toEqual([2, 3, 1]);
  });

  test('a unit’s to-do list puts overdue first, then the nearest target', () => {
    expect(ids(byUrgency(rows))).toEqual([2, 3, 1]);
  });
});

describe('the export link', () => {
  test('spells a filter as a query string that parses back to the same filter', () => {
    const filter: TBlockerFilter = {
      status: ['open', 'cleared'],
      level: 'city',
      responsibleUnitId: 7,
      category: 'land',
      overdueOnly: true,
      sort: 'targetDate',
      direction: 'asc',
    };
    const query = Object.fromEntries(new URLSearchParams(blockerExportQuery(filter, 'en')));
    const { lang, ...parsed } = ZBlockerExportQuery.parse(query);
    expect(lang).toBe('en');
    expect(ZBlockerFilter.parse(parsed)).toEqual(ZBlockerFilter.parse(filter));
    expect(ZBlockerFilter.parse(ZBlockerExportQuery.parse({}))).toMatchObject({
      status: ['open', 'escalated'],
      overdueOnly: false,
      sort: 'age',
      direction: 'desc',
    });
  });
});
