import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bureauDateTime } from '../../../server/domain/bureau-time.js';
import { actorLabel, mergeNames } from '../../lib/audit-changes.js';
import { formatDateTime, useLocale } from '../../lib/format.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import { AuditChanges } from '../../ui/AuditChanges.js';
import { blockerTitles, summarizeProjectEntry } from '../project/history-summary.js';

/** The bureau's day a change happened on, as the agenda counts days. */
const bureauDay = (at: Date) => bureauDateTime(at).slice(0, 10);

/**
 * The project's history after the previous meeting's date (the agenda's `since`), newest first: the
 * first page of the same history the project page shows, which the live stream refreshes.
 */
export function ChangesSince({ project, since }: { project: ProjectDetail; since: string }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.audit.forProject.infiniteQueryOptions(
      { entityId: String(project.id) },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const entries = useMemo(
    () => (history.data?.pages[0]?.entries ?? []).filter((entry) => bureauDay(entry.at) > since),
    [history.data, since],
  );
  const names = useMemo(() => mergeNames(history.data?.pages.map((page) => page.names) ?? []), [history.data]);
  const titles = useMemo(
    () => blockerTitles(history.data?.pages.flatMap((page) => page.entries) ?? [], i18n.language),
    [history.data, i18n.language],
  );

  return (
    <section className="brief__changes" aria-labelledby={`brief-changes-${project.id}`}>
      <h3 id={`brief-changes-${project.id}`}>{t('meetings.mode.changes', { since })}</h3>
      {history.isSuccess && entries.length === 0 && <p className="brief__none">{t('meetings.mode.noChanges')}</p>}
      <ol className="brief__history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <p className="brief__history-meta">
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time> ·{' '}
              {actorLabel(entry.actorName, names, i18n.language)}
            </p>
            <AuditChanges summary={summarizeProjectEntry(entry, t, names, i18n.language, titles)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
