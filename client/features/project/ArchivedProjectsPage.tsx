import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../server/domain/permissions.js';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import { formatDateTime, useLocale } from '../../lib/format.js';
import { useActor } from '../auth/use-session.js';
import { useRestoreProject } from './ArchiveControls.js';
import './project.css';

/** Projects taken off the board, with who archived them and why; restore puts one back. */
export function ArchivedProjectsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const actor = useActor();
  const archived = useQuery(trpc.project.listArchived.queryOptions());
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const restore = useRestoreProject(
    (text) => setMessage({ text, isError: false }),
    (text) => setMessage({ text, isError: true }),
  );

  return (
    <article className="page archived-projects">
      <Link to="/" className="page__back">
        ← {t('project.back')}
      </Link>
      <h2 className="page__title">{t('project.archived.title')}</h2>
      <p className="page__intro">{t('project.archived.intro')}</p>
      {message && (
        <p
          className={message.isError ? 'field__error' : 'archived-projects__done'}
          role={message.isError ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {archived.isPending ? (
        <p className="status">{t('project.archived.loading')}</p>
      ) : archived.isError ? (
        <p className="status status--error" role="alert">
          {describeError(archived.error, t)}
        </p>
      ) : archived.data.length === 0 ? (
        <p className="status">{t('project.archived.empty')}</p>
      ) : (
        <>
          <p className="archived-projects__count">{t('project.archived.count', { count: archived.data.length })}</p>
          <div className="table-scroll">
            <table className="archived-projects__table">
              <thead>
                <tr>
                  <th scope="col">{t('project.archived.columns.code')}</th>
                  <th scope="col">{t('project.archived.columns.name')}</th>
                  <th scope="col">{t('project.archived.columns.owner')}</th>
                  <th scope="col">{t('project.archived.columns.stage')}</th>
                  <th scope="col">{t('project.archived.columns.archivedAt')}</th>
                  <th scope="col">{t('project.archived.columns.archivedBy')}</th>
                  <th scope="col">{t('project.archived.columns.reason')}</th>
                  <th scope="col">{t('project.archived.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {archived.data.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/projects/${p.id}`}>{p.code}</Link>
                    </td>
                    <th scope="row">{p.name}</th>
                    <td>{p.ownerUnit.name}</td>
                    <td>{t(`stage.${p.stage}`)}</td>
                    <td>{p.archivedAt ? formatDateTime(p.archivedAt, locale) : '—'}</td>
                    <td>{p.archivedBy ?? '—'}</td>
                    <td>{p.reason || '—'}</td>
                    <td>
                      {can(actor, 'editProject', { ownerUnitId: p.ownerUnit.id }) && (
                        <button
                          type="button"
                          aria-label={t('project.archive.restoreLabel', { code: p.code })}
                          disabled={restore.isPending}
                          onClick={() => restore.mutate({ id: p.id, expectedVersion: p.version })}
                        >
                          {t('project.archive.restore')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </article>
  );
}
