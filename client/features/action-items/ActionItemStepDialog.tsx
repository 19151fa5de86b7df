import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZActionItemNote, ZActionItemReopen } from '../../../server/domain/meeting-input.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { useAfterActionItemChange, type ActionItem } from './use-action-items.js';

export type ActionItemStep = 'progress' | 'close' | 'reopen';

/** A progress note, the closing note, or (an admin) reopening: one note, one step. */
export function ActionItemStepDialog({
  item,
  step,
  onDone,
  onCancel,
}: {
  item: ActionItem;
  step: ActionItemStep;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const afterChange = useAfterActionItemChange();
  const { id, titleId, errors, onError, submit, error } = useFormDialog();
  const options = {
    onError,
    onSuccess: async () => {
      await afterChange();
      onDone(t(`actionItems.done.${step}`));
    },
  };
  const update = useMutation(trpc.actionItem.update.mutationOptions(options));
  const close = useMutation(trpc.actionItem.close.mutationOptions(options));
  const reopen = useMutation(trpc.actionItem.reopen.mutationOptions(options));

  function onSubmit(element: HTMLFormElement) {
    const note = String(new FormData(element).get('note') ?? '');
    const input = { id: item.id, note };
    if (step === 'reopen') return submit(ZActionItemReopen.safeParse(input), (data) => reopen.mutate(data));
    submit(ZActionItemNote.safeParse(input), (data) => (step === 'close' ? close : update).mutate(data));
  }

  const noteError = error('note');
  return (
    <FormDialog
      titleId={titleId}
      title={t(`actionItems.dialog.${step}Title`)}
      className="dialog__form action-item-dialog"
      onClose={onCancel}
      onSubmit={onSubmit}
    >
      <p className="action-item-dialog__subject">
        {item.project && (
          <>
            <span className="project__code">{item.project.code}</span> {item.project.name} ·{' '}
          </>
        )}
        {item.text}
      </p>
      <FormAlert message={errors && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <Field id={`${id}-note`} label={t(`actionItems.dialog.note.${step}`)} error={noteError} wide>
        <textarea name="note" rows={4} {...describedBy(`${id}-note`, { error: noteError })} />
      </Field>
      <DialogActions
        cancelLabel={t('actionItems.dialog.cancel')}
        submitLabel={t(`actionItems.dialog.submit.${step}`)}
        isPending={update.isPending || close.isPending || reopen.isPending}
        onCancel={onCancel}
      />
    </FormDialog>
  );
}
