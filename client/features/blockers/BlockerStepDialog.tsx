import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ZBlockerClear,
  ZBlockerEscalate,
  ZBlockerReopen,
  ZBlockerWithdraw,
} from '../../../server/domain/blocker-input.js';
import { BLOCKER_LEVELS, levelIndex, type BlockerStep } from '../../../server/domain/blockers.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { BLOCKER_FIELD_OF_KEY } from './blocker-form-errors.js';
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
  const { id, titleId, errors, onError, submit, error } = useFormDialog(BLOCKER_FIELD_OF_KEY);
  const options = {
    onError,
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

  function onSubmit(element: HTMLFormElement) {
    const form = new FormData(element);
    const note = String(form.get(NOTE_FIELD[step]) ?? '');
    const date = String(form.get('targetDate') ?? '');
    const base = { id: blocker.id, expectedVersion: blocker.version };
    const targetDate = date ? { targetDate: date } : {};
    switch (step) {
      case 'escalate':
        return submit(ZBlockerEscalate.safeParse({ ...base, note, ...targetDate }), (input) => escalate.mutate(input));
      case 'clear':
        return submit(ZBlockerClear.safeParse({ ...base, resolution: note }), (input) => clear.mutate(input));
      case 'withdraw':
        return submit(ZBlockerWithdraw.safeParse({ ...base, reason: note }), (input) => withdraw.mutate(input));
      case 'reopen':
        return submit(ZBlockerReopen.safeParse({ ...base, reason: note, ...targetDate }), (input) =>
          reopen.mutate(input),
        );
    }
  }

  const noteField = NOTE_FIELD[step];
  const noteError = error(noteField);
  const dateError = error('targetDate');
  const nextLevel = BLOCKER_LEVELS[levelIndex(blocker.level) + 1];
  const hasDate = step === 'escalate' || step === 'reopen';
  return (
    <FormDialog
      titleId={titleId}
      title={t(`blockers.dialog.${step}Title`)}
      className="dialog__form blocker-dialog"
      onClose={onCancel}
      onSubmit={onSubmit}
    >
      <p className="blocker-dialog__subject">
        <span className="project__code">{blocker.project.code}</span> {blocker.project.name} ·{' '}
        {labels.category[blocker.category]}：{blocker.description}
      </p>
      {step === 'escalate' && nextLevel && (
        <p>{t('blockers.dialog.escalateTo', { from: labels.level[blocker.level], to: labels.level[nextLevel] })}</p>
      )}
      {/* Beside the field it is about, when it is about one. */}
      <FormAlert message={errors && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <Field id={`${id}-note`} label={t(`blockers.dialog.note.${step}`)} error={noteError} wide>
        <textarea name={noteField} rows={4} {...describedBy(`${id}-note`, { error: noteError })} />
      </Field>
      {hasDate && (
        <Field id={`${id}-date`} label={t('blockers.dialog.newTargetDate')} error={dateError}>
          <input name="targetDate" type="date" {...describedBy(`${id}-date`, { error: dateError })} />
        </Field>
      )}
      <DialogActions
        cancelLabel={t('blockers.dialog.cancel')}
        submitLabel={t(`blockers.dialog.submit.${step}`)}
        isPending={isPending}
        onCancel={onCancel}
      />
    </FormDialog>
  );
}
