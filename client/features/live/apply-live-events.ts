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
  const patches: LivePatch[] = [];
  /** The newest event that asks for the whole board to be read again; 0: none does. */
  let needsBoardAfter = 0;
  /** The event a new stream started from (0: none): the board must be as of it exactly. */
  let resyncAt = 0;
  let isBoardWide = false;
  const projectIds = new Set<number>();
  let blockers = false;
  let notifications: 'all' | 'digest' | 'none' = 'none';
  for (const event of events) {
    const effects = effectsOf(event.kind);
    const eventId = Number(event.id);
    const change = effects.board === 'card' && event.projectId !== null ? event.change : undefined;
    if (effects.board === 'whole' || (effects.board === 'card' && !change))
      needsBoardAfter = Math.max(needsBoardAfter, eventId);
    if (event.isResync) resyncAt = eventId;
    if (change && event.projectId !== null)
      patches.push({ id: event.projectId, card: change.card, today: change.today, eventId });
    if (effects.project && event.projectId !== null) projectIds.add(event.projectId);
    isBoardWide ||= effects.everything;
    blockers ||= effects.blockers;
    if (effects.notifications === 'all' || notifications === 'none') notifications = effects.notifications;
  }

  const throughEventId = Math.max(0, ...events.map((event) => Number(event.id)));
  updateBoard(queryClient, trpc, { needsBoardAfter, resyncAt, patches, throughEventId });
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

/** A card as an event brought it, with the day it was scheduled for and the event's id. */
type LivePatch = CardPatch<Card> & { today: string; eventId: number };

/**
 * Brings the cached board up to the events: their cards placed into it, or the board read again. What
 * the board already includes (its `eventId`) is left alone, so a board read after an event is neither
 * patched back to that event's card nor read once more for it.
 */
function updateBoard(
  queryClient: QueryClient,
  trpc: Trpc,
  update: { needsBoardAfter: number; resyncAt: number; patches: LivePatch[]; throughEventId: number },
) {
  const { needsBoardAfter, resyncAt, patches, throughEventId } = update;
  if (needsBoardAfter === 0 && resyncAt === 0 && patches.length === 0) return;
  const boardKey = trpc.board.get.queryKey();
  // While a move of this tab is on its way, the move hook reads the board when the last one settles;
  // placing a card now could put the moving card back where it was a moment ago.
  if (queryClient.isMutating({ mutationKey: trpc.project.move.mutationKey() }) > 0) return;
  // A board on its way may be older or newer than these events (a tab's first board still loading
  // when its stream opens, or a refetch): decide once it has come.
  if (queryClient.isFetching({ queryKey: boardKey }) > 0) {
    afterFetch(queryClient, boardKey, () => updateBoard(queryClient, trpc, update));
    return;
  }
  const board = queryClient.getQueryData(boardKey);
  const includes = board?.eventId ?? 0;
  const newer = patches.filter((patch) => patch.eventId > includes);
  // A stream that starts afresh says where things stand: a board as of another event (older, or from a
  // database since reset) is read again.
  const needsBoard = needsBoardAfter > includes || (resyncAt !== 0 && resyncAt !== includes);
  if (!needsBoard && newer.length === 0) return;
  // A new day (every light may change), or an event that came without its card: read the board.
  if (board === undefined || needsBoard || newer.some((patch) => patch.today !== board.today)) {
    void queryClient.invalidateQueries({ queryKey: boardKey });
  } else {
    queryClient.setQueryData(boardKey, patchBoard(board, newer, throughEventId));
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
