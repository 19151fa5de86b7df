import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TAuditFilter } from '../../../server/domain/audit-input.js';
import { can } from '../../../server/domain/permissions.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { useActor } from '../auth/use-session.js';
import './admin.css';
import { AdminDenied, LoadFailed } from './AdminStatus.js';
import { filterOfParams, paramsOfFilter } from './audit-filter.js';
import { AuditFilters } from './AuditFilters.js';
import { AuditTable } from './AuditTable.js';
import { mergeNames } from '../../lib/audit-changes.js';

const PAGE_SIZE = 50;

export function AuditPage() {
  const actor = useActor();
  return can(actor, 'viewAudit') ? <AuditScreen /> : <AdminDenied />;
}

function AuditScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOfParams(params), [params]);
  const search = paramsOfFilter(filter).toString();
  return (
    <article className="page admin-page">
      <h2 className="page__title">{t('admin.audit.title')}</h2>
      <p className="page__intro">{t('admin.audit.intro')}</p>
      <p className="audit-zone">{t('admin.audit.timeZone')}</p>
      <AuditFilters filter={filter} onApply={(next) => setParams(paramsOfFilter(next))} />
      {/* A new filter starts again from the newest entries. */}
      <AuditResults key={search} filter={filter} />
    </article>
  );
}

/** The filtered log, one page of entries after another: each next page asks for entries older than the last one shown. */
function AuditResults({ filter }: { filter: TAuditFilter }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const pages = useQueries({
    queries: cursors.map((beforeId) =>
      trpc.audit.list.queryOptions({ ...filter, limit: PAGE_SIZE, ...(beforeId && { beforeId }) }),
    ),
  });
  const entries = pages.flatMap((page) => page.data?.entries ?? []);
  const names = mergeNames(pages.flatMap((page) => (page.data ? [page.data.names] : [])));
  const last = pages.at(-1)!;
  const failed = pages.find((page) => page.isError);

  if (pages[0]!.isPending) return <p className="status">{t('admin.audit.loading')}</p>;
  return (
    <section className="audit-results" aria-live="polite">
      {failed && <LoadFailed message={describeError(failed.error, t)} onRetry={() => void failed.refetch()} />}
      {entries.length === 0 && !failed ? (
        <p className="status">{t('admin.audit.empty')}</p>
      ) : (
        <div className="table-scroll">
          <AuditTable entries={entries} names={names} />
        </div>
      )}
      <div className="audit-results__more">
        <span>{t('admin.audit.shown', { count: entries.length })}</span>
        {(last.isPending || last.data?.hasMore) && (
          <button type="button" disabled={last.isPending} onClick={() => setCursors([...cursors, entries.at(-1)?.id])}>
            {last.isPending ? t('admin.audit.loadingMore') : t('admin.audit.loadMore')}
          </button>
        )}
      </div>
    </section>
  );
}
