import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import { actionLabel, actorLabel, mergeNames } from '../../lib/audit-changes.js';
import { AuditChanges } from '../../ui/AuditChanges.js';
import { LoadMoreButton } from '../../ui/LoadMoreButton.js';
import { formatDateTime } from '../../lib/format.js';
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
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.audit.forProject.infiniteQueryOptions(
      { entityId: String(project.id) },
      { getNextPageParam: (page) => page.nextCursor, refetchOnMount: 'always' },
    ),
  );
  const entries = useMemo(() => history.data?.pages.flatMap((page) => page.entries) ?? [], [history.data]);
  const names = useMemo(() => mergeNames(history.data?.pages.map((page) => page.names) ?? []), [history.data]);
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
      <p className="project-history__zone">{t('admin.audit.timeZone')}</p>
      <ol className="project-history">
        {entries.map((entry) => {
          const summary = summarizeProjectEntry(entry, t, names, i18n.language, titles);
          const note = entryNote(entry, t);
          return (
            <li key={entry.id} className="project-history__entry">
              <p className="project-history__meta">
                <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
                <span className="project-history__actor">{actorLabel(entry.actorName, names, i18n.language)}</span>
                {!summary.headline && (
                  <span className="chip chip--action">
                    {actionLabel(entry.action, entry.entityType, i18n.language)}
                  </span>
                )}
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
