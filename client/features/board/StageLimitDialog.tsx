import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE_LIMIT_MAX, ZStageLimitSet } from '../../../server/domain/stage-limits.js';
import type { Stage } from '../../../server/domain/stages.js';
import { useTRPC } from '../../lib/trpc.js';
import { describedBy, Field } from '../admin/Field.js';
import { formErrorsOf } from '../admin/form-errors.js';
import { ModalDialog } from '../admin/ModalDialog.js';

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
  const id = useId();
  const [errors, setErrors] = useState<ReturnType<typeof formErrorsOf> | null>(null);
  const onError = (error: unknown) => setErrors(formErrorsOf(error, t));
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.stageLimit.list.queryKey() });
    onClose();
  };
  const set = useMutation(trpc.stageLimit.set.mutationOptions({ onError, onSuccess }));
  const clear = useMutation(trpc.stageLimit.clear.mutationOptions({ onError, onSuccess }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget).get('maxProjects') ?? '').trim();
    // Blank or not a number is refused by the same rule the server applies.
    const parsed = ZStageLimitSet.safeParse({ stage, maxProjects: raw === '' ? Number.NaN : Number(raw) });
    if (!parsed.success) return onError(parsed.error);
    setErrors(null);
    set.mutate(parsed.data);
  }

  const titleId = `${id}-title`;
  const fieldId = `${id}-max`;
  const hint = t('stageLimit.hint');
  const error = errors?.fields.maxProjects;
  const stageName = t(`stage.${stage}`);
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <h2 id={titleId}>{t('stageLimit.title', { stage: stageName })}</h2>
        {errors && (
          <p className="field__error" role="alert">
            {errors.form}
          </p>
        )}
        <p className="stage-limit__current">
          {limit === undefined ? t('stageLimit.none') : t('stageLimit.current', { limit })}
        </p>
        <Field id={fieldId} label={t('stageLimit.field')} hint={hint} error={error} wide>
          <input
            name="maxProjects"
            type="number"
            inputMode="numeric"
            min={1}
            max={STAGE_LIMIT_MAX}
            step={1}
            defaultValue={limit}
            autoComplete="off"
            {...describedBy(fieldId, { hint, error })}
          />
        </Field>
        <div className="dialog__actions">
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
          <button type="button" onClick={onClose}>
            {t('stageLimit.cancel')}
          </button>
          <button type="submit" className="primary" disabled={set.isPending}>
            {t('stageLimit.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
