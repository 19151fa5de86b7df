import { describe, expect, test } from 'vitest';
import { bulletinPeriod, computeBulletin } from '../../server/domain/bulletin.js';

describe('bulletin periods', () => {
  test('a week runs Monday to Sunday, whichever day is given', () => {
    expect(bulletinPeriod('week', { date: '2026-03-09' })).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(bulletinPeriod('week', { date: '2026-03-15' })).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(bulletinPeriod('week', { date: '2026-01-01' })).toEqual({ from: '2025-12-29', to: '2026-01-04' });
  });

  test('a month is the calendar month; custom is as given', () => {
    expect(bulletinPeriod('month', { date: '2028-02-10' })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(bulletinPeriod('month', { date: '2026-12-31' })).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(bulletinPeriod('custom', { date: '2026-03-01', from: '2026-01-05', to: '2026-02-05' })).toEqual({
      from: '2026-01-05',
      to: '2026-02-05',
    });
  });
});

describe('computeBulletin', () => {
  const period = { from: '2026-03-09', to: '2026-03-15' };
  const units = [
    { id: 1, name: '甲' },
    { id: 2, name: '乙' },
    { id: 3, name: '丙' },
  ];

  test('pending items count as due but neither on time nor late; equal rates share a rank', () => {
    const rows = computeBulletin({
      period,
      today: '2026-03-11',
      units,
      milestones: [
        { id: 1, ownerUnitId: 1, latestFinish: '2026-03-10', actualFinish: '2026-03-10' }, // on time
        { id: 2, ownerUnitId: 1, latestFinish: '2026-03-12', actualFinish: null }, // pending
        { id: 3, ownerUnitId: 2, latestFinish: '2026-03-09', actualFinish: '2026-03-09' }, // on time
        { id: 4, ownerUnitId: 2, latestFinish: '2026-03-16', actualFinish: null }, // outside
      ],
      blockers: [],
      actionItems: [{ id: 1, ownerUnitId: 3, dueDate: '2026-03-10', closedOn: null }], // overdue
    });
    expect(rows.map((r) => [r.unitId, r.rank, r.onTimeRate, r.counts.milestonesDue])).toEqual([
      [1, 1, 1, 2], // 甲 before 乙 by name (pinyin) at the same rate
      [2, 1, 1, 1],
      [3, 3, 0, 0],
    ]);
    expect(rows[0]!.ids.milestonesLate).toEqual([]);
    expect(rows[2]!.ids.actionItemsOverdue).toEqual([1]);
  });

  test('blockers: open at the end of the period (or today), cleared within it; withdrawn is not cleared', () => {
    const rows = computeBulletin({
      period,
      today: '2026-03-20',
      units: [units[0]!],
      milestones: [],
      blockers: [
        { id: 1, responsibleUnitId: 1, status: 'open', raisedOn: '2026-03-01', closedOn: null },
        { id: 2, responsibleUnitId: 1, status: 'cleared', raisedOn: '2026-03-01', closedOn: '2026-03-12' },
        { id: 3, responsibleUnitId: 1, status: 'cleared', raisedOn: '2026-03-01', closedOn: '2026-03-18' }, // open at the end
        { id: 4, responsibleUnitId: 1, status: 'withdrawn', raisedOn: '2026-03-01', closedOn: '2026-03-12' },
        { id: 5, responsibleUnitId: 1, status: 'open', raisedOn: '2026-03-16', closedOn: null }, // raised after
      ],
      actionItems: [],
    });
    expect(rows[0]!.ids.blockersOpen).toEqual([1, 3]);
    expect(rows[0]!.ids.blockersCleared).toEqual([2]);
    expect(rows[0]!.onTimeRate).toBeNull();
    expect(rows[0]!.rank).toBeNull();
  });
});
