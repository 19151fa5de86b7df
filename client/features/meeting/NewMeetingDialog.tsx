import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZMeetingCreate } from '../../../server/domain/meeting-input.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { useMe } from '../auth/use-session.js';
import { useMeetingChange } from './use-meeting.js';

/** Date, title and the units attending; the server proposes the agenda as it creates the meeting. */
export function NewMeetingDialog({ onDone, onCancel }: { onDone(id: number): void; onCancel(): void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useMe().data?.today ?? '';
  const units = useQuery(trpc.unit.list.queryOptions());
  const { onSettled } = useMeetingChange();
  const { id, titleId, errors, onError, submit, error } = useFormDialog();
  const create = useMutation(
    trpc.meeting.create.mutationOptions({
      onError,
      onSettled,
      onSuccess: (meeting) => {
        onDone(meeting.id);
      },
    }),
  );

  function onSubmit(element: HTMLFormElement) {
    const data = new FormData(element);
    const parsed = ZMeetingCreate.safeParse({
      heldOn: data.get('heldOn'),
      title: data.get('title'),
      unitIds: data.getAll('unitIds').map(Number),
    });
    submit(parsed, (input) => create.mutate(input));
  }

  const field = (name: string) => ({ name, ...describedBy(`${id}-${name}`, { error: error(name) }) });
  return (
    <FormDialog titleId={titleId} title={t('meetings.create.title')} onClose={onCancel} onSubmit={onSubmit}>
      <FormAlert message={errors && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <Field id={`${id}-heldOn`} label={t('meetings.create.heldOn')} error={error('heldOn')}>
        <input type="date" defaultValue={today} {...field('heldOn')} />
      </Field>
      {/* `${id}-title` is the dialog's heading: the field takes another id, the same name. */}
      <Field id={`${id}-name`} label={t('meetings.create.name')} error={error('title')} wide>
        <input
          type="text"
          defaultValue={t('meetings.create.defaultName', { date: today })}
          name="title"
          {...describedBy(`${id}-name`, { error: error('title') })}
        />
      </Field>
      <fieldset className="field field--wide meeting-units">
        <legend>{t('meetings.create.units')}</legend>
        <span className="field__hint">{t('meetings.create.unitsHint')}</span>
        <div className="meeting-units__list">
          {units.data?.map((unit) => (
            <label key={unit.id} className="meeting-units__unit">
              <input type="checkbox" name="unitIds" value={unit.id} /> {unit.name}
            </label>
          ))}
        </div>
      </fieldset>
      <DialogActions
        cancelLabel={t('meetings.create.cancel')}
        submitLabel={t('meetings.create.submit')}
        isPending={create.isPending}
        onCancel={onCancel}
      />
    </FormDialog>
  );
}
