import { describe, expect, test } from 'vitest';
import {
  addDays,
  groupByStep,
  notificationKindOf,
  overdueDedupeKey,
  overdueRecipients,
  stepRecipients,
  type NotificationRecipient,
} from '../../server/domain/notifications.js';

const OWNER = 1;
const RESPONSIBLE = 2;
const OTHER = 3;

const person = (id: number, role: NotificationRecipient['role'], unitIds: number[], isDisabled = false) => ({
  id,
  role,
  unitIds,
  isDisabled,
});
const people: NotificationRecipient[] = [
  person(1, 'admin', []),
  person(2, 'editor', [OWNER]),
  person(3, 'editor', [RESPONSIBLE]),
  person(4, 'editor', [RESPONSIBLE], true),
  person(5, 'editor', [OTHER]),
  person(6, 'viewer', []),
  person(7, 'editor', [OWNER, RESPONSIBLE]),
];

describe('who hears of a blocker step', () => {
  const units = { responsibleUnitId: RESPONSIBLE, ownerUnitId: OWNER };

  test('both units’ members, once each, never the actor or a disabled account', () => {
    expect(stepRecipients(people, { kind: 'blocker.raised', actorId: 2, ...units })).toEqual([3, 7]);
    expect(stepRecipients(people, { kind: 'blocker.cleared', actorId: 3, ...units })).toEqual([2, 7]);
  });

  test('escalations reach the admins too, except the admin who escalated', () => {
    expect(stepRecipients(people, { kind: 'blocker.escalated', actorId: 2, ...units })).toEqual([1, 3, 7]);
    expect(stepRecipients(people, { kind: 'blocker.escalated', actorId: 1, ...units })).toEqual([2, 3, 7]);
  });

  test('an overdue blocker reaches both units’ members, admins only through their units', () => {
    expect(overdueRecipients(people, units)).toEqual([2, 3, 7]);
    expect(overdueRecipients(people, { responsibleUnitId: OTHER, ownerUnitId: OTHER })).toEqual([5]);
  });

  test('each step has its kind', () => {
    expect(['raise', 'escalate', 'clear', 'withdraw', 'reopen'].map((s) => notificationKindOf(s as 'raise'))).toEqual([
      'blocker.raised',
      'blocker.escalated',
      'blocker.cleared',
      'blocker.withdrawn',
      'blocker.reopened',
    ]);
  });
});

test('an overdue notice is keyed by blocker and target date', () => {
  expect(overdueDedupeKey(12, '2026-03-04')).toBe('overdue:12:2026-03-04');
});

test('days are added across months and years', () => {
  expect(addDays('2026-02-27', 7)).toBe('2026-03-06');
  expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
});

test('the digest groups steps by kind in order and leaves overdue notices out', () => {
  const groups = groupByStep([
    { id: 3, kind: 'blocker.cleared' },
    { id: 2, kind: 'blocker.overdue' },
    { id: 1, kind: 'blocker.raised' },
    { id: 0, kind: 'blocker.raised' },
  ]);
  expect(Object.keys(groups)).toEqual([
    'blocker.raised',
    'blocker.escalated',
    'blocker.cleared',
    'blocker.withdrawn',
    'blocker.reopened',
  ]);
  expect(groups['blocker.raised'].map((n) => n.id)).toEqual([1, 0]);
  expect(groups['blocker.cleared'].map((n) => n.id)).toEqual([3]);
});
