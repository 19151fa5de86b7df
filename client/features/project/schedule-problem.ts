import type { TFunction } from 'i18next';
import type { ProjectSchedule } from '../../../server/domain/project-schedule.js';

type Problem = NonNullable<ProjectSchedule['problem']>;

/**
 * Why a project cannot be scheduled, in the reader's language. Milestone keys are their ids; a loop
 * is named by the milestones' names.
 */
export function scheduleProblemText(
  problem: Problem,
  t: TFunction,
  milestoneName: (key: string) => string | undefined,
): string {
  const { details } = problem;
  switch (problem.code) {
    case 'cycle': {
      const names = (details.keys ?? []).map((key) => milestoneName(key) ?? key);
      return t('project.scheduleProblem.cycle', { names: [...names, names[0]].join(' → ') });
    }
    case 'calendarConflict':
      return t('project.scheduleProblem.calendarConflict', { date: details.date });
    case 'noWorkingDay':
      return details.direction === 'before'
        ? t('project.scheduleProblem.noWorkingDayBefore', { date: details.date })
        : t('project.scheduleProblem.noWorkingDayAfter', { date: details.date });
    case 'outOfRange':
      return t('project.scheduleProblem.outOfRange', { year: details.year });
    default:
      // Input the server validates before saving: seen only if stored data went wrong. The code tells
      // whoever fixes it where to look.
      return t('project.scheduleProblem.other', { code: problem.code });
  }
}
