import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { limitsByStage } from '../../../server/domain/stage-limits.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { useActor } from '../auth/use-session.js';
import { Board } from './Board.js';
import { BoardMovesContext, type BoardMoves } from './board-moves.js';
import { BoardHeadsContext, type BoardHeads } from './board-heads.js';
import { BoardLanes } from './BoardLanes.js';
import { BoardList } from './BoardList.js';
import { createCardRevealer } from './card-reveal.js';
import { BoardToolbar } from './BoardToolbar.js';
import { cardCount, filterBoard, isFiltered, type SearchKeys } from './board-view.js';
import { queryTerms, searchIndex } from './card-search.js';
import { MeetingExit } from './MeetingExit.js';
import { ShortcutsDialog } from './ShortcutsDialog.js';
import { UndoToast } from './UndoToast.js';
import { useBoardShortcuts } from './use-board-shortcuts.js';
import { useBoardView } from './use-board-view.js';
import { useCardFocus } from './use-card-focus.js';
import { useMeetingMode } from './use-meeting-mode.js';
import { useMoveProject } from './use-move-project.js';
import { usePendingMoves } from './use-pending-moves.js';
import { usePinyin } from './use-pinyin.js';
import { useUndoMove } from './use-undo-move.js';
import { useUnsentGuard } from './use-unsent-guard.js';

const NO_KEYS: SearchKeys = new Map();

export function BoardPage({ newProject }: { newProject?: ReactNode }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actor = useActor();
  // Lights move with the date even when nobody edits anything: refresh now and then.
  const board = useQuery({ ...trpc.board.get.queryOptions(), refetchInterval: 5 * 60_000 });
  const limits = useQuery(trpc.stageLimit.list.queryOptions());
  const [view, updateView] = useBoardView();
  const setMeeting = useCallback((meeting: boolean) => updateView({ meeting }), [updateView]);
  const meeting = useMeetingMode(view.meeting, setMeeting);
  const root = useRef<HTMLDivElement>(null);
  const moves = usePageMoves(root, board.data);
  const [isHelpOpen, setHelpOpen] = useState(false);
  useBoardShortcuts({
    onUndo: moves.undo,
    onSearch: () => root.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
    onHelp: () => setHelpOpen(true),
  });

  // Search keys (with pinyin) only while there is something to search for, then per board answer, not
  // per keystroke: the first paint of a big board does not wait for them. Pinyin is read (in a worker)
  // from the moment someone goes to the search box, not while the board loads or a card is dragged.
  const cards = useMemo(() => board.data?.columns.flatMap((column) => column.cards), [board.data]);
  const names = useMemo(() => cards?.map((card) => card.name), [cards]);
  const isSearching = queryTerms(view.q).length > 0;
  const [isSearchVisited, setSearchVisited] = useState(false);
  const pinyinKeys = usePinyin(isSearching || isSearchVisited ? names : undefined);
  const keys = useMemo(
    () => (isSearching && cards ? searchIndex(cards, pinyinKeys) : NO_KEYS),
    [isSearching, cards, pinyinKeys],
  );
  const shownBoard = useMemo(() => board.data && filterBoard(board.data, view, keys), [board.data, view, keys]);
  const heads = useMemo<BoardHeads>(() => {
    const fullCounts = { maturity: 0, acceleration: 0, contribution: 0 };
    for (const column of board.data?.columns ?? []) fullCounts[column.stage] = column.cards.length;
    return {
      limits: limitsByStage(limits.data ?? []),
      fullCounts,
      isFiltered: isFiltered(view),
      canSetLimits: can(actor, 'manageStageLimits'),
    };
  }, [board.data, limits.data, view, actor]);

  if (board.isPending) return <p className="status">{t('board.loading')}</p>;
  if (board.isError || !shownBoard) {
    return (
      <div className="status status--error" role="alert">
        <p>{t('board.loadFailed', { message: describeError(board.error, t) })}</p>
        <button type="button" onClick={() => void board.refetch()}>
          {t('board.retry')}
        </button>
      </div>
    );
  }
  return (
    <div
      ref={root}
      className={view.meeting ? 'board-page board-page--meeting' : 'board-page'}
      onFocus={(event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'search') setSearchVisited(true);
      }}
    >
      {view.meeting ? (
        <MeetingExit onLeave={meeting.leave} />
      ) : (
        <BoardToolbar
          view={view}
          onChange={updateView}
          shown={cardCount(shownBoard)}
          total={cardCount(board.data)}
          onMeeting={meeting.enter}
          newProject={newProject}
        />
      )}
      <BoardMovesContext value={moves.context}>
        <BoardHeadsContext value={heads}>
          {view.layout === 'list' ? (
            <BoardList board={shownBoard} sort={view.sort} onSort={(sort) => updateView({ sort })} />
          ) : view.group === 'none' ? (
            <Board board={shownBoard} density={view.density} />
          ) : (
            <BoardLanes board={shownBoard} grouping={view.group} density={view.density} />
          )}
        </BoardHeadsContext>
      </BoardMovesContext>
      {moves.last && <UndoToast key={moves.last.key} move={moves.last} onUndo={moves.undo} onExpire={moves.dismiss} />}
      {isHelpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

/**
 * Moves as the whole page knows them (every lane of a grouped board): the last one to undo, focus
 * back on the card after an undo, and the unsaved ones, which the tab will not close over silently.
 */
function usePageMoves(root: RefObject<HTMLElement | null>, rendered: unknown) {
  const move = useMoveProject();
  const { last, offer, dismiss, undo } = useUndoMove(move);
  const [revealer] = useState(createCardRevealer);
  const focusOn = useCardFocus(root, rendered);
  // A card far down a column is not rendered until its column scrolls to it.
  const focusCard = useCallback(
    (id: number) => {
      revealer.reveal(id);
      focusOn(id);
    },
    [revealer, focusOn],
  );
  const pending = usePendingMoves();
  useUnsentGuard(pending.size > 0);
  const context = useMemo<BoardMoves>(
    () => ({ move, offerUndo: offer, focusCard, pending, revealer }),
    [move, offer, focusCard, pending, revealer],
  );
  return {
    context,
    last,
    undo: useCallback(() => {
      const id = last?.card.id;
      if (!undo()) return false;
      if (id !== undefined) focusCard(id);
      return true;
    }, [last, undo, focusCard]),
    // The toast going away by itself must not leave a keyboard user on <body> either.
    dismiss: useCallback(() => {
      if (last && document.activeElement?.closest('.undo-toast')) focusCard(last.card.id);
      dismiss();
    }, [last, dismiss, focusCard]),
  };
}
