import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import type { AuditNames } from '../../lib/audit-changes.js';
import { AuditChanges } from '../../ui/AuditChanges.js';
import { LoadMoreButton } from '../../ui/LoadMoreButton.js';
import { formatDateTime, useLocale } from '../../lib/format.js';
import { blockerTitles, entryNote, summarizeProjectEntry } from './history-summary.js';
import './project.css';

/**
 * The project's history from the audit trail: who moved it (and why), changed it, archived or
 * restored it, changed its milestones or took its blockers a step further.
 */
export function ProjectHistory({ project }: { project: ProjectDetail }) {
  // Every saved change bumps the version: a fresh list mounts and asks again.
  return <HistoryList key={project.version} project={project} />;
}

function HistoryList({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.audit.forProject.infiniteQueryOptions(
      { entityId: String(project.id) },
      { getNextPageParam: (page) => page.nextCursor, refetchOnMount: 'always' },
    ),
  );
  const entries = useMemo(() => history.data?.pages.flatMap((page) => page.entries) ?? [], [history.data]);
  const units = useQuery(trpc.unit.list.queryOptions());
  const names = useMemo<AuditNames>(() => {
    const unitNames = new Map(units.data?.map((u) => [u.id, u.name]));
    const milestoneNames = new Map(project.milestones.map((m) => [m.id, m.name]));
    return { unit: (id) => unitNames.get(id), milestone: (id) => milestoneNames.get(id) };
  }, [units.data, project.milestones]);
  const titles = useMemo(() => blockerTitles(entries, i18n.language), [entries, i18n.language]);

  if (history.isPending) return <p className="history__status">{t('admin.history.loading')}</p>;
  if (history.isError)
    return (
      <p className="history__status status--error" role="alert">
        {describeError(history.error, t)}
      </p>
    );
  if (entries.length === 0) return <p className="history__status">{t('admin.history.empty')}</p>;
  return (
    <>
      <ol className="project-history">
        {entries.map((entry) => {
          const summary = summarizeProjectEntry(entry, t, names, i18n.language, titles);
          const note = entryNote(entry, t);
          return (
            <li key={entry.id} className="project-history__entry">
              <p className="project-history__meta">
                <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time>
                <span className="project-history__actor">{entry.actorName}</span>
                {!summary.headline && <span className="chip chip--action">{t(`admin.actions.${entry.action}`)}</span>}
              </p>
              <AuditChanges summary={summary} />
              {note && <p className="project-history__reason">{note}</p>}
            </li>
          );
        })}
      </ol>
      <LoadMoreButton
        query={history}
        label={t('admin.history.older')}
        loadingLabel={t('admin.history.loading')}
        className="button--quiet project-history__older"
      />
    </>
  );
}
