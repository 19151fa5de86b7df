import { describe, expect, test } from 'vitest';
import { en } from '../../client/lib/locales/en.js';
import { zh } from '../../client/lib/locales/zh.js';
import { actionItemMessages } from '../../client/features/action-items/messages.js';
import { adminMessages } from '../../client/features/admin/messages.js';
import { authMessages } from '../../client/features/auth/messages.js';
import { blockerMessages } from '../../client/features/blockers/messages.js';
import { bulletinMessages } from '../../client/features/bulletin/messages.js';
import { calendarMessages } from '../../client/features/calendar/messages.js';
import { dashboardMessages } from '../../client/features/dashboard/messages.js';
import { ledgerMessages } from '../../client/features/ledger/messages.js';
import { investmentMessages } from '../../client/features/investment/messages.js';
import { moveMessages } from '../../client/features/board/move-messages.js';
import { boardViewMessages } from '../../client/features/board/view-messages.js';
import { liveMessages } from '../../client/features/live/messages.js';
import { meetingMessages } from '../../client/features/meeting/messages.js';
import { notificationMessages } from '../../client/features/notifications/messages.js';
import { projectMessages } from '../../client/features/project/messages.js';
import { shellMessages } from '../../client/app/messages.js';
import { templateMessages } from '../../client/features/templates/messages.js';
import { timelineMessages } from '../../client/features/timeline/messages.js';
import { errorMessages } from '../../server/domain/error-messages.js';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const catalogs: [string, Tree, Tree][] = [
  ['core', zh, en],
  ['actionItems', actionItemMessages.zh, actionItemMessages.en],
  ['admin', adminMessages.zh, adminMessages.en],
  ['auth', authMessages.zh, authMessages.en],
  ['blockers', blockerMessages.zh, blockerMessages.en],
  ['boardViews', boardViewMessages.zh, boardViewMessages.en],
  ['bulletin', bulletinMessages.zh, bulletinMessages.en],
  ['calendar', calendarMessages.zh, calendarMessages.en],
  ['dashboard', dashboardMessages.zh, dashboardMessages.en],
  ['ledger', ledgerMessages.zh, ledgerMessages.en],
  ['investment', investmentMessages.zh, investmentMessages.en],
  ['live', liveMessages.zh, liveMessages.en],
  ['meetings', meetingMessages.zh, meetingMessages.en],
  ['moves', moveMessages.zh, moveMessages.en],
  ['notifications', notificationMessages.zh, notificationMessages.en],
  ['project', projectMessages.zh, projectMessages.en],
  ['shell', shellMessages.zh, shellMessages.en],
  ['templates', templateMessages.zh, templateMessages.en],
  ['timeline', timelineMessages.zh, timelineMessages.en],
  ['errors', errorMessages.zh, errorMessages.en],
];

describe.each(catalogs)('the %s messages', (_name, chinese, english) => {
  const zhLeaves = leaves(chinese);
  const enLeaves = leaves(english);

  test('exist in both languages, with the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
  });

  test('are empty in neither language or in both (a deliberate blank), and Chinese text is in Chinese', () => {
    for (const [key, text] of zhLeaves) expect(enLeaves.get(key)?.trim() === '', key).toBe(text.trim() === '');
    const written = [...zhLeaves.values()].filter((text) => text.trim() !== '');
    const chineseShare = written.filter((text) => /\p{Script=Han}/u.test(text)).length / written.length;
    expect(chineseShare).toBeGreaterThan(0.8);
  });

  test('fill in the same values in both languages', () => {
    for (const [key, text] of zhLeaves) expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
