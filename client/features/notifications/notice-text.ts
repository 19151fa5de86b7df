import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import type { AppRouter } from '../../../server/api/router.js';
import { blockerLabels } from '../../../server/domain/blockers.js';

type Outputs = inferRouterOutputs<AppRouter>;
export type NotificationList = Outputs['notification']['list'];
export type Notice = NotificationList['items'][number];
export type Digest = Outputs['notification']['digest'];
export type DueBlocker = Digest['overdue'][number];

export function labelsFor(language: string) {
  return blockerLabels[language === 'en' ? 'en' : 'zh'];
}

/** A notice in the reader's language: it is stored as its kind and params, never as text. */
export function noticeText(notice: Notice, t: TFunction, language: string): string {
  const labels = labelsFor(language);
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

/** When it came, in the bureau's time zone: '3月2日 14:05' / 'Mar 2, 14:05'. */
export function noticeTime(notice: Notice, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(notice.createdAt);
}
