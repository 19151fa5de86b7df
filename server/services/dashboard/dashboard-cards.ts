// The board's cards as the dashboard counts them: the same read model, so every figure matches the
// board a click opens.
import type { DashboardCard } from '../../domain/dashboard.js';
import type { BoardReadModel } from '../board/get-board.js';

export async function readDashboardCards({
  board,
  today,
}: {
  board: Pick<BoardReadModel, 'get'>;
  today: string;
}): Promise<DashboardCard[]> {
  const { columns } = await board.get(today);
  return columns.flatMap((column) =>
    column.cards.map((card) => ({ stage: card.stage, ownerUnit: card.ownerUnit, light: card.schedule.light })),
  );
}
