// The board's view (board-view in the domain, shared with the ledger export) applied to the board:
// the cards it shows, and swimlanes.
import type { Stage } from '../../../server/domain/stages.js';
import { LIGHT_KEYS, isBlocked, isFiltered, lightKeyOf, matchesView } from '../../../server/domain/board-view.js';
import type { BoardView, Grouping, LightKey, SearchKeys } from '../../../server/domain/board-view.js';
import type { BoardData, Card } from '../../lib/types.js';

export * from '../../../server/domain/board-view.js';

/** The board with only the cards the view shows, each column still in its manual order. */
export function filterBoard(board: BoardData, view: BoardView, keys: SearchKeys): BoardData {
  if (!isFiltered(view)) return board;
  return {
    ...board,
    columns: board.columns.map((column) => ({
      ...column,
      cards: column.cards.filter((card) => matchesView(card, view, keys)),
    })),
  };
}

export function cardCount(board: BoardData): number {
  return board.columns.reduce((sum, column) => sum + column.cards.length, 0);
}

export type LaneOf =
  | { kind: 'unit'; unitId: number; unitName: string }
  | { kind: 'light'; light: LightKey }
  | { kind: 'blocked'; isBlocked: boolean };

export interface Lane {
  key: string;
  of: LaneOf;
  /** The lane's own board: the same three columns with only its cards, in the board's order. */
  board: BoardData;
  count: number;
}

function laneOf(card: Card, grouping: Exclude<Grouping, 'none'>): LaneOf {
  switch (grouping) {
    case 'unit':
      return { kind: 'unit', unitId: card.ownerUnit.id, unitName: card.ownerUnit.name };
    case 'light':
      return { kind: 'light', light: lightKeyOf(card.schedule.light) };
    case 'blocked':
      return { kind: 'blocked', isBlocked: isBlocked(card) };
  }
}

function laneKey(of: LaneOf): string {
  switch (of.kind) {
    case 'unit':
      return `unit:${of.unitId}`;
    case 'light':
      return `light:${of.light}`;
    case 'blocked':
      return `blocked:${of.isBlocked ? 'yes' : 'no'}`;
  }
}

const unitCollator = new Intl.Collator('zh-CN');

/** What needs attention first: red before yellow, blocked before clear; units by name (pinyin order). */
function compareLanes(a: LaneOf, b: LaneOf): number {
  if (a.kind === 'unit' && b.kind === 'unit')
    return unitCollator.compare(a.unitName, b.unitName) || a.unitId - b.unitId;
  if (a.kind === 'light' && b.kind === 'light') return LIGHT_KEYS.indexOf(a.light) - LIGHT_KEYS.indexOf(b.light);
  if (a.kind === 'blocked' && b.kind === 'blocked') return Number(b.isBlocked) - Number(a.isBlocked);
  return 0;
}

/**
 * Swimlanes: one board per group, holding only its cards in the board's own order (a card moved
 * within a lane is placed next to its visible neighbours, which is a valid place on the whole board).
 * Lanes without cards are left out.
 */
export function groupIntoLanes(board: BoardData, grouping: Exclude<Grouping, 'none'>): Lane[] {
  const lanes = new Map<string, { of: LaneOf; cards: Record<Stage, Card[]> }>();
  for (const column of board.columns) {
    for (const card of column.cards) {
      const of = laneOf(card, grouping);
      const key = laneKey(of);
      let lane = lanes.get(key);
      if (!lane) {
        lane = { of, cards: { maturity: [], acceleration: [], contribution: [] } };
        lanes.set(key, lane);
      }
      lane.cards[column.stage].push(card);
    }
  }
  return [...lanes.entries()]
    .sort(([, a], [, b]) => compareLanes(a.of, b.of))
    .map(([key, lane]) => {
      const laneBoard: BoardData = {
        ...board,
        columns: board.columns.map((column) => ({ ...column, cards: lane.cards[column.stage] })),
      };
      return { key, of: lane.of, board: laneBoard, count: cardCount(laneBoard) };
    });
}
