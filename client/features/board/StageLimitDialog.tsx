import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { STAGE_LIMIT_MAX, ZStageLimitSet } from '../../../server/domain/stage-limits.js';
import type { Stage } from '../../../server/domain/stages.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormAlert, FormDialog } from '../../ui/FormDialog.js';
import { useFormDialog } from '../../ui/use-form-dialog.js';

/** An admin sets or removes how many projects a stage should hold at most. */
export function StageLimitDialog({
  stage,
  limit,
  onClose,
}: {
  stage: Stage;
  limit: number | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { id, titleId, errors, onError, submit, error } = useFormDialog();
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.stageLimit.list.queryKey() });
    onClose();
  };
  const set = useMutation(trpc.stageLimit.set.mutationOptions({ onError, onSuccess }));
  const clear = useMutation(trpc.stageLimit.clear.mutationOptions({ onError, onSuccess }));

  function onSubmit(form: HTMLFormElement) {
    const raw = String(new FormData(form).get('maxProjects') ?? '').trim();
    // Blank or not a number is refused by the same rule the server applies.
    const parsed = ZStageLimitSet.safeParse({ stage, maxProjects: raw === '' ? Number.NaN : Number(raw) });
    submit(parsed, (input) => set.mutate(input));
  }

  const fieldId = `${id}-max`;
  const hint = t('stageLimit.hint');
  const maxError = error('maxProjects');
  return (
    <FormDialog
      titleId={titleId}
      title={t('stageLimit.title', { stage: t(`stage.${stage}`) })}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <FormAlert message={errors?.form} />
      <p className="stage-limit__current">
        {limit === undefined ? t('stageLimit.none') : t('stageLimit.current', { limit })}
      </p>
      <Field id={fieldId} label={t('stageLimit.field')} hint={hint} error={maxError} wide>
        <input
          name="maxProjects"
          type="number"
          inputMode="numeric"
          min={1}
          max={STAGE_LIMIT_MAX}
          step={1}
          defaultValue={limit}
          autoComplete="off"
          {...describedBy(fieldId, { hint, error: maxError })}
        />
      </Field>
      <DialogActions
        cancelLabel={t('stageLimit.cancel')}
        submitLabel={t('stageLimit.save')}
        isPending={set.isPending}
        onCancel={onClose}
      >
        {limit !== undefined && (
          <button
            type="button"
            className="dialog__secondary"
            disabled={clear.isPending}
            onClick={() => clear.mutate({ stage })}
          >
            {t('stageLimit.clear')}
          </button>
        )}
      </DialogActions>
    </FormDialog>
  );
}
