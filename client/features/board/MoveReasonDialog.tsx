import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageGate } from '../../../server/domain/stage-gate.js';
import type { Stage } from '../../../server/domain/stages.js';
import { describedBy, Field } from '../../ui/Field.js';
import { DialogActions, FormDialog } from '../../ui/FormDialog.js';
import './moves.css';

export interface ReasonRequest {
  name: string;
  from: Stage;
  to: Stage;
  gate: StageGate;
}

/**
 * Asks why, before a move the stage gate stops goes out: forward past unfinished milestones (listed)
 * or back a stage. The move goes through only with a reason; Cancel (or Escape) puts the card back.
 */
export function MoveReasonDialog({
  request,
  onConfirm,
  onCancel,
}: {
  request: ReasonRequest;
  onConfirm(reason: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const { gate, name } = request;
  const from = t(`stage.${request.from}`);
  const to = t(`stage.${request.to}`);
  const isBack = gate.direction === 'backward';

  function onSubmit() {
    if (reason.trim() === '') return setError(t('moves.reason.required'));
    onConfirm(reason.trim());
  }

  const titleId = `${id}-title`;
  return (
    <FormDialog
      titleId={titleId}
      title={isBack ? t('moves.back.title', { to }) : t('moves.gate.title', { name })}
      className="dialog__form dialog__form--single move-reason"
      onClose={onCancel}
      onSubmit={onSubmit}
    >
      {isBack ? (
        <p className="dialog__hint">{t('moves.back.intro', { name, from, to })}</p>
      ) : (
        <>
          <p className="dialog__hint">{t('moves.gate.intro', { from, count: gate.unfinished.length })}</p>
          <ul className="move-reason__milestones" aria-label={t('moves.gate.title', { name })}>
            {gate.unfinished.map((m) => (
              <li key={m.id}>{t('moves.gate.milestone', { name: m.name, stage: t(`stage.${m.stage}`) })}</li>
            ))}
          </ul>
        </>
      )}
      <Field id={`${id}-reason`} label={t('moves.reason.label')} error={error} wide>
        <textarea
          rows={3}
          maxLength={500}
          value={reason}
          autoFocus
          onChange={(event) => {
            setReason(event.target.value);
            if (error && event.target.value.trim() !== '') setError(undefined);
          }}
          {...describedBy(`${id}-reason`, { error })}
        />
      </Field>
      <DialogActions
        cancelLabel={t('moves.cancel')}
        submitLabel={isBack ? t('moves.back.confirm') : t('moves.gate.confirm')}
        onCancel={onCancel}
      />
    </FormDialog>
  );
}
