// A burst of board events applied to this tab's caches: the changed cards placed into the board it
// has (no board request), and only the other screens the events' kinds concern read again.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { useTRPC } from '../../lib/trpc.js';
import type { Card } from '../../lib/types.js';
import { effectsOf } from './event-effects.js';
import type { LiveEvent } from './live-share.js';
import { patchBoard, type CardPatch } from './patch-board.js';

type Trpc = ReturnType<typeof useTRPC>;

const isBoardQuery = (queryKey: QueryKey) => (queryKey[0] as unknown[] | undefined)?.[0] === 'board';

export function applyLiveEvents(queryClient: QueryClient, trpc: Trpc, events: readonly LiveEvent[]) {
  const patches: (CardPatch<Card> & { today: string })[] = [];
  let needsBoard = false;
  let isBoardWide = false;
  const projectIds = new Set<number>();
  let blockers = false;
  let notifications: 'all' | 'digest' | 'none' = 'none';
  for (const event of events) {
    const effects = effectsOf(event.kind);
    if (event.isResync || effects.board === 'whole') needsBoard = true;
    if (effects.board === 'card') {
      if (event.change && event.projectId !== null)
        patches.push({ id: event.projectId, card: event.change.card, today: event.change.today });
      else needsBoard = true;
    }
    if (effects.project && event.projectId !== null) projectIds.add(event.projectId);
    isBoardWide ||= effects.everything;
    blockers ||= effects.blockers;
    if (effects.notifications === 'all' || notifications === 'none') notifications = effects.notifications;
  }

  const throughEventId = Math.max(0, ...events.map((event) => Number(event.id)));
  updateBoard(queryClient, trpc, { needsBoard, patches, throughEventId });
  // The dashboard counts every card, and is left open on the wall screen, which never gets focus back.
  if (events.length > 0) void queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() });
  if (isBoardWide) {
    void queryClient.invalidateQueries({ predicate: (query) => !isBoardQuery(query.queryKey) });
    return;
  }
  // A project's investment reports change with it (months, unreported lists).
  if (projectIds.size > 0) void queryClient.invalidateQueries({ queryKey: trpc.investment.pathKey() });
  for (const id of projectIds) {
    void queryClient.invalidateQueries({ queryKey: trpc.project.get.queryKey({ id }) });
    void queryClient.invalidateQueries({ queryKey: trpc.audit.forProject.infiniteQueryKey({ entityId: String(id) }) });
  }
  if (blockers) void queryClient.invalidateQueries({ queryKey: trpc.blocker.pathKey() });
  if (notifications === 'all') void queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
  if (notifications === 'digest') void queryClient.invalidateQueries({ queryKey: trpc.notification.digest.pathKey() });
}

function updateBoard(
  queryClient: QueryClient,
  trpc: Trpc,
  {
    needsBoard,
    patches,
    throughEventId,
  }: { needsBoard: boolean; patches: (CardPatch<Card> & { today: string })[]; throughEventId: number },
) {
  if (!needsBoard && patches.length === 0) return;
  const boardKey = trpc.board.get.queryKey();
  // While a move of this tab is on its way, the move hook reads the board when the last one settles;
  // placing a card now could put the moving card back where it was a moment ago.
  if (queryClient.isMutating({ mutationKey: trpc.project.move.mutationKey() }) > 0) return;
  const board = queryClient.getQueryData(boardKey);
  // A new day (every light may change), or an event that came without its card: read the board.
  const canPatch = board !== undefined && !needsBoard && patches.every((patch) => patch.today === board.today);
  if (!canPatch) {
    void queryClient.invalidateQueries({ queryKey: boardKey });
  } else if (queryClient.isFetching({ queryKey: boardKey }) > 0) {
    // A board on its way may be older than these cards and would overwrite them: place them into it
    // once it has come (asking again would drop the answer that is nearly here).
    afterFetch(queryClient, boardKey, () => updateBoard(queryClient, trpc, { needsBoard, patches, throughEventId }));
  } else {
    queryClient.setQueryData(boardKey, patchBoard(board, patches, throughEventId));
  }
}

/** Calls `then` once the query's fetch in flight has ended, however it ended. */
function afterFetch(queryClient: QueryClient, queryKey: QueryKey, then: () => void) {
  const cache = queryClient.getQueryCache();
  const query = cache.find({ queryKey, exact: true });
  if (!query) return then();
  const unsubscribe = cache.subscribe((event) => {
    if (event.query !== query || query.state.fetchStatus !== 'idle') return;
    unsubscribe();
    queueMicrotask(then); // after the cache has told everyone about the answer
  });
}
