import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatAgendaReason, type AgendaReason } from '../../../server/domain/meeting-agenda.js';
import { can } from '../../../server/domain/permissions.js';
import { useNotify } from '../../app/notices.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/api/router.js';
import { useActor } from '../auth/use-session.js';

type Outputs = inferRouterOutputs<AppRouter>;
export type MeetingDetail = Outputs['meeting']['get'];
export type AgendaItem = MeetingDetail['agenda'][number];
export type Decision = MeetingDetail['decisions'][number];

export function useMeeting(id: number) {
  const trpc = useTRPC();
  return useQuery(trpc.meeting.get.queryOptions({ id }));
}

/** Only the bureau's project office prepares and runs meetings; everyone else reads. */
export function useCanRunMeeting(): boolean {
  return can(useActor(), 'runMeeting');
}

/** "Why it is on the agenda", in the reader's language. */
export function useReasonText() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (reason: AgendaReason) => formatAgendaReason(reason, lang);
}

/** What every meeting change shares: a refusal becomes a notice, and the meetings refetch either way. */
export function useMeetingChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  return {
    onError: (error: unknown) => notify(describeError(error, t)),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.meeting.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.actionItem.pathKey() }),
      ]),
  };
}

const isMeetingQuery = (key: QueryKey) => {
  const path = (key[0] as unknown[] | undefined)?.[0];
  return path === 'meeting' || path === 'actionItem';
};

/**
 * The live board stream (features/live) refetches the board, projects, blockers and history when
 * someone changes them, but knows nothing of meetings. A decision's action item, or a liaison closing
 * one, is a board event too: whenever the stream invalidates anything else, the meeting and its action
 * items follow, so the wall screen shows a change made during the meeting without a reload.
 */
export function useMeetingFollowsLiveBoard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'invalidate') return;
      if (isMeetingQuery(event.query.queryKey)) return;
      // One burst of invalidations (one live event touches several queries) makes one refetch.
      timer ??= setTimeout(() => {
        timer = undefined;
        void queryClient.invalidateQueries({ queryKey: trpc.meeting.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.actionItem.pathKey() });
      }, 50);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [queryClient, trpc]);
}

/** The meeting the address names, kept in step with live changes while a screen shows it. */
export function useRoutedMeeting() {
  const meeting = useMeeting(Number(useParams().id));
  useMeetingFollowsLiveBoard();
  return meeting;
}
