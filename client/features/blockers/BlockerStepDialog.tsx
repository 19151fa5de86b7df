import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ZBlockerClear,
  ZBlockerEscalate,
  ZBlockerReopen,
  ZBlockerWithdraw,
} from '../../../server/domain/blocker-input.js';
import { BLOCKER_LEVELS, levelIndex, type BlockerStep } from '../../../server/domain/blockers.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../admin/Field.js';
import { ModalDialog } from '../admin/ModalDialog.js';
import { blockerFormErrors } from './blocker-form-errors.js';
import type { BlockerItem } from './BlockerCard.js';
import { useAfterBlockerChange, useBlockerLabels } from './use-blockers.js';

/** The note's field name in each step's input (the server's field errors come back under it). */
const NOTE_FIELD: Record<BlockerStep, 'note' | 'resolution' | 'reason'> = {
  escalate: 'note',
  clear: 'resolution',
  withdraw: 'reason',
  reopen: 'reason',
};

/** Escalate, clear, withdraw or reopen one blocker: the note the step needs, and a new date where it may set one. */
export function BlockerStepDialog({
  blocker,
  step,
  onDone,
  onCancel,
}: {
  blocker: BlockerItem;
  step: BlockerStep;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const labels = useBlockerLabels();
  const afterChange = useAfterBlockerChange();
  const id = useId();
  const [errors, setErrors] = useState<ReturnType<typeof blockerFormErrors> | null>(null);
  const options = {
    onError: (error: unknown) => setErrors(blockerFormErrors(error, t)),
    onSuccess: async () => {
      await afterChange(blocker.project.id);
      onDone(t(`blockers.done.${step}`));
    },
  };
  const escalate = useMutation(trpc.blocker.escalate.mutationOptions(options));
  const clear = useMutation(trpc.blocker.clear.mutationOptions(options));
  const withdraw = useMutation(trpc.blocker.withdraw.mutationOptions(options));
  const reopen = useMutation(trpc.blocker.reopen.mutationOptions(options));
  const isPending = escalate.isPending || clear.isPending || withdraw.isPending || reopen.isPending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const note = String(form.get(NOTE_FIELD[step]) ?? '');
    const date = String(form.get('targetDate') ?? '');
    const base = { id: blocker.id, expectedVersion: blocker.version };
    const targetDate = date ? { targetDate: date } : {};
    // The server's own schemas first: a missing note is named before anything is sent.
    const run = <T,>(
      parsed: { success: true; data: T } | { success: false; error: unknown },
      send: (input: T) => void,
    ) => {
      if (!parsed.success) return setErrors(blockerFormErrors(parsed.error, t));
      setErrors(null);
      send(parsed.data);
    };
    switch (step) {
      case 'escalate':
        return run(ZBlockerEscalate.safeParse({ ...base, note, ...targetDate }), (input) => escalate.mutate(input));
      case 'clear':
        return run(ZBlockerClear.safeParse({ ...base, resolution: note }), (input) => clear.mutate(input));
      case 'withdraw':
        return run(ZBlockerWithdraw.safeParse({ ...base, reason: note }), (input) => withdraw.mutate(input));
      case 'reopen':
        return run(ZBlockerReopen.safeParse({ ...base, reason: note, ...targetDate }), (input) => reopen.mutate(input));
    }
  }

  const titleId = `${id}-title`;
  const noteField = NOTE_FIELD[step];
  const noteError = errors?.fields[noteField];
  const dateError = errors?.fields.targetDate;
  const nextLevel = BLOCKER_LEVELS[levelIndex(blocker.level) + 1];
  const hasDate = step === 'escalate' || step === 'reopen';
  return (
    <ModalDialog labelledBy={titleId} onClose={onCancel}>
      <form className="dialog__form blocker-dialog" onSubmit={onSubmit} noValidate>
        <h2 id={titleId}>{t(`blockers.dialog.${step}Title`)}</h2>
        <p className="blocker-dialog__subject">
          <span className="project__code">{blocker.project.code}</span> {blocker.project.name} ·{' '}
          {labels.category[blocker.category]}：{blocker.description}
        </p>
        {step === 'escalate' && nextLevel && (
          <p>{t('blockers.dialog.escalateTo', { from: labels.level[blocker.level], to: labels.level[nextLevel] })}</p>
        )}
        {errors && Object.keys(errors.fields).length === 0 && (
          <p className="field__error" role="alert">
            {errors.form}
          </p>
        )}
        <Field id={`${id}-note`} label={t(`blockers.dialog.note.${step}`)} error={noteError} wide>
          <textarea name={noteField} rows={4} {...describedBy(`${id}-note`, { error: noteError })} />
        </Field>
        {hasDate && (
          <Field id={`${id}-date`} label={t('blockers.dialog.newTargetDate')} error={dateError}>
            <input name="targetDate" type="date" {...describedBy(`${id}-date`, { error: dateError })} />
          </Field>
        )}
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('blockers.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={isPending}>
            {t(`blockers.dialog.submit.${step}`)}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
