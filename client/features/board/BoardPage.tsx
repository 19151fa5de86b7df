import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../server/domain/permissions.js';
import { limitsByStage } from '../../../server/domain/stage-limits.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { useActor } from '../auth/use-session.js';
import { Board } from './Board.js';
import { BoardHeadsContext, type BoardHeads } from './board-heads.js';
import { BoardLanes } from './BoardLanes.js';
import { BoardToolbar } from './BoardToolbar.js';
import { cardCount, filterBoard, isFiltered } from './board-view.js';
import { searchIndex } from './card-search.js';
import { MeetingExit } from './MeetingExit.js';
import { useBoardView } from './use-board-view.js';
import { useMeetingMode } from './use-meeting-mode.js';
import { usePinyin } from './use-pinyin.js';

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

  // Search keys (with pinyin) per board answer, not per keystroke; names already seen are cached.
  const pinyinKeys = usePinyin();
  const keys = useMemo(
    () => searchIndex(board.data?.columns.flatMap((column) => column.cards) ?? [], pinyinKeys),
    [board.data, pinyinKeys],
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
    <div className={view.meeting ? 'board-page board-page--meeting' : 'board-page'}>
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
      <BoardHeadsContext value={heads}>
        {view.group === 'none' ? <Board board={shownBoard} /> : <BoardLanes board={shownBoard} grouping={view.group} />}
      </BoardHeadsContext>
    </div>
  );
}
