import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { earliestFeasibleTarget } from '../../../server/domain/project-schedule.js';
import type { ProjectType } from '../../../server/domain/project-types.js';
import { chinaCalendar } from '../../../server/domain/schedule.js';
import { useTRPC } from '../../lib/trpc.js';
import { useMe } from '../auth/use-session.js';

/**
 * The earliest target date a new project of this type can meet if its template's work starts today,
 * on the bureau's working-day calendar: the same rule the server's light follows, so a target before
 * it is a project born red. Undefined until today, the templates and the calendar have loaded.
 */
export function useEarliestTarget(projectType: ProjectType): string | null | undefined {
  const trpc = useTRPC();
  const today = useMe().data?.today;
  const templates = useQuery(trpc.template.list.queryOptions());
  const days = useQuery(trpc.calendar.list.queryOptions());
  const calendar = useMemo(
    () =>
      days.data &&
      chinaCalendar({
        holidays: days.data.filter((d) => d.kind === 'holiday').map((d) => d.date),
        workdays: days.data.filter((d) => d.kind === 'workday').map((d) => d.date),
      }),
    [days.data],
  );
  return useMemo(() => {
    const template = templates.data?.find((t) => t.projectType === projectType)?.milestones;
    if (!today || !template || !calendar) return undefined;
    const target = template.find((step) => step.isTarget);
    return earliestFeasibleTarget(
      {
        targetMilestoneId: target ? target.seq : null,
        milestones: template.map((step) => ({
          id: step.seq,
          name: step.name,
          durationDays: step.durationDays,
          dependsOn: step.dependsOnSeqs,
          actualStart: null,
          actualFinish: null,
        })),
      },
      today,
      calendar,
    );
  }, [templates.data, projectType, today, calendar]);
}
