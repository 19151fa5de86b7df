import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { blockerLabelsFor, type BlockerLabels } from '../../../server/domain/blockers.js';
import { useTRPC } from '../../lib/trpc.js';

/** Category, level and status names in the reader's language (the same words as the Excel export). */
export function useBlockerLabels(): BlockerLabels {
  const { i18n } = useTranslation();
  return blockerLabelsFor(i18n.language);
}

/**
 * After a step: every blocker list, the project (its light may change) and its history, and the
 * board (its badge; other people's boards hear of it through the live events).
 */
export function useAfterBlockerChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (projectId: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.blocker.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.project.get.queryKey({ id: projectId }) }),
      queryClient.invalidateQueries({
        queryKey: trpc.audit.forProject.infiniteQueryKey({ entityId: String(projectId) }),
      }),
      queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() }),
    ]);
}
