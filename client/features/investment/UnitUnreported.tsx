import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import './investment.css';

/** For each of my units, the projects that have not reported the month being reported, and its due date. */
export function UnitUnreported({ units }: { units: { id: number; name: string }[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const lists = useQueries({
    queries: units.map((unit) => trpc.investment.unreported.queryOptions({ unitId: unit.id })),
  });
  const first = lists.find((list) => list.data)?.data;
  return (
    <section className="investment-unreported" aria-labelledby="investment-unreported-title">
      <h3 id="investment-unreported-title">
        {first ? t('investment.unreported.title', { ...first.period }) : t('investment.section.title')}
      </h3>
      {first && (
        <p>
          {t('investment.unreported.due', { date: first.dueDate })}
          {first.lock && ` · ${t('investment.unreported.locked')}`}
        </p>
      )}
      {lists.map((list, index) => {
        const unit = units[index]!;
        if (list.isPending)
          return (
            <p key={unit.id} className="status">
              {t('investment.unreported.loading')}
            </p>
          );
        if (list.isError)
          return (
            <p key={unit.id} className="status status--error" role="alert">
              {describeError(list.error, t)}
            </p>
          );
        const { projects } = list.data;
        if (projects.length === 0) return <p key={unit.id}>{t('investment.unreported.all', { unit: unit.name })}</p>;
        return (
          <div key={unit.id}>
            <p>{t('investment.unreported.count', { unit: unit.name, count: projects.length })}</p>
            <ul>
              {projects.map((project) => (
                <li key={project.id}>
                  <Link to={`/projects/${project.id}`}>
                    <span className="project__code">{project.code}</span> {project.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
