import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../lib/errors.js';
import { useTRPC } from '../../lib/trpc.js';
import type { ProjectDetail } from '../../lib/types.js';
import { ModalDialog } from '../../ui/ModalDialog.js';
import './project.css';

/** Everything that shows a project or the board asks again after an archive or a restore. */
function useArchiveRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (id: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.project.get.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.project.listArchived.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.board.get.queryKey() }),
    ]);
}

/** Restores an archived project (from its page or the archived list). */
export function useRestoreProject(onDone: (message: string) => void, onError: (message: string) => void) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useArchiveRefresh();
  return useMutation(
    trpc.project.restore.mutationOptions({
      onSuccess: async (card) => {
        await refresh(card.id);
        onDone(t('project.archive.restored', { code: card.code, stage: t(`stage.${card.stage}`) }));
      },
      onError: (error) => onError(describeError(error, t)),
    }),
  );
}

/** The archive button, and the dialog that confirms it (with an optional reason for the history). */
export function ArchiveButton({ project, onDone }: { project: ProjectDetail; onDone(message: string): void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useArchiveRefresh();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const archive = useMutation(
    trpc.project.archive.mutationOptions({
      onSuccess: async (card) => {
        setOpen(false);
        await refresh(card.id);
        onDone(t('project.archive.done', { code: card.code }));
      },
      onError: (e) => setError(describeError(e, t)),
    }),
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    archive.mutate({ id: project.id, expectedVersion: project.version, ...(reason.trim() && { reason }) });
  }
  return (
    <>
      <button type="button" className="project__archive" onClick={() => setOpen(true)}>
        {t('project.archive.open')}
      </button>
      {isOpen && (
        <ModalDialog labelledBy="archive-title" onClose={() => setOpen(false)}>
          <form className="dialog__form archive-dialog" onSubmit={onSubmit}>
            <h2 id="archive-title">{t('project.archive.title', { code: project.code, name: project.name })}</h2>
            <p className="archive-dialog__hint">{t('project.archive.hint')}</p>
            {error && (
              <p className="field__error" role="alert">
                {error}
              </p>
            )}
            <label className="field archive-dialog__reason">
              <span>{t('project.archive.reason')}</span>
              <textarea rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <div className="dialog__actions">
              <button type="button" onClick={() => setOpen(false)}>
                {t('project.archive.cancel')}
              </button>
              <button type="submit" className="primary" disabled={archive.isPending}>
                {t('project.archive.confirm')}
              </button>
            </div>
          </form>
        </ModalDialog>
      )}
    </>
  );
}

/** Shown instead of the edit controls on an archived project. */
export function ArchivedBanner({
  project,
  canRestore,
  onDone,
}: {
  project: ProjectDetail;
  canRestore: boolean;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const restore = useRestoreProject(onDone, setError);
  return (
    <div className="archived-banner" role="note">
      <p>{t('project.archive.banner')}</p>
      {canRestore && (
        <button
          type="button"
          className="primary"
          disabled={restore.isPending}
          onClick={() => restore.mutate({ id: project.id, expectedVersion: project.version })}
        >
          {t('project.archive.restore')}
        </button>
      )}
      <Link to="/projects/archived">{t('project.archive.link')}</Link>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
