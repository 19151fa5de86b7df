import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZMeetingDecide } from '../../../server/domain/meeting-input.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { UnitSelect } from '../../ui/UnitSelect.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';
import { useMeetingChange, type AgendaItem, type MeetingDetail } from './use-meeting.js';

/**
 * A decision (议定事项) on the item on the wall: what, which unit, by which working day, and maybe a new
 * target date for its project. It becomes an action item and shows under the item at once.
 */
export function DecisionDialog({
  meeting,
  item,
  onClose,
}: {
  meeting: MeetingDetail;
  item: AgendaItem;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const units = useQuery(trpc.unit.list.queryOptions());
  const project = useQuery({
    ...trpc.project.get.queryOptions({ id: item.projectId ?? 0 }),
    enabled: item.projectId !== null,
  });
  const { onSettled } = useMeetingChange();
  const { id, titleId, errors, onError, submit, error } = useFormDialog();
  const decide = useMutation(
    trpc.meeting.decide.mutationOptions({
      onError,
      onSettled,
      onSuccess: () => {
        onClose();
      },
    }),
  );

  function onSubmit(element: HTMLFormElement) {
    const form = Object.fromEntries(new FormData(element)) as Record<string, string>;
    const parsed = ZMeetingDecide.safeParse({
      meetingId: meeting.id,
      agendaItemId: item.id,
      text: form.text,
      ownerUnitId: form.ownerUnitId ? Number(form.ownerUnitId) : undefined,
      dueDate: form.dueDate,
      ...(form.newTargetDate && { newTargetDate: form.newTargetDate }),
    });
    submit(parsed, (input) => decide.mutate(input));
  }

  const field = (name: string, hint?: string) => ({
    name,
    ...describedBy(`${id}-${name}`, { hint, error: error(name) }),
  });
  const ownerDefault = project.data?.ownerUnit.id ?? meeting.units[0]?.id;
  return (
    <FormDialog titleId={titleId} title={t('meetings.decision.dialogTitle')} onClose={onClose} onSubmit={onSubmit}>
      <p className="decision-dialog__subject">{item.title}</p>
      <FormAlert message={errors && Object.keys(errors.fields).length === 0 ? errors.form : null} />
      <Field id={`${id}-text`} label={t('meetings.decision.text')} error={error('text')} wide>
        <textarea rows={3} maxLength={2000} {...field('text')} />
      </Field>
      <Field id={`${id}-ownerUnitId`} label={t('meetings.decision.ownerUnit')} error={error('ownerUnitId')}>
        {/* Keyed by what it waits for: the default applies once the units and the project have arrived. */}
        <UnitSelect
          key={`${units.data?.length ?? 0}-${ownerDefault ?? ''}`}
          units={units.data}
          defaultValue={ownerDefault === undefined ? undefined : String(ownerDefault)}
          {...field('ownerUnitId')}
        />
      </Field>
      <Field
        id={`${id}-dueDate`}
        label={t('meetings.decision.dueDate')}
        hint={t('meetings.decision.dueDateHint')}
        error={error('dueDate')}
      >
        <input type="date" min={meeting.heldOn} {...field('dueDate', t('meetings.decision.dueDateHint'))} />
      </Field>
      {item.projectId !== null && (
        <Field
          id={`${id}-newTargetDate`}
          label={t('meetings.decision.newTargetDate')}
          hint={t('meetings.decision.newTargetHint')}
          error={error('newTargetDate')}
        >
          <input type="date" {...field('newTargetDate', t('meetings.decision.newTargetHint'))} />
        </Field>
      )}
      <DialogActions
        cancelLabel={t('meetings.decision.cancel')}
        submitLabel={t('meetings.decision.submit')}
        isPending={decide.isPending}
        onCancel={onClose}
      />
    </FormDialog>
  );
}
