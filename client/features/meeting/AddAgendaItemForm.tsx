import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZAgendaAdd } from '../../../server/domain/meeting-input.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../../ui/Field.js';
import { FormAlert } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { useMeetingChange } from './use-meeting.js';

/** Any project on the board, or free text (or both: what about the project), at the end of the agenda. */
export function AddAgendaItemForm({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const board = useQuery(trpc.board.get.queryOptions());
  const projects = useMemo(
    () => (board.data?.columns.flatMap((column) => column.cards) ?? []).sort((a, b) => a.code.localeCompare(b.code)),
    [board.data],
  );
  const { onSettled } = useMeetingChange();
  const { id, errors, onError, submit, error } = useFormDialog();
  const add = useMutation(
    trpc.meeting.addAgendaItem.mutationOptions({
      onError,
      onSettled,
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const projectId = Number(data.get('projectId'));
    const text = String(data.get('text') ?? '');
    const parsed = ZAgendaAdd.safeParse({
      meetingId,
      ...(projectId > 0 && { projectId }),
      ...(text.trim() !== '' && { text }),
    });
    submit(parsed, (input) => add.mutate(input, { onSuccess: () => element.reset() }));
  }

  return (
    <form className="agenda-add" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('meetings.agenda.addTitle')}</h4>
      <FormAlert message={errors && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <Field id={`${id}-projectId`} label={t('meetings.agenda.project')} error={error('projectId')}>
        <select name="projectId" defaultValue="" {...describedBy(`${id}-projectId`, { error: error('projectId') })}>
          <option value="">{t('meetings.agenda.noProject')}</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.code} {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={`${id}-text`}
        label={t('meetings.agenda.text')}
        hint={t('meetings.agenda.textHint')}
        error={error('text')}
        wide
      >
        <input
          type="text"
          name="text"
          maxLength={500}
          {...describedBy(`${id}-text`, { hint: t('meetings.agenda.textHint'), error: error('text') })}
        />
      </Field>
      <button type="submit" disabled={add.isPending}>
        {t('meetings.agenda.add')}
      </button>
    </form>
  );
}
