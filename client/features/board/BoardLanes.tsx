import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES } from '../../../server/domain/stages.js';
import type { BoardData } from '../../lib/types.js';
import { Board } from './Board.js';
import { groupIntoLanes, type Density, type Grouping, type LaneOf } from './board-view.js';
import { ColumnHead } from './ColumnHead.js';

function useLaneName() {
  const { t } = useTranslation();
  return (of: LaneOf): string => {
    switch (of.kind) {
      case 'unit':
        return of.unitName;
      case 'light':
        return t(`light.${of.light}`);
      case 'blocked':
        return of.isBlocked ? t('boardView.laneBlocked') : t('boardView.laneClear');
    }
  };
}

/**
 * Swimlanes: the column headers once, on top, for everything shown; then one small board per lane.
 * Each lane has its own drag context, so a card moves between columns within its lane and never
 * into another lane (that would change its unit, light or blockers, which a move cannot do).
 */
export function BoardLanes({
  board,
  grouping,
  density,
}: {
  board: BoardData;
  grouping: Exclude<Grouping, 'none'>;
  density: Density;
}) {
  const { t } = useTranslation();
  const laneName = useLaneName();
  const lanes = useMemo(() => groupIntoLanes(board, grouping), [board, grouping]);
  return (
    <div className="lanes">
      <div className="board board--heads">
        {STAGES.map((stage) => (
          <div key={stage} className={`column column--${stage}`} data-stage={stage}>
            <ColumnHead
              stage={stage}
              cards={board.columns.find((column) => column.stage === stage)?.cards ?? []}
              headingId={`column-${stage}`}
            />
          </div>
        ))}
      </div>
      {lanes.length === 0 && <p className="status">{t('board.noMatch')}</p>}
      {lanes.map((lane) => {
        const name = laneName(lane.of);
        const titleId = `lane-${lane.key}`;
        return (
          <section key={lane.key} className={`lane lane--${lane.of.kind}`} aria-labelledby={titleId}>
            <h2 className="lane__title">
              <span id={titleId} className={lane.of.kind === 'light' ? `light light--${lane.of.light}` : undefined}>
                {name}
              </span>{' '}
              <span className="lane__count">{t('boardView.laneCount', { count: lane.count })}</span>
            </h2>
            <Board board={lane.board} lane={name} density={density} />
          </section>
        );
      })}
    </div>
  );
}
