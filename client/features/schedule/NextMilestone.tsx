import type { NextMilestone as TNext } from '../../../server/domain/project-schedule.js';
import { useT } from '../../lib/use-t.js';

export function DaysLeft({ days }: { days: number }) {
  const { t } = useT();
  if (days < 0) return <span className="days days--late">{t('schedule.daysLate', { count: -days })}</span>;
  if (days === 0) return <span className="days days--today">{t('schedule.dueToday')}</span>;
  return <span className="days">{t('schedule.daysLeft', { count: days })}</span>;
}

export function NextMilestone({ next }: { next: TNext | null }) {
  const { t } = useT();
  if (!next) return <p className="next next--done">{t('schedule.allDone')}</p>;
  return (
    <p className="next" data-testid="next-milestone">
      <span className="next__label">{t('schedule.next')}</span> <span className="next__name">{next.name}</span>{' '}
      <DaysLeft days={next.workingDaysLeft} />
    </p>
  );
}
