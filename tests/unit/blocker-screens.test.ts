// The blocker screens' pure helpers: the list's address round-trips its filter (and is the Excel
// export's query string), and the buttons offered follow the server's rules.
import { describe, expect, test } from 'vitest';
import { allowedSteps, canRaiseBlocker } from '../../client/features/blockers/blocker-actions.js';
import {
  filterOfParams,
  nextSort,
  paramsOfFilter,
  statusChoiceOf,
  statusesOf,
  xlsxHref,
} from '../../client/features/blockers/blocker-filter.js';
import { ZBlockerExportQuery, ZBlockerFilter } from '../../server/domain/blocker-input.js';
import type { Actor } from '../../server/domain/permissions.js';

describe('the blocker list address', () => {
  test('is empty for the default list, and reads back as the default filter', () => {
    const filter = ZBlockerFilter.parse({});
    expect(paramsOfFilter(filter).toString()).toBe('');
    expect(filterOfParams(new URLSearchParams())).toEqual(filter);
  });

  test('round-trips every filter and sort', () => {
    const filter = ZBlockerFilter.parse({
      status: ['cleared', 'withdrawn'],
      level: 'city',
      responsibleUnitId: 7,
      category: 'land',
      overdueOnly: true,
      sort: 'targetDate',
      direction: 'asc',
    });
    expect(filterOfParams(paramsOfFilter(filter))).toEqual(filter);
  });

  test('drops values it does not know instead of failing', () => {
    const filter = filterOfParams(new URLSearchParams('level=mayor&category=land&responsibleUnitId=x&sort=nope'));
    expect(filter).toEqual(ZBlockerFilter.parse({ category: 'land' }));
  });

  test("gives the Excel export the same filter, in the reader's language", () => {
    const filter = ZBlockerFilter.parse({ level: 'department', overdueOnly: true, sort: 'level', direction: 'asc' });
    const href = xlsxHref(filter, 'en');
    expect(href.startsWith('/blockers.xlsx?')).toBe(true);
    const query = ZBlockerExportQuery.parse(Object.fromEntries(new URLSearchParams(href.split('?')[1])));
    const { lang, ...exported } = query;
    expect(lang).toBe('en');
    expect(ZBlockerFilter.parse(exported)).toEqual(filter);
  });

  test('a heading sorts in its natural direction first, then the other way', () => {
    const filter = ZBlockerFilter.parse({});
    expect(nextSort(filter, 'age')).toEqual({ sort: 'age', direction: 'asc' });
    expect(nextSort(filter, 'targetDate')).toEqual({ sort: 'targetDate', direction: 'asc' });
    expect(nextSort(filter, 'level')).toEqual({ sort: 'level', direction: 'desc' });
    expect(nextSort(filter, 'responsibleUnit')).toEqual({ sort: 'responsibleUnit', direction: 'asc' });
  });

  test('the status menu maps to statuses and back', () => {
    for (const choice of ['active', 'all', 'open', 'escalated', 'cleared', 'withdrawn'] as const) {
      expect(statusChoiceOf(ZBlockerFilter.parse({ status: statusesOf(choice) }))).toBe(choice);
    }
  });
});

describe('the steps offered on a blocker', () => {
  const actor = (role: Actor['role'], unitIds: number[] = []): Actor => ({
    id: 1,
    username: role,
    displayName: role,
    role,
    unitIds,
  });
  const blocker = (status: 'open' | 'escalated' | 'cleared' | 'withdrawn', level = 'department' as const) => ({
    status,
    level,
    project: { ownerUnit: { id: 1 } },
    responsibleUnit: { id: 2 },
  });

  test("the project's liaison and an admin may take every step the status allows", () => {
    for (const who of [actor('admin'), actor('editor', [1])]) {
      expect(allowedSteps(who, blocker('open'))).toEqual(['escalate', 'clear', 'withdraw']);
      expect(allowedSteps(who, blocker('cleared'))).toEqual(['reopen']);
      expect(allowedSteps(who, { ...blocker('escalated'), level: 'city' })).toEqual(['clear', 'withdraw']);
    }
  });

  test("the responsible unit's liaison may only clear; another unit's and a viewer nothing", () => {
    expect(allowedSteps(actor('editor', [2]), blocker('open'))).toEqual(['clear']);
    expect(allowedSteps(actor('editor', [3]), blocker('open'))).toEqual([]);
    expect(allowedSteps(actor('viewer'), blocker('open'))).toEqual([]);
  });

  test('raising: editors on their own projects, admins on any', () => {
    expect(canRaiseBlocker(actor('editor', [1]), 1)).toBe(true);
    expect(canRaiseBlocker(actor('editor', [2]), 1)).toBe(false);
    expect(canRaiseBlocker(actor('admin'), 1)).toBe(true);
    expect(canRaiseBlocker(actor('viewer'), 1)).toBe(false);
  });
});
