import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import type { AppRouter } from '../../../server/api/router.js';
import { blockerLabelsFor } from '../../../server/domain/blockers.js';

type Outputs = inferRouterOutputs<AppRouter>;
export type NotificationList = Outputs['notification']['list'];
export type Notice = NotificationList['items'][number];
export type Digest = Outputs['notification']['digest'];
export type DueBlocker = Digest['overdue'][number];

/** A notice in the reader's language: it is stored as its kind and params, never as text. */
export function noticeText(notice: Notice, t: TFunction, language: string): string {
  if (notice.kind === 'investment.reminder') {
    const [year = '', month = ''] = notice.params.period.split('-');
    return t('notifications.kind.investmentReminder', {
      count: notice.params.count,
      year,
      month: Number(month),
      dueDate: notice.params.dueDate,
    });
  }
  const labels = blockerLabelsFor(language);
  const { params } = notice;
  return t(`notifications.kind.${notice.kind.slice('blocker.'.length)}`, {
    actor: notice.actorName,
    category: labels.category[params.category],
    level: labels.level[params.level],
    unit: params.responsibleUnit,
    targetDate: params.targetDate,
    note: params.note,
  });
}

/** What a notice is about, shown above its text: the project, or the unit a reminder is for. */
export function noticeSubject(notice: Notice): string {
  return notice.kind === 'investment.reminder'
    ? notice.params.unit
    : `${notice.params.projectCode} ${notice.params.projectName}`;
}

/** Where following a notice leads: the project, the unit's page for a reminder, else the digest. */
export function noticeLink(notice: Notice): string {
  if (notice.kind === 'investment.reminder') return '/my-unit';
  return notice.projectId ? `/projects/${notice.projectId}` : '/digest';
}

const timeOfDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** When it came: the bureau's date (what the digest groups by) and the time of day there, '2026-03-02 14:05'. */
export function noticeTime(notice: Notice, { withDate = true } = {}): string {
  const time = timeOfDay.format(notice.createdAt);
  return withDate ? `${notice.createdOn} ${time}` : time;
}
