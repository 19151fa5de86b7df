import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { NewProjectButton } from '../project/NewProjectDialog.js';
import { useActor } from '../auth/use-session.js';
import { Board } from './Board.js';

export function BoardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actor = useActor();
  // Lights move with the date even when nobody edits anything: refresh now and then.
  const board = useQuery({ ...trpc.board.get.queryOptions(), refetchInterval: 5 * 60_000 });
  if (board.isPending) return <p className="status">{t('board.loading')}</p>;
  if (board.isError) {
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
    <>
      <div className="board-toolbar">{actor.role !== 'viewer' && <NewProjectButton />}</div>
      <Board board={board.data} />
    </>
  );
}
