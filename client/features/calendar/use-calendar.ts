import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../app/notices.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';

export function useLocalDays() {
  const trpc = useTRPC();
  return useQuery(trpc.calendar.list.queryOptions());
}

/** Every deadline and light depends on the calendar, so the board and projects refetch too. */
function useInvalidateCalendar() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.calendar.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.calendar.notices.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.project.get.queryKey() }),
    ]);
}

export function useSetLocalDay() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCalendar();
  return useMutation(trpc.calendar.set.mutationOptions({ onSettled: invalidate }));
}

export function useRemoveLocalDay() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCalendar();
  const notify = useNotify();
  const { t } = useTranslation();
  return useMutation(
    trpc.calendar.remove.mutationOptions({
      onError: (error) => notify(describeError(error, t)),
      onSettled: invalidate,
    }),
  );
}

/** Official arrangements entered by admins for the years after the built-in ones. */
export function useHolidayNotices() {
  const trpc = useTRPC();
  return useQuery(trpc.calendar.notices.queryOptions());
}

export function useSaveHolidayNotice() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCalendar();
  return useMutation(trpc.calendar.saveNotice.mutationOptions({ onSettled: invalidate }));
}

export function useRemoveHolidayNotice() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCalendar();
  return useMutation(trpc.calendar.removeNotice.mutationOptions({ onSettled: invalidate }));
}
